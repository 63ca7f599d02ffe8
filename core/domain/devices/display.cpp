#include "domain/devices/display.h"

using namespace Qt::Literals::StringLiterals;

Graphics Graphics::addLocalVnc(QDomElement devices)
{
    Graphics graphics = Element(devices).append<Graphics>();
    graphics.set(type, u"vnc"_s);
    graphics.set(port, -1);
    graphics.set(autoport, true);
    graphics.set(listenType, u"address"_s);
    graphics.set(listenAddress, u"127.0.0.1"_s);
    return graphics;
}
