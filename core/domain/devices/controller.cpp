#include "domain/devices/controller.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString pci = u"pci"_s;

qint64 nextIndex(const QDomElement &devices, const QString &type)
{
    qint64 next = 0;
    for (const Controller &c : Element(devices).children<Controller>())
        if (c.get(Controller::type) == type)
            next = std::max(next, c.get(Controller::index).value_or(0) + 1);
    return next;
}

} // namespace

bool Controller::isVirtioScsi() const
{
    return get(type) == QStringView(scsi) && get(model) == QStringView(virtioScsi);
}

Controller Controller::ensureVirtioScsi(QDomElement devices, bool iothread)
{
    for (const Controller &c : Element(devices).children<Controller>())
        if (c.isVirtioScsi())
            return c;
    const qint64 free = nextIndex(devices, QString::fromUtf16(scsi));
    Controller controller = Element(devices).append<Controller>();
    controller.set(type, QString::fromUtf16(scsi));
    controller.set(index, free);
    controller.set(model, QString::fromUtf16(virtioScsi));
    if (iothread)
        controller.set(Controller::iothread, 1);
    return controller;
}

Controller Controller::addRootPort(QDomElement devices)
{
    // The root complex is index 0: a domain without PCI controllers still has it.
    const qint64 free = std::max<qint64>(1, nextIndex(devices, pci));
    Controller port = Element(devices).append<Controller>();
    port.set(type, pci);
    port.set(index, free);
    port.set(model, u"pcie-root-port"_s);
    return port;
}

Controller Controller::addUsb(QDomElement devices)
{
    Controller usb = Element(devices).append<Controller>();
    usb.set(type, u"usb"_s);
    usb.set(model, u"qemu-xhci"_s);
    return usb;
}
