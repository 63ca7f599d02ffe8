#include "plan/pinningplanner.h"

#include "util/cpulist.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PinningPlanner)
};

/// A physical core: its threads in sibling order and where it sits.
struct Core
{
    QList<int> threads;
    int package = 0;
    int node = 0;
    int l3 = -1;
    CoreKind kind = CoreKind::Uniform;
};

QList<Core> physicalCores(const CpuTopology &host)
{
    QMap<std::pair<int, std::pair<int, int>>, Core> cores; // ordered by package, die, core id
    for (const CpuThread &t : host.threads) {
        Core &core = cores[{t.package, {t.die, t.core}}];
        core.threads.append(t.id);
        core.package = t.package;
        core.node = t.node;
        core.l3 = t.l3.value_or(-1);
        core.kind = t.kind;
    }
    QList<Core> list = cores.values();
    for (Core &c : list)
        std::sort(c.threads.begin(), c.threads.end());
    // The order the host numbers its cores in: by first thread.
    std::sort(list.begin(), list.end(), [](const Core &a, const Core &b) { return a.threads.first() < b.threads.first(); });
    return list;
}

int capacity(const QList<Core> &cores)
{
    int n = 0;
    for (const Core &c : cores)
        n += int(c.threads.size());
    return n;
}

} // namespace

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
    const QList<Core> cores = physicalCores(host);
    if (cores.isEmpty()) {
        notes << PlanNote::error(topic, Tr::tr("The scan found no CPUs; the VM cannot be pinned."));
        return notes;
    }
    const int hostThreads = capacity(cores);
    const int reserved = std::clamp(request.reservedCores, 0, int(cores.size()) - 1);
    const QList<Core> hostCores = cores.mid(0, reserved);
    QList<Core> available = cores.mid(reserved);

    // By default the guest gets every whole sibling set outside the reserved cores; efficiency
    // cores join only on parts that have nothing else.
    int defaultVcpus = 0;
    for (const Core &c : std::as_const(available))
        defaultVcpus += c.kind == CoreKind::Efficiency ? 0 : int(c.threads.size());
    int vcpus = request.vcpus > 0 ? request.vcpus : (defaultVcpus > 0 ? defaultVcpus : capacity(available));
    if (vcpus > hostThreads) {
        notes << PlanNote::error(topic, Tr::tr("%1 vCPUs asked for, but the host has %2 threads: each vCPU needs a host thread of its own.")
                                            .arg(vcpus).arg(hostThreads));
        return notes;
    }
    cpu.vcpus = vcpus;
    QList<int> reservedThreads;
    for (const Core &c : hostCores)
        reservedThreads += c.threads;

    if (vcpus > capacity(available)) {
        // Asked for more than the unreserved threads: pin to every thread, as the article did.
        available = cores;
        notes << PlanNote::warning(topic, Tr::tr("%1 vCPUs take every host thread: the host keeps no core of its own, and QEMU's "
                                             "emulator and I/O threads compete with the guest. Leave one core to the host "
                                             "(%2 vCPUs) for smoother guest latency.")
                                              .arg(vcpus).arg(hostThreads - int(cores.first().threads.size())));
        reservedThreads.clear();
    }
    chooseTopology(host, cpu);
    if (cpu.threads == 1 && host.threadsPerCore() > 1)
        notes << PlanNote::info(topic, Tr::tr("An odd vCPU count cannot fill whole SMT sibling sets: the guest sees %1 cores "
                                          "without SMT. An even count keeps siblings together.")
                                           .arg(vcpus));

    // Choose cores: the sibling-set size the guest topology uses, from one L3 domain / NUMA
    // node when enough cores there are free, performance cores first.
    const int perCore = cpu.threads;
    const int coresNeeded = (vcpus + perCore - 1) / perCore;
    auto rank = [](const Core &c) { return c.kind == CoreKind::Efficiency ? 1 : 0; };
    std::stable_sort(available.begin(), available.end(), [&](const Core &a, const Core &b) { return rank(a) < rank(b); });

    // Cores that can host `perCore` vCPUs each; a lone efficiency core hosts one.
    QMap<std::pair<int, int>, QList<Core>> domains; // (node, l3) -> cores
    for (const Core &c : std::as_const(available))
        domains[{c.node, c.l3}].append(c);
    QList<Core> chosen;
    const QList<Core> *best = nullptr;
    for (const QList<Core> &domain : std::as_const(domains)) {
        int fitting = 0;
        for (const Core &c : domain)
            fitting += int(c.threads.size()) >= perCore && rank(c) == 0;
        if (fitting < coresNeeded)
            continue;
        if (!best || domain.size() < best->size()) // the tightest domain that fits leaves others whole
            best = &domain;
    }
    if (best) {
        for (const Core &c : *best)
            if (int(c.threads.size()) >= perCore && rank(c) == 0 && chosen.size() < coresNeeded)
                chosen.append(c);
    } else {
        for (const Core &c : std::as_const(available))
            if (int(c.threads.size()) >= perCore && chosen.size() < coresNeeded)
                chosen.append(c);
        if (domains.size() > 1)
            notes << PlanNote::warning(topic, Tr::tr("The vCPUs span more than one L3 cache or NUMA node: memory and cache "
                                                 "traffic crosses between them. Fewer vCPUs would fit in one."));
    }
    // Not enough whole sibling sets (hybrid parts, uneven SMT): fill with single threads.
    QList<int> pins;
    for (const Core &c : std::as_const(chosen))
        for (int i = 0; i < perCore && pins.size() < vcpus; ++i)
            pins.append(c.threads[i]);
    if (pins.size() < vcpus) {
        for (const Core &c : std::as_const(available))
            for (int thread : c.threads)
                if (pins.size() < vcpus && !pins.contains(thread))
                    pins.append(thread);
        notes << PlanNote::warning(topic, Tr::tr("Not every vCPU pair has a physical core of its own: the guest's view of "
                                             "its cores does not match the host's."));
    }
    const bool usesEfficiencyCores = std::any_of(pins.begin(), pins.end(), [&](int id) {
        const CpuThread *t = host.thread(id);
        return t && t->kind == CoreKind::Efficiency;
    });
    if (usesEfficiencyCores)
        notes << PlanNote::info(topic, Tr::tr("Some vCPUs run on efficiency cores: the performance cores are all in use."));

    cpu.pins = pins;
    const QList<int> housekeeping = reservedThreads.isEmpty() ? cores.first().threads : reservedThreads;
    cpu.emulatorPins = housekeeping;
    cpu.iothreadPins = housekeeping;
    cpu.iothreads = 1;
    notes << PlanNote::info(topic, Tr::tr("Topology %1 socket x %2 cores x %3 threads; vCPUs pinned to host CPUs %4; the "
                                      "emulator and I/O thread run on %5.")
                                       .arg(cpu.sockets).arg(cpu.cores).arg(cpu.threads)
                                       .arg(CpuList::format(pins), CpuList::format(housekeeping)));
    return notes;
}
