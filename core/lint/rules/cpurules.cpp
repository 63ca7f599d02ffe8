// The vCPU rules: count, topology, CPU mode, pinning against the host's cores and caches.
#include "lint/lintrule.h"

#include "domain/domainfacts.h"
#include "domain/domainpatches.h"
#include "host/hostscan.h"
#include "plan/memoryplanner.h"
#include "plan/pinningplanner.h"
#include "util/cpulist.h"

#include <QSet>

#include <set>

using namespace Qt::Literals::StringLiterals;

namespace {

using S = LintFinding::Severity;

QList<int> pinnedCpus(const DomainFacts &facts)
{
    QList<int> cpus;
    for (const QList<int> &set : facts.pins)
        cpus += set;
    std::sort(cpus.begin(), cpus.end());
    cpus.erase(std::unique(cpus.begin(), cpus.end()), cpus.end());
    return cpus;
}

/// What the pinning fix would produce on this host, to offer it only where it helps.
std::optional<VmSpec::Cpu> plannedPins(const DomainFacts &facts, const HostScan &host)
{
    return LintPlans::pinning(facts, host);
}

int domainsSpanned(const CpuTopology &cpu, const QList<int> &cpus, bool byNode)
{
    QSet<int> domains;
    for (int id : cpus)
        if (const CpuThread *t = cpu.thread(id))
            domains.insert(byNode ? t->node : t->l3.value_or(-1));
    return int(domains.size());
}

bool crossesDomains(const CpuTopology &cpu, const QList<int> &cpus)
{
    return domainsSpanned(cpu, cpus, false) > 1 || domainsSpanned(cpu, cpus, true) > 1;
}

bool sharesCores(const CpuTopology &host, const QList<int> &cpus)
{
    std::set<std::tuple<int, int, int, int>> cores;
    for (int p : cpus)
        if (const CpuThread *t = host.thread(p))
            cores.insert(CpuTopology::coreKey(*t));
    return qsizetype(cores.size()) < cpus.size();
}

QList<LintHit> currentVcpus(const LintContext &c)
{
    if (c.facts.currentVcpus && *c.facts.currentVcpus < c.facts.vcpus)
        return {{LintRules::tr("The guest starts with %1 of its %2 vCPUs: the current allocation does not follow the "
                        "maximum, and the guest never sees the rest.").arg(*c.facts.currentVcpus).arg(c.facts.vcpus)}};
    return {};
}

QList<LintHit> topologySockets(const LintContext &c)
{
    if (c.facts.sockets > 1 && c.facts.windows)
        return {{LintRules::tr("%1 sockets: Windows desktop editions use at most two sockets and schedule poorly across "
                        "them. One socket with cores and threads is what the host has.").arg(c.facts.sockets)}};
    return {};
}

QList<LintHit> hostPassthrough(const LintContext &c)
{
    if (c.facts.hostPassthrough)
        return {};
    return {{LintRules::tr("CPU mode %1: the guest does not see the host's CPU as it is (features, caches), which "
                    "costs performance and confuses some games' checks.")
                 .arg(c.facts.cpuMode.isEmpty() ? LintRules::tr("(default)") : c.facts.cpuMode)}};
}

QList<LintHit> amdTopoext(const LintContext &c)
{
    if (c.host->cpu.isAmd() && c.facts.threads > 1 && !c.facts.cpuFeatures.contains(u"topoext"_s))
        return {{LintRules::tr("An AMD host without topoext in the guest: the guest cannot see SMT threads and treats "
                        "each as a core.")}};
    return {};
}

QList<LintHit> noPinning(const LintContext &c)
{
    if (!c.facts.pins.isEmpty())
        return {};
    return {{LintRules::tr("The vCPUs are not pinned: the host scheduler moves them between cores, losing cache and adding "
                    "latency."),
             plannedPins(c.facts, *c.host).has_value()}};
}

QList<LintHit> splitSiblings(const LintContext &c)
{
    const auto &pins = c.facts.onePinEach;
    if (c.facts.pins.isEmpty() || !pins || c.facts.threads <= 1)
        return {};
    for (qsizetype v = 0; v + 1 < pins->size(); v += c.facts.threads) {
        const CpuThread *first = c.host->cpu.thread((*pins)[v]);
        if (first && !first->siblings.contains((*pins)[v + 1]))
            return {{LintRules::tr("vCPUs %1 and %2 share a core in the guest but run on different host cores (%3, %4): "
                            "the guest's SMT scheduling works against the host.")
                         .arg(v).arg(v + 1).arg((*pins)[v]).arg((*pins)[v + 1]),
                     plannedPins(c.facts, *c.host).has_value()}};
    }
    return {};
}

QList<LintHit> topologyPins(const LintContext &c)
{
    const auto &pins = c.facts.onePinEach;
    if (c.facts.pins.isEmpty() || !pins || c.facts.threads > 1 || c.host->cpu.threadsPerCore() <= 1)
        return {};
    if (!sharesCores(c.host->cpu, *pins))
        return {};
    // The planner's answer for an odd count on an SMT host can share cores too (7 vCPUs on 3
    // free cores): then re-pinning would not remove this, and it is not offered.
    const auto planned = plannedPins(c.facts, *c.host);
    const bool planShares = planned && planned->threads <= 1 && sharesCores(c.host->cpu, planned->pins);
    return {{LintRules::tr("The guest sees separate cores, but some of its vCPUs are SMT siblings on the host: the topology "
                    "does not match the pins."),
             planned && !planShares}};
}

QList<LintHit> crossDomain(const LintContext &c)
{
    const QList<int> pinned = pinnedCpus(c.facts);
    if (c.facts.pins.isEmpty() || !crossesDomains(c.host->cpu, pinned))
        return {};
    const auto planned = plannedPins(c.facts, *c.host);
    return {{LintRules::tr("The vCPUs run on host CPUs %1, which span more than one L3 cache or NUMA node.").arg(CpuList::format(pinned)),
             planned && !crossesDomains(c.host->cpu, planned->pins)}};
}

QList<LintHit> emulatorShares(const LintContext &c)
{
    if (c.facts.pins.isEmpty())
        return {};
    const QList<int> pinned = pinnedCpus(c.facts);
    bool shares = c.facts.emulatorPins.isEmpty();
    for (int cpu : c.facts.emulatorPins)
        shares = shares || pinned.contains(cpu);
    if (!shares)
        return {};
    const auto planned = plannedPins(c.facts, *c.host);
    bool planShares = !planned;
    if (planned)
        for (int cpu : planned->emulatorPins)
            planShares = planShares || planned->pins.contains(cpu);
    return {{c.facts.emulatorPins.isEmpty() ? LintRules::tr("QEMU's emulator threads are not pinned: they run on the vCPUs' host threads.")
                                            : LintRules::tr("QEMU's emulator threads share host CPUs with vCPUs."),
             !planShares}};
}

} // namespace

namespace LintPlans {

std::optional<PciAddress> gpu(const DomainFacts &facts, const HostScan &host)
{
    for (const PciAddress &address : facts.pciHostdevs)
        if (const PciDevice *device = host.pciDevice(address); device && device->isDisplay())
            return address;
    if (!facts.pciHostdevs.isEmpty())
        return facts.pciHostdevs.first();
    return std::nullopt;
}

std::optional<VmSpec::Cpu> pinning(const DomainFacts &facts, const HostScan &host)
{
    VmSpec::Cpu cpu;
    if (hasErrors(PinningPlanner::plan(host.cpu, PinningPlanner::requestFor(host, gpu(facts, host), facts.vcpus, 1), cpu)))
        return std::nullopt;
    return cpu;
}

VmSpec::Cpu placementOf(const DomainFacts &facts, const HostScan &host)
{
    VmSpec::Cpu cpu;
    cpu.vcpus = facts.vcpus;
    cpu.pins = facts.onePinEach.value_or(QList<int>{});
    for (const DomainFacts::NumaCell &cell : facts.numaCells) {
        VmSpec::NumaCell c;
        c.vcpus = cell.vcpus;
        // A cell's memory belongs on the node its first vCPU runs on, where that has memory.
        const int vcpu = cell.vcpus.value(0, -1);
        const CpuThread *t = vcpu >= 0 && vcpu < cpu.pins.size() ? host.cpu.thread(cpu.pins[vcpu]) : nullptr;
        c.hostNode = t ? t->node : 0;
        cpu.numaCells << c;
    }
    return cpu;
}

VmSpec::Memory memoryOf(const DomainFacts &facts)
{
    VmSpec::Memory memory;
    memory.sizeMiB = facts.memoryKiB / 1024;
    memory.hugepages = !facts.hugepages ? VmSpec::HugepageSize::Off
                       : facts.hugepageKiB == 1024 * 1024 ? VmSpec::HugepageSize::Size1G
                                                          : VmSpec::HugepageSize::Size2M;
    const qint64 pageKiB = memory.hugepages == VmSpec::HugepageSize::Size1G ? 1024 * 1024 : 2048;
    memory.hugepageCount = facts.hugepages ? (facts.memoryKiB + pageKiB - 1) / pageKiB : 0;
    return memory;
}

std::optional<QList<int>> memoryNodes(const DomainFacts &facts, const HostScan &host, const VmSpec::Cpu &placement)
{
    VmSpec::Memory memory = memoryOf(facts);
    MemoryPlanner::bindToNodes(host.memory, host.cpu, placement, memory);
    if (memory.hostNodes.isEmpty())
        return std::nullopt;
    return memory.hostNodes;
}

} // namespace LintPlans

namespace LintAreas {

QList<LintRule> cpuRules()
{
    const QString article = LintSources::article(), libvirt = LintSources::libvirtDocs(), wiki = LintSources::archWiki();
    return {
        {"current-vcpus", S::Warning, false, article, currentVcpus, "current-vcpus"},
        {"topology-sockets", S::Warning, false, article, topologySockets, "topology"},
        {"host-passthrough", S::Warning, false, libvirt, hostPassthrough, "host-passthrough"},
        {"amd-topoext", S::Warning, true, wiki, amdTopoext, "topoext"},
        {"no-pinning", S::Warning, true, article, noPinning, "pinning"},
        {"split-siblings", S::Warning, true, wiki, splitSiblings, "pinning"},
        {"topology-pins", S::Warning, true, wiki, topologyPins, "pinning"},
        {"cross-domain", S::Warning, true, wiki, crossDomain, "pinning"},
        {"emulator-shares", S::Warning, true, wiki, emulatorShares, "pinning"},
    };
}

QList<LintFix> cpuFixes()
{
    return {
        {"current-vcpus", false,
         [](QDomElement domain, const DomainFacts &, const HostScan *) -> Result<void> {
             DomainPatches::allVcpusCurrent(domain);
             return {};
         }},
        {"topology", false,
         [](QDomElement domain, const DomainFacts &facts, const HostScan *host) -> Result<void> {
             const int smt = host ? std::max(1, host->cpu.threadsPerCore()) : 2;
             const int threads = facts.vcpus % smt == 0 ? smt : 1;
             DomainPatches::setTopology(domain, facts.vcpus, 1, 1, facts.vcpus / threads, threads);
             return {};
         }},
        {"pinning", true,
         [](QDomElement domain, const DomainFacts &facts, const HostScan *host) -> Result<void> {
             VmSpec::Cpu cpu;
             const PinningPlanner::Request request = PinningPlanner::requestFor(*host, LintPlans::gpu(facts, *host), facts.vcpus, 1);
             for (const PlanNote &note : PinningPlanner::plan(host->cpu, request, cpu))
                 if (note.severity == PlanNote::Severity::Error)
                     return Error{note.text};
             DomainPatches::setTopology(domain, cpu.vcpus, cpu.sockets, cpu.dies, cpu.cores, cpu.threads);
             DomainPatches::setPinning(domain, cpu.pins, cpu.emulatorPins, cpu.iothreadPins);
             // The guest's NUMA cells follow the pins; memory bound to nodes moves with them
             // where it fits (else the binding stays for the numatune fix to judge).
             QList<int> memoryNodes = facts.numatuneNodes;
             if (facts.numatune)
                 if (const auto nodes = LintPlans::memoryNodes(facts, *host, cpu))
                     memoryNodes = *nodes;
             if (!cpu.numaCells.isEmpty() || !facts.numaCells.isEmpty() || facts.numatune)
                 DomainPatches::setNumaPlacement(domain, cpu.numaCells, facts.numatune ? memoryNodes : QList<int>{});
             return {};
         }},
        {"host-passthrough", false,
         [](QDomElement domain, const DomainFacts &, const HostScan *) -> Result<void> {
             DomainPatches::hostPassthrough(domain);
             return {};
         }},
        {"topoext", false,
         [](QDomElement domain, const DomainFacts &, const HostScan *) -> Result<void> {
             DomainPatches::topoext(domain);
             return {};
         }},
    };
}

} // namespace LintAreas
