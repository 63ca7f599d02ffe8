#include "domain/elements/os.h"

using namespace Qt::Literals::StringLiterals;

void Os::setSecureBoot(bool on)
{
    if (!on) {
        Firmware firmware = existing<Firmware>();
        if (firmware.isNull())
            return;
        firmware.remove();
        clear(secureLoader);
        return;
    }
    Firmware firmware = child<Firmware>();
    for (const QString &featureName : {u"enrolled-keys"_s, u"secure-boot"_s}) {
        FirmwareFeature feature;
        for (const FirmwareFeature &f : firmware.children<FirmwareFeature>())
            if (f.get(FirmwareFeature::name) == featureName)
                feature = f;
        if (feature.isNull()) {
            feature = firmware.append<FirmwareFeature>();
            feature.set(FirmwareFeature::name, featureName);
        }
        feature.set(FirmwareFeature::enabled, true);
    }
    set(secureLoader, true);
}

bool Os::secureBoot() const
{
    return get(secureLoader).value_or(false);
}
