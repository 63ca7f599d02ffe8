#pragma once

#include "host/devices/inputdevice.h"

#include <QList>

class SysfsReader;

/// The host's keyboards and mice from ROOT/dev/input/by-id: udev names each event device of a
/// keyboard "...-event-kbd" and of a mouse "...-event-mouse".
class InputScanner
{
public:
    explicit InputScanner(SysfsReader &reader) : m_reader(reader) {}
    QList<InputDevice> scan() const;

private:
    SysfsReader &m_reader;
};
