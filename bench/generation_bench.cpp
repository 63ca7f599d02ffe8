// Generation of the domain XML and the NixOS module for the large generated host (target:
// under 20 ms): the planners, DomainWriter and NixModuleWriter, in-process, after one scan.
// Usage: generation_bench HOST_TREE [runs]
#include "domain/domainwriter.h"
#include "nix/nixmodulewriter.h"
#include "plan/vmplanner.h"
#include "scan/hostscanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: generation_bench HOST_TREE [runs]\n");
        return 2;
    }
    const HostRoot root(QString::fromLocal8Bit(argv[1]));
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 200;
    const Result<HostScan> scan = HostScanner(root).scan();
    if (!scan) {
        std::fprintf(stderr, "%s\n", qPrintable(scan.error()));
        return 1;
    }
    PlanRequest request;
    request.vcpus = 64;
    QList<double> plans, writes;
    qsizetype bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const VmPlan plan = VmPlanner::plan(*scan, root, request);
        plans << timer.nsecsElapsed() / 1e6;
        timer.restart();
        const QString xml = DomainWriter::write(plan.spec);
        const QString nix = NixModuleWriter::write(plan.spec, *scan, plan.spec.name + QStringLiteral(".xml"));
        writes << timer.nsecsElapsed() / 1e6;
        bytes = xml.size() + nix.size();
    }
    std::sort(plans.begin(), plans.end());
    std::sort(writes.begin(), writes.end());
    std::printf("plan: median %.3f ms; write XML + module: median %.3f ms (%lld characters); total %.3f ms (target < 20 ms)\n",
                plans[runs / 2], writes[runs / 2], static_cast<long long>(bytes), plans[runs / 2] + writes[runs / 2]);
    return 0;
}
