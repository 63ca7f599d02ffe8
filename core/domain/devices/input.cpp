#include "domain/devices/input.h"

using namespace Qt::Literals::StringLiterals;

bool Input::isTablet() const
{
    return get(type) == QStringView(tablet);
}

bool Input::isEvdev() const
{
    return get(type) == QStringView(evdev);
}

Input Input::addEvdev(QDomElement devices, const QString &device, bool keyboard, bool grabs)
{
    Input input = Element(devices).append<Input>();
    input.set(type, QString::fromUtf16(evdev));
    input.set(sourceDev, device);
    if (grabs) {
        input.set(grab, u"all"_s);
        input.set(grabToggle, u"ctrl-ctrl"_s);
    }
    if (keyboard)
        input.set(repeat, true);
    return input;
}

Input Input::addTablet(QDomElement devices)
{
    Input input = Element(devices).append<Input>();
    input.set(type, QString::fromUtf16(tablet));
    input.set(bus, u"usb"_s);
    return input;
}
