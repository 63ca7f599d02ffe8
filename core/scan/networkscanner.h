#pragma once

#include "host/devices/netinterface.h"

#include <QList>

class SysfsReader;

/// Network interfaces from `/sys/class/net`: MAC, state, speed, bridges and their ports.
class NetworkScanner
{
public:
    explicit NetworkScanner(SysfsReader &reader) : m_reader(reader) {}

    QList<NetInterface> scan();

private:
    SysfsReader &m_reader;
};
