#include "host/hostscan.h"
#include "plan/pinningplanner.h"
#include "support/synthetichost.h"
#include "support/testhosts.h"

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

/// Every pair of vCPUs 2k, 2k+1 sits on SMT siblings of one core.
bool pairsAreSiblings(const CpuTopology &host, const VmSpec::Cpu &cpu)
{
    for (qsizetype v = 0; v + 1 < cpu.pins.size(); v += 2)
        if (!host.thread(cpu.pins[v])->siblings.contains(cpu.pins[v + 1]))
            return false;
    return true;
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
        QTest::newRow("article no reserve") << "article" << 4 << 0 << Ids{0, 4, 1, 5} << Ids{0, 4} << Ids{1, 2, 2};
        // Ryzen: adjacent siblings; 8 vCPUs fit the second core complex whole.
        QTest::newRow("ryzen 8") << "ryzen" << 8 << 1 << Ids{8, 9, 10, 11, 12, 13, 14, 15} << Ids{0, 1} << Ids{1, 4, 2};
        QTest::newRow("ryzen 6") << "ryzen" << 6 << 1 << Ids{2, 3, 4, 5, 6, 7} << Ids{0, 1} << Ids{1, 3, 2};
        // Hybrid: performance cores first; CPU 19 is offline.
        QTest::newRow("hybrid 12") << "hybrid" << 12 << 1 << Ids{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13} << Ids{0, 1} << Ids{1, 6, 2};
        QTest::newRow("hybrid default") << "hybrid" << 0 << 1 << Ids{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15} << Ids{0, 1} << Ids{1, 7, 2};
        // No SMT, mask-only kernel.
        QTest::newRow("no-iommu default") << "no-iommu" << 0 << 1 << Ids{1, 2, 3} << Ids{0} << Ids{1, 3, 1};
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
        const PlanNotes notes = PinningPlanner::plan(scan.cpu, {vcpus, reserved}, cpu);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(cpu.pins, pins);
        QCOMPARE(cpu.vcpus, int(pins.size()));
        QCOMPARE(cpu.emulatorPins, emulator);
        QCOMPARE(cpu.iothreadPins, emulator);
        QCOMPARE((Ids{cpu.sockets, cpu.cores, cpu.threads}), topology);
        QCOMPARE(cpu.sockets * cpu.dies * cpu.cores * cpu.threads, cpu.vcpus);
        if (cpu.threads == 2)
            QVERIFY(pairsAreSiblings(scan.cpu, cpu));
        QCOMPARE(cpu.amdTopoext, scan.cpu.isAmd() && cpu.threads > 1);
    }

    void everyThreadWarnsThatTheHostKeepsNothing()
    {
        VmSpec::Cpu cpu;
        const PlanNotes notes = PinningPlanner::plan(TestHosts::scan(QStringLiteral("article")).cpu, {8, 1}, cpu);
        QVERIFY(hasNote(notes, PlanNote::Severity::Warning, QStringLiteral("host keeps no core")));
        VmSpec::Cpu fewer;
        QVERIFY(!hasNote(PinningPlanner::plan(TestHosts::scan(QStringLiteral("article")).cpu, {6, 1}, fewer),
                         PlanNote::Severity::Warning, QStringLiteral("host keeps no core")));
    }

    void crossingCacheDomainsWarns()
    {
        VmSpec::Cpu cpu;
        const PlanNotes notes = PinningPlanner::plan(TestHosts::scan(QStringLiteral("ryzen")).cpu, {12, 1}, cpu);
        QVERIFY(hasNote(notes, PlanNote::Severity::Warning, QStringLiteral("L3")));
        QVERIFY(pairsAreSiblings(TestHosts::scan(QStringLiteral("ryzen")).cpu, cpu));
    }

    void efficiencyCoresOnlyWhenNeeded()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("hybrid"));
        VmSpec::Cpu cpu;
        const PlanNotes notes = PinningPlanner::plan(scan.cpu, {17, 1}, cpu);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(cpu.pins.size(), 17);
        QVERIFY(cpu.pins.contains(16));
        QVERIFY(!cpu.pins.contains(19)); // offline
        QVERIFY(hasNote(notes, PlanNote::Severity::Info, QStringLiteral("efficiency")));
    }

    void moreThanTheHostHasIsAnError()
    {
        VmSpec::Cpu cpu;
        const PlanNotes notes = PinningPlanner::plan(TestHosts::scan(QStringLiteral("article")).cpu, {9, 1}, cpu);
        QVERIFY(hasErrors(notes));
        QVERIFY(hasNote(notes, PlanNote::Severity::Error, QStringLiteral("8 threads")));
    }

    void largeHost()
    {
        // 2 sockets x 64 cores x 2 threads, numbered in halves, 8 NUMA nodes with an L3 each.
        const CpuTopology host = dualSocketHost();
        VmSpec::Cpu cpu;
        const PlanNotes notes = PinningPlanner::plan(host, {30, 1}, cpu);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(cpu.pins.size(), 30);
        QVERIFY(pairsAreSiblings(host, cpu));
        QSet<int> nodes;
        for (int pin : cpu.pins)
            nodes.insert(host.thread(pin)->node);
        QCOMPARE(nodes.size(), 1); // 15 cores fit in one node beside the reserved core
        QCOMPARE(cpu.emulatorPins, (Ids{0, 128}));
    }
};

QTEST_GUILESS_MAIN(TestPinningPlanner)
#include "tst_pinningplanner.moc"
