#pragma once

#include "host/devices/hostuse.h"
#include "util/pciaddress.h"

#include <QList>
#include <QString>

#include <optional>

/// One PCI function as libpci and sysfs describe it.
struct PciDevice
{
    PciAddress address;
    quint16 vendorId = 0;
    quint16 deviceId = 0;
    quint16 subsystemVendorId = 0;
    quint16 subsystemId = 0;
    quint32 classId = 0; ///< base class, subclass, programming interface (0x030000)
    quint8 revision = 0;
    QString vendorName;
    QString deviceName;
    QString className;
    QString subsystemName;
    QString driver; ///< empty when no driver is bound
    std::optional<int> iommuGroup;
    std::optional<PciAddress> parentBridge;
    bool bootVga = false;
    bool resettable = false; ///< the kernel offers a `reset` for this function
    /// The reset methods the kernel would try, in order (`reset_method`, Linux 5.15+: flr,
    /// pm, bus, device_specific, ...); empty on older kernels, which have only `reset`.
    QStringList resetMethods;
    /// What the host uses it for (its display, keyboard, default route, disks); empty when
    /// nothing the scan can see.
    QList<HostUse> hostUses;
    QList<PciAddress> slotFunctions; ///< every function of its slot, itself included
    /// The NUMA node the device hangs off (numa_node) and the CPUs near it (local_cpulist);
    /// read for display functions only, the ones a VM's placement follows. No node: the
    /// firmware does not say (numa_node -1) or the host has one.
    std::optional<int> numaNode;
    QList<int> localCpus;

    int baseClass() const { return int(classId >> 16); }
    bool isBridge() const { return (classId >> 8) == 0x0604 || (classId >> 8) == 0x0600; }
    bool isDisplay() const { return baseClass() == 0x03; }
    /// Base class 0c (serial bus), subclass 03 (USB): UHCI, OHCI, EHCI, xHCI.
    bool isUsbController() const { return (classId >> 8) == 0x0c03; }
};
