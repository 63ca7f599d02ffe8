#include "host/hostscan.h"
#include "plan/memoryplanner.h"
#include "support/testhosts.h"

#include <QTest>

Q_DECLARE_METATYPE(VmSpec::HugepageSize)

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

    void hostKeepsEnough()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("article")); // 32 GiB: must keep 4 GiB
        VmSpec::Memory memory;
        QVERIFY(!hasErrors(MemoryPlanner::plan(scan.memory, scan.cpu, {28 * 1024, std::nullopt}, memory)));
        const PlanNotes notes = MemoryPlanner::plan(scan.memory, scan.cpu, {29 * 1024, std::nullopt}, memory);
        QVERIFY(hasErrors(notes));
        QVERIFY(notes.first().text.contains(QStringLiteral("28.0 GiB")));
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
