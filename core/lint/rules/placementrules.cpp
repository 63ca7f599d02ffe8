// Where the VM sits on the host: the V-Cache of an X3D part, the core kinds of a hybrid part,
// the GPU's NUMA node, memory bound to nodes, the host kept off the vCPUs' threads.
#include "lint/lintrule.h"

#include "domain/domainfacts.h"
#include "domain/domainpatches.h"
#include "host/hostscan.h"
#include "util/cpulist.h"

using namespace Qt::Literals::StringLiterals;

namespace {

using S = LintFinding::Severity;

QList<int> pinnedCpus(const DomainFacts &facts)
{
    QList<int> cpus;
    for (const QList<int> &set : facts.pins)
        for (int cpu : set)
            if (!cpus.contains(cpu))
                cpus << cpu;
    std::sort(cpus.begin(), cpus.end());
    return cpus;
}

QList<int> housekeepingCpus(const QList<int> &emulator, const QList<int> &iothread)
{
    QList<int> cpus = emulator;
    for (int cpu : iothread)
        if (!cpus.contains(cpu))
            cpus << cpu;
    std::sort(cpus.begin(), cpus.end());
    return cpus;
}

QString mib(qint64 kib)
{
    return QString::number(kib / 1024);
}

QString nodeList(const QList<int> &nodes)
{
    QStringList names;
    for (int n : nodes)
        names << QString::number(n);
    return names.join(u", "_s);
}

/// vCPUs on a smaller L3 while threads of the largest run nothing of this VM's.
struct VcacheUse
{
    QList<int> onSmall;
    QList<int> freeOnLargest;
    qint64 smallKiB = 0;
};
VcacheUse vcacheUse(const CpuTopology &host, const QList<int> &vcpuCpus, const QList<int> &housekeeping)
{
    VcacheUse use;
    if (!host.l3SizesDiffer())
        return use;
    const qint64 largest = host.largestL3KiB();
    for (int cpu : vcpuCpus)
        if (const CpuThread *t = host.thread(cpu); t && t->l3KiB > 0 && t->l3KiB < largest) {
            use.onSmall << cpu;
            use.smallKiB = t->l3KiB;
        }
    for (const CpuThread &t : host.threads)
        if (t.l3KiB == largest && !vcpuCpus.contains(t.id) && !housekeeping.contains(t.id))
            use.freeOnLargest << t.id;
    return use;
}

QList<int> onLargestL3(const CpuTopology &host, const QList<int> &cpus)
{
    QList<int> found;
    if (!host.l3SizesDiffer())
        return found;
    for (int cpu : cpus)
        if (const CpuThread *t = host.thread(cpu); t && t->l3KiB == host.largestL3KiB())
            found << cpu;
    return found;
}

/// Emulator or I/O thread on performance cores, and the efficiency cores that run no vCPU.
std::pair<QList<int>, QList<int>> performanceHousekeeping(const CpuTopology &host, const QList<int> &vcpuCpus,
                                                           const QList<int> &housekeeping)
{
    QList<int> onPerformance, idleEfficiency;
    if (!host.isHybrid())
        return {};
    for (int cpu : housekeeping)
        if (const CpuThread *t = host.thread(cpu); t && t->kind == CoreKind::Performance)
            onPerformance << cpu;
    for (const CpuThread &t : host.threads)
        if (t.kind == CoreKind::Efficiency && !vcpuCpus.contains(t.id))
            idleEfficiency << t.id;
    return {onPerformance, idleEfficiency};
}

/// The NUMA node of the domain's GPU, where the host knows it and it has memory.
std::optional<int> gpuNode(const DomainFacts &facts, const HostScan &host)
{
    if (host.cpu.nodes().size() < 2)
        return std::nullopt;
    const auto gpu = LintPlans::gpu(facts, host);
    const PciDevice *device = gpu ? host.pciDevice(*gpu) : nullptr;
    if (!device || !device->numaNode || !host.memory.nodeHasMemory(*device->numaNode))
        return std::nullopt;
    return device->numaNode;
}

/// The vCPUs away from the GPU's node although it has room for them (one core kept for the
/// host): the pinned CPUs elsewhere, or nothing.
QList<int> offGpuNode(const CpuTopology &host, int node, const QList<int> &pins)
{
    int threads = 0, smt = std::max(1, host.threadsPerCore());
    for (const CpuThread &t : host.threads)
        threads += t.node == node ? 1 : 0;
    QList<int> on, off;
    for (int cpu : pins)
        if (const CpuThread *t = host.thread(cpu))
            (t->node == node ? on : off) << cpu;
    const qsizetype room = std::max(0, threads - smt);
    if (off.isEmpty() || on.size() >= std::min(pins.size(), room))
        return {};
    return off;
}

QList<LintHit> vcpusOffVcache(const LintContext &c)
{
    if (c.facts.pins.isEmpty())
        return {};
    const VcacheUse use = vcacheUse(c.host->cpu, pinnedCpus(c.facts), housekeepingCpus(c.facts.emulatorPins, c.facts.iothreadPins));
    if (use.onSmall.isEmpty() || use.freeOnLargest.isEmpty())
        return {};
    const auto planned = LintPlans::pinning(c.facts, *c.host);
    const bool plannedClean = planned && [&] {
        const VcacheUse p = vcacheUse(c.host->cpu, planned->pins, housekeepingCpus(planned->emulatorPins, planned->iothreadPins));
        return p.onSmall.isEmpty() || p.freeOnLargest.isEmpty();
    }();
    return {{LintRules::tr("vCPUs run on CPUs %1 of a %2 MiB L3 while CPUs %3 of the %4 MiB L3 (the V-Cache) run none of this "
                           "VM's threads: the guest's working set misses the large cache. Fill the large L3 first.")
                 .arg(CpuList::format(use.onSmall), mib(use.smallKiB), CpuList::format(use.freeOnLargest),
                      mib(c.host->cpu.largestL3KiB())),
             plannedClean}};
}

QList<LintHit> emulatorOnVcache(const LintContext &c)
{
    if (c.facts.pins.isEmpty())
        return {};
    const QList<int> big = onLargestL3(c.host->cpu, housekeepingCpus(c.facts.emulatorPins, c.facts.iothreadPins));
    if (big.isEmpty())
        return {};
    const auto planned = LintPlans::pinning(c.facts, *c.host);
    const bool plannedClean = planned && onLargestL3(c.host->cpu, housekeepingCpus(planned->emulatorPins, planned->iothreadPins)).isEmpty();
    return {{LintRules::tr("QEMU's emulator or I/O thread runs on CPUs %1 of the %2 MiB L3, the V-Cache: its work evicts the "
                           "guest's cache lines. A core of the smaller L3 serves it as well.")
                 .arg(CpuList::format(big), mib(c.host->cpu.largestL3KiB())),
             plannedClean}};
}

QList<LintHit> emulatorOnPerformanceCores(const LintContext &c)
{
    if (c.facts.pins.isEmpty())
        return {};
    const auto [performance, idle] =
        performanceHousekeeping(c.host->cpu, pinnedCpus(c.facts), housekeepingCpus(c.facts.emulatorPins, c.facts.iothreadPins));
    if (performance.isEmpty() || idle.isEmpty())
        return {};
    const auto planned = LintPlans::pinning(c.facts, *c.host);
    const bool plannedClean =
        planned && performanceHousekeeping(c.host->cpu, planned->pins, housekeepingCpus(planned->emulatorPins, planned->iothreadPins)).first.isEmpty();
    return {{LintRules::tr("QEMU's emulator or I/O thread runs on performance cores (CPUs %1) while efficiency cores %2 run no "
                           "vCPU: there it would leave the performance cores to the guest.")
                 .arg(CpuList::format(performance), CpuList::format(idle)),
             plannedClean}};
}

QList<LintHit> vcpusOffGpuNode(const LintContext &c)
{
    const auto node = gpuNode(c.facts, *c.host);
    if (!node || c.facts.pins.isEmpty())
        return {};
    const QList<int> off = offGpuNode(c.host->cpu, *node, pinnedCpus(c.facts));
    if (off.isEmpty())
        return {};
    QList<int> offNodes;
    for (int cpu : off)
        if (const CpuThread *t = c.host->cpu.thread(cpu); t && !offNodes.contains(t->node))
            offNodes << t->node;
    std::sort(offNodes.begin(), offNodes.end());
    const auto planned = LintPlans::pinning(c.facts, *c.host);
    return {{LintRules::tr("vCPUs run on CPUs %1 of NUMA node %2, away from the GPU on node %3, which has room for them: the "
                           "GPU's DMA and interrupts cross between the nodes.")
                 .arg(CpuList::format(off), nodeList(offNodes)).arg(*node),
             planned && offGpuNode(c.host->cpu, *node, planned->pins).isEmpty()}};
}

QList<LintHit> memoryOffGpuNode(const LintContext &c)
{
    const auto node = gpuNode(c.facts, *c.host);
    if (!node || !c.facts.numatune || c.facts.numatuneNodes.isEmpty() || c.facts.numatuneNodes.contains(*node))
        return {};
    const auto nodes = LintPlans::memoryNodes(c.facts, *c.host, LintPlans::placementOf(c.facts, *c.host));
    return {{LintRules::tr("The guest's memory is bound to NUMA node %1 while the GPU is on node %2: every DMA transfer of "
                           "the GPU crosses between the nodes.")
                 .arg(nodeList(c.facts.numatuneNodes)).arg(*node),
             nodes && nodes->contains(*node)}};
}

QList<LintHit> noNumatune(const LintContext &c)
{
    if (c.facts.numatune || c.facts.pins.isEmpty() || c.host->cpu.nodes().size() < 2)
        return {};
    // Only where binding helps and fits: memory larger than the vCPUs' node is left free.
    const auto nodes = LintPlans::memoryNodes(c.facts, *c.host, LintPlans::placementOf(c.facts, *c.host));
    if (!nodes)
        return {};
    return {{LintRules::tr("The host has %1 NUMA nodes and this VM's memory is bound to none: the kernel may place it away "
                           "from the vCPUs (node %2), and every access from there crosses between the nodes. Bind it with "
                           "numatune.")
                 .arg(c.host->cpu.nodes().size()).arg(nodeList(*nodes))}};
}

QList<LintHit> noIsolation(const LintContext &c)
{
    if (c.facts.pins.isEmpty() || c.host->isolatesHostFor(c.facts.name))
        return {};
    return {{LintRules::tr("The vCPUs are pinned, but nothing keeps the host's own tasks off their threads while the VM runs. "
                           "A libvirt qemu hook that confines system.slice, user.slice and init.scope with AllowedCPUs= "
                           "does; the NixOS module VFIO Wizard writes installs one.")}};
}

} // namespace

namespace LintAreas {

QList<LintRule> placementRules()
{
    const QString wiki = LintSources::archWiki(), libvirt = LintSources::libvirtDocs();
    return {
        {"vcpus-off-vcache", S::Warning, true, wiki, vcpusOffVcache, "pinning"},
        {"emulator-on-vcache", S::Warning, true, wiki, emulatorOnVcache, "pinning"},
        {"emulator-on-performance-cores", S::Warning, true, wiki, emulatorOnPerformanceCores, "pinning"},
        {"vcpus-off-gpu-node", S::Warning, true, libvirt, vcpusOffGpuNode, "pinning"},
        {"memory-off-gpu-node", S::Warning, true, libvirt, memoryOffGpuNode, "numatune"},
        {"no-numatune", S::Warning, true, libvirt, noNumatune, "numatune"},
        {"no-isolation", S::Info, true, wiki, noIsolation},
    };
}

QList<LintFix> placementFixes()
{
    return {
        {"numatune", true,
         [](QDomElement domain, const DomainFacts &facts, const HostScan *host) -> Result<void> {
             const VmSpec::Cpu placement = LintPlans::placementOf(facts, *host);
             const auto nodes = LintPlans::memoryNodes(facts, *host, placement);
             if (!nodes)
                 return Error{LintRules::tr("%1: the memory does not fit on the vCPUs' NUMA node, or they are not pinned").arg(facts.name)};
             DomainPatches::setNumaPlacement(domain, placement.numaCells, *nodes);
             return {};
         }},
    };
}

} // namespace LintAreas
