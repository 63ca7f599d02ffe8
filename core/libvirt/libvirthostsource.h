#pragma once

#include "host/hostscan.h"
#include "libvirt/libvirtconnection.h"
#include "util/result.h"

#include <QStringList>

/// The host facts libvirt can give, for hosts the wizard cannot read directly (a
/// qemu+ssh:// URI): CPU topology and hugepage pools from the capabilities, PCI devices with
/// their IOMMU groups, NICs and disks from the node devices. What libvirt does not say (boot
/// VGA, reset support, bridges, rotational disks, L3 domains on hosts without cache banks)
/// stays empty, and a warning says so.
class LibvirtHostSource
{
public:
    static Result<HostScan> scan(const LibvirtConnection &connection);
    /// The same from the XML texts alone (what scan() fetches), so tests can feed saved ones.
    static HostScan fromXml(const QString &capabilities, const QStringList &pciDevices, const QStringList &netDevices,
                            const QStringList &storageDevices);
};
