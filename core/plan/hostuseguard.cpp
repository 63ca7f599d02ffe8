#include "plan/hostuseguard.h"

#include "util/hostroot.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace {

const Gpu *findGpu(const HostScan &host, const PciAddress &address)
{
    for (const Gpu &gpu : host.gpus)
        if (gpu.address.sameSlot(address))
            return &gpu;
    return nullptr;
}

bool hasKind(const QList<HostUse> &uses, std::initializer_list<HostUse::Kind> kinds)
{
    for (const HostUse &use : uses)
        if (std::find(kinds.begin(), kinds.end(), use.kind) != kinds.end())
            return true;
    return false;
}

} // namespace

const BlockDevice *HostUseGuard::findBlockDevice(const HostScan &host, const QString &path)
{
    for (const BlockDevice &d : host.storage)
        if (d.path == path || u"/dev/"_s + d.name == path || d.name == path)
            return &d;
    if (!path.startsWith(u"/dev/"_s) || host.root.isEmpty())
        return nullptr;
    // Any other link to it (by-uuid, by-path, /dev/mapper, /dev/VG/LV), followed inside the root.
    const QString real = QFileInfo(HostRoot(host.root).path(path)).canonicalFilePath();
    const QString base = QFileInfo(host.root).canonicalFilePath();
    if (real.isEmpty() || base.isEmpty())
        return nullptr;
    const QString inside = base == u"/"_s ? real : real.startsWith(base + u'/') ? real.mid(base.size()) : QString();
    if (!inside.startsWith(u"/dev/"_s) || inside.count(u'/') != 2)
        return nullptr;
    for (const BlockDevice &d : host.storage)
        if (d.name == inside.mid(5))
            return &d;
    return nullptr;
}

bool HostUseGuard::allows(const HostScan &host, const QStringList &allowed, const BlockDevice &device)
{
    for (const QString &entry : allowed)
        if (findBlockDevice(host, entry) == &device)
            return true;
    return false;
}

bool HostUseGuard::allows(const QStringList &allowed, const PciAddress &address)
{
    for (const QString &entry : allowed)
        if (PciAddress::parse(entry) == address)
            return true;
    return false;
}

QString HostUseGuard::joinAnd(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(u", "_s), items.last());
}

QString HostUseGuard::usePhrase(const HostUse &use)
{
    switch (use.kind) {
    case HostUse::Kind::Display:
        return use.details.isEmpty() ? tr("the host's boot console") : tr("the host's display on %1").arg(use.details.join(u", "_s));
    case HostUse::Kind::Keyboard: return tr("your keyboard (%1)").arg(use.name);
    case HostUse::Kind::Mouse: return tr("your mouse (%1)").arg(use.name);
    case HostUse::Kind::Network:
        return use.details.isEmpty() ? tr("the default route (%1)").arg(use.name)
                                     : tr("the default route (%1 through %2)").arg(use.name, use.details.join(u", "_s));
    case HostUse::Kind::Disk:
        return use.details.isEmpty() ? tr("disk %1").arg(use.name) : tr("disk %1 (%2)").arg(use.name, use.details.join(u", "_s));
    case HostUse::Kind::ZfsPool:
        return use.details.isEmpty() ? tr("ZFS pool %1").arg(use.name) : tr("ZFS pool %1 (%2)").arg(use.name, use.details.join(u", "_s));
    case HostUse::Kind::Swap: return tr("swap %1").arg(use.name);
    default:
        // The other disk uses are names already: a mount point, "LVM vg0", "RAID md0".
        return use.word();
    }
}

QString HostUseGuard::devicePhrase(const PciDevice &device)
{
    QString what;
    const quint32 subclass = device.classId >> 8;
    if (device.isDisplay())
        what = tr("the GPU %1").arg(device.address.toString());
    else if (subclass == 0x0106)
        what = tr("the SATA controller %1").arg(device.address.toString());
    else if (subclass == 0x0108)
        what = tr("the NVMe controller %1").arg(device.address.toString());
    else if (device.baseClass() == 0x01)
        what = tr("the storage controller %1").arg(device.address.toString());
    else if (subclass == 0x0c03)
        what = tr("the USB controller %1").arg(device.address.toString());
    else if (device.baseClass() == 0x02)
        what = tr("the NIC %1").arg(device.address.toString());
    else
        what = tr("the device %1").arg(device.address.toString());
    QStringList uses;
    for (const HostUse &use : device.hostUses)
        uses << usePhrase(use);
    return uses.isEmpty() ? what : tr("%1 with %2").arg(what, joinAnd(uses));
}

HostUseGuard::Verdict HostUseGuard::disk(const HostScan &host, const QString &path, const QStringList &allowed)
{
    Verdict verdict;
    const BlockDevice *device = findBlockDevice(host, path);
    if (!device || device->hostUses.isEmpty())
        return verdict;
    QStringList uses;
    for (const HostUse &use : device->hostUses)
        uses << usePhrase(use);
    verdict.uses = tr("%1 holds %2").arg(path, joinAnd(uses));
    if (allows(host, allowed, *device)) {
        verdict.loss = tr("The VM takes %1, which the host uses: allowed explicitly, the host loses %2.").arg(path, joinAnd(uses));
        return verdict;
    }
    verdict.allowed = false;
    verdict.blocking << path;
    verdict.reason = tr("%1: the host needs it, and a VM writing to it would destroy it. Choose a free disk, a zvol, a "
                        "logical volume or an image file; or, if the host can truly do without it, allow it explicitly "
                        "(--allow-host-use %2).")
                         .arg(verdict.uses, path);
    return verdict;
}

HostUseGuard::Verdict HostUseGuard::gpuGroup(const HostScan &host, const PciAddress &address, const QStringList &allowed)
{
    Verdict verdict;
    const Gpu *gpu = findGpu(host, address);
    if (!gpu)
        return verdict;
    // A group goes to a VM whole: every endpoint of it leaves the host (bridges stay).
    QList<PciAddress> members = gpu->functions;
    if (const IommuGroup *group = gpu->iommuGroup ? host.iommu.group(*gpu->iommuGroup) : nullptr)
        for (const PciAddress &member : group->devices)
            if (!members.contains(member))
                members << member;

    QStringList taken, lost;
    bool own = false, others = false, input = false, display = false;
    for (const PciAddress &member : std::as_const(members)) {
        const PciDevice *device = host.pciDevice(member);
        if (!device || device->hostUses.isEmpty() || device->isBridge())
            continue;
        if (allows(allowed, member)) {
            lost << devicePhrase(*device);
            continue;
        }
        taken << devicePhrase(*device);
        verdict.blocking << member.toString();
        const bool ownFunction = member.sameSlot(gpu->address);
        own = own || ownFunction;
        others = others || !ownFunction;
        input = input || (ownFunction && hasKind(device->hostUses, {HostUse::Kind::Keyboard, HostUse::Kind::Mouse}));
        display = display || (ownFunction && hasKind(device->hostUses, {HostUse::Kind::Display}));
    }
    if (!lost.isEmpty())
        verdict.loss = tr("The VM takes %1 (allowed explicitly): the host loses %2.").arg(gpu->address.toString(), joinAnd(lost));
    if (taken.isEmpty())
        return verdict;

    verdict.allowed = false;
    verdict.uses = others ? tr("IOMMU group %1 goes to the VM whole, and the host would lose %2")
                                .arg(gpu->iommuGroup.value_or(-1)).arg(joinAnd(taken))
                          : tr("the host would lose %1").arg(joinAnd(taken));
    QStringList ways;
    if (display)
        ways << tr("connect the host's monitor to another GPU (or the board's video output) and make that one the boot "
                   "GPU in the firmware setup");
    if (input)
        ways << tr("plug your keyboard and mouse into a port of another USB controller");
    if (others)
        ways << tr("move the card to another slot (one wired to the CPU usually has an IOMMU group of its own)")
             << tr("look in the firmware setup for an ACS or IOMMU grouping option")
             << tr("the ACS override patch splits the group, at the cost of the isolation between its devices (each "
                   "could then reach the others' memory)");
    ways << tr("if the host can truly do without them, allow each explicitly (--allow-host-use %1)").arg(verdict.blocking.join(u" --allow-host-use "_s));
    verdict.reason = tr("%1 cannot go to the VM: %2. Ways out: %3.").arg(gpu->address.toString(), verdict.uses, ways.join(u"; "_s));
    return verdict;
}
