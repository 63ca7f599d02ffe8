#include "wizard/steps/inputstep.h"

#include "plan/inputplanner.h"
#include "wizard/wizardsession.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InputStep)
};

} // namespace

bool InputStep::needed() const
{
    return m_session->spec().gpu.address.has_value();
}

QList<InputStep::Device> InputStep::devices() const
{
    QList<Device> list;
    if (m_session->host())
        for (const InputDevice &device : m_session->host()->inputs)
            list << Device{device.path, device.displayName(), device.kind == InputDevice::Kind::Keyboard};
    return list;
}

QList<InputStep::Controller> InputStep::controllers() const
{
    QList<Controller> list;
    if (!m_session->host())
        return list;
    const HostScan &host = *m_session->host();
    for (const PciAddress &address : InputPlanner::usbControllers(host)) {
        const PciDevice *device = host.pciDevice(address);
        const QString obstacle = InputPlanner::usbControllerObstacle(host, address);
        list << Controller{address, device ? device->deviceName : address.toString(), obstacle.isEmpty(), obstacle};
    }
    return list;
}

InputStep::Mode InputStep::mode() const
{
    const VmSpec::Input &input = m_session->spec().input;
    return input.usbController ? Mode::UsbController : !input.evdev.isEmpty() ? Mode::Evdev : Mode::None;
}

QStringList InputStep::chosenDevices() const
{
    return m_session->spec().input.evdev;
}

std::optional<PciAddress> InputStep::chosenController() const
{
    return m_session->spec().input.usbController;
}

void InputStep::useEvdev(const QStringList &devices)
{
    if (!m_session->host())
        return;
    const HostScan &host = *m_session->host();
    change([&](VmSpec &spec) {
        PlanNotes notes = InputPlanner::plan(host, {devices, devices.isEmpty(), std::nullopt}, spec);
        if (devices.isEmpty() && spec.gpu.address)
            notes << PlanNote::warning(topic(), Tr::tr("No keyboard or mouse chosen: the VM, shown on the passed GPU, can be "
                                                       "used only through a remote desktop."));
        return notes;
    });
}

void InputStep::useUsbController(const PciAddress &controller)
{
    if (!m_session->host())
        return;
    const HostScan &host = *m_session->host();
    change([&](VmSpec &spec) { return InputPlanner::plan(host, {std::nullopt, true, controller}, spec); });
}

void InputStep::useNone()
{
    useEvdev({});
}
