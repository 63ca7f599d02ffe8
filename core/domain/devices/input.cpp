#include "domain/devices/input.h"

using namespace Qt::Literals::StringLiterals;

bool Input::isTablet() const
{
    return get(type) == QStringView(tablet);
}

Input Input::addTablet(QDomElement devices)
{
    Input input = Element(devices).append<Input>();
    input.set(type, QString::fromUtf16(tablet));
    input.set(bus, u"usb"_s);
    return input;
}
