#include "host/hostscan.h"
#include "plan/pinningplanner.h"
#include "support/synthetichost.h"
#include "support/testhosts.h"

#include <QSet>

#include <numeric>
#include <QTest>

using Ids = QList<int>;

namespace {

bool hasNote(const PlanNotes &notes, PlanNote::Severity severity, const QString &fragment)
{
    for (const PlanNote &n : notes)
        if (n.severity == severity && n.text.contains(fragment))
            return true;
    return false;
}

/// Every guest core's vCPUs (2k, 2k+1 with two threads) sit on one sibling set of the kernel's.
bool pairsAreSiblings(const CpuTopology &host, const VmSpec::Cpu &cpu)
{
    if (cpu.threads < 2)
        return true;
    for (qsizetype v = 0; v + 1 < cpu.pins.size(); v += cpu.threads)
        for (int t = 1; t < cpu.threads; ++t)
            if (!host.thread(cpu.pins[v])->siblings.contains(cpu.pins[v + t]))
                return false;
    return true;
}

/// The GPU the fixture's VM passes, for the request (its NUMA node).
std::optional<PciAddress> gpuOf(const QString &host)
{
    if (host == QLatin1String("xeon2s"))
        return PciAddress::parse(QStringLiteral("0000:af:00.0"));
    if (host == QLatin1String("opteron"))
        return PciAddress::parse(QStringLiteral("0000:02:00.0"));
    if (host == QLatin1String("x3d"))
        return PciAddress::parse(QStringLiteral("0000:01:00.0"));
    return std::nullopt;
}

PinningPlanner::Request request(int vcpus, int reserved)
{
    PinningPlanner::Request r;
    r.vcpus = vcpus;
    r.reservedCores = reserved;
    return r;
}

PlanNotes planOn(const HostScan &scan, const QString &host, int vcpus, int reserved, VmSpec::Cpu &cpu)
{
    return PinningPlanner::plan(scan.cpu, PinningPlanner::requestFor(scan, gpuOf(host), vcpus, reserved), cpu);
}

QSet<int> nodesOf(const CpuTopology &host, const Ids &cpus)
{
    QSet<int> nodes;
    for (int cpu : cpus)
        nodes.insert(host.thread(cpu)->node);
    return nodes;
}

/// A 16-CPU VMware guest as util-linux's test data shows one: one package, two NUMA nodes of
/// 8 CPUs, SMT pairs (0-1, 2-3 ...), core_id restarting at 0 in each node.
CpuTopology vmwareGuest()
{
    CpuTopology host;
    host.vendor = QStringLiteral("GenuineIntel");
    for (int id = 0; id < 16; ++id) {
        CpuThread t;
        t.id = id;
        t.node = id / 8;
        t.core = (id % 8) / 2;
        t.siblings = {id & ~1, id | 1};
        t.l3 = id / 8;
        t.l3KiB = 16 * 1024;
        host.threads << t;
    }
    return host;
}

} // namespace

class TestPinningPlanner final : public QObject
{
    Q_OBJECT

private slots:
    void plans_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("vcpus");
        QTest::addColumn<int>("reserved");
        QTest::addColumn<Ids>("pins");
        QTest::addColumn<Ids>("emulator");
        QTest::addColumn<Ids>("topology"); // sockets, cores, threads
        // The article's 8 vCPUs on all 8 threads, pairs on siblings (the article split them).
        QTest::newRow("article 8") << "article" << 8 << 1 << Ids{0, 4, 1, 5, 2, 6, 3, 7} << Ids{0, 4} << Ids{1, 4, 2};
        QTest::newRow("article default") << "article" << 0 << 1 << Ids{1, 5, 2, 6, 3, 7} << Ids{0, 4} << Ids{1, 3, 2};
        QTest::newRow("article 4") << "article" << 4 << 1 << Ids{1, 5, 2, 6} << Ids{0, 4} << Ids{1, 2, 2};
        QTest::newRow("article odd") << "article" << 3 << 1 << Ids{1, 2, 3} << Ids{0, 4} << Ids{1, 3, 1};
        QTest::newRow("article no reserve") << "article" << 4 << 0 << Ids{0, 4, 1, 5} << Ids{2, 6} << Ids{1, 2, 2};
        // Ryzen: adjacent siblings; 8 vCPUs fit the second core complex whole.
        QTest::newRow("ryzen 8") << "ryzen" << 8 << 1 << Ids{8, 9, 10, 11, 12, 13, 14, 15} << Ids{0, 1} << Ids{1, 4, 2};
        QTest::newRow("ryzen 6") << "ryzen" << 6 << 1 << Ids{2, 3, 4, 5, 6, 7} << Ids{0, 1} << Ids{1, 3, 2};
        // Hybrid: the vCPUs take the performance cores, the host's share of threads (one
        // performance core's worth: two) and QEMU's threads the efficiency cores; CPU 19 is offline.
        QTest::newRow("hybrid 12") << "hybrid" << 12 << 1 << Ids{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << Ids{16, 17} << Ids{1, 6, 2};
        QTest::newRow("hybrid default") << "hybrid" << 0 << 1 << Ids{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}
                                        << Ids{16, 17} << Ids{1, 8, 2};
        // No SMT, mask-only kernel.
        QTest::newRow("no-iommu default") << "no-iommu" << 0 << 1 << Ids{1, 2, 3} << Ids{0} << Ids{1, 3, 1};
        // 7950X3D: the vCPUs on CCD0's 96 MiB L3, the host's core and QEMU's threads on CCD1.
        QTest::newRow("x3d 8") << "x3d" << 8 << 1 << Ids{0, 16, 1, 17, 2, 18, 3, 19} << Ids{8, 24} << Ids{1, 4, 2};
        QTest::newRow("x3d 16") << "x3d" << 16 << 1 << Ids{0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23} << Ids{8, 24}
                                << Ids{1, 8, 2};
        QTest::newRow("x3d 20 spills") << "x3d" << 20 << 1
                                       << Ids{0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23, 9, 25, 10, 26} << Ids{8, 24}
                                       << Ids{1, 10, 2};
        QTest::newRow("x3d no reserve") << "x3d" << 4 << 0 << Ids{0, 16, 1, 17} << Ids{8, 24} << Ids{1, 2, 2};
        // Two sockets: node 1, the GPU's; the host's core there is its first (16, 48).
        QTest::newRow("xeon2s 8") << "xeon2s" << 8 << 1 << Ids{17, 49, 18, 50, 19, 51, 20, 52} << Ids{16, 48} << Ids{1, 4, 2};
        QTest::newRow("xeon2s default") << "xeon2s" << 0 << 1
                                        << Ids{17, 49, 18, 50, 19, 51, 20, 52, 21, 53, 22, 54, 23, 55, 24, 56, 25, 57, 26, 58,
                                               27, 59, 28, 60, 29, 61, 30, 62, 31, 63}
                                        << Ids{16, 48} << Ids{1, 15, 2};
        // Opteron 6276: pairs are the kernel's siblings (8-9, never 9 with 1); node 0 has no
        // memory, the GPU no node: node 1, the first node with memory of the most threads.
        QTest::newRow("opteron 4") << "opteron" << 4 << 1 << Ids{10, 11, 12, 13} << Ids{8, 9} << Ids{1, 2, 2};
        QTest::newRow("opteron default") << "opteron" << 0 << 1 << Ids{10, 11, 12, 13, 14, 15} << Ids{8, 9} << Ids{1, 3, 2};
    }
    void plans()
    {
        QFETCH(QString, host);
        QFETCH(int, vcpus);
        QFETCH(int, reserved);
        QFETCH(Ids, pins);
        QFETCH(Ids, emulator);
        QFETCH(Ids, topology);
        const HostScan scan = TestHosts::scan(host);
        VmSpec::Cpu cpu;
        const PlanNotes notes = planOn(scan, host, vcpus, reserved, cpu);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(cpu.pins, pins);
        QCOMPARE(cpu.vcpus, int(pins.size()));
        QCOMPARE(cpu.emulatorPins, emulator);
        QCOMPARE(cpu.iothreadPins, emulator);
        QCOMPARE((Ids{cpu.sockets, cpu.cores, cpu.threads}), topology);
        QCOMPARE(cpu.sockets * cpu.dies * cpu.cores * cpu.threads, cpu.vcpus);
        QVERIFY(pairsAreSiblings(scan.cpu, cpu));
        QCOMPARE(cpu.amdTopoext, scan.cpu.isAmd() && cpu.threads > 1);
        QVERIFY(cpu.numaCells.isEmpty());
        QVERIFY(findNote(notes, PinningPlanner::placementNote));
    }

    /// Every vCPU count from 2 to all threads on every fixture: what must hold whatever the count.
    void everyCount_data()
    {
        QTest::addColumn<QString>("host");
        for (const QString &name : TestHosts::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyCount()
    {
        QFETCH(QString, host);
        const HostScan scan = TestHosts::scan(host);
        const CpuTopology &topology = scan.cpu;
        const int threads = int(topology.threads.size());
        const qint64 largest = topology.largestL3KiB();
        for (int vcpus = 2; vcpus <= threads; ++vcpus) {
            const QByteArray row = host.toUtf8() + ' ' + QByteArray::number(vcpus);
            VmSpec::Cpu cpu;
            const PlanNotes notes = planOn(scan, host, vcpus, 1, cpu);
            QVERIFY2(!hasErrors(notes), row);
            QCOMPARE(cpu.pins.size(), vcpus);
            QCOMPARE(QSet<int>(cpu.pins.begin(), cpu.pins.end()).size(), vcpus);
            // Pairs on siblings wherever whole sibling sets are left (the hybrid's 16 threads of
            // performance cores; beyond them a pair takes two efficiency cores, with a warning).
            if (!topology.isHybrid() || vcpus <= 16)
                QVERIFY2(pairsAreSiblings(topology, cpu), row);
            QVERIFY2(!cpu.emulatorPins.isEmpty(), row);
            QVERIFY2(findNote(notes, PinningPlanner::placementNote), row);
            const Ids rest = topology.idsExcept(cpu.pins);
            const bool hostKeepsACore = std::none_of(cpu.emulatorPins.begin(), cpu.emulatorPins.end(),
                                                     [&](int id) { return cpu.pins.contains(id); });
            if (vcpus + topology.threadsPerCore() <= threads && !topology.isHybrid())
                QVERIFY2(hostKeepsACore, row);

            // The V-Cache first: a vCPU on the small L3 only once the large one is full, and
            // QEMU's threads never on the large one.
            if (topology.l3SizesDiffer()) {
                const bool spilled = std::any_of(cpu.pins.begin(), cpu.pins.end(), [&](int id) { return topology.thread(id)->l3KiB < largest; });
                const bool bigFree = std::any_of(rest.begin(), rest.end(), [&](int id) {
                    return topology.thread(id)->l3KiB == largest && !cpu.emulatorPins.contains(id);
                });
                QVERIFY2(!(spilled && bigFree), row);
                for (int id : std::as_const(cpu.emulatorPins))
                    QVERIFY2(topology.thread(id)->l3KiB < largest, row);
            }
            // Hybrid: performance cores first; QEMU's threads on efficiency cores.
            if (topology.isHybrid()) {
                for (int id : std::as_const(cpu.emulatorPins))
                    QCOMPARE(topology.thread(id)->kind, CoreKind::Efficiency);
                if (vcpus <= 16)
                    for (int id : std::as_const(cpu.pins))
                        QCOMPARE(topology.thread(id)->kind, CoreKind::Performance);
            }
            // NUMA: the GPU's node (xeon2s: 1) holds as many vCPUs as it can; nodes without
            // memory only once the others are full; the guest's cells are the pins' nodes.
            const QSet<int> nodes = nodesOf(topology, cpu.pins);
            if (host == QLatin1String("xeon2s")) {
                const int onGpuNode = int(std::count_if(cpu.pins.begin(), cpu.pins.end(), [&](int id) { return topology.thread(id)->node == 1; }));
                QCOMPARE(onGpuNode, std::min(vcpus, vcpus > 62 ? 32 : 30)); // all 64 threads: the host's core too
                QVERIFY2(nodesOf(topology, cpu.emulatorPins) == QSet<int>{1}, row);
            }
            if (host == QLatin1String("opteron") && vcpus <= 22)
                QVERIFY2(!nodes.contains(0), row);
            if (nodes.size() > 1) {
                QCOMPARE(cpu.numaCells.size(), nodes.size());
                Ids all;
                for (const VmSpec::NumaCell &cell : std::as_const(cpu.numaCells)) {
                    all += cell.vcpus;
                    QCOMPARE(nodesOf(topology, [&] { Ids c; for (int v : cell.vcpus) c << cpu.pins[v]; return c; }()).size(), 1);
                    QVERIFY(scan.memory.nodeHasMemory(cell.hostNode));
                }
                std::sort(all.begin(), all.end());
                Ids expected(vcpus);
                std::iota(expected.begin(), expected.end(), 0);
                QCOMPARE(all, expected);
                // A guest core stays in one cell.
                for (const VmSpec::NumaCell &cell : std::as_const(cpu.numaCells))
                    for (int v : cell.vcpus)
                        if (cpu.threads == 2)
                            QVERIFY2(cell.vcpus.contains(v ^ 1), row);
            } else {
                QVERIFY2(cpu.numaCells.isEmpty(), row);
            }
        }
    }

    void vcacheSentence()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("x3d"));
        VmSpec::Cpu cpu;
        PlanNotes notes = planOn(scan, QStringLiteral("x3d"), 16, 1, cpu);
        QCOMPARE(findNote(notes, PinningPlanner::placementNote)->text,
                 QStringLiteral("The vCPUs sit on the 96 MiB L3 (CPUs 0-7,16-23) and the host's core with QEMU's emulator and "
                                "I/O thread on the 32 MiB one (CPUs 8,24), so the guest has the V-Cache to itself."));
        notes = planOn(scan, QStringLiteral("x3d"), 20, 1, cpu);
        QCOMPARE(findNote(notes, PinningPlanner::placementNote)->text,
                 QStringLiteral("16 of the 20 vCPUs fill the 96 MiB L3 (CPUs 0-7,16-23); the other 4 spill over to the 32 MiB L3 "
                                "(CPUs 9-10,25-26), where the host's core, QEMU's emulator and I/O thread run too (CPUs 8,24)."));
    }

    void gpuNodeAndCrossingNodes()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("xeon2s"));
        VmSpec::Cpu cpu;
        PlanNotes notes = planOn(scan, QStringLiteral("xeon2s"), 16, 1, cpu);
        QVERIFY(findNote(notes, PinningPlanner::placementNote)->text.contains(QStringLiteral("stay on NUMA node 1, the one the GPU")));
        // Without the GPU's node the planner would not know to leave node 0.
        VmSpec::Cpu blind;
        PinningPlanner::plan(scan.cpu, PinningPlanner::requestFor(scan, std::nullopt, 16, 1), blind);
        QCOMPARE(nodesOf(scan.cpu, blind.pins), QSet<int>{0});

        // 40 vCPUs: node 1 full (30 beside the host's core), 10 on node 0; two guest cells.
        notes = planOn(scan, QStringLiteral("xeon2s"), 40, 1, cpu);
        QVERIFY(hasNote(notes, PlanNote::Severity::Warning, QStringLiteral("do not fit on NUMA node 1")));
        QCOMPARE(cpu.numaCells.size(), 2);
        QCOMPARE(cpu.numaCells[0].hostNode, 1);
        QCOMPARE(cpu.numaCells[0].vcpus.size(), 30);
        QCOMPARE(cpu.numaCells[1].hostNode, 0);
        QCOMPARE(cpu.numaCells[1].vcpus, (Ids{30, 31, 32, 33, 34, 35, 36, 37, 38, 39}));
        QCOMPARE(cpu.emulatorPins, (Ids{16, 48}));
    }

    void gpuNodeFromLocalCpus()
    {
        // numa_node -1, but local_cpulist names node 2's CPUs only: the GPU is node 2's.
        HostScan scan = TestHosts::scan(QStringLiteral("opteron"));
        for (PciDevice &device : scan.pci)
            if (device.address.toString() == QLatin1String("0000:02:00.0"))
                device.localCpus = {16, 17, 18, 19, 20, 21, 22, 23};
        const PinningPlanner::Request request = PinningPlanner::requestFor(scan, gpuOf(QStringLiteral("opteron")), 4, 1);
        QCOMPARE(request.gpuNode, std::optional<int>(2));
        VmSpec::Cpu cpu;
        PinningPlanner::plan(scan.cpu, request, cpu);
        QCOMPARE(nodesOf(scan.cpu, cpu.pins), QSet<int>{2});
        // Every CPU local (what the fixture says): still unknown.
        QCOMPARE(PinningPlanner::requestFor(TestHosts::scan(QStringLiteral("opteron")), gpuOf(QStringLiteral("opteron")), 4, 1).gpuNode,
                 std::nullopt);
    }

    void siblingsNotCoreIds_data()
    {
        QTest::addColumn<int>("vcpus");
        for (int vcpus = 2; vcpus <= 16; vcpus += 2)
            QTest::newRow(qPrintable(QString::number(vcpus))) << vcpus;
    }
    void siblingsNotCoreIds()
    {
        // The VMware numbering: (package 0, core 0) is CPUs 0-1 and 8-9 of two nodes.
        QFETCH(int, vcpus);
        const CpuTopology host = vmwareGuest();
        VmSpec::Cpu cpu;
        QVERIFY(!hasErrors(PinningPlanner::plan(host, request(vcpus, 1), cpu)));
        QVERIFY(pairsAreSiblings(host, cpu));
        QCOMPARE(cpu.emulatorPins, (Ids{0, 1}));
        QCOMPARE(nodesOf(host, cpu.emulatorPins).size(), 1);
        if (vcpus <= 6)
            QCOMPARE(nodesOf(host, cpu.pins), QSet<int>{0});
        QCOMPARE(host.physicalCores(), 8);
    }

    void memorylessNodes()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("opteron"));
        VmSpec::Cpu cpu;
        const PlanNotes notes = planOn(scan, QStringLiteral("opteron"), 16, 1, cpu);
        QVERIFY(hasNote(notes, PlanNote::Severity::Info, QStringLiteral("NUMA node 0 has no memory")));
        QCOMPARE(nodesOf(scan.cpu, cpu.pins), (QSet<int>{1, 2, 3})); // 6 + 8 + 2, none on node 0
        const PlanNotes few = planOn(scan, QStringLiteral("opteron"), 4, 1, cpu);
        QVERIFY(findNote(few, PinningPlanner::placementNote)->text.contains(QStringLiteral("does not say which NUMA node")));
        // With memory on node 0 too, the planner would have used it as any other.
        HostScan all = scan;
        for (NodeMemory &node : all.memory.nodes)
            node.hasMemory = true;
        VmSpec::Cpu anywhere;
        PinningPlanner::plan(all.cpu, PinningPlanner::requestFor(all, std::nullopt, 6, 1), anywhere);
        QCOMPARE(nodesOf(all.cpu, anywhere.pins), QSet<int>{0});
        // A GPU on the memory-less node: its package's node with memory.
        PinningPlanner::Request request = PinningPlanner::requestFor(scan, std::nullopt, 4, 1);
        request.gpuNode = 0;
        const PlanNotes near = PinningPlanner::plan(scan.cpu, request, cpu);
        QCOMPARE(nodesOf(scan.cpu, cpu.pins), QSet<int>{1});
        QVERIFY(findNote(near, PinningPlanner::placementNote)->text.contains(QStringLiteral("node 0 has no memory of its own")));
    }

    void everyThreadWarnsThatTheHostKeepsNothing()
    {
        VmSpec::Cpu cpu;
        const PlanNotes notes = PinningPlanner::plan(TestHosts::scan(QStringLiteral("article")).cpu, request(8, 1), cpu);
        QVERIFY(hasNote(notes, PlanNote::Severity::Warning, QStringLiteral("host keeps no core")));
        VmSpec::Cpu fewer;
        QVERIFY(!hasNote(PinningPlanner::plan(TestHosts::scan(QStringLiteral("article")).cpu, request(6, 1), fewer),
                         PlanNote::Severity::Warning, QStringLiteral("host keeps no core")));
    }

    // No core kept for the host, but vCPUs left threads free: QEMU's threads go there, never
    // onto a vCPU's thread (the newcomer's CPU page showed vCPUs 0 and 1 in conflict with them).
    void noCoreKeptStillKeepsQemuOffTheVcpus_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("vcpus");
        QTest::newRow("article 6 of 8") << "article" << 6;
        QTest::newRow("article 4 of 8") << "article" << 4;
        QTest::newRow("x3d 16 of 32") << "x3d" << 16;
        QTest::newRow("hybrid 16 of 20") << "hybrid" << 16;
    }
    void noCoreKeptStillKeepsQemuOffTheVcpus()
    {
        QFETCH(QString, host);
        QFETCH(int, vcpus);
        const HostScan scan = TestHosts::scan(host);
        VmSpec::Cpu cpu;
        QVERIFY(!hasErrors(planOn(scan, host, vcpus, 0, cpu)));
        QCOMPARE(cpu.pins.size(), vcpus);
        QVERIFY(!cpu.emulatorPins.isEmpty());
        for (int t : std::as_const(cpu.emulatorPins))
            QVERIFY2(!cpu.pins.contains(t), qPrintable(QStringLiteral("thread %1").arg(t)));
        // Every thread taken: then, and only then, they share (the article's VM).
        VmSpec::Cpu every;
        planOn(scan, host, int(scan.cpu.threads.size()), 0, every);
        QVERIFY(!every.emulatorPins.isEmpty());
    }

    void crossingCacheDomainsWarns()
    {
        VmSpec::Cpu cpu;
        const PlanNotes notes = PinningPlanner::plan(TestHosts::scan(QStringLiteral("ryzen")).cpu, request(12, 1), cpu);
        QVERIFY(hasNote(notes, PlanNote::Severity::Warning, QStringLiteral("L3")));
        QVERIFY(pairsAreSiblings(TestHosts::scan(QStringLiteral("ryzen")).cpu, cpu));
    }

    void efficiencyCoresOnlyWhenNeeded()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("hybrid"));
        VmSpec::Cpu cpu;
        const PlanNotes notes = PinningPlanner::plan(scan.cpu, request(17, 1), cpu);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(cpu.pins.size(), 17);
        QVERIFY(cpu.pins.contains(18)); // the efficiency core the host does not keep
        QVERIFY(!cpu.pins.contains(19)); // offline
        QCOMPARE(cpu.emulatorPins, (Ids{16, 17}));
        QVERIFY(hasNote(notes, PlanNote::Severity::Info, QStringLiteral("efficiency")));
    }

    void moreThanTheHostHasIsAnError()
    {
        VmSpec::Cpu cpu;
        const PlanNotes notes = PinningPlanner::plan(TestHosts::scan(QStringLiteral("article")).cpu, request(9, 1), cpu);
        QVERIFY(hasErrors(notes));
        QVERIFY(hasNote(notes, PlanNote::Severity::Error, QStringLiteral("8 threads")));
    }

    void largeHost()
    {
        // 2 sockets x 64 cores x 2 threads, numbered in halves, 8 NUMA nodes with an L3 each.
        const CpuTopology host = dualSocketHost();
        VmSpec::Cpu cpu;
        const PlanNotes notes = PinningPlanner::plan(host, request(30, 1), cpu);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(cpu.pins.size(), 30);
        QVERIFY(pairsAreSiblings(host, cpu));
        QCOMPARE(nodesOf(host, cpu.pins).size(), 1); // 15 cores fit in one node beside the reserved core
        QCOMPARE(cpu.emulatorPins, (Ids{0, 128}));
        QVERIFY(cpu.numaCells.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPinningPlanner)
#include "tst_pinningplanner.moc"
