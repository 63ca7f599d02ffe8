#include "host/hostscan.h"
#include "plan/storageplanner.h"
#include "support/testhosts.h"

#include <QTest>

class TestStoragePlanner final : public QObject
{
    Q_OBJECT

private:
    static VmSpec planFor(const QString &host, const StoragePlanner::Request &request, PlanNotes *notes = nullptr,
                          VmSpec::Os os = VmSpec::Os::Windows10)
    {
        VmSpec spec;
        spec.os = os;
        const PlanNotes n = StoragePlanner::plan(TestHosts::scan(host), HostRoot(TestHosts::root(host)), request, spec);
        if (notes)
            *notes = n;
        return spec;
    }

private slots:
    void zvolOnSpinningPool()
    {
        PlanNotes notes;
        const VmSpec spec = planFor(QStringLiteral("article"), {{QStringLiteral("/dev/zvol/tank/win10")}, {}, {}}, &notes);
        QCOMPARE(spec.disks.size(), 1);
        const VmSpec::Disk &disk = spec.disks.first();
        QCOMPARE(disk.source, VmSpec::DiskSource::Zvol);
        QCOMPARE(disk.cache, QStringLiteral("none"));
        QCOMPARE(disk.io, QStringLiteral("native"));
        QVERIFY(disk.discard);
        QCOMPARE(disk.rotationRate, 7200);
        QCOMPARE(disk.bus, VmSpec::DiskBus::VirtioScsi);
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const PlanNote &n) {
            return n.severity == PlanNote::Severity::Warning && n.text.contains(QStringLiteral("spinning"));
        }));
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const PlanNote &n) { return n.text.contains(QStringLiteral("scrub")); }));
        QCOMPARE(spec.virtioIso, QStringLiteral("/var/lib/libvirt/images/virtio-win.iso"));
    }

    void ssdByKernelNameGetsItsStableName()
    {
        const VmSpec spec = planFor(QStringLiteral("raid"), {{QStringLiteral("/dev/sdc")}, {}, {}});
        QCOMPARE(spec.disks.first().path, QStringLiteral("/dev/disk/by-id/ata-Samsung_SSD_870_EVO_1TB_S6PUNX0T123456"));
        QCOMPARE(spec.disks.first().source, VmSpec::DiskSource::WholeDisk);
        QCOMPARE(spec.disks.first().bus, VmSpec::DiskBus::VirtioBlk);
        QCOMPARE(spec.disks.first().rotationRate, 1);
    }

    void logicalVolume()
    {
        const VmSpec spec = planFor(QStringLiteral("ryzen"), {{QStringLiteral("/dev/vg0/win11")}, QStringLiteral("/iso/virtio.iso"), {}});
        QCOMPARE(spec.disks.first().source, VmSpec::DiskSource::LogicalVolume);
        QCOMPARE(spec.disks.first().io, QStringLiteral("native"));
        QCOMPARE(spec.virtioIso, QStringLiteral("/iso/virtio.iso"));
    }

    void imageFileUsesThreads()
    {
        const VmSpec spec = planFor(QStringLiteral("article"), {{QStringLiteral("/srv/vm/disk.img")}, {}, {}});
        QCOMPARE(spec.disks.first().source, VmSpec::DiskSource::ImageFile);
        QCOMPARE(spec.disks.first().io, QStringLiteral("threads"));
        QCOMPARE(spec.disks.first().sizeBytes, StoragePlanner::defaultImageBytes); // it does not exist yet
    }

    void driverStaging()
    {
        PlanNotes notes;
        const VmSpec spec = planFor(QStringLiteral("raid"), {{QStringLiteral("/dev/sdc")}, {}, {}, true}, &notes);
        QVERIFY(spec.driverStaging);
        QCOMPARE(spec.disks.size(), 1); // the writer adds the staging disk and keeps the boot disk on SATA
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const PlanNote &n) { return n.text.contains(QStringLiteral("unable to boot")); }));
    }

    void usedDisksAreRefusedNamingEachUse_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("uses");
        QTest::newRow("system SSD") << "article" << "/dev/nvme0n1" << "/dev/nvme0n1 holds /boot, / and ZFS pool tank (/tank/media, zvol tank/win10)";
        QTest::newRow("by its stable name") << "article" << "/dev/disk/by-id/nvme-Samsung_SSD_960_EVO_250GB_S3ESNX0J123456A-part2"
                                            << "-part2 holds /";
        QTest::newRow("the pool's HDD") << "article" << "/dev/sda" << "/dev/sda holds ZFS pool tank";
        QTest::newRow("kernel name") << "article" << "sda1" << "sda1 holds ZFS pool tank";
        QTest::newRow("/home on the chipset SATA") << "ryzen" << "/dev/sda" << "/dev/sda holds /home";
        QTest::newRow("a mounted LV") << "ryzen" << "/dev/vg0/nix-store" << "/dev/vg0/nix-store holds /nix/store";
        QTest::newRow("through /dev/mapper") << "ryzen" << "/dev/mapper/vg0-nix--store" << "holds /nix/store";
        QTest::newRow("the LVM PV") << "ryzen" << "/dev/nvme0n1p3" << "holds LVM vg0 (/nix/store)";
        QTest::newRow("swap zvol") << "ryzen" << "/dev/zvol/rpool/swap" << "holds swap rpool/swap";
        QTest::newRow("swap partition") << "twins" << "/dev/nvme0n1p3" << "holds swap nvme0n1p3";
        QTest::newRow("RAID member") << "raid" << "/dev/sdb" << "holds RAID md0 (/boot) and RAID md1 (/, /home, swap data/swap)";
        QTest::newRow("the array") << "raid" << "/dev/md1" << "holds dm-crypt cryptdata (/, /home, swap data/swap)";
        QTest::newRow("the LUKS mapping") << "raid" << "/dev/mapper/cryptdata" << "holds LVM data (/, /home, swap data/swap)";
        QTest::newRow("the root LV") << "raid" << "/dev/data/root" << "/dev/data/root holds /";
    }
    void usedDisksAreRefusedNamingEachUse()
    {
        QFETCH(QString, host);
        QFETCH(QString, path);
        QFETCH(QString, uses);
        PlanNotes notes;
        const VmSpec spec = planFor(host, {{path}, {}, {}}, &notes);
        QVERIFY(hasErrors(notes));
        const auto error = std::find_if(notes.begin(), notes.end(), [](const PlanNote &n) { return n.severity == PlanNote::Severity::Error; });
        QVERIFY2(error->text.contains(uses), qPrintable(error->text));
        QVERIFY(error->text.contains(QStringLiteral("--allow-host-use ") + path));
        QVERIFY(spec.disks.isEmpty());
        // Given explicitly, the disk is the VM's and the notes say what the host loses.
        const VmSpec allowed = planFor(host, {{path}, {}, {}, {}, {path}}, &notes);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(allowed.disks.size(), 1);
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const PlanNote &n) {
            return n.severity == PlanNote::Severity::Warning && n.text.contains(QStringLiteral("the host loses"));
        }));
    }

    void freeVolumesOnUsedDisksStayFree_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("path");
        QTest::newRow("zvol on the pool with the host's datasets") << "article" << "/dev/zvol/tank/win10";
        QTest::newRow("LV beside the store") << "ryzen" << "/dev/vg0/win11";
        QTest::newRow("LV on LUKS on RAID") << "raid" << "/dev/data/win10";
        QTest::newRow("spare SSD") << "raid" << "/dev/disk/by-id/ata-Samsung_SSD_870_EVO_1TB_S6PUNX0T123456";
        QTest::newRow("image file") << "article" << "/var/lib/libvirt/images/new.img";
    }
    void freeVolumesOnUsedDisksStayFree()
    {
        QFETCH(QString, host);
        QFETCH(QString, path);
        PlanNotes notes;
        const VmSpec spec = planFor(host, {{path}, {}, {}}, &notes);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(spec.disks.size(), 1);
    }

    void anLvOnSpinningRaidIsAnHddToTheGuest()
    {
        const VmSpec spec = planFor(QStringLiteral("raid"), {{QStringLiteral("/dev/data/win10")}, {}, {}});
        QCOMPARE(spec.disks.first().source, VmSpec::DiskSource::LogicalVolume);
        QCOMPARE(spec.disks.first().rotationRate, 7200); // LV on dm-crypt on md on HDDs
    }

    void linuxNeedsNoIsoAndNoStaging()
    {
        const VmSpec spec = planFor(QStringLiteral("article"), {{}, {}, {}, true}, nullptr, VmSpec::Os::Linux);
        QVERIFY(spec.virtioIso.isEmpty());
        QVERIFY(!spec.driverStaging);
        QCOMPARE(spec.disks.size(), 1);
        QCOMPARE(spec.disks.first().path, QStringLiteral("/var/lib/libvirt/images/win10.img"));
    }
};

QTEST_GUILESS_MAIN(TestStoragePlanner)
#include "tst_storageplanner.moc"
