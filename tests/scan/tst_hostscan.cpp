#include "host/hostscanjson.h"
#include "scan/hostscanner.h"
#include "support/testhosts.h"

#include <QJsonArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const Gpu *gpuAt(const HostScan &scan, const char *address)
{
    for (const Gpu &gpu : scan.gpus)
        if (gpu.address.toString() == QLatin1String(address))
            return &gpu;
    return nullptr;
}

const BlockDevice *disk(const HostScan &scan, const char *name)
{
    for (const BlockDevice &d : scan.storage)
        if (d.name == QLatin1String(name))
            return &d;
    return nullptr;
}

QList<PciAddress> addresses(std::initializer_list<const char *> texts)
{
    QList<PciAddress> list;
    for (const char *text : texts)
        list.append(*PciAddress::parse(QString::fromLatin1(text)));
    return list;
}

} // namespace

class TestHostScan final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("host");
        for (const QString &name : TestHosts::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void golden()
    {
        QFETCH(QString, host);
        const HostScan scan = TestHosts::scan(host);
        QVERIFY2(scan.warnings.isEmpty(), qPrintable(scan.warnings.join(u'\n')));
        const QString difference = TestHosts::compareWithGolden(QJsonDocument::fromJson(HostScanJson::toJson(scan)).object(),
                                                                TestHosts::root(host) + QStringLiteral("/expected-scan.json"));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void articleMachine()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("article"));
        QCOMPARE(scan.cpu.threads.size(), 8);
        QCOMPARE(scan.cpu.sockets(), 1);
        QCOMPARE(scan.cpu.coresPerSocket(), 4);
        QCOMPARE(scan.cpu.threadsPerCore(), 2);
        QCOMPARE(scan.cpu.thread(0)->siblings, (QList<int>{0, 4}));
        QCOMPARE(scan.cpu.thread(7)->siblings, (QList<int>{3, 7}));
        QVERIFY(scan.cpu.isIntel() && scan.cpu.vmx && scan.cpu.pdpe1gb && !scan.cpu.isHybrid());
        QCOMPARE(scan.memory.totalKiB, 32 * 1024 * 1024);

        QVERIFY(scan.iommu.enabled);
        QVERIFY(scan.iommu.enabledOnCommandLine);
        QCOMPARE(scan.gpus.size(), 2);
        const Gpu *gtx = gpuAt(scan, "0000:04:00.0");
        QVERIFY(gtx);
        QCOMPARE(gtx->functions, addresses({"0000:04:00.0", "0000:04:00.1"}));
        QVERIFY(!gtx->bootVga);
        QCOMPARE(gtx->driver, QStringLiteral("nouveau"));
        QCOMPARE(gtx->vendorId, 0x10de);
        const IommuGroup *group = scan.iommu.group(gtx->iommuGroup.value());
        QVERIFY(group && group->safe);
        QCOMPARE(group->devices, addresses({"0000:00:1c.4", "0000:04:00.0", "0000:04:00.1"}));
        QVERIFY(gpuAt(scan, "0000:00:02.0")->bootVga);
        QCOMPARE(scan.pciDevice(*PciAddress::parse(u"0000:04:00.0"))->parentBridge->toString(), QStringLiteral("0000:00:1c.4"));
        QVERIFY(!scan.pciDevice(*PciAddress::parse(u"0000:00:16.0"))->resettable);

        const NetInterface *eno2 = scan.interface(QStringLiteral("eno2"));
        QVERIFY(eno2 && eno2->physical && eno2->state == QLatin1String("up") && eno2->speedMbps == 1000);
        QCOMPARE(eno2->pciDevice->toString(), QStringLiteral("0000:03:00.0"));
        QVERIFY(scan.interface(QStringLiteral("virbr0"))->bridge);
        QVERIFY(!scan.interface(QStringLiteral("virbr0"))->physical);

        QVERIFY(disk(scan, "sda")->rotational);
        QCOMPARE(disk(scan, "sda")->path, QStringLiteral("/dev/disk/by-id/ata-ST2000DM001-1ER164_Z4Z2ABCD"));
        QVERIFY(!disk(scan, "nvme0n1")->rotational);
        QCOMPARE(disk(scan, "zd0")->kind, BlockDevice::Kind::Zvol);
        QCOMPARE(disk(scan, "zd0")->pool, QStringLiteral("tank"));
        QCOMPARE(disk(scan, "zd0")->path, QStringLiteral("/dev/zvol/tank/win10"));
        QCOMPARE(disk(scan, "zd0")->sizeBytes, qint64(200) << 30);
        // The zvol says it is not rotational; its pool sits on the HDD (with SSD cache and log).
        QVERIFY(!disk(scan, "zd0")->rotational);
        QVERIFY(disk(scan, "zd0")->backedByRotational);
        QCOMPARE(disk(scan, "nvme0n1")->zfsPools, QStringList{QStringLiteral("tank")});
        QVERIFY(eno2->defaultRoute);
        QVERIFY(!scan.interface(QStringLiteral("eno1"))->defaultRoute);
    }

    void ryzenSharedGroupAndAdjacentSiblings()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("ryzen"));
        QVERIFY(scan.cpu.isAmd() && scan.cpu.svm && scan.cpu.topoext);
        QCOMPARE(scan.cpu.thread(0)->siblings, (QList<int>{0, 1}));
        QCOMPARE(scan.cpu.thread(15)->siblings, (QList<int>{14, 15}));
        QCOMPARE(scan.cpu.thread(7)->l3, 0);
        QCOMPARE(scan.cpu.thread(8)->l3, 1);
        QCOMPARE(scan.cpu.coresPerSocket(), 8);

        const Gpu *radeon = gpuAt(scan, "0000:05:00.0");
        QVERIFY(radeon);
        const IommuGroup *shared = scan.iommu.group(*radeon->iommuGroup);
        QVERIFY(!shared->safe);
        QCOMPARE(shared->spoilers, addresses({"0000:02:00.0", "0000:02:00.1", "0000:04:00.0"}));

        const Gpu *rtx = gpuAt(scan, "0000:06:00.0");
        QVERIFY(rtx->bootVga);
        QCOMPARE(rtx->functions, addresses({"0000:06:00.0", "0000:06:00.1", "0000:06:00.2", "0000:06:00.3"}));
        QVERIFY(scan.iommu.group(*rtx->iommuGroup)->safe);
        QCOMPARE(scan.iommu.enableParameter, QStringLiteral("amd_iommu=on"));
        QVERIFY(scan.iommu.passthroughMode);

        QCOMPARE(scan.interface(QStringLiteral("br0"))->members, QStringList{QStringLiteral("enp4s0")});
        QCOMPARE(scan.interface(QStringLiteral("enp4s0"))->master, QStringLiteral("br0"));
        QCOMPARE(disk(scan, "dm-0")->kind, BlockDevice::Kind::Lvm);
        QCOMPARE(disk(scan, "dm-0")->path, QStringLiteral("/dev/vg0/win11"));
        QCOMPARE(disk(scan, "dm-0")->backing, QStringList{QStringLiteral("nvme0n1p3")});
        QCOMPARE(disk(scan, "dm-1")->volumeName, QStringLiteral("nix-store")); // "--" in dm names is one dash
        QVERIFY(!disk(scan, "dm-0")->backedByRotational);
        QVERIFY(scan.interface(QStringLiteral("br0"))->defaultRoute);
    }

    void hostWithoutIommuAndOldKernel()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("no-iommu"));
        QVERIFY(!scan.iommu.enabled);
        QVERIFY(!scan.iommu.enabledOnCommandLine);
        QCOMPARE(scan.iommu.enableParameter, QStringLiteral("intel_iommu=on"));
        QVERIFY(scan.iommu.groups.isEmpty());
        QCOMPARE(scan.pci.size(), 8);
        QVERIFY(!scan.pci.first().iommuGroup.has_value());
        // Mask files only (thread_siblings, shared_cpu_map) and no NUMA directory.
        QCOMPARE(scan.cpu.threads.size(), 4);
        for (const CpuThread &t : scan.cpu.threads) {
            QCOMPARE(t.siblings, QList<int>{t.id});
            QCOMPARE(t.l3, 0);
            QCOMPARE(t.node, 0);
        }
        QCOMPARE(scan.cpu.threadsPerCore(), 1);
    }

    void hybridWithOfflineCpu()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("hybrid"));
        QCOMPARE(scan.cpu.threads.size(), 19);
        QVERIFY(!scan.cpu.thread(19));
        QVERIFY(scan.cpu.isHybrid());
        for (const CpuThread &t : scan.cpu.threads)
            QCOMPARE(t.kind, t.id < 16 ? CoreKind::Performance : CoreKind::Efficiency);
        QCOMPARE(scan.cpu.thread(3)->siblings, (QList<int>{2, 3}));
        QCOMPARE(scan.cpu.thread(17)->siblings, QList<int>{17});
        QCOMPARE(scan.cpu.physicalCores(), 11);
        QCOMPARE(scan.memory.hugepages.size(), 2);
        QCOMPARE(scan.memory.hugepages[0].sizeKiB, 2048);
        QCOMPARE(scan.memory.hugepages[0].total, 1024);
        QCOMPARE(scan.memory.nodeHugepages[0].node, 0);
        QCOMPARE(scan.commandLine.value(u"hugepages"), QStringLiteral("1024"));
    }

    void hostUses_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("device"); ///< a block device's kernel name or a PCI address
        QTest::addColumn<QStringList>("uses");
        const QString tank = QStringLiteral("ZFS pool tank (/tank/media, zvol tank/win10)");
        QTest::newRow("article: the system SSD") << "article" << "nvme0n1" << QStringList{"/boot", "/", tank};
        QTest::newRow("article: / without its bind mount") << "article" << "nvme0n1p2" << QStringList{"/"};
        QTest::newRow("article: the pool's cache partition") << "article" << "nvme0n1p3" << QStringList{tank};
        QTest::newRow("article: the pool's HDD") << "article" << "sda" << QStringList{tank};
        QTest::newRow("article: the zvol itself is free") << "article" << "zd0" << QStringList{};
        QTest::newRow("article: boot iGPU with a monitor") << "article" << "0000:00:02.0" << QStringList{"display (HDMI-A-1)"};
        QTest::newRow("article: the GTX 1080 drives nothing") << "article" << "0000:04:00.0" << QStringList{};
        QTest::newRow("article: keyboard and mouse") << "article" << "0000:00:14.0"
                                                     << QStringList{"keyboard (Logitech USB Keyboard)", "mouse (Logitech USB Optical Mouse)"};
        QTest::newRow("article: SATA controller") << "article" << "0000:00:17.0" << QStringList{"disk sda (" + tank + ")"};
        QTest::newRow("article: NVMe controller") << "article" << "0000:05:00.0" << QStringList{"disk nvme0n1 (/boot, /, " + tank + ")"};
        QTest::newRow("article: the default route") << "article" << "0000:03:00.0" << QStringList{"NIC eno2 (default route)"};
        QTest::newRow("article: the NIC without it") << "article" << "0000:00:1f.6" << QStringList{};

        QTest::newRow("ryzen: root on ZFS, LVM for the store") << "ryzen" << "nvme0n1"
            << QStringList{"/boot", "ZFS pool rpool (/, /var, zvol rpool/swap)", "LVM vg0 (/nix/store)"};
        QTest::newRow("ryzen: the PV") << "ryzen" << "nvme0n1p3" << QStringList{"LVM vg0 (/nix/store)"};
        QTest::newRow("ryzen: the mounted LV") << "ryzen" << "dm-1" << QStringList{"/nix/store"};
        QTest::newRow("ryzen: the VM's LV is free") << "ryzen" << "dm-0" << QStringList{};
        QTest::newRow("ryzen: swap on a zvol") << "ryzen" << "zd0" << QStringList{"swap rpool/swap"};
        QTest::newRow("ryzen: /home on the chipset SATA") << "ryzen" << "sda" << QStringList{"/home"};
        QTest::newRow("ryzen: chipset SATA controller") << "ryzen" << "0000:02:00.1" << QStringList{"disk sda (/home)"};
        QTest::newRow("ryzen: chipset USB") << "ryzen" << "0000:02:00.0"
                                            << QStringList{"keyboard (Cherry GmbH CHERRY Corded Device)", "mouse (Logitech G305)"};
        QTest::newRow("ryzen: the bridge's port") << "ryzen" << "0000:04:00.0" << QStringList{"NIC enp4s0 (default route through br0)"};
        QTest::newRow("ryzen: the RX 580 shows the desktop") << "ryzen" << "0000:05:00.0" << QStringList{"display (HDMI-A-1)"};
        QTest::newRow("ryzen: the boot RTX 2070 drives nothing") << "ryzen" << "0000:06:00.0" << QStringList{};

        QTest::newRow("twins: the host's card") << "twins" << "0000:0b:00.0" << QStringList{"display (DP-1)"};
        QTest::newRow("twins: the VM's card") << "twins" << "0000:0e:00.0" << QStringList{};
        QTest::newRow("twins: swap partition") << "twins" << "nvme0n1" << QStringList{"/boot", "/", "swap nvme0n1p3"};

        const QString md1 = QStringLiteral("RAID md1 (/, /home, swap data/swap)");
        QTest::newRow("raid: a member disk") << "raid" << "sda" << QStringList{"RAID md0 (/boot)", md1};
        QTest::newRow("raid: md0") << "raid" << "md0" << QStringList{"/boot"};
        QTest::newRow("raid: md1 under LUKS") << "raid" << "md1" << QStringList{"dm-crypt cryptdata (/, /home, swap data/swap)"};
        QTest::newRow("raid: the LUKS mapping") << "raid" << "dm-0" << QStringList{"LVM data (/, /home, swap data/swap)"};
        QTest::newRow("raid: the swap LV") << "raid" << "dm-3" << QStringList{"swap data/swap"};
        QTest::newRow("raid: the VM's LV is free") << "raid" << "dm-4" << QStringList{};
        QTest::newRow("raid: the spare SSD is free") << "raid" << "sdc" << QStringList{};
        QTest::newRow("raid: SATA controller") << "raid" << "0000:00:17.0"
                                               << QStringList{"disk sda (RAID md0 (/boot), " + md1 + ")", "disk sdb (RAID md0 (/boot), " + md1 + ")"};

        QTest::newRow("no-iommu: / through /proc/mounts and by-uuid") << "no-iommu" << "sda1" << QStringList{"/"};
        QTest::newRow("no-iommu: boot GPU without KMS") << "no-iommu" << "0000:00:02.0" << QStringList{"display (boot console)"};
        QTest::newRow("hybrid: the HDD is free") << "hybrid" << "sda" << QStringList{};
    }
    void hostUses()
    {
        QFETCH(QString, host);
        QFETCH(QString, device);
        QFETCH(QStringList, uses);
        const HostScan scan = TestHosts::scan(host);
        if (const auto address = PciAddress::parse(device)) {
            const PciDevice *pci = scan.pciDevice(*address);
            QVERIFY(pci);
            QCOMPARE(HostUse::words(pci->hostUses), uses);
        } else {
            const BlockDevice *block = disk(scan, qPrintable(device));
            QVERIFY(block);
            QCOMPARE(HostUse::words(block->hostUses), uses);
        }
    }

    void x3dCacheDomains()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("x3d"));
        QCOMPARE(scan.cpu.threads.size(), 32);
        QCOMPARE(scan.cpu.thread(0)->siblings, (QList<int>{0, 16}));
        QCOMPARE(scan.cpu.thread(0)->l3KiB, 96 * 1024); // CCD0: the V-Cache
        QCOMPARE(scan.cpu.thread(23)->l3KiB, 96 * 1024);
        QCOMPARE(scan.cpu.thread(8)->l3KiB, 32 * 1024);
        QCOMPARE(scan.cpu.thread(31)->l3KiB, 32 * 1024);
        QVERIFY(scan.cpu.l3SizesDiffer());
        QCOMPARE(scan.cpu.largestL3KiB(), 96 * 1024);
        QCOMPARE(scan.cpu.nodes(), QList<int>{0});
    }

    void twoSocketsWithTheGpuUnderTheSecond()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("xeon2s"));
        QCOMPARE(scan.cpu.sockets(), 2);
        QCOMPARE(scan.cpu.coresPerSocket(), 16);
        QCOMPARE(scan.cpu.physicalCores(), 32);
        QCOMPARE(scan.cpu.nodes(), (QList<int>{0, 1}));
        QCOMPARE(scan.cpu.thread(16)->siblings, (QList<int>{16, 48}));
        QCOMPARE(scan.cpu.thread(48)->node, 1);
        const Gpu *a4000 = gpuAt(scan, "0000:af:00.0");
        QVERIFY(a4000);
        QCOMPARE(a4000->numaNode, std::optional<int>(1));
        QCOMPARE(a4000->localCpus.size(), 32);
        QVERIFY(a4000->localCpus.contains(16) && a4000->localCpus.contains(63) && !a4000->localCpus.contains(0));
        QCOMPARE(scan.memory.nodeTotalKiB(1), 66030000);
        QVERIFY(scan.memory.nodeHasMemory(0) && scan.memory.nodeHasMemory(1));
    }

    void coreIdsThatRestartInEveryNode()
    {
        // Opteron 6276: core_id 0 names CPUs 0-1 (node 0) and 8-9 (node 1) of package 0. The
        // kernel's sibling sets are the cores; node 0 has no memory.
        const HostScan scan = TestHosts::scan(QStringLiteral("opteron"));
        QCOMPARE(scan.cpu.thread(0)->core, scan.cpu.thread(8)->core);
        QCOMPARE(scan.cpu.thread(0)->package, scan.cpu.thread(8)->package);
        QCOMPARE(scan.cpu.thread(8)->siblings, (QList<int>{8, 9}));
        QCOMPARE(scan.cpu.physicalCores(), 16);
        QCOMPARE(scan.cpu.coresPerSocket(), 8);
        QVERIFY(CpuTopology::coreKey(*scan.cpu.thread(0)) != CpuTopology::coreKey(*scan.cpu.thread(8)));
        QVERIFY(!scan.memory.nodeHasMemory(0));
        QVERIFY(scan.memory.nodeHasMemory(1));
        QCOMPARE(gpuAt(scan, "0000:02:00.0")->numaNode, std::nullopt); // numa_node -1
    }

    void isolationHooks()
    {
        QTemporaryDir dir;
        QVERIFY(TestHosts::copyTree(TestHosts::root(QStringLiteral("article")), dir.path()));
        auto write = [&](const QString &path, const QByteArray &text) {
            QDir().mkpath(QFileInfo(dir.path() + path).path());
            QFile file(dir.path() + path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        const QByteArray confine = "systemctl set-property --runtime -- user.slice AllowedCPUs=0,4\n";
        // NixOS: the wizard's own hook for "win 11"; another VM's in its per-VM folder.
        write(QStringLiteral("/var/lib/libvirt/hooks/qemu.d/") + HostScan::isolationHookName(QStringLiteral("win 11")), confine);
        write(QStringLiteral("/etc/libvirt/hooks/qemu.d/gaming/prepare/begin/isolate.sh"), confine);
        write(QStringLiteral("/etc/libvirt/hooks/qemu.d/gaming/release/end/notes.txt"), "nothing to see\n");
        Result<HostScan> scan = HostScanner(HostRoot(dir.path())).scan();
        QVERIFY(scan.ok());
        QCOMPARE(scan->isolationHooks,
                 (QStringList{"/etc/libvirt/hooks/qemu.d/gaming/prepare/begin/isolate.sh",
                              QStringLiteral("/var/lib/libvirt/hooks/qemu.d/") + HostScan::isolationHookName(QStringLiteral("win 11"))}));
        QVERIFY(scan->isolatesHostFor(QStringLiteral("win 11")));
        QVERIFY(scan->isolatesHostFor(QStringLiteral("gaming")));
        QVERIFY(!scan->isolatesHostFor(QStringLiteral("win10")));
        // A hook for every VM (the classic /etc/libvirt/hooks/qemu with a case on the operation).
        write(QStringLiteral("/etc/libvirt/hooks/qemu"), "#!/bin/sh\n" + confine);
        scan = HostScanner(HostRoot(dir.path())).scan();
        QVERIFY(scan->isolatesHostFor(QStringLiteral("win10")));
        // The hook's file name: shell- and path-safe, and distinct for names that sanitize alike.
        QCOMPARE(HostScan::isolationHookName(QStringLiteral("a b")).left(24), QStringLiteral("vfio-wizard-isolate-a_b-"));
        QVERIFY(HostScan::isolationHookName(QStringLiteral("a b")) != HostScan::isolationHookName(QStringLiteral("a_b")));
        QVERIFY(!HostScan::isolationHookName(QStringLiteral("../$(x)'\n")).contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]"))));
    }

    void thisMachine()
    {
        // Whatever this machine is, the scan finishes and describes at least its CPUs.
        const Result<HostScan> scan = HostScanner(HostRoot()).scan();
        QVERIFY2(scan.ok(), qPrintable(scan.ok() ? QString() : scan.error()));
        QVERIFY(!scan->cpu.threads.isEmpty());
        QVERIFY(scan->memory.totalKiB > 0);
        for (const CpuThread &t : scan->cpu.threads)
            QVERIFY(t.siblings.contains(t.id));
    }

    void missingRootIsAnError()
    {
        const Result<HostScan> scan = HostScanner(HostRoot(QStringLiteral("/nonexistent/host"))).scan();
        QVERIFY(!scan.ok());
        QVERIFY(scan.error().contains(QStringLiteral("/nonexistent/host")));
    }
};

QTEST_GUILESS_MAIN(TestHostScan)
#include "tst_hostscan.moc"
