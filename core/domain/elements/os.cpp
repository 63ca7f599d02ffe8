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
    // firmware='efi' with the secure-boot feature: libvirt picks a Secure Boot OVMF by itself.
    bool feature = false;
    for (const FirmwareFeature &f : existing<Firmware>().children<FirmwareFeature>())
        feature = feature || (f.get(FirmwareFeature::name) == u"secure-boot"_s && f.get(FirmwareFeature::enabled).value_or(false));
    return feature || get(secureLoader).value_or(false);
}

bool Os::uefi() const
{
    return get(firmwareKind) == u"efi"_s || get(loaderType) == u"pflash"_s;
}

bool Os::q35() const
{
    return get(machine).contains(u"q35"_s);
}
