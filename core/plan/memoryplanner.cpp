#include "plan/memoryplanner.h"

#include "host/cputopology.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MemoryPlanner)
};

QString gib(qint64 kib)
{
    return QLocale().toString(double(kib) / (1024.0 * 1024.0), 'f', 1); // as ScanSummary::formatBytes: the user's number format
}

QString nodeList(const QList<int> &nodes)
{
    QStringList names;
    for (int n : nodes)
        names << QString::number(n);
    return names.join(QStringLiteral(", "));
}

} // namespace

PlanNotes MemoryPlanner::bindToNodes(const MemoryInfo &host, const CpuTopology &cpu, const VmSpec::Cpu &placement,
                                     VmSpec::Memory &memory)
{
    PlanNotes notes;
    const QList<int> nodes = nodesFor(host, cpu, placement);
    const QString topic = QStringLiteral("memory");
    memory.hostNodes.clear();
    if (nodes.isEmpty())
        return notes;
    VmSpec spec;
    spec.cpu = placement;
    spec.memory = memory;
    QMap<int, qint64> placedKiB;
    if (placement.numaCells.isEmpty())
        placedKiB.insert(nodes.first(), memory.sizeMiB * 1024);
    for (qsizetype i = 0; i < placement.numaCells.size(); ++i)
        placedKiB[placement.numaCells[i].hostNode] += spec.cellMemoryMiB(i) * 1024;
    for (auto it = placedKiB.cbegin(); it != placedKiB.cend(); ++it) {
        const qint64 nodeKiB = host.nodeTotalKiB(it.key());
        const qint64 roomKiB = nodeKiB - MemoryPlanner::nodeReserveKiB(nodeKiB);
        if (nodeKiB > 0 && it.value() > roomKiB) {
            notes << PlanNote::warning(topic, Tr::tr("%1 GiB of guest memory do not fit on NUMA node %2 (%3 GiB, of which the host "
                                                 "keeps %4): the memory is not bound to the vCPUs' node, and part of it comes "
                                                 "from another node, across the link between the nodes. %5 GiB would fit.")
                                                  .arg(gib(it.value()), QString::number(it.key()), gib(nodeKiB),
                                                       gib(MemoryPlanner::nodeReserveKiB(nodeKiB)),
                                                       gib(std::max<qint64>(0, roomKiB) / (1024 * 1024) * 1024 * 1024)));
            return notes;
        }
    }
    memory.hostNodes = nodes;
    spec.memory.hostNodes = nodes;
    QStringList pages;
    const QMap<int, qint64> perNode = spec.hugepagesPerNode();
    for (auto it = perNode.cbegin(); it != perNode.cend(); ++it)
        pages << Tr::tr("%1 on node %2").arg(it.value()).arg(it.key());
    const QString where = nodes.size() == 1 ? Tr::tr("The guest's memory comes from NUMA node %1 only (numatune strict), beside its vCPUs")
                                                  .arg(nodes.first())
                                            : Tr::tr("The guest's memory comes from NUMA nodes %1 only, each guest node's from the "
                                                     "host node its vCPUs run on (numatune strict)")
                                                  .arg(nodeList(nodes));
    if (memory.hugepages == VmSpec::HugepageSize::Off || pages.isEmpty())
        notes << PlanNote::info(topic, Tr::tr("%1.").arg(where));
    else
        notes << PlanNote::info(topic, Tr::tr("%1; its hugepages are reserved there: %2.").arg(where, pages.join(QStringLiteral(", "))));
    return notes;
}


qint64 MemoryPlanner::hostReserveKiB(qint64 totalKiB)
{
    return std::max<qint64>(4LL * 1024 * 1024, totalKiB / 10);
}

qint64 MemoryPlanner::nodeReserveKiB(qint64 nodeKiB)
{
    return std::max<qint64>(1024 * 1024, nodeKiB / 10);
}

QList<int> MemoryPlanner::nodesFor(const MemoryInfo &host, const CpuTopology &cpu, const VmSpec::Cpu &placement)
{
    QList<int> nodes;
    if (cpu.nodes().size() < 2 || placement.pins.isEmpty())
        return nodes;
    if (!placement.numaCells.isEmpty()) {
        for (const VmSpec::NumaCell &cell : placement.numaCells)
            if (!nodes.contains(cell.hostNode))
                nodes << cell.hostNode;
        std::sort(nodes.begin(), nodes.end());
        return nodes;
    }
    const CpuThread *first = cpu.thread(placement.pins.first());
    if (!first)
        return nodes;
    if (host.nodeHasMemory(first->node))
        return {first->node};
    // vCPUs on a node without memory: the node with memory in the same package, the largest.
    const auto key = [&](int node) {
        const bool samePackage = std::any_of(cpu.threads.begin(), cpu.threads.end(),
                                             [&](const CpuThread &t) { return t.node == node && t.package == first->package; });
        return std::pair(samePackage ? 1 : 0, host.nodeTotalKiB(node));
    };
    int best = -1;
    for (int node : cpu.nodes())
        if (host.nodeHasMemory(node) && (best < 0 || key(node) > key(best)))
            best = node;
    if (best >= 0)
        nodes << best;
    return nodes;
}

PlanNotes MemoryPlanner::plan(const MemoryInfo &host, const CpuTopology &cpu, const Request &request, VmSpec::Memory &memory)
{
    PlanNotes notes;
    const QString topic = QStringLiteral("memory");
    const qint64 reserveKiB = hostReserveKiB(host.totalKiB);
    const QList<int> nodes = request.placement ? nodesFor(host, cpu, *request.placement) : QList<int>{};
    qint64 nodesKiB = 0;
    for (int node : nodes)
        nodesKiB += host.nodeTotalKiB(node);
    qint64 sizeMiB = request.sizeMiB;
    if (sizeMiB <= 0) {
        // Half the RAM; on a host with several nodes, half the RAM of the vCPUs' node(s).
        const qint64 baseKiB = nodesKiB > 0 ? nodesKiB : host.totalKiB;
        sizeMiB = std::max<qint64>(1024, (baseKiB / 2) / (1024 * 1024) * 1024);
        sizeMiB = std::min(sizeMiB, std::max<qint64>(1024, (host.totalKiB - reserveKiB) / 1024 / 1024 * 1024));
    }
    memory.sizeMiB = sizeMiB;
    const qint64 sizeKiB = sizeMiB * 1024;
    if (host.totalKiB > 0 && sizeKiB >= host.totalKiB) {
        // More than there is: no "leaves the host -8.0 GiB".
        notes << PlanNote::error(topic, Tr::tr("%1 GiB for the VM is more than the host's %2 GiB of RAM. Give the VM at most %3 GiB.")
                                            .arg(gib(sizeKiB), gib(host.totalKiB),
                                                 gib((host.totalKiB - reserveKiB) / (1024 * 1024) * 1024 * 1024)));
        return notes;
    }
    if (host.totalKiB > 0 && host.totalKiB - sizeKiB < reserveKiB) {
        notes << PlanNote::error(topic, Tr::tr("%1 GiB for the VM leaves the host %2 GiB of its %3 GiB; it needs at least "
                                           "%4 GiB (4 GiB or 10%, whichever is larger). Give the VM at most %5 GiB.")
                                            .arg(gib(sizeKiB), gib(host.totalKiB - sizeKiB), gib(host.totalKiB), gib(reserveKiB),
                                                 gib((host.totalKiB - reserveKiB) / (1024 * 1024) * 1024 * 1024)));
        return notes;
    }

    VmSpec::HugepageSize size = request.hugepages.value_or(
        cpu.pdpe1gb && sizeMiB % 1024 == 0 ? VmSpec::HugepageSize::Size1G : VmSpec::HugepageSize::Size2M);
    if (size == VmSpec::HugepageSize::Size1G && sizeMiB % 1024 != 0) {
        notes << PlanNote::warning(topic, Tr::tr("%1 GiB is not a whole number of GiB: 2 MiB pages instead of 1 GiB pages.").arg(gib(sizeKiB)));
        size = VmSpec::HugepageSize::Size2M;
    }
    if (size == VmSpec::HugepageSize::Size1G && !cpu.pdpe1gb) {
        notes << PlanNote::warning(topic, Tr::tr("This CPU has no 1 GiB pages (pdpe1gb): 2 MiB pages instead."));
        size = VmSpec::HugepageSize::Size2M;
    }
    memory.hugepages = size;
    const qint64 pageKiB = size == VmSpec::HugepageSize::Size1G ? 1024 * 1024 : size == VmSpec::HugepageSize::Size2M ? 2048 : 0;
    memory.hugepageCount = pageKiB > 0 ? (sizeKiB + pageKiB - 1) / pageKiB : 0;
    if (request.placement)
        notes += bindToNodes(host, cpu, *request.placement, memory);
    if (size == VmSpec::HugepageSize::Off) {
        notes << PlanNote::info(topic, Tr::tr("No hugepages: the guest's memory is ordinary, swappable host memory."));
        return notes;
    }
    qint64 freeNow = 0;
    for (const HugepagePool &pool : host.hugepages)
        if (pool.sizeKiB == pageKiB)
            freeNow = pool.free;
    bool enoughFree = freeNow >= memory.hugepageCount;
    if (!memory.hostNodes.isEmpty() && request.placement) {
        // Bound to nodes: the pages must be free on those nodes, not just somewhere.
        VmSpec spec;
        spec.cpu = *request.placement;
        spec.memory = memory;
        const QMap<int, qint64> perNode = spec.hugepagesPerNode();
        for (auto it = perNode.cbegin(); it != perNode.cend(); ++it) {
            qint64 nodeFree = 0;
            for (const HugepagePool &pool : host.nodeHugepages)
                if (pool.node == it.key() && pool.sizeKiB == pageKiB)
                    nodeFree = pool.free;
            enoughFree = enoughFree && nodeFree >= it.value();
        }
    }
    const QString pageName = size == VmSpec::HugepageSize::Size1G ? Tr::tr("1 GiB") : Tr::tr("2 MiB");
    if (enoughFree)
        notes << PlanNote::info(topic, Tr::tr("%1 pages of %2 back the guest; the host has %3 of them free now.")
                                           .arg(memory.hugepageCount).arg(pageName).arg(freeNow));
    else
        notes << PlanNote::info(topic, Tr::tr("%1 pages of %2 back the guest; the host has %3 free now, so the NixOS module "
                                          "reserves them at boot (reserving them later fails once memory is fragmented).")
                                           .arg(memory.hugepageCount).arg(pageName).arg(freeNow));
    return notes;
}
