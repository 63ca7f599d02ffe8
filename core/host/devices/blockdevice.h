#pragma once

#include "host/devices/hostuse.h"
#include "util/pciaddress.h"

#include <QString>
#include <QStringList>

#include <optional>

/// A block device a VM disk can live on.
struct BlockDevice
{
    enum class Kind { Disk, Partition, Zvol, Lvm, DeviceMapper, Raid, Other };

    QString name;        ///< kernel name: sda, nvme0n1, zd0, dm-3
    QString path;        ///< the stable path to give libvirt (/dev/disk/by-id/..., /dev/zvol/...)
    qint64 sizeBytes = 0;
    bool rotational = false;
    bool removable = false;
    QString model;
    QString serial;
    Kind kind = Kind::Disk;
    QString pool;        ///< ZFS pool of a zvol
    QString volumeGroup; ///< LVM volume group of a logical volume
    QString volumeName;  ///< zvol or LV name
    QStringList backing; ///< kernel names of the devices under a device-mapper volume
    QStringList zfsPools; ///< pools the disk (or one of its partitions) is a member of
    QString parent;       ///< the disk of a partition
    QString devNumber;    ///< major:minor, as mountinfo names devices
    QStringList holders;  ///< kernel names of the devices built on it (device-mapper, md)
    bool encrypted = false; ///< a dm-crypt mapping (LUKS or plain)
    /// The PCI controller the disk hangs on (NVMe, SATA, USB); empty for virtual devices.
    std::optional<PciAddress> controller;
    /// What the host uses it for; empty when it is free for a VM. A zvol or logical volume is
    /// used only when it is itself mounted, swap or held: that its pool or volume group holds
    /// `/` makes the disks under it used, not the volume.
    QList<HostUse> hostUses;
    /// The data really lives on spinning disks: the disk itself, or for a zvol any disk of its
    /// pool, for a logical volume any disk under it. A zvol reports itself non-rotational.
    bool backedByRotational = false;

    static QString kindName(Kind kind);
};
