// From a change on a wizard page to the re-planned model, on the large generated host (256
// threads, ~600 PCI functions): the vCPU count, the cores kept for the host and the hugepage
// size, each through its step model as the page calls it, with every listener of the session
// notified (target: under one 60 Hz frame, 16 ms).
// Usage: replan_bench HOST_TREE [runs]
#include "scan/hostscanner.h"
#include "wizard/steps/cpustep.h"
#include "wizard/steps/memorystep.h"
#include "wizard/wizardsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

struct Timing
{
    double median = 0;
    double p95 = 0;
    double worst = 0;
};

Timing measure(int runs, const std::function<void(int)> &change)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        change(i);
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times[times.size() * 95 / 100], times.last()};
}

void report(const char *what, const Timing &t)
{
    std::printf("%-28s median %6.2f ms, p95 %6.2f ms, worst %6.2f ms%s\n", what, t.median, t.p95, t.worst,
                t.p95 < 16.0 ? "" : "  (over one frame)");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: replan_bench HOST_TREE [runs]\n");
        return 2;
    }
    const HostRoot root(QString::fromLocal8Bit(argv[1]));
    const int runs = argc > 2 ? std::max(2, atoi(argv[2])) : 100;
    const Result<HostScan> scan = HostScanner(root).scan();
    if (!scan) {
        std::fprintf(stderr, "%s\n", qPrintable(scan.error()));
        return 1;
    }
    WizardSession session;
    session.setHost(*scan, root);
    CpuStep cpu(&session);
    MemoryStep memory(&session);
    cpu.refresh();
    memory.refresh();
    std::printf("host: %lld threads, %lld PCI functions; the plan: %d vCPUs\n", static_cast<long long>(scan->cpu.threads.size()),
                static_cast<long long>(scan->pci.size()), session.spec().cpu.vcpus);

    // Typed into the vCPU box: alternating counts, so every run plans anew.
    report("vCPU count (8 <-> 64):", measure(runs, [&](int i) { cpu.setVcpus(i % 2 ? 64 : 8); }));
    report("cores kept for the host:", measure(runs, [&](int i) { cpu.setReservedCores(1 + i % 4); }));
    report("page shown again (CPU):", measure(runs, [&](int) { cpu.refresh(); }));
    const VmSpec::HugepageSize sizes[] = {VmSpec::HugepageSize::Size1G, VmSpec::HugepageSize::Size2M,
                                          VmSpec::HugepageSize::Off};
    report("hugepage size:", measure(runs, [&](int i) { memory.setHugepages(sizes[i % 3]); }));
    return cpu.isComplete() && memory.isComplete() ? 0 : 1;
}
