#include "host/hostscan.h"

const PciDevice *HostScan::pciDevice(const PciAddress &address) const
{
    for (const PciDevice &d : pci)
        if (d.address == address)
            return &d;
    return nullptr;
}

const NetInterface *HostScan::interface(const QString &name) const
{
    for (const NetInterface &n : network)
        if (n.name == name)
            return &n;
    return nullptr;
}
