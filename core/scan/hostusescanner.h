#pragma once

#include "host/hostscan.h"

#include <QHash>
#include <QSet>

class SysfsReader;

/// Finds what the host itself uses its disks and devices for, so that nothing it needs is
/// offered to a VM: mounts (`/proc/self/mountinfo`, else `/proc/mounts`), swap (`/proc/swaps`),
/// ZFS pools with a mounted dataset or a zvol, device-mapper and md stacks (`holders/`) down to
/// the partitions and disks under them and up to their PCI storage controllers; the GPU the host
/// shows its display on (connected DRM connectors, else the boot VGA's console), the NIC with
/// the default route (or a port of the bridge that has it), the USB controllers of its keyboards
/// and mice (`/sys/class/input`). Runs after the PCI, network and storage scans and fills their
/// `hostUses`.
class HostUseScanner
{
public:
    explicit HostUseScanner(SysfsReader &reader) : m_reader(reader) {}

    void scan(HostScan &host);

private:
    void readMounts();
    void readSwaps();
    void useStorage(HostScan &host);
    void useDisplays(HostScan &host);
    void useNetwork(HostScan &host);
    void useInputs(HostScan &host);
    /// The kernel name of a block device a mount or swap table names (`/dev/sda1`,
    /// `/dev/mapper/root`, `/dev/disk/by-uuid/...`), or empty.
    QString blockDeviceOf(const QString &path);
    QList<HostUse> usesOf(const QString &name, QSet<QString> &seen) const;
    /// What a device is used for through the devices built on it, flattened to mount points,
    /// swaps and pools: the details of the use a holder makes of what it is built on.
    QStringList leafUses(const QString &name, QSet<QString> &seen) const;
    HostUse holderUse(const QString &holder, QSet<QString> &seen) const;
    /// The pool's mounted datasets and zvols; empty when the host does not use the pool.
    QStringList poolUses(const QString &pool) const;
    /// A device's name for people: pool/volume, vg/lv, the dm name, else the kernel name.
    QString friendlyName(const QString &name) const;

    SysfsReader &m_reader;
    QHash<QString, const BlockDevice *> m_devices; ///< by kernel name
    QHash<QString, QString> m_byNumber;            ///< major:minor -> kernel name
    QHash<QString, QStringList> m_partitions;      ///< disk -> its partitions
    QHash<QString, QStringList> m_mountPoints;     ///< kernel name -> mount points
    QHash<QString, QStringList> m_poolMounts;      ///< ZFS pool -> mount points of its datasets
    QSet<QString> m_swaps;                         ///< kernel names
};
