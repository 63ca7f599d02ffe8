#include "scan/hostusescanner.h"

#include "scan/sysfsparse.h"
#include "scan/sysfsreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostUseScanner)
};

using P = SysfsReader::Presence;

PciDevice *pciAt(HostScan &host, const std::optional<PciAddress> &address)
{
    if (!address)
        return nullptr;
    for (PciDevice &d : host.pci)
        if (d.address == *address)
            return &d;
    return nullptr;
}

void appendOnce(QStringList &list, const QString &item)
{
    if (!list.contains(item))
        list << item;
}

} // namespace

void HostUseScanner::scan(HostScan &host)
{
    for (const BlockDevice &d : std::as_const(host.storage)) {
        m_devices.insert(d.name, &d);
        if (!d.devNumber.isEmpty())
            m_byNumber.insert(d.devNumber, d.name);
        if (!d.parent.isEmpty())
            m_partitions[d.parent] << d.name;
    }
    readMounts();
    readSwaps();
    useStorage(host);
    useDisplays(host);
    useNetwork(host);
    useInputs(host);
}

void HostUseScanner::readMounts()
{
    QList<SysfsParse::MountEntry> entries;
    // mountinfo names each mount's device by number, which /dev/root and renamed mappings
    // cannot hide; /proc/mounts (older trees, some containers) only by its path.
    if (const auto text = m_reader.read(u"/proc/self/mountinfo", P::Optional))
        entries = SysfsParse::mountinfo(*text);
    else if (const auto text = m_reader.read(u"/proc/mounts", P::Optional))
        entries = SysfsParse::mounts(*text);
    else {
        m_reader.warn(Tr::tr("/proc/self/mountinfo and /proc/mounts: missing, so no disk is known to hold the host's "
                             "file systems"));
        return;
    }
    QHash<QString, QStringList> rootMounts, otherMounts; // by device: mounts of its file system's root, and the rest
    for (const SysfsParse::MountEntry &mount : std::as_const(entries)) {
        if (mount.fsType == u"zfs"_s) {
            appendOnce(m_poolMounts[mount.source.section(u'/', 0, 0)], mount.mountPoint);
            continue;
        }
        // Major 0 is an anonymous device (btrfs, overlay, tmpfs): only the source can tell.
        QString name = mount.device.startsWith(u"0:"_s) ? QString() : m_byNumber.value(mount.device);
        if (name.isEmpty() && mount.source.startsWith(u"/dev/"_s))
            name = blockDeviceOf(mount.source);
        if (!name.isEmpty())
            appendOnce(mount.root == u"/"_s ? rootMounts[name] : otherMounts[name], mount.mountPoint);
    }
    // Bind mounts of a directory (NixOS' read-only /nix/store) say nothing a mount of the file
    // system's root has not said; a device mounted only by subdirectories (btrfs subvolumes) is
    // named by those.
    for (auto it = otherMounts.cbegin(); it != otherMounts.cend(); ++it)
        if (!rootMounts.contains(it.key()))
            rootMounts.insert(it.key(), it.value());
    m_mountPoints = rootMounts;
}

void HostUseScanner::readSwaps()
{
    const auto text = m_reader.read(u"/proc/swaps", P::Optional);
    if (!text) {
        m_reader.warn(Tr::tr("/proc/swaps: missing, so no disk is known to hold the host's swap"));
        return;
    }
    // A swap file lives on a mounted file system, whose disk is used already.
    for (const SysfsParse::SwapEntry &swap : SysfsParse::swaps(*text))
        if (swap.type != u"file"_s)
            if (const QString name = blockDeviceOf(swap.path); !name.isEmpty())
                m_swaps.insert(name);
}

QString HostUseScanner::blockDeviceOf(const QString &path)
{
    QString current = path;
    for (int hop = 0; hop < 8; ++hop) { // a link loop in a broken tree ends here
        const QString name = current.section(u'/', -1);
        if (current == u"/dev/"_s + name && m_devices.contains(name))
            return name;
        if (!current.startsWith(u"/dev/"_s))
            return {};
        const auto target = m_reader.linkDestination(current, P::Silent);
        if (!target)
            return {};
        current = *target;
    }
    return {};
}

QString HostUseScanner::friendlyName(const QString &name) const
{
    const BlockDevice *d = m_devices.value(name);
    if (!d)
        return name;
    switch (d->kind) {
    case BlockDevice::Kind::Zvol: return d->pool + u'/' + d->volumeName;
    case BlockDevice::Kind::Lvm: return d->volumeGroup + u'/' + d->volumeName;
    case BlockDevice::Kind::DeviceMapper:
        return d->path.startsWith(u"/dev/mapper/"_s) ? d->path.mid(12) : name;
    default: return name;
    }
}

QStringList HostUseScanner::poolUses(const QString &pool) const
{
    QStringList uses = m_poolMounts.value(pool);
    // A zvol is data on the pool's disks whoever uses it (another VM, this one): the disks stay.
    for (const BlockDevice *d : m_devices)
        if (d->kind == BlockDevice::Kind::Zvol && d->pool == pool)
            appendOnce(uses, u"zvol "_s + d->pool + u'/' + d->volumeName);
    std::sort(uses.begin() + m_poolMounts.value(pool).size(), uses.end());
    return uses;
}

QStringList HostUseScanner::leafUses(const QString &name, QSet<QString> &seen) const
{
    QStringList out;
    if (seen.contains(name))
        return out;
    seen.insert(name);
    for (const QString &mountPoint : m_mountPoints.value(name))
        appendOnce(out, mountPoint);
    if (m_swaps.contains(name))
        appendOnce(out, u"swap "_s + friendlyName(name));
    if (const BlockDevice *d = m_devices.value(name)) {
        for (const QString &pool : d->zfsPools)
            if (!poolUses(pool).isEmpty())
                appendOnce(out, u"ZFS pool "_s + pool);
        for (const QString &holder : d->holders)
            for (const QString &use : leafUses(holder, seen))
                appendOnce(out, use);
    }
    return out;
}

HostUse HostUseScanner::holderUse(const QString &holder, QSet<QString> &seen) const
{
    const QStringList details = leafUses(holder, seen);
    const BlockDevice *d = m_devices.value(holder);
    if (!d)
        return {HostUse::Kind::Holder, holder, details};
    switch (d->kind) {
    case BlockDevice::Kind::Lvm: return {HostUse::Kind::Lvm, d->volumeGroup, details};
    case BlockDevice::Kind::Raid: return {HostUse::Kind::Raid, holder, details};
    case BlockDevice::Kind::DeviceMapper:
        return {d->encrypted ? HostUse::Kind::Crypt : HostUse::Kind::DeviceMapper, friendlyName(holder), details};
    default: return {HostUse::Kind::Holder, holder, details};
    }
}

QList<HostUse> HostUseScanner::usesOf(const QString &name, QSet<QString> &seen) const
{
    QList<HostUse> uses;
    if (seen.contains(name))
        return uses;
    seen.insert(name);
    for (const QString &mountPoint : m_mountPoints.value(name))
        HostUse::add(uses, {HostUse::Kind::Mount, mountPoint, {}});
    if (m_swaps.contains(name))
        HostUse::add(uses, {HostUse::Kind::Swap, friendlyName(name), {}});
    const BlockDevice *d = m_devices.value(name);
    if (!d)
        return uses;
    // A disk is used by whatever uses one of its partitions (in their order).
    for (const QString &partition : m_partitions.value(name))
        for (const HostUse &use : usesOf(partition, seen))
            HostUse::add(uses, use);
    for (const QString &pool : d->zfsPools)
        if (const QStringList details = poolUses(pool); !details.isEmpty())
            HostUse::add(uses, {HostUse::Kind::ZfsPool, pool, details});
    for (const QString &holder : d->holders) {
        QSet<QString> chain = seen;
        HostUse::add(uses, holderUse(holder, chain));
    }
    return uses;
}

void HostUseScanner::useStorage(HostScan &host)
{
    QList<QList<HostUse>> uses;
    for (const BlockDevice &d : std::as_const(host.storage)) {
        QSet<QString> seen;
        uses << usesOf(d.name, seen);
    }
    for (qsizetype i = 0; i < host.storage.size(); ++i)
        host.storage[i].hostUses = uses[i];
    // The controller a used disk hangs on is used too: passing it takes the disk along.
    for (const BlockDevice &d : std::as_const(host.storage))
        if (d.parent.isEmpty() && !d.hostUses.isEmpty())
            if (PciDevice *controller = pciAt(host, d.controller))
                HostUse::add(controller->hostUses, {HostUse::Kind::Disk, d.name, HostUse::words(d.hostUses)});
}

void HostUseScanner::useDisplays(HostScan &host)
{
    const QString classDrm = u"/sys/class/drm"_s;
    static const QRegularExpression cardPattern(u"^card\\d+$"_s);
    static const QRegularExpression connectorPattern(u"^(card\\d+)-(.+)$"_s);
    QStringList cards;
    QHash<QString, QStringList> connected; // card -> its connected connectors
    for (const QString &entry : m_reader.entries(classDrm, P::Optional)) {
        if (cardPattern.match(entry).hasMatch()) {
            cards << entry;
        } else if (const auto match = connectorPattern.match(entry); match.hasMatch()) {
            if (m_reader.readLine(classDrm + u'/' + entry + u"/status"_s, P::Optional) == u"connected"_s)
                connected[match.captured(1)] << match.captured(2);
        }
    }
    QSet<PciAddress> withDrm;
    for (const QString &card : std::as_const(cards)) {
        const auto destination = m_reader.linkDestination(classDrm + u'/' + card, P::Optional);
        const auto address = destination ? SysfsParse::lastPciAddress(*destination) : std::nullopt;
        PciDevice *device = pciAt(host, address);
        if (!device)
            continue; // simpledrm, virtual cards
        withDrm.insert(device->address);
        if (connected.contains(card))
            HostUse::add(device->hostUses, {HostUse::Kind::Display, QString(), connected.value(card)});
    }
    // A boot GPU without a DRM card (no KMS driver bound) shows the firmware's console.
    for (PciDevice &device : host.pci)
        if (device.isDisplay() && device.bootVga && !withDrm.contains(device.address))
            HostUse::add(device.hostUses, {HostUse::Kind::Display, QString(), {}});
}

void HostUseScanner::useNetwork(HostScan &host)
{
    for (const NetInterface &nic : std::as_const(host.network)) {
        if (!nic.physical || !nic.pciDevice)
            continue;
        // The default route on the NIC itself, or on the bridge (or bond) it is a port of.
        QStringList through;
        const NetInterface *at = &nic;
        bool route = at->defaultRoute;
        for (int depth = 0; !route && at && !at->master.isEmpty() && depth < 8; ++depth) {
            at = host.interface(at->master);
            if (at) {
                through << at->name;
                route = at->defaultRoute;
            }
        }
        if (route)
            if (PciDevice *device = pciAt(host, nic.pciDevice))
                HostUse::add(device->hostUses, {HostUse::Kind::Network, nic.name, through});
    }
}

void HostUseScanner::useInputs(HostScan &host)
{
    const QString classInput = u"/sys/class/input"_s;
    static const QRegularExpression inputPattern(u"^input\\d+$"_s);
    for (const QString &entry : m_reader.entries(classInput, P::Optional)) {
        if (!inputPattern.match(entry).hasMatch())
            continue;
        const QString dir = classInput + u'/' + entry;
        // PS/2, Bluetooth and virtual devices hang on no PCI device: nothing to pass or keep.
        const auto device = m_reader.linkDestination(dir + u"/device"_s, P::Optional);
        PciDevice *controller = pciAt(host, device ? SysfsParse::lastPciAddress(*device) : std::nullopt);
        if (!controller)
            continue;
        const QByteArray ev = m_reader.read(dir + u"/capabilities/ev"_s, P::Optional).value_or(QByteArray());
        const QByteArray key = m_reader.read(dir + u"/capabilities/key"_s, P::Optional).value_or(QByteArray());
        const QByteArray rel = m_reader.read(dir + u"/capabilities/rel"_s, P::Optional).value_or(QByteArray());
        const SysfsParse::InputKind kind = SysfsParse::inputKind(ev, key, rel);
        if (kind == SysfsParse::InputKind::Other)
            continue;
        const QString name = m_reader.readLine(dir + u"/name"_s, P::Optional).value_or(entry);
        HostUse::add(controller->hostUses,
                     {kind == SysfsParse::InputKind::Keyboard ? HostUse::Kind::Keyboard : HostUse::Kind::Mouse, name, {}});
    }
}
