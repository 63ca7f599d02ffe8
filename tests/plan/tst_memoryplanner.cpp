#include "host/hostscan.h"
#include "plan/memoryplanner.h"
#include "plan/pinningplanner.h"
#include "support/testhosts.h"

#include <QTest>

Q_DECLARE_METATYPE(VmSpec::HugepageSize)

namespace {

using Ids = QList<int>;
using Pages = QMap<int, qint64>;

/// The pins the planner gives `vcpus` vCPUs on a host, its GPU's node considered.
VmSpec::Cpu pinned(const HostScan &scan, const char *gpu, int vcpus)
{
    VmSpec::Cpu cpu;
    const auto address = gpu ? PciAddress::parse(QString::fromLatin1(gpu)) : std::nullopt;
    PinningPlanner::plan(scan.cpu, PinningPlanner::requestFor(scan, address, vcpus, 1), cpu);
    return cpu;
}

} // namespace

class TestMemoryPlanner final : public QObject
{
    Q_OBJECT

private slots:
    void sizes_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<qint64>("sizeMiB");
        QTest::addColumn<VmSpec::HugepageSize>("expectedSize");
        QTest::addColumn<qint64>("count");
        QTest::newRow("article 24 GiB: the article's 24 x 1 GiB") << "article" << qint64(24 * 1024) << VmSpec::HugepageSize::Size1G << qint64(24);
        QTest::newRow("not whole GiB: 2 MiB pages") << "article" << qint64(8 * 1024 + 512) << VmSpec::HugepageSize::Size2M << qint64(4352);
        QTest::newRow("hybrid 16 GiB") << "hybrid" << qint64(16 * 1024) << VmSpec::HugepageSize::Size1G << qint64(16);
        QTest::newRow("ryzen 48 GiB") << "ryzen" << qint64(48 * 1024) << VmSpec::HugepageSize::Size1G << qint64(48);
    }
    void sizes()
    {
        QFETCH(QString, host);
        QFETCH(qint64, sizeMiB);
        QFETCH(VmSpec::HugepageSize, expectedSize);
        QFETCH(qint64, count);
        const HostScan scan = TestHosts::scan(host);
        VmSpec::Memory memory;
        const PlanNotes notes = MemoryPlanner::plan(scan.memory, scan.cpu, {sizeMiB, std::nullopt}, memory);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(memory.sizeMiB, sizeMiB);
        QCOMPARE(memory.hugepages, expectedSize);
        QCOMPARE(memory.hugepageCount, count);
    }

    void boundToTheVcpusNode_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("vcpus");
        QTest::addColumn<qint64>("sizeMiB");
        QTest::addColumn<Ids>("nodes");
        QTest::addColumn<Pages>("pages");
        // Node 1 has 63 GiB and keeps 10% for the host: 31 GiB (half of it by default) and
        // 48 GiB fit, 60 GiB do not and stay unbound.
        QTest::newRow("xeon2s default") << "xeon2s" << 16 << qint64(0) << Ids{1} << Pages{{1, 31}};
        QTest::newRow("xeon2s 48 GiB") << "xeon2s" << 16 << qint64(48 * 1024) << Ids{1} << Pages{{1, 48}};
        QTest::newRow("xeon2s 60 GiB") << "xeon2s" << 16 << qint64(60 * 1024) << Ids{} << Pages{};
        // 40 vCPUs: 30 on node 1, 10 on node 0; memory split as they are, in whole pages.
        QTest::newRow("xeon2s wide") << "xeon2s" << 40 << qint64(48 * 1024) << Ids{0, 1} << Pages{{0, 12}, {1, 36}};
        QTest::newRow("xeon2s wide 31") << "xeon2s" << 40 << qint64(31 * 1024) << Ids{0, 1} << Pages{{0, 8}, {1, 23}};
        // Opteron: node 0 has no memory; the planner's node 1 holds 7 GiB (half of it).
        QTest::newRow("opteron default") << "opteron" << 6 << qint64(0) << Ids{1} << Pages{{1, 7}};
        // One node: nothing to bind.
        QTest::newRow("x3d") << "x3d" << 16 << qint64(32 * 1024) << Ids{} << Pages{};
    }
    void boundToTheVcpusNode()
    {
        QFETCH(QString, host);
        QFETCH(int, vcpus);
        QFETCH(qint64, sizeMiB);
        QFETCH(Ids, nodes);
        QFETCH(Pages, pages);
        const HostScan scan = TestHosts::scan(host);
        const char *gpu = host == QLatin1String("xeon2s") ? "0000:af:00.0" : nullptr;
        VmSpec spec;
        spec.cpu = pinned(scan, gpu, vcpus);
        const PlanNotes notes = MemoryPlanner::plan(scan.memory, scan.cpu, {sizeMiB, std::nullopt, &spec.cpu}, spec.memory);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(spec.memory.hostNodes, nodes);
        QCOMPARE(spec.hugepagesPerNode(), pages);
        if (!pages.isEmpty()) {
            qint64 total = 0;
            for (qint64 n : pages)
                total += n;
            QCOMPARE(total, spec.memory.hugepageCount);
        }
        if (nodes.isEmpty() && scan.cpu.nodes().size() > 1) {
            bool warned = false;
            for (const PlanNote &n : notes)
                warned = warned || (n.severity == PlanNote::Severity::Warning && n.text.contains(QStringLiteral("do not fit on NUMA node")));
            QVERIFY(warned);
        }
    }

    void cellsSplitMemoryInWholePages()
    {
        VmSpec spec;
        spec.memory.sizeMiB = 31 * 1024;
        spec.memory.hugepages = VmSpec::HugepageSize::Size1G;
        spec.cpu.numaCells = {{{0, 1, 2}, 1}, {{3}, 0}};
        QCOMPARE(spec.cellMemoryMiB(0), 23 * 1024);
        QCOMPARE(spec.cellMemoryMiB(1), 8 * 1024); // the last cell takes what rounding leaves
        spec.memory.hugepages = VmSpec::HugepageSize::Size2M;
        spec.memory.sizeMiB = 1000;
        QCOMPARE(spec.cellMemoryMiB(0) % 2, 0);
        QCOMPARE(spec.cellMemoryMiB(0) + spec.cellMemoryMiB(1), 1000);
        QCOMPARE(spec.cellMemoryMiB(2), 0);
    }

    void vcpusOnANodeWithoutMemory()
    {
        // Pins forced onto the Opteron's node 0: memory from its package's node with memory.
        const HostScan scan = TestHosts::scan(QStringLiteral("opteron"));
        VmSpec::Cpu cpu;
        cpu.pins = {2, 3, 4, 5};
        QCOMPARE(MemoryPlanner::nodesFor(scan.memory, scan.cpu, cpu), Ids{1});
        cpu.pins = {18, 19};
        QCOMPARE(MemoryPlanner::nodesFor(scan.memory, scan.cpu, cpu), Ids{2});
    }

    void hostKeepsEnough()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("article")); // 32 GiB: must keep 4 GiB
        VmSpec::Memory memory;
        QVERIFY(!hasErrors(MemoryPlanner::plan(scan.memory, scan.cpu, {28 * 1024, std::nullopt}, memory)));
        const PlanNotes notes = MemoryPlanner::plan(scan.memory, scan.cpu, {29 * 1024, std::nullopt}, memory);
        QVERIFY(hasErrors(notes));
        QVERIFY(notes.first().text.contains(QStringLiteral("28.0 GiB")));
        // More than the host has at all: said so, with no negative amount left to the host.
        const PlanNotes tooMuch = MemoryPlanner::plan(scan.memory, scan.cpu, {40 * 1024, std::nullopt}, memory);
        QVERIFY(hasErrors(tooMuch));
        QVERIFY2(tooMuch.first().text.startsWith(QStringLiteral("40.0 GiB for the VM is more than the host's 32.0 GiB of RAM. Give the VM at most 28.0 GiB."))
                     && !tooMuch.first().text.contains(u'-'),
                 qPrintable(tooMuch.first().text));
        QCOMPARE(MemoryPlanner::hostReserveKiB(16LL << 20), 4LL << 20);   // 4 GiB beats 10% of 16 GiB
        QCOMPARE(MemoryPlanner::hostReserveKiB(512LL << 20), (512LL << 20) / 10); // 10% of 512 GiB
    }

    void withoutOneGigPages()
    {
        HostScan scan = TestHosts::scan(QStringLiteral("article"));
        scan.cpu.pdpe1gb = false;
        VmSpec::Memory memory;
        const PlanNotes notes = MemoryPlanner::plan(scan.memory, scan.cpu, {8192, VmSpec::HugepageSize::Size1G}, memory);
        QCOMPARE(memory.hugepages, VmSpec::HugepageSize::Size2M);
        QCOMPARE(memory.hugepageCount, 4096);
        QCOMPARE(notes.first().severity, PlanNote::Severity::Warning);
    }

    void reservedPagesAreSeen()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("hybrid")); // 1024 x 2 MiB reserved, free
        VmSpec::Memory memory;
        const PlanNotes notes = MemoryPlanner::plan(scan.memory, scan.cpu, {2048, VmSpec::HugepageSize::Size2M}, memory);
        QCOMPARE(memory.hugepageCount, 1024);
        QVERIFY(notes.last().text.contains(QStringLiteral("1024 of them free now")));
    }

    void offAndDefault()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("article"));
        VmSpec::Memory memory;
        MemoryPlanner::plan(scan.memory, scan.cpu, {4096, VmSpec::HugepageSize::Off}, memory);
        QCOMPARE(memory.hugepageCount, 0);
        MemoryPlanner::plan(scan.memory, scan.cpu, {0, std::nullopt}, memory);
        QCOMPARE(memory.sizeMiB, 16 * 1024); // half the host
    }
};

QTEST_GUILESS_MAIN(TestMemoryPlanner)
#include "tst_memoryplanner.moc"
