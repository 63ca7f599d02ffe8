#pragma once

#include "util/pciaddress.h"

#include <QList>
#include <QString>

struct PciDevice;

/// An IOMMU group and whether it can be given to a guest whole.
struct IommuGroup
{
    int id = 0;
    QList<PciAddress> devices;
    /// True when the group holds the functions of one PCI device plus bridges, so passing
    /// it whole takes nothing else from the host.
    bool safe = true;
    QList<PciAddress> spoilers; ///< the endpoints that are not part of that device
};

struct IommuState
{
    bool enabled = false;
    /// The kernel parameter that turns the IOMMU on for this CPU vendor.
    QString enableParameter;
    bool enabledOnCommandLine = false;
    bool passthroughMode = false; ///< iommu=pt
    QList<IommuGroup> groups;

    const IommuGroup *group(int id) const;
};

/// Judges groups: the endpoints outside the slot of a group's main device spoil it. The main
/// device is the display function where there is one, else the first endpoint.
void judgeIommuGroups(QList<IommuGroup> &groups, const QList<PciDevice> &pci);
