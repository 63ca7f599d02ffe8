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
        const VmSpec spec = planFor(QStringLiteral("article"), {{QStringLiteral("/dev/nvme0n1")}, {}, {}});
        QCOMPARE(spec.disks.first().path, QStringLiteral("/dev/disk/by-id/nvme-Samsung_SSD_960_EVO_250GB_S3ESNX0J123456A"));
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
        const VmSpec spec = planFor(QStringLiteral("article"), {{QStringLiteral("/dev/nvme0n1")}, {}, {}, true}, &notes);
        QVERIFY(spec.driverStaging);
        QCOMPARE(spec.disks.size(), 1); // the writer adds the staging disk and keeps the boot disk on SATA
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const PlanNote &n) { return n.text.contains(QStringLiteral("unable to boot")); }));
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
