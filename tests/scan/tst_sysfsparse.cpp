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

    void mountinfo_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("mountPoint");
        QTest::addColumn<QString>("fsType");
        QTest::addColumn<QString>("source");
        QTest::newRow("root") << QByteArray("22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw")
                              << "259:2" << "/" << "/" << "ext4" << "/dev/nvme0n1p2";
        QTest::newRow("no optional fields") << QByteArray("30 22 8:1 / /home rw - ext4 /dev/sda1 rw")
                                            << "8:1" << "/" << "/home" << "ext4" << "/dev/sda1";
        QTest::newRow("two optional fields") << QByteArray("40 22 0:45 / /tank/media rw shared:7 master:2 - zfs tank/media rw,xattr")
                                             << "0:45" << "/" << "/tank/media" << "zfs" << "tank/media";
        QTest::newRow("bind mount") << QByteArray("25 22 259:2 /nix/store /nix/store ro shared:2 - ext4 /dev/nvme0n1p2 rw")
                                    << "259:2" << "/nix/store" << "/nix/store" << "ext4" << "/dev/nvme0n1p2";
        QTest::newRow("space in the mount point") << QByteArray("50 22 8:17 / /media/My\\040Disk rw - vfat /dev/sdb1 rw")
                                                  << "8:17" << "/" << "/media/My Disk" << "vfat" << "/dev/sdb1";
        QTest::newRow("backslash, tab and newline escaped") << QByteArray("51 22 8:18 / /a\\134b\\011c\\012d rw - ext4 /dev/sdb2 rw")
                                                            << "8:18" << "/" << "/a\\b\tc\nd" << "ext4" << "/dev/sdb2";
        QTest::newRow("no separator") << QByteArray("22 1 259:2 / / rw,relatime shared:1 ext4 /dev/nvme0n1p2 rw")
                                      << "" << "" << "" << "" << "";
        QTest::newRow("separator too early") << QByteArray("22 1 - ext4 x rw") << "" << "" << "" << "" << "";
        QTest::newRow("no device number") << QByteArray("22 1 nodev / / rw - ext4 /dev/x rw") << "" << "" << "" << "" << "";
        QTest::newRow("nothing after the separator") << QByteArray("22 1 8:1 / / rw - ext4") << "" << "" << "" << "" << "";
        QTest::newRow("empty") << QByteArray("") << "" << "" << "" << "" << "";
    }
    void mountinfo()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, device);
        QFETCH(QString, root);
        QFETCH(QString, mountPoint);
        QFETCH(QString, fsType);
        QFETCH(QString, source);
        const QList<SysfsParse::MountEntry> entries = SysfsParse::mountinfo(line + "\n");
        if (device.isEmpty()) {
            QVERIFY(entries.isEmpty());
            return;
        }
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].device, device);
        QCOMPARE(entries[0].root, root);
        QCOMPARE(entries[0].mountPoint, mountPoint);
        QCOMPARE(entries[0].fsType, fsType);
        QCOMPARE(entries[0].source, source);
    }

    void mounts()
    {
        const auto entries = SysfsParse::mounts("rootfs / rootfs rw 0 0\n/dev/sda1 /mnt/a\\040b ext4 rw 0 0\nshort line\n\n");
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1].source, QStringLiteral("/dev/sda1"));
        QCOMPARE(entries[1].mountPoint, QStringLiteral("/mnt/a b"));
        QCOMPARE(entries[1].fsType, QStringLiteral("ext4"));
        QVERIFY(entries[1].device.isEmpty());
    }

    void swaps_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QStringList>("types");
        const QByteArray header = "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n";
        QTest::newRow("none") << header << QStringList{} << QStringList{};
        QTest::newRow("partition and file")
            << header + "/dev/nvme0n1p3                          partition\t33554428\t0\t\t-2\n/swapfile                               file\t\t8388604\t\t0\t\t-3\n"
            << QStringList{"/dev/nvme0n1p3", "/swapfile"} << QStringList{"partition", "file"};
        QTest::newRow("escaped space") << header + "/swap\\040file file 1024 0 -2\n" << QStringList{"/swap file"} << QStringList{"file"};
        QTest::newRow("no header line") << QByteArray("/dev/sda2 partition 1 0 -2\n") << QStringList{} << QStringList{};
        QTest::newRow("garbage") << header + "lonely\n\n" << QStringList{} << QStringList{};
    }
    void swaps()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, paths);
        QFETCH(QStringList, types);
        QStringList gotPaths, gotTypes;
        for (const SysfsParse::SwapEntry &entry : SysfsParse::swaps(text)) {
            gotPaths << entry.path;
            gotTypes << entry.type;
        }
        QCOMPARE(gotPaths, paths);
        QCOMPARE(gotTypes, types);
    }

    void inputKind_data()
    {
        QTest::addColumn<QByteArray>("ev");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("rel");
        QTest::addColumn<int>("kind");
        const int other = int(SysfsParse::InputKind::Other), keyboard = int(SysfsParse::InputKind::Keyboard),
                  mouse = int(SysfsParse::InputKind::Mouse);
        // Real capabilities from /sys/class/input/*/capabilities of the devices named.
        QTest::newRow("USB keyboard") << QByteArray("120013") << QByteArray("1000000000007 ff9f207ac14057ff febeffdfffefffff fffffffffffffffe")
                                      << QByteArray("0") << keyboard;
        QTest::newRow("USB mouse") << QByteArray("17") << QByteArray("1f0000 0 0 0 0") << QByteArray("903") << mouse;
        QTest::newRow("power button") << QByteArray("3") << QByteArray("10000000000000 0") << QByteArray("") << other;
        QTest::newRow("consumer control keys") << QByteArray("13") << QByteArray("1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 ffff 0") << QByteArray("") << other;
        QTest::newRow("touchpad (absolute)") << QByteArray("b") << QByteArray("e520 10000 0 0 0 0") << QByteArray("") << other;
        QTest::newRow("relative without a button") << QByteArray("5") << QByteArray("") << QByteArray("3") << other;
        QTest::newRow("keys without EV_KEY") << QByteArray("1") << QByteArray("fffffffffffffffe") << QByteArray("") << other;
        QTest::newRow("garbage") << QByteArray("zz") << QByteArray("not hex") << QByteArray("?") << other;
        QTest::newRow("word too long") << QByteArray("3") << QByteArray("1fffffffffffffffff") << QByteArray("") << other;
        QTest::newRow("empty") << QByteArray() << QByteArray() << QByteArray() << other;
    }
    void inputKind()
    {
        QFETCH(QByteArray, ev);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, rel);
        QFETCH(int, kind);
        QCOMPARE(int(SysfsParse::inputKind(ev, key, rel)), kind);
    }

    void inputBitmap()
    {
        const auto words = SysfsParse::inputBitmap("1f0000 0 0 0 0\n");
        QVERIFY(words);
        QCOMPARE(words->size(), 5);
        QVERIFY(SysfsParse::bitmapHas(*words, 0x110));
        QVERIFY(!SysfsParse::bitmapHas(*words, 0x10f));
        QVERIFY(!SysfsParse::bitmapHas(*words, 400));
        QVERIFY(!SysfsParse::bitmapHas(*words, -1));
        QVERIFY(!SysfsParse::inputBitmap("1 x 0"));
    }

    void lastPciAddress_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("address");
        QTest::newRow("NVMe disk") << "/sys/devices/pci0000:00/0000:00:1d.0/0000:05:00.0/nvme/nvme0/nvme0n1" << "0000:05:00.0";
        QTest::newRow("SATA disk") << "/sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sda" << "0000:00:17.0";
        QTest::newRow("USB input") << "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/0003:046D:C31C.0001/input/input3"
                                   << "0000:00:14.0";
        QTest::newRow("DRM card") << "/sys/devices/pci0000:00/0000:00:03.1/0000:09:00.0/0000:0a:00.0/0000:0b:00.0/drm/card0"
                                  << "0000:0b:00.0";
        QTest::newRow("virtual") << "/sys/devices/virtual/block/dm-0" << "";
        QTest::newRow("platform framebuffer") << "/sys/devices/platform/simple-framebuffer.0/drm/card0" << "";
        QTest::newRow("PS/2 keyboard") << "/sys/devices/platform/i8042/serio0/input/input2" << "";
        QTest::newRow("empty") << "" << "";
    }
    void lastPciAddress()
    {
        QFETCH(QString, path);
        QFETCH(QString, address);
        const auto found = SysfsParse::lastPciAddress(path);
        QCOMPARE(found ? found->toString() : QString(), address);
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
