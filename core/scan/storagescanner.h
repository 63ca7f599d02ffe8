#pragma once

#include "host/devices/blockdevice.h"

#include <QHash>
#include <QList>

class SysfsReader;

/// Block devices from `/sys/block` (disks followed by their partitions) with their stable names
/// from `/dev/disk/by-id`, ZFS zvols from `/dev/zvol`, LVM logical volumes and other mappings
/// from device-mapper, md arrays, what holds each (`holders/`) and the PCI controller of a disk.
class StorageScanner
{
public:
    explicit StorageScanner(SysfsReader &reader) : m_reader(reader) {}

    QList<BlockDevice> scan();

private:
    /// kernel name -> the preferred `/dev/disk/by-id` path
    QHash<QString, QString> readStableNames();
    /// kernel name -> (pool, volume) from the `/dev/zvol/<pool>/<volume>` links
    QHash<QString, std::pair<QString, QString>> readZvols();
    /// A disk's partitions from its sysfs directory, each a device of its own.
    QList<BlockDevice> readPartitions(const BlockDevice &disk, const QString &dir, const QHash<QString, QString> &stableNames);
    /// The ZFS pool a device (disk, partition, md or dm device) is a member of, from udev's data.
    void readZfsMembership(BlockDevice &device);
    void resolveBacking(QList<BlockDevice> &devices, const QHash<QString, QString> &partitionOwners);
    void walkZvols(const QString &directory, const QString &relative, QHash<QString, std::pair<QString, QString>> &zvols);

    SysfsReader &m_reader;
};
