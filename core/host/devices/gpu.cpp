#include "host/devices/gpu.h"

#include "host/devices/pcidevice.h"

#include <algorithm>

QList<Gpu> findGpus(const QList<PciDevice> &pci)
{
    QList<Gpu> gpus;
    for (const PciDevice &device : pci) {
        if (!device.isDisplay())
            continue;
        // A second display function of one card (rare, some old Radeons) is not a second GPU.
        const bool seen = std::any_of(gpus.begin(), gpus.end(), [&](const Gpu &g) { return g.address.sameSlot(device.address); });
        if (seen)
            continue;
        Gpu gpu;
        gpu.address = device.address;
        gpu.functions = device.slotFunctions;
        gpu.bootVga = device.bootVga;
        gpu.iommuGroup = device.iommuGroup;
        gpu.driver = device.driver;
        gpu.vendorId = device.vendorId;
        gpu.numaNode = device.numaNode;
        gpu.localCpus = device.localCpus;
        gpu.name = device.deviceName.isEmpty() ? device.vendorName : device.vendorName + u' ' + device.deviceName;
        gpus.append(gpu);
    }
    return gpus;
}
