#pragma once

#include "util/pciaddress.h"

#include <QList>
#include <QString>

#include <optional>

/// A display device with every function of its slot (video, HDMI audio, USB, UCSI).
struct Gpu
{
    PciAddress address; ///< the display function
    QList<PciAddress> functions;
    bool bootVga = false; ///< the host boots (and usually draws its console) on it
    std::optional<int> iommuGroup;
    QString driver;
    QString name; ///< vendor and device names for people
    quint16 vendorId = 0;
    std::optional<int> numaNode; ///< the NUMA node it is attached to, where the firmware says
    QList<int> localCpus;        ///< the CPUs near it (local_cpulist)
};

struct PciDevice;

/// The GPUs among PCI devices: display functions, one per slot, with every function of it.
QList<Gpu> findGpus(const QList<PciDevice> &pci);
