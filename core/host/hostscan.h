#pragma once

#include "host/blockdevice.h"
#include "host/cputopology.h"
#include "host/gpu.h"
#include "host/inputdevice.h"
#include "host/iommugroup.h"
#include "host/kernelcommandline.h"
#include "host/memoryinfo.h"
#include "host/netinterface.h"
#include "host/pcidevice.h"

#include <QList>
#include <QString>
#include <QStringList>

/// Everything the scan learned about a host: the input of every planner.
struct HostScan
{
    QString root; ///< the directory that stood for `/`
    CpuTopology cpu;
    MemoryInfo memory;
    KernelCommandLine commandLine;
    IommuState iommu;
    QList<PciDevice> pci;
    QList<Gpu> gpus;
    QList<NetInterface> network;
    QList<BlockDevice> storage;
    QList<InputDevice> inputs; ///< keyboards first, then mice
    QStringList warnings; ///< one per fact that could not be read, naming its path

    const PciDevice *pciDevice(const PciAddress &address) const;
    const NetInterface *interface(const QString &name) const;
};
