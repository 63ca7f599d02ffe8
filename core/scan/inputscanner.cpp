#include "scan/inputscanner.h"

#include "scan/sysfsreader.h"

QList<InputDevice> InputScanner::scan() const
{
    QList<InputDevice> devices;
    const QString dir = QStringLiteral("/dev/input/by-id");
    for (const QString &name : m_reader.entries(dir, SysfsReader::Presence::Silent)) {
        InputDevice device;
        device.path = dir + u'/' + name;
        if (name.endsWith(QLatin1String("-event-kbd")))
            device.kind = InputDevice::Kind::Keyboard;
        else if (name.endsWith(QLatin1String("-event-mouse")))
            device.kind = InputDevice::Kind::Mouse;
        else
            continue; // joysticks, the raw mouse* nodes: not what a desktop VM takes
        devices << device;
    }
    std::sort(devices.begin(), devices.end(), [](const InputDevice &a, const InputDevice &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.path < b.path;
    });
    return devices;
}
