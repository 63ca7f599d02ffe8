#pragma once

#include "host/devices/blockdevice.h"
#include "host/cputopology.h"
#include "host/devices/gpu.h"
#include "host/devices/inputdevice.h"
#include "host/devices/iommugroup.h"
#include "host/kernelcommandline.h"
#include "host/kvmaccess.h"
#include "host/memoryinfo.h"
#include "host/devices/netinterface.h"
#include "host/devices/pcidevice.h"

#include <QList>
#include <QString>
#include <QStringList>

/// Everything the scan learned about a host: the input of every planner.
struct HostScan
{
    QString root; ///< the directory that stood for `/`
    CpuTopology cpu;
    KvmAccess kvm; ///< whether QEMU can use KVM: modules, /dev/kvm and QEMU's user, not only the CPU's flags
    MemoryInfo memory;
    KernelCommandLine commandLine;
    IommuState iommu;
    QList<PciDevice> pci;
    QList<Gpu> gpus;
    QList<NetInterface> network;
    QList<BlockDevice> storage;
    QList<InputDevice> inputs; ///< keyboards first, then mice
    /// libvirt qemu hooks that confine the host with AllowedCPUs= while a VM runs (host paths
    /// under /etc/libvirt/hooks and /var/lib/libvirt/hooks, where NixOS puts them).
    QStringList isolationHooks;
    QStringList warnings; ///< one per fact that could not be read, naming its path

    const PciDevice *pciDevice(const PciAddress &address) const;
    const NetInterface *interface(const QString &name) const;
    /// Whether a hook keeps the host off this VM's cores: the wizard's own hook for it, one in
    /// its own qemu.d/<name>/ folder, or a hook that names no VM (it acts for every one).
    bool isolatesHostFor(const QString &vmName) const;
    /// The file name of the wizard's isolation hook for a VM in hooks/qemu.d/: the name in
    /// characters any shell and file system take, and a hash of the real name against clashes.
    static QString isolationHookName(const QString &vmName);
};
