#include "host/scansummary.h"

#include "host/hostscan.h"
#include "util/cpulist.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QSet>

namespace ScanSummary {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScanSummary)
};

/// What the host uses a device for, after its line; nothing when it is free.
QString hostUses(const QList<HostUse> &uses)
{
    if (uses.isEmpty())
        return {};
    return Tr::tr("; the host uses it: %1").arg(HostUse::words(uses).join(QLatin1String("; ")));
}

QString deviceLine(const PciDevice &d)
{
    QString line = QStringLiteral("%1 %2 [%3]: %4 %5 [%6:%7]")
                       .arg(d.address.toString(), d.className)
                       .arg(d.classId >> 8, 4, 16, QLatin1Char('0'))
                       .arg(d.vendorName, d.deviceName)
                       .arg(d.vendorId, 4, 16, QLatin1Char('0'))
                       .arg(d.deviceId, 4, 16, QLatin1Char('0'));
    if (!d.driver.isEmpty())
        line += Tr::tr(" (driver: %1)").arg(d.driver);
    return line + hostUses(d.hostUses);
}

} // namespace

QString formatBytes(qint64 bytes)
{
    const double b = double(bytes);
    const QLocale locale;
    if (bytes >= (qint64(1) << 40))
        return Tr::tr("%1 TiB").arg(locale.toString(b / double(qint64(1) << 40), 'f', 1));
    if (bytes >= (qint64(1) << 30))
        return Tr::tr("%1 GiB").arg(locale.toString(b / double(qint64(1) << 30), 'f', 1));
    if (bytes >= (qint64(1) << 20))
        return Tr::tr("%1 MiB").arg(locale.toString(b / double(qint64(1) << 20), 'f', 0));
    return Tr::tr("%1 KiB").arg(locale.toString(b / 1024.0, 'f', 0));
}

QString text(const HostScan &scan)
{
    QStringList out;
    const CpuTopology &cpu = scan.cpu;
    QSet<int> nodes;
    QSet<int> l3;
    for (const CpuThread &t : cpu.threads) {
        nodes.insert(t.node);
        if (t.l3)
            l3.insert(*t.l3);
    }
    out << Tr::tr("CPU: %1 (%2)").arg(cpu.model.isEmpty() ? Tr::tr("unknown model") : cpu.model, cpu.vendor);
    out << Tr::tr("  %1 socket(s) x %2 cores x %3 threads, %4 CPUs online, %5 L3 domain(s), %6 NUMA node(s)")
               .arg(cpu.sockets()).arg(cpu.coresPerSocket()).arg(cpu.threadsPerCore())
               .arg(cpu.threads.size()).arg(l3.size()).arg(nodes.size());
    if (cpu.l3SizesDiffer()) {
        // An X3D part: which L3 is the V-Cache matters for where the vCPUs go.
        QMap<int, std::pair<qint64, QList<int>>> domains;
        for (const CpuThread &t : cpu.threads)
            if (t.l3) {
                domains[*t.l3].first = t.l3KiB;
                domains[*t.l3].second << t.id;
            }
        QStringList sizes;
        for (const auto &domain : std::as_const(domains))
            sizes << Tr::tr("%1 MiB (CPUs %2)").arg(domain.first / 1024).arg(CpuList::format(domain.second));
        out << Tr::tr("  L3 domains of different sizes: %1").arg(sizes.join(QLatin1String(", ")));
    }
    for (const NodeMemory &node : scan.memory.nodes)
        if (nodes.size() > 1)
            out << (node.hasMemory ? Tr::tr("  NUMA node %1: %2").arg(node.node).arg(formatBytes(node.totalKiB * 1024))
                                   : Tr::tr("  NUMA node %1: no memory of its own").arg(node.node));
    if (cpu.isHybrid()) {
        int performance = 0;
        for (const CpuThread &t : cpu.threads)
            performance += t.kind == CoreKind::Performance;
        out << Tr::tr("  hybrid: %1 threads on performance cores, %2 on efficiency cores")
                   .arg(performance).arg(cpu.threads.size() - performance);
    }
    out << Tr::tr("  virtualisation: %1").arg(scan.kvm.explanation());
    out << Tr::tr("  1 GiB pages: %1").arg(cpu.pdpe1gb ? Tr::tr("yes") : Tr::tr("no"));

    out << Tr::tr("Memory: %1 total, %2 available").arg(formatBytes(scan.memory.totalKiB * 1024), formatBytes(scan.memory.availableKiB * 1024));
    for (const HugepagePool &pool : scan.memory.hugepages)
        out << Tr::tr("  hugepages %1: %2 reserved, %3 free").arg(formatBytes(pool.sizeKiB * 1024)).arg(pool.total).arg(pool.free);

    if (scan.iommu.enabled)
        out << Tr::tr("IOMMU: on, %1 groups").arg(scan.iommu.groups.size());
    else
        out << Tr::tr("IOMMU: off; add %1 to the kernel command line and enable VT-d/AMD-Vi in the firmware setup")
                   .arg(scan.iommu.enableParameter);
    for (const IommuGroup &group : scan.iommu.groups) {
        QStringList spoilers;
        for (const PciAddress &a : group.spoilers)
            spoilers << a.toString();
        out << (group.safe ? Tr::tr("IOMMU Group %1:").arg(group.id)
                           : Tr::tr("IOMMU Group %1 (shared with %2):").arg(group.id).arg(spoilers.join(QLatin1String(", "))));
        for (const PciAddress &address : group.devices) {
            const PciDevice *device = scan.pciDevice(address);
            out << QStringLiteral("  ") + (device ? deviceLine(*device) : address.toString());
        }
    }

    out << Tr::tr("GPUs:");
    if (scan.gpus.isEmpty())
        out << Tr::tr("  none");
    for (const Gpu &gpu : scan.gpus) {
        QStringList functions;
        for (const PciAddress &a : gpu.functions)
            functions << a.toString();
        QString line = QStringLiteral("  %1 %2: %3").arg(gpu.address.toString(), gpu.name, functions.join(u' '));
        if (gpu.iommuGroup)
            line += Tr::tr(", IOMMU group %1").arg(*gpu.iommuGroup);
        if (gpu.numaNode && nodes.size() > 1)
            line += Tr::tr(", NUMA node %1").arg(*gpu.numaNode);
        if (gpu.bootVga)
            line += Tr::tr(", boot VGA (the host's console)");
        if (!gpu.driver.isEmpty())
            line += Tr::tr(", driver %1").arg(gpu.driver);
        if (const PciDevice *device = scan.pciDevice(gpu.address))
            line += hostUses(device->hostUses);
        out << line;
    }

    out << Tr::tr("Network:");
    for (const NetInterface &nic : scan.network) {
        QString line = QStringLiteral("  %1 %2 %3").arg(nic.name, -12).arg(nic.mac, nic.state);
        if (nic.speedMbps)
            line += Tr::tr(" %1 Mb/s").arg(*nic.speedMbps);
        if (nic.bridge)
            line += Tr::tr(", bridge of [%1]").arg(nic.members.join(u' '));
        else if (nic.physical)
            line += Tr::tr(", physical");
        if (!nic.master.isEmpty())
            line += Tr::tr(", in %1").arg(nic.master);
        out << line;
    }

    out << Tr::tr("Storage:");
    for (const BlockDevice &disk : scan.storage) {
        out << QStringLiteral("  %1 %2 %3 %4 %5")
                   .arg(disk.name, -8)
                   .arg(BlockDevice::kindName(disk.kind), -5)
                   .arg(formatBytes(disk.sizeBytes), 10)
                   .arg(disk.rotational || disk.backedByRotational ? Tr::tr("HDD") : Tr::tr("SSD"), disk.path)
               + hostUses(disk.hostUses);
    }

    if (!scan.warnings.isEmpty()) {
        out << Tr::tr("Warnings:");
        for (const QString &w : scan.warnings)
            out << QStringLiteral("  ") + w;
    }
    return out.join(u'\n') + u'\n';
}

} // namespace ScanSummary
