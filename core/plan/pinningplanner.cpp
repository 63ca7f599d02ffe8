#include "plan/pinningplanner.h"

#include "host/hostscan.h"
#include "plan/physicalcore.h"
#include "util/cpulist.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

using namespace PhysicalCores;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PinningPlanner)
};

QList<int> sorted(QList<int> list)
{
    std::sort(list.begin(), list.end());
    return list;
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
    return names.join(QStringLiteral(", "));
}

} // namespace

PinningPlanner::Request PinningPlanner::requestFor(const HostScan &host, const std::optional<PciAddress> &gpu, int vcpus,
                                                   int reservedCores)
{
    Request request;
    request.vcpus = vcpus;
    request.reservedCores = reservedCores;
    if (gpu) {
        request.gpu = gpu->toString();
        if (const PciDevice *device = host.pciDevice(*gpu)) {
            request.gpuNode = device->numaNode;
            // No node from the firmware, but local CPUs that are one node's: that node.
            QList<int> nodes;
            for (int id : device->localCpus)
                if (const CpuThread *t = host.cpu.thread(id); t && !nodes.contains(t->node))
                    nodes << t->node;
            if (!request.gpuNode && nodes.size() == 1 && host.cpu.nodes().size() > 1)
                request.gpuNode = nodes.first();
        }
    }
    for (const NodeMemory &node : host.memory.nodes)
        if (!node.hasMemory)
            request.memorylessNodes << node.node;
    return request;
}

void PinningPlanner::chooseTopology(const CpuTopology &host, VmSpec::Cpu &cpu)
{
    const int smt = std::max(1, host.threadsPerCore());
    cpu.sockets = 1;
    cpu.dies = 1;
    cpu.threads = cpu.vcpus % smt == 0 ? smt : 1;
    cpu.cores = cpu.vcpus / cpu.threads;
    cpu.amdTopoext = host.isAmd() && cpu.threads > 1;
}

PlanNotes PinningPlanner::plan(const CpuTopology &host, const Request &request, VmSpec::Cpu &cpu)
{
    PlanNotes notes;
    const QString topic = QStringLiteral("cpu");
    const QList<Core> cores = PhysicalCores::of(host);
    if (cores.isEmpty()) {
        notes << PlanNote::error(topic, Tr::tr("The scan found no CPUs; the VM cannot be pinned."));
        return notes;
    }
    const int hostThreads = capacity(cores);
    const QList<int> nodes = host.nodes();
    const bool multiNode = nodes.size() > 1;
    auto hasMemory = [&](int node) { return !request.memorylessNodes.contains(node); };
    auto packageOf = [&](int node) {
        for (const Core &c : cores)
            if (c.node == node)
                return c.package;
        return -1;
    };
    auto threadsOn = [&](int node) {
        int n = 0;
        for (const Core &c : cores)
            n += c.node == node ? c.size() : 0;
        return n;
    };

    // The home node: the GPU's where it has memory; else a node with memory, in the GPU's
    // package when its node has none, the one with the most threads.
    int home = nodes.first();
    enum class Home { OneNode, Gpu, GpuNodeWithoutMemory, Unknown } why = Home::OneNode;
    if (multiNode) {
        if (request.gpuNode && nodes.contains(*request.gpuNode) && hasMemory(*request.gpuNode)) {
            home = *request.gpuNode;
            why = Home::Gpu;
        } else {
            QList<int> candidates;
            for (int n : nodes)
                if (hasMemory(n))
                    candidates << n;
            if (candidates.isEmpty())
                candidates = nodes;
            why = Home::Unknown;
            if (request.gpuNode && nodes.contains(*request.gpuNode)) {
                why = Home::GpuNodeWithoutMemory;
                QList<int> near;
                for (int n : std::as_const(candidates))
                    if (packageOf(n) == packageOf(*request.gpuNode))
                        near << n;
                if (!near.isEmpty())
                    candidates = near;
            }
            home = candidates.first();
            for (int n : std::as_const(candidates))
                if (threadsOn(n) > threadsOn(home))
                    home = n;
        }
    }
    QList<int> nodeOrder = nodes;
    std::stable_sort(nodeOrder.begin(), nodeOrder.end(), [&](int a, int b) {
        auto key = [&](int n) { return std::tuple(n != home, !hasMemory(n), packageOf(n) != packageOf(home), n); };
        return key(a) < key(b);
    });

    // The host keeps the home node's cores the guest would use least: efficiency cores, a
    // smaller L3 than the largest (not the V-Cache), else the first. Efficiency cores count
    // by threads: one performance core's worth of them.
    QList<Core> homeCores;
    for (const Core &c : cores)
        if (c.node == home)
            homeCores << c;
    std::stable_sort(homeCores.begin(), homeCores.end(), [](const Core &a, const Core &b) {
        return std::tuple(a.efficiency() ? 0 : 1, a.l3KiB, a.first()) < std::tuple(b.efficiency() ? 0 : 1, b.l3KiB, b.first());
    });
    const int smt = std::max(1, host.threadsPerCore());
    QList<Core> reserved;
    int reservedThreadCount = 0;
    for (const Core &c : std::as_const(homeCores)) {
        if (request.reservedCores <= 0 || reservedThreadCount >= request.reservedCores * smt
            || reserved.size() + 1 >= homeCores.size())
            break;
        if (!reserved.isEmpty() && reserved.last().efficiency() != c.efficiency())
            break; // the efficiency cores there are; the performance cores stay the guest's
        reserved << c;
        reservedThreadCount += c.size();
    }
    QList<Core> available;
    for (const Core &c : cores)
        if (std::none_of(reserved.begin(), reserved.end(), [&](const Core &r) { return r.first() == c.first(); }))
            available << c;

    // By default the guest gets every whole sibling set outside the reserved cores, on the home
    // node where there are several; efficiency cores join only on parts that have nothing else.
    auto threadsFor = [&](bool performanceOnly) {
        int n = 0;
        for (const Core &c : std::as_const(available))
            if ((!multiNode || c.node == home) && (!performanceOnly || !c.efficiency()))
                n += c.size();
        return n;
    };
    int defaultVcpus = threadsFor(true);
    if (defaultVcpus == 0)
        defaultVcpus = threadsFor(false);
    if (defaultVcpus == 0)
        defaultVcpus = capacity(available);
    const int vcpus = request.vcpus > 0 ? request.vcpus : defaultVcpus;
    if (vcpus > hostThreads) {
        notes << PlanNote::error(topic, Tr::tr("%1 vCPUs asked for, but the host has %2 threads: each vCPU needs a host thread of its own.")
                                            .arg(vcpus).arg(hostThreads));
        return notes;
    }
    cpu.vcpus = vcpus;
    QList<int> reservedThreads = threadsOf(reserved);
    QList<Core> usable = available;
    const bool everyThread = vcpus > capacity(available);
    if (everyThread) {
        // Asked for more than the unreserved threads: pin to every thread, as the article did.
        usable = cores;
        notes << PlanNote::warning(topic, Tr::tr("%1 vCPUs take every host thread: the host keeps no core of its own, and QEMU's "
                                             "emulator and I/O threads compete with the guest. Leave one core to the host "
                                             "(%2 vCPUs) for smoother guest latency.")
                                              .arg(vcpus).arg(hostThreads - homeCores.first().size()));
        reservedThreads.clear();
    }
    chooseTopology(host, cpu);
    if (cpu.threads == 1 && host.threadsPerCore() > 1)
        notes << PlanNote::info(topic, Tr::tr("An odd vCPU count cannot fill whole SMT sibling sets: the guest sees %1 cores "
                                          "without SMT. An even count keeps siblings together.")
                                           .arg(vcpus));

    // Whole sibling sets of the size the guest topology uses, in the order of preference; then,
    // where there are not enough (hybrid parts, uneven SMT), single threads.
    const int perCore = cpu.threads;
    const int coresNeeded = (vcpus + perCore - 1) / perCore;
    const QList<Domain> order = preferenceOrder(usable, nodeOrder, perCore, coresNeeded);
    QList<int> pins;
    bool shared = false; // a guest core without a host core of its own
    for (const Domain &domain : order) {
        for (const Core &c : domain)
            if (c.size() >= perCore)
                for (int i = 0; i < perCore && pins.size() < vcpus; ++i)
                    pins.append(c.threads[i]);
        // An odd count (a guest core per vCPU) stays in the domain on its cores' siblings rather
        // than crossing to another L3 or node, or onto efficiency cores.
        if (perCore == 1)
            for (const Core &c : domain)
                for (int thread : c.threads)
                    if (pins.size() < vcpus && !pins.contains(thread)) {
                        pins.append(thread);
                        shared = true;
                    }
    }
    if (pins.size() < vcpus) {
        // Not enough whole sibling sets (hybrid parts, uneven SMT): single threads.
        for (const Domain &domain : order)
            for (const Core &c : domain)
                for (int thread : c.threads)
                    if (pins.size() < vcpus && !pins.contains(thread)) {
                        pins.append(thread);
                        shared = true;
                    }
    }
    if (shared)
        notes << PlanNote::warning(topic, Tr::tr("Not every vCPU pair has a physical core of its own: the guest's view of "
                                             "its cores does not match the host's."));
    auto threadOf = [&](int id) { return host.thread(id); };
    const bool usesEfficiencyCores = std::any_of(pins.begin(), pins.end(), [&](int id) {
        const CpuThread *t = threadOf(id);
        return t && t->kind == CoreKind::Efficiency;
    });
    if (usesEfficiencyCores)
        notes << PlanNote::info(topic, Tr::tr("Some vCPUs run on efficiency cores: the performance cores are all in use."));

    cpu.pins = pins;
    // QEMU's own threads: on the reserved cores; with none reserved, on the first core (in the
    // reserved cores' order) that no vCPU took, and only with every thread taken beside them.
    QList<int> housekeeping = reservedThreads;
    if (housekeeping.isEmpty()) {
        const auto idle = std::find_if(homeCores.begin(), homeCores.end(), [&](const Core &c) {
            return std::none_of(c.threads.begin(), c.threads.end(), [&](int t) { return pins.contains(t); });
        });
        housekeeping = idle != homeCores.end() ? idle->threads : homeCores.first().threads;
    }
    cpu.emulatorPins = housekeeping;
    cpu.iothreadPins = housekeeping;
    cpu.iothreads = 1;

    // The guest's NUMA nodes, when the pins span host nodes: one cell per node, as the pins are.
    cpu.numaCells.clear();
    QList<int> pinNodes;
    for (int pin : std::as_const(pins))
        if (const CpuThread *t = threadOf(pin); t && !pinNodes.contains(t->node))
            pinNodes << t->node;
    QList<int> memoryNodes;
    for (int n : nodes)
        if (hasMemory(n))
            memoryNodes << n;
    if (multiNode && pinNodes.size() > 1) {
        for (int node : std::as_const(pinNodes)) {
            VmSpec::NumaCell cell;
            for (qsizetype v = 0; v < pins.size(); ++v)
                if (threadOf(pins[v])->node == node)
                    cell.vcpus << int(v);
            cell.hostNode = hasMemory(node) ? node : hasMemory(home) || memoryNodes.isEmpty() ? home : memoryNodes.first();
            cpu.numaCells << cell;
        }
    }

    // Where the pins went, per L3 domain: for the V-Cache sentence and the span warning.
    QMap<std::pair<int, int>, QList<int>> pinsByDomain; // (node, l3) -> pins
    for (int pin : std::as_const(pins))
        if (const CpuThread *t = threadOf(pin))
            pinsByDomain[{t->node, t->l3.value_or(-1)}] << pin;
    bool homeL3Differs = false;
    for (const Core &c : std::as_const(homeCores))
        homeL3Differs = homeL3Differs || (c.l3KiB > 0 && c.l3KiB != homeCores.first().l3KiB);
    const bool hybridHome = std::any_of(homeCores.begin(), homeCores.end(), [](const Core &c) { return c.efficiency(); })
                            && std::any_of(homeCores.begin(), homeCores.end(), [](const Core &c) { return !c.efficiency(); });

    if (!cpu.numaCells.isEmpty()) {
        QList<int> others, otherPins, homePins;
        for (int pin : std::as_const(pins)) {
            const int node = threadOf(pin)->node;
            (node == pinNodes.first() ? homePins : otherPins) << pin;
            if (node != pinNodes.first() && !others.contains(node))
                others << node;
        }
        const QString elsewhere = others.size() == 1 ? Tr::tr("%1 of them run on node %2").arg(otherPins.size()).arg(others.first())
                                                     : Tr::tr("%1 of them run on nodes %2").arg(otherPins.size()).arg(nodeList(others));
        notes << PlanNote::warning(topic, Tr::tr("The %1 vCPUs do not fit on NUMA node %2 beside the host's core: %3. Their memory "
                                             "and the GPU's DMA cross the link between the nodes, which is slower and shared "
                                             "with the host; the guest sees %4 NUMA nodes laid out as the pins are, so its "
                                             "scheduler keeps work near its memory. %5 vCPUs would fit on node %2 alone.")
                                              .arg(vcpus).arg(pinNodes.first()).arg(elsewhere).arg(cpu.numaCells.size())
                                              .arg(homePins.size()));
    } else if (pinsByDomain.size() > 1 && !homeL3Differs) {
        notes << PlanNote::warning(topic, Tr::tr("The vCPUs span more than one L3 cache or NUMA node: memory and cache "
                                             "traffic crosses between them. Fewer vCPUs would fit in one."));
    }
    if (multiNode && memoryNodes.size() < nodes.size()) {
        QList<int> without;
        for (int n : nodes)
            if (!hasMemory(n))
                without << n;
        notes << PlanNote::info(topic, Tr::tr("NUMA node %1 has no memory of its own: its CPUs run vCPUs only when the nodes "
                                          "with memory are full, as every access from there crosses to another node.")
                                           .arg(nodeList(without)));
    }

    // Why the pins sit where they do, in one sentence for the CPU page.
    const QString vcpuCpus = CpuList::format(sorted(pins));
    const QString keptCpus = CpuList::format(housekeeping);
    QString placement;
    if (!cpu.numaCells.isEmpty()) {
        QList<int> homePins, otherPins;
        for (int pin : std::as_const(pins))
            (threadOf(pin)->node == pinNodes.first() ? homePins : otherPins) << pin;
        const QString rest = pinNodes.size() == 2
                                 ? Tr::tr("the other %1 run on node %2 (CPUs %3)").arg(otherPins.size()).arg(pinNodes[1]).arg(CpuList::format(sorted(otherPins)))
                                 : Tr::tr("the other %1 run on nodes %2 (CPUs %3)").arg(otherPins.size()).arg(nodeList(pinNodes.mid(1)),
                                                                                                           CpuList::format(sorted(otherPins)));
        placement = Tr::tr("The vCPUs fill NUMA node %1 (CPUs %2) and %3; the guest sees the same nodes, and QEMU's emulator "
                           "and I/O thread stay on node %1 (CPUs %4).")
                        .arg(pinNodes.first()).arg(CpuList::format(sorted(homePins)), rest, keptCpus);
    } else if (why == Home::Gpu) {
        placement = Tr::tr("The vCPUs (CPUs %1) and QEMU's emulator and I/O thread (CPUs %2) stay on NUMA node %3, the one the "
                           "GPU is attached to, so its DMA and interrupts never cross to another node.")
                        .arg(vcpuCpus, keptCpus).arg(home);
    } else if (why == Home::GpuNodeWithoutMemory) {
        placement = Tr::tr("The GPU's NUMA node %1 has no memory of its own: the vCPUs (CPUs %2) and QEMU's emulator and I/O "
                           "thread (CPUs %3) stay on node %4 in the same socket, which has memory.")
                        .arg(*request.gpuNode).arg(vcpuCpus, keptCpus).arg(home);
    } else if (why == Home::Unknown) {
        placement = Tr::tr("The firmware does not say which NUMA node the GPU is on: the vCPUs (CPUs %1) and QEMU's emulator "
                           "and I/O thread (CPUs %2) stay together on node %3, the node with memory that has the most threads.")
                        .arg(vcpuCpus, keptCpus).arg(home);
    } else if (homeL3Differs) {
        const qint64 largest = std::max_element(homeCores.begin(), homeCores.end(), [](const Core &a, const Core &b) {
                                   return a.l3KiB < b.l3KiB;
                               })->l3KiB;
        QList<int> big, small;
        qint64 smallKiB = 0;
        for (int pin : std::as_const(pins)) {
            const CpuThread *t = threadOf(pin);
            if (t->l3KiB == largest)
                big << pin;
            else {
                small << pin;
                smallKiB = t->l3KiB;
            }
        }
        const CpuThread *kept = threadOf(housekeeping.first());
        if (small.isEmpty())
            placement = Tr::tr("The vCPUs sit on the %1 MiB L3 (CPUs %2) and the host's core with QEMU's emulator and I/O "
                               "thread on the %3 MiB one (CPUs %4), so the guest has the V-Cache to itself.")
                            .arg(mib(largest), CpuList::format(sorted(big)), mib(kept->l3KiB), keptCpus);
        else
            placement = Tr::tr("%1 of the %2 vCPUs fill the %3 MiB L3 (CPUs %4); the other %5 spill over to the %6 MiB L3 "
                               "(CPUs %7), where the host's core, QEMU's emulator and I/O thread run too (CPUs %8).")
                            .arg(big.size()).arg(vcpus).arg(mib(largest), CpuList::format(sorted(big))).arg(small.size())
                            .arg(mib(smallKiB), CpuList::format(sorted(small)), keptCpus);
    } else if (hybridHome && threadOf(housekeeping.first())->kind == CoreKind::Efficiency) {
        placement = Tr::tr("The vCPUs run on performance cores (CPUs %1), and the host's reserved threads, QEMU's emulator and "
                           "I/O thread on efficiency cores (CPUs %2).")
                        .arg(vcpuCpus, keptCpus);
    } else if (everyThread) {
        placement = Tr::tr("The vCPUs take every host thread (CPUs %1); QEMU's emulator and I/O thread share CPUs %2 with them.")
                        .arg(vcpuCpus, keptCpus);
    } else if (pinsByDomain.size() > 1) {
        placement = Tr::tr("The vCPUs run on whole cores (CPUs %1) across %2 L3 caches, and the host keeps CPUs %3 for itself, "
                           "QEMU's emulator and I/O thread.")
                        .arg(vcpuCpus).arg(pinsByDomain.size()).arg(keptCpus);
    } else {
        placement = Tr::tr("The vCPUs run on whole cores (CPUs %1) inside one L3 cache, and the host keeps CPUs %2 for itself, "
                           "QEMU's emulator and I/O thread.")
                        .arg(vcpuCpus, keptCpus);
    }
    PlanNote why1 = PlanNote::info(topic, placement);
    why1.id = QString::fromUtf16(placementNote);
    notes << why1;
    return notes;
}
