#pragma once

#include "host/devices/pcidevice.h"

#include <QList>

class SysfsReader;

/// Lists PCI functions through libpci's sysfs method, pointed at the reader's root. libpci's
/// fatal error handler would exit() the process; here it becomes a warning for one device.
class PciScanner
{
public:
    explicit PciScanner(SysfsReader &reader) : m_reader(reader) {}

    QList<PciDevice> scan();

private:
    SysfsReader &m_reader;
};
