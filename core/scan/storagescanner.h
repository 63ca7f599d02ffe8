#pragma once

#include "host/blockdevice.h"

#include <QHash>
#include <QList>

class SysfsReader;

/// Block devices from `/sys/block` with their stable names from `/dev/disk/by-id`,
/// ZFS zvols from `/dev/zvol` and LVM logical volumes from device-mapper.
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
    void readZfsMembership(BlockDevice &disk, const QString &dir, QHash<QString, QString> &partitionOwners);
    void resolveBacking(QList<BlockDevice> &devices, const QHash<QString, QString> &partitionOwners);
    void walkZvols(const QString &directory, const QString &relative, QHash<QString, std::pair<QString, QString>> &zvols);

    SysfsReader &m_reader;
};
