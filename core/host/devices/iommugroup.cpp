#include "host/devices/iommugroup.h"

#include "host/devices/pcidevice.h"

#include <QHash>

const IommuGroup *IommuState::group(int id) const
{
    for (const IommuGroup &g : groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

namespace {

void judge(IommuGroup &group, const QHash<PciAddress, const PciDevice *> &byAddress)
{
    QList<PciAddress> endpoints;
    std::optional<PciAddress> main;
    for (const PciAddress &address : group.devices) {
        const PciDevice *device = byAddress.value(address);
        if (device && device->isBridge())
            continue;
        endpoints.append(address);
        if (device && device->isDisplay() && !main)
            main = address;
    }
    if (!main && !endpoints.isEmpty())
        main = endpoints.first();

    group.spoilers.clear();
    for (const PciAddress &address : endpoints)
        if (!address.sameSlot(*main))
            group.spoilers.append(address);
    group.safe = group.spoilers.isEmpty();
}

} // namespace

void judgeIommuGroups(QList<IommuGroup> &groups, const QList<PciDevice> &pci)
{
    QHash<PciAddress, const PciDevice *> byAddress;
    byAddress.reserve(pci.size());
    for (const PciDevice &d : pci)
        byAddress.insert(d.address, &d);
    for (IommuGroup &group : groups)
        judge(group, byAddress);
}
