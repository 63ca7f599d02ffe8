#pragma once

#include "util/pciaddress.h"

#include <QString>
#include <QStringList>

#include <optional>

/// A network interface from `/sys/class/net`.
struct NetInterface
{
    QString name;
    QString mac;
    QString state;              ///< operstate: up, down, unknown, ...
    std::optional<int> speedMbps;
    bool physical = false;      ///< backed by a device (PCI, USB), not virtual
    bool bridge = false;
    bool wireless = false;
    QStringList members;        ///< bridge ports, for a bridge
    QString master;             ///< the bridge (or bond) this interface belongs to
    std::optional<PciAddress> pciDevice;
    bool defaultRoute = false; ///< carries the default route (`/proc/net/route`)
};
