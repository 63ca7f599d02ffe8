#pragma once

#include "blockdevice.h"
#include "cputopology.h"
#include "gpu.h"
#include "iommugroup.h"
#include "kernelcommandline.h"
#include "kvmaccess.h"
#include "memoryinfo.h"
#include "netinterface.h"
#include "pcidevice.h"

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
    QStringList warnings; ///< one per fact that could not be read, naming its path

    const PciDevice *pciDevice(const PciAddress &address) const;
    const NetInterface *interface(const QString &name) const;
};
