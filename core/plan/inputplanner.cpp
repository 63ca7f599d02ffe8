#include "plan/inputplanner.h"

#include "host/hostscan.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InputPlanner)
};

} // namespace

QList<PciAddress> InputPlanner::usbControllers(const HostScan &host)
{
    QList<PciAddress> controllers;
    for (const PciDevice &device : host.pci)
        if (device.isUsbController())
            controllers << device.address;
    return controllers;
}

QString InputPlanner::usbControllerObstacle(const HostScan &host, const PciAddress &address)
{
    const PciDevice *device = host.pciDevice(address);
    if (!device || !device->isUsbController())
        return Tr::tr("%1 is not a USB controller of this host.").arg(address.toString());
    if (!host.iommu.enabled)
        return Tr::tr("The IOMMU is off: no USB controller can be passed through.");
    const IommuGroup *group = device->iommuGroup ? host.iommu.group(*device->iommuGroup) : nullptr;
    if (!group)
        return Tr::tr("%1 is in no IOMMU group.").arg(address.toString());
    QStringList others;
    for (const PciAddress &member : group->devices) {
        const PciDevice *other = host.pciDevice(member);
        if (member != address && !(other && other->isBridge()))
            others << (other && !other->deviceName.isEmpty() ? Tr::tr("%1 (%2)").arg(member.toString(), other->deviceName) : member.toString());
    }
    // What the host would lose, by name, and what to do instead.
    if (!others.isEmpty())
        return Tr::tr("IOMMU group %1 also holds %2, which the host would lose with the controller (a group goes to a VM whole). "
                      "A USB card in a slot with an IOMMU group of its own can go instead; the host's keyboard and mouse, "
                      "switched with both Ctrl keys, work meanwhile.")
            .arg(group->id)
            .arg(others.join(u", "_s));
    return {};
}

PlanNotes InputPlanner::plan(const HostScan &host, const Request &request, VmSpec &spec)
{
    PlanNotes notes;
    const QString topic = u"input"_s;
    spec.input = {};
    if (request.usbController) {
        if (const QString why = usbControllerObstacle(host, *request.usbController); !why.isEmpty()) {
            notes << PlanNote::error(topic, why);
            return notes;
        }
        spec.input.usbController = request.usbController;
        notes << PlanNote::info(topic, Tr::tr("The USB controller %1 goes to the VM with whatever is plugged into it: plug a "
                                              "keyboard and mouse in for the guest.").arg(request.usbController->toString()));
    }
    if (!spec.gpu.address) {
        if (!request.usbController)
            notes << PlanNote::info(topic, Tr::tr("Without a passed-through GPU the VM is shown in a window, with the mouse as a tablet."));
        return notes;
    }
    if (request.noEvdev || (request.usbController && !request.evdev))
        return notes;
    QStringList devices;
    if (request.evdev) {
        for (const QString &path : *request.evdev) {
            const bool known = std::any_of(host.inputs.begin(), host.inputs.end(), [&](const InputDevice &d) { return d.path == path; });
            if (!known)
                notes << PlanNote::warning(topic, Tr::tr("%1 is not among this host's keyboards and mice (/dev/input/by-id).").arg(path));
            devices << path;
        }
    } else {
        for (const InputDevice &device : host.inputs)
            devices << device.path;
    }
    spec.input.evdev = devices;
    if (devices.isEmpty()) {
        notes << PlanNote::warning(topic, Tr::tr("No keyboard or mouse found under /dev/input/by-id: the VM, shown on the passed "
                                                 "GPU, would have no input. Plug them in and scan again, or pass a USB controller."));
        return notes;
    }
    // Said as chosen: a keyboard alone, a mouse alone, or both.
    const bool keyboard = spec.input.evdevKeyboard();
    const bool mouse = spec.input.evdevMouse();
    if (keyboard && mouse)
        notes << PlanNote::info(topic, Tr::tr("The VM takes your keyboard and mouse while it runs: press both Ctrl keys to switch them "
                                              "between the host and the VM."));
    else if (keyboard)
        notes << PlanNote::info(topic, Tr::tr("The VM takes your keyboard while it runs (press both Ctrl keys to switch it between "
                                              "the host and the VM); it gets no mouse."));
    else
        notes << PlanNote::warning(topic, Tr::tr("The VM gets your mouse but no keyboard: nothing switches the mouse back to the "
                                                 "host while the VM runs, except stopping the VM."));
    return notes;
}
