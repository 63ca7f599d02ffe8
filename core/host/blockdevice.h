#pragma once

#include <QString>
#include <QStringList>

/// A block device a VM disk can live on.
struct BlockDevice
{
    enum class Kind { Disk, Partition, Zvol, Lvm, DeviceMapper, Other };

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
    /// The data really lives on spinning disks: the disk itself, or for a zvol any disk of its
    /// pool, for a logical volume any disk under it. A zvol reports itself non-rotational.
    bool backedByRotational = false;

    static QString kindName(Kind kind);
};
