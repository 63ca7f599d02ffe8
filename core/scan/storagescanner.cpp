#include "scan/storagescanner.h"

#include "scan/sysfsparse.h"
#include "scan/sysfsreader.h"

#include <functional>

namespace {

/// Devices no VM disk should live on: loop files, RAM disks, optical and floppy drives.
bool isIgnored(const QString &name)
{
    static const char *const prefixes[] = {"loop", "ram", "zram", "sr", "fd", "nbd"};
    for (const char *prefix : prefixes)
        if (name.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

/// How good a by-id name is for people and for libvirt: model-and-serial names first,
/// opaque world-wide ids last.
int stableNameRank(const QString &name)
{
    if (name.startsWith(QLatin1String("ata-")) || name.startsWith(QLatin1String("nvme-"))
        || name.startsWith(QLatin1String("scsi-")) || name.startsWith(QLatin1String("usb-")))
        return name.startsWith(QLatin1String("nvme-eui.")) || name.startsWith(QLatin1String("scsi-3")) ? 2 : 0;
    if (name.startsWith(QLatin1String("wwn-")) || name.startsWith(QLatin1String("nvme-eui.")))
        return 3;
    return 5;
}

/// Splits a device-mapper name of an LVM volume: dashes inside names are doubled.
std::pair<QString, QString> splitLvmName(const QString &dmName)
{
    for (qsizetype i = 0; i < dmName.size(); ++i) {
        if (dmName[i] != u'-')
            continue;
        if (i + 1 < dmName.size() && dmName[i + 1] == u'-') {
            ++i;
            continue;
        }
        QString vg = dmName.left(i);
        QString lv = dmName.mid(i + 1);
        return {vg.replace(QLatin1String("--"), QLatin1String("-")), lv.replace(QLatin1String("--"), QLatin1String("-"))};
    }
    return {QString(), dmName};
}

} // namespace

QList<BlockDevice> StorageScanner::scan()
{
    using P = SysfsReader::Presence;
    QList<BlockDevice> devices;
    const QStringList names = m_reader.entries(QStringLiteral("/sys/block"), P::Optional);
    if (names.isEmpty())
        return devices;
    const QHash<QString, QString> stableNames = readStableNames();
    const auto zvols = readZvols();
    QHash<QString, QString> partitionOwners; // partition -> its disk

    for (const QString &name : names) {
        if (isIgnored(name))
            continue;
        const QString dir = QStringLiteral("/sys/block/") + name;
        BlockDevice device;
        device.name = name;
        device.sizeBytes = m_reader.readInteger(dir + QStringLiteral("/size")).value_or(0) * 512;
        device.rotational = m_reader.readInteger(dir + QStringLiteral("/queue/rotational"), P::Optional).value_or(0) == 1;
        device.removable = m_reader.readInteger(dir + QStringLiteral("/removable"), P::Optional).value_or(0) == 1;
        device.path = QStringLiteral("/dev/") + name;
        device.devNumber = m_reader.readLine(dir + QStringLiteral("/dev"), P::Optional).value_or(QString());
        device.holders = m_reader.entries(dir + QStringLiteral("/holders"), P::Optional);
        QList<BlockDevice> partitions;

        if (const auto zvol = zvols.constFind(name); zvol != zvols.cend()) {
            device.kind = BlockDevice::Kind::Zvol;
            device.pool = zvol->first;
            device.volumeName = zvol->second;
            device.path = QStringLiteral("/dev/zvol/") + zvol->first + u'/' + zvol->second;
        } else if (name.startsWith(QLatin1String("dm-"))) {
            const QString dmName = m_reader.readLine(dir + QStringLiteral("/dm/name")).value_or(QString());
            const QString uuid = m_reader.readLine(dir + QStringLiteral("/dm/uuid"), P::Optional).value_or(QString());
            device.backing = m_reader.entries(dir + QStringLiteral("/slaves"), P::Optional);
            if (uuid.startsWith(QLatin1String("LVM-"))) {
                device.kind = BlockDevice::Kind::Lvm;
                std::tie(device.volumeGroup, device.volumeName) = splitLvmName(dmName);
                device.path = QStringLiteral("/dev/") + device.volumeGroup + u'/' + device.volumeName;
            } else {
                device.kind = BlockDevice::Kind::DeviceMapper;
                device.encrypted = uuid.startsWith(QLatin1String("CRYPT-"));
                if (!dmName.isEmpty())
                    device.path = QStringLiteral("/dev/mapper/") + dmName;
            }
            readZfsMembership(device);
        } else if (name.startsWith(QLatin1String("md"))) {
            device.kind = BlockDevice::Kind::Raid;
            device.backing = m_reader.entries(dir + QStringLiteral("/slaves"), P::Optional);
            readZfsMembership(device);
        } else {
            device.kind = BlockDevice::Kind::Disk;
            device.model = m_reader.readLine(dir + QStringLiteral("/device/model"), P::Optional).value_or(QString());
            device.serial = m_reader.readLine(dir + QStringLiteral("/device/serial"), P::Optional).value_or(QString());
            if (const auto stable = stableNames.constFind(name); stable != stableNames.cend())
                device.path = *stable;
            if (const auto real = m_reader.linkDestination(dir, P::Optional))
                device.controller = SysfsParse::lastPciAddress(*real);
            readZfsMembership(device);
            partitions = readPartitions(device, dir, stableNames);
            for (const BlockDevice &partition : std::as_const(partitions)) {
                partitionOwners.insert(partition.name, name);
                for (const QString &pool : partition.zfsPools)
                    if (!device.zfsPools.contains(pool))
                        device.zfsPools.append(pool);
            }
        }
        device.backedByRotational = device.rotational;
        devices.append(device);
        devices.append(partitions);
    }
    resolveBacking(devices, partitionOwners);
    return devices;
}

QList<BlockDevice> StorageScanner::readPartitions(const BlockDevice &disk, const QString &dir,
                                                  const QHash<QString, QString> &stableNames)
{
    using P = SysfsReader::Presence;
    QList<BlockDevice> partitions;
    for (const QString &entry : m_reader.entries(dir, P::Optional)) {
        if (!entry.startsWith(disk.name) || entry == disk.name)
            continue;
        const QString partDir = dir + u'/' + entry;
        BlockDevice partition;
        partition.name = entry;
        partition.kind = BlockDevice::Kind::Partition;
        partition.parent = disk.name;
        partition.path = stableNames.value(entry, QStringLiteral("/dev/") + entry);
        partition.sizeBytes = m_reader.readInteger(partDir + QStringLiteral("/size"), P::Optional).value_or(0) * 512;
        partition.devNumber = m_reader.readLine(partDir + QStringLiteral("/dev"), P::Optional).value_or(QString());
        partition.holders = m_reader.entries(partDir + QStringLiteral("/holders"), P::Optional);
        partition.rotational = disk.rotational;
        partition.removable = disk.removable;
        partition.controller = disk.controller;
        readZfsMembership(partition);
        partition.backedByRotational = partition.rotational;
        partitions << partition;
    }
    return partitions;
}

void StorageScanner::readZfsMembership(BlockDevice &device)
{
    // blkid (through udev) labels every member of a ZFS pool with the pool's name, cache and
    // log devices included; that is how a zvol's disks can be found without running zpool.
    if (device.devNumber.isEmpty())
        return;
    const auto udev = m_reader.read(QStringLiteral("/run/udev/data/b") + device.devNumber, SysfsReader::Presence::Silent);
    if (!udev)
        return;
    const auto properties = SysfsParse::udevProperties(*udev);
    if (properties.value(QStringLiteral("ID_FS_TYPE")) == QLatin1String("zfs_member")) {
        const QString pool = properties.value(QStringLiteral("ID_FS_LABEL"));
        if (!pool.isEmpty() && !device.zfsPools.contains(pool))
            device.zfsPools.append(pool);
    }
}

void StorageScanner::resolveBacking(QList<BlockDevice> &devices, const QHash<QString, QString> &partitionOwners)
{
    QHash<QString, const BlockDevice *> byName;
    QHash<QString, bool> rotationalPool;
    for (const BlockDevice &d : std::as_const(devices)) {
        byName.insert(d.name, &d);
        if (d.kind == BlockDevice::Kind::Disk || d.kind == BlockDevice::Kind::Partition)
            for (const QString &pool : d.zfsPools)
                rotationalPool[pool] = rotationalPool.value(pool) || d.rotational;
    }
    // Down the stack (an LV on dm-crypt on md on partitions) to the disks; the depth bounds a
    // loop in a broken tree.
    std::function<bool(const QString &, int)> spinning = [&](const QString &name, int depth) {
        const BlockDevice *d = byName.value(partitionOwners.value(name, name));
        if (!d || depth > 16)
            return false;
        if (d->kind == BlockDevice::Kind::Zvol)
            return rotationalPool.value(d->pool);
        bool any = d->rotational;
        for (const QString &below : d->backing)
            any = any || spinning(below, depth + 1);
        return any;
    };
    QList<bool> results;
    for (const BlockDevice &d : std::as_const(devices))
        results << spinning(d.name, 0);
    for (qsizetype i = 0; i < devices.size(); ++i)
        devices[i].backedByRotational = results[i];
}

QHash<QString, QString> StorageScanner::readStableNames()
{
    QHash<QString, QString> best;
    QHash<QString, int> bestRank;
    const QString byId = QStringLiteral("/dev/disk/by-id");
    for (const QString &link : m_reader.entries(byId, SysfsReader::Presence::Optional)) {
        const auto target = m_reader.linkDestination(byId + u'/' + link);
        if (!target)
            continue;
        const QString kernelName = target->section(u'/', -1);
        const int rank = stableNameRank(link);
        const auto known = bestRank.constFind(kernelName);
        if (known == bestRank.cend() || rank < *known || (rank == *known && link < best.value(kernelName))) {
            best.insert(kernelName, byId + u'/' + link);
            bestRank.insert(kernelName, rank);
        }
    }
    return best;
}

QHash<QString, std::pair<QString, QString>> StorageScanner::readZvols()
{
    QHash<QString, std::pair<QString, QString>> zvols;
    walkZvols(QStringLiteral("/dev/zvol"), QString(), zvols);
    return zvols;
}

void StorageScanner::walkZvols(const QString &directory, const QString &relative,
                               QHash<QString, std::pair<QString, QString>> &zvols)
{
    using P = SysfsReader::Presence;
    for (const QString &name : m_reader.entries(directory, P::Optional)) {
        const QString path = directory + u'/' + name;
        const QString child = relative.isEmpty() ? name : relative + u'/' + name;
        if (const auto target = m_reader.linkDestination(path, P::Silent)) {
            // Partitions of a zvol (win10-part1 -> zd0p1) are not volumes of their own.
            if (relative.isEmpty() || name.contains(QLatin1String("-part")))
                continue;
            const QString pool = child.section(u'/', 0, 0);
            zvols.insert(target->section(u'/', -1), {pool, child.section(u'/', 1)});
        } else if (child.count(u'/') < 16) { // nested datasets; the bound stops a link loop
            walkZvols(path, child, zvols);
        }
    }
}
