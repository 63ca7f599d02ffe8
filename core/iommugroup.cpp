#include "iommugroup.h"

#include "pcidevice.h"

#include <QHash>

const IommuGroup *IommuState::group(int id) const
{
    for (const IommuGroup &g : groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

void judgeIommuGroup(IommuGroup &group, const QList<PciDevice> &pci)
{
    QHash<QString, const PciDevice *> byAddress;
    for (const PciDevice &d : pci)
        byAddress.insert(d.address.toString(), &d);

    QList<PciAddress> endpoints;
    std::optional<PciAddress> main;
    for (const PciAddress &address : group.devices) {
        const PciDevice *device = byAddress.value(address.toString());
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
