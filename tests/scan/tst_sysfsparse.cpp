#include "scan/sysfsparse.h"
#include "util/cpulist.h"

#include <QTest>

using IdList = QList<int>;

class TestSysfsParse final : public QObject
{
    Q_OBJECT

private slots:
    void cpuList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<IdList>("ids");
        QTest::newRow("empty") << "" << true << IdList{};
        QTest::newRow("newline only") << "\n" << true << IdList{};
        QTest::newRow("single") << "5" << true << IdList{5};
        QTest::newRow("range") << "0-3" << true << IdList{0, 1, 2, 3};
        QTest::newRow("two ranges") << "0-1,8-9" << true << IdList{0, 1, 8, 9};
        QTest::newRow("unsorted, overlapping") << "8,0-2,1" << true << IdList{0, 1, 2, 8};
        QTest::newRow("trailing newline") << "0-1\n" << true << IdList{0, 1};
        QTest::newRow("big ids") << "254-255" << true << IdList{254, 255};
        QTest::newRow("reversed range") << "3-1" << false << IdList{};
        QTest::newRow("garbage") << "zero" << false << IdList{};
        QTest::newRow("half range") << "0-" << false << IdList{};
        QTest::newRow("negative") << "-1" << false << IdList{};
        QTest::newRow("empty part") << "0,,1" << false << IdList{};
        QTest::newRow("absurd id") << "0-99999999" << false << IdList{};
        // Found by fuzzing: overlapping ranges asked for gigabytes (a few bytes, 400 MB, seconds).
        QTest::newRow("overlapping huge ranges") << "0-60000,0-60000,0-60000" << false << IdList{};
        QTest::newRow("more CPUs than can exist") << "0-70000" << false << IdList{};
        QTest::newRow("the largest machine") << "0-8191" << true << [] { IdList all; for (int i = 0; i < 8192; ++i) all << i; return all; }();
    }
    void cpuList()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(IdList, ids);
        const auto parsed = CpuList::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, ids);
    }

    void formatCpuList_data()
    {
        QTest::addColumn<IdList>("ids");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << IdList{} << "";
        QTest::newRow("one") << IdList{7} << "7";
        QTest::newRow("runs") << IdList{0, 1, 2, 3, 8, 9, 10, 11} << "0-3,8-11";
        QTest::newRow("unsorted duplicates") << IdList{3, 1, 2, 1} << "1-3";
        QTest::newRow("pairs") << IdList{0, 2, 4} << "0,2,4";
    }
    void formatCpuList()
    {
        QFETCH(IdList, ids);
        QFETCH(QString, text);
        QCOMPARE(CpuList::format(ids), text);
        QCOMPARE(*CpuList::parse(text), CpuList::parse(CpuList::format(ids)).value());
    }

    void cpuMask_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<IdList>("ids");
        QTest::newRow("one word") << "ff" << true << IdList{0, 1, 2, 3, 4, 5, 6, 7};
        QTest::newRow("siblings split halves") << "00000011" << true << IdList{0, 4};
        QTest::newRow("two words") << "00000001,00000000" << true << IdList{32};
        QTest::newRow("zero") << "00000000" << true << IdList{};
        QTest::newRow("newline") << "3\n" << true << IdList{0, 1};
        QTest::newRow("garbage") << "xyz" << false << IdList{};
        QTest::newRow("empty") << "" << false << IdList{};
        QTest::newRow("word too long") << "123456789" << false << IdList{};
        QTest::newRow("empty word") << "ff,,ff" << false << IdList{};
    }
    void cpuMask()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(IdList, ids);
        const auto parsed = CpuList::parseMask(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, ids);
            QCOMPARE(CpuList::parseMask(CpuList::formatMask(ids)).value(), ids);
        }
    }

    void meminfo()
    {
        const QByteArray text = "MemTotal:       32768000 kB\nMemAvailable:   1000 kB\n"
                                "HugePages_Total:      24\nHugepagesize:    1048576 kB\nBroken line\n"
                                "Weird:   notanumber kB\n";
        const auto fields = SysfsParse::meminfo(text);
        QCOMPARE(fields.value(QStringLiteral("MemTotal")), 32768000);
        QCOMPARE(fields.value(QStringLiteral("MemAvailable")), 1000);
        QCOMPARE(fields.value(QStringLiteral("HugePages_Total")), 24);
        QCOMPARE(fields.value(QStringLiteral("Hugepagesize")), 1048576);
        QVERIFY(!fields.contains(QStringLiteral("Weird")));
        QVERIFY(!fields.contains(QStringLiteral("Broken line")));
    }

    void cpuinfo()
    {
        const QByteArray text = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD Ryzen 7 3700X 8-Core Processor\n"
                                "flags\t\t: fpu svm topoext pdpe1gb\n\nprocessor\t: 1\nvendor_id\t: Other\nflags\t\t: none\n";
        const auto fields = SysfsParse::cpuinfo(text);
        QCOMPARE(fields.vendor, QStringLiteral("AuthenticAMD"));
        QCOMPARE(fields.model, QStringLiteral("AMD Ryzen 7 3700X 8-Core Processor"));
        QCOMPARE(fields.flags, (QStringList{"fpu", "svm", "topoext", "pdpe1gb"}));
        QCOMPARE(SysfsParse::cpuinfo("garbage without colons").vendor, QString());
    }

    void keyValueLines()
    {
        const auto values = SysfsParse::keyValueLines("DRIVER=nvidia\nPCI_ID=10DE:1B80\nNAME=\"NixOS\"\nnoequals\n=novalue\n");
        QCOMPARE(values.value(QStringLiteral("DRIVER")), QStringLiteral("nvidia"));
        QCOMPARE(values.value(QStringLiteral("PCI_ID")), QStringLiteral("10DE:1B80"));
        QCOMPARE(values.value(QStringLiteral("NAME")), QStringLiteral("NixOS"));
        QCOMPARE(values.size(), 3);
    }

    void defaultRoute()
    {
        const QByteArray table =
            "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
            "wlan0\t00000000\t0100A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
            "eno2\t00000000\t0100A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
            "down0\t00000000\t0100A8C0\t0002\t0\t0\t1\t00000000\t0\t0\t0\n"
            "eno2\t0000A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n";
        QCOMPARE(SysfsParse::defaultRouteInterface(table), QStringLiteral("eno2"));
        QCOMPARE(SysfsParse::defaultRouteInterface("Iface\tDestination\n"), QString());
        QCOMPARE(SysfsParse::defaultRouteInterface("garbage"), QString());
    }

    void udevProperties()
    {
        const auto properties = SysfsParse::udevProperties("S:disk/by-id/x\nE:ID_FS_TYPE=zfs_member\nE:ID_FS_LABEL=tank\nG:systemd\nE:BROKEN\n");
        QCOMPARE(properties.value(QStringLiteral("ID_FS_TYPE")), QStringLiteral("zfs_member"));
        QCOMPARE(properties.value(QStringLiteral("ID_FS_LABEL")), QStringLiteral("tank"));
        QCOMPARE(properties.size(), 2);
    }

    void hugepageDirSize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("size");
        QTest::newRow("2M") << "hugepages-2048kB" << qint64(2048);
        QTest::newRow("1G") << "hugepages-1048576kB" << qint64(1048576);
        QTest::newRow("other file") << "nr_hugepages" << qint64(-1);
        QTest::newRow("no number") << "hugepages-kB" << qint64(-1);
        QTest::newRow("zero") << "hugepages-0kB" << qint64(-1);
    }
    void hugepageDirSize()
    {
        QFETCH(QString, name);
        QFETCH(qint64, size);
        QCOMPARE(SysfsParse::hugepageDirSizeKiB(name).value_or(-1), size);
    }

    void cacheSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("kib");
        // As the kernel writes cache/index*/size: "%uK". An X3D part's two L3 domains.
        QTest::newRow("v-cache") << "98304K" << qint64(98304);
        QTest::newRow("plain ccd") << "32768K\n" << qint64(32768);
        QTest::newRow("lower case") << "512k" << qint64(512);
        QTest::newRow("mebibytes") << "96M" << qint64(98304);
        QTest::newRow("gibibyte") << "1G" << qint64(1048576);
        QTest::newRow("bytes") << "8388608" << qint64(8192);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("unit only") << "K" << qint64(-1);
        QTest::newRow("zero") << "0K" << qint64(-1);
        QTest::newRow("negative") << "-32K" << qint64(-1);
        QTest::newRow("garbage") << "big" << qint64(-1);
        QTest::newRow("absurd") << "99999999999999G" << qint64(-1);
    }
    void cacheSize()
    {
        QFETCH(QString, text);
        QFETCH(qint64, kib);
        QCOMPARE(SysfsParse::cacheSizeKiB(text).value_or(-1), kib);
    }
};

QTEST_GUILESS_MAIN(TestSysfsParse)
#include "tst_sysfsparse.moc"
