// The storage step: a disk the host uses is refused until the user overrides it (and the
// consent is kept with the plan), a free zvol or LV is taken, an installer ISO boots first.
#include "wizardtesting.h"

#include "plan/hostuseguard.h"
#include "spec/fieldchecks.h"
#include "wizard/steps/storagestep.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace WizardTesting;

namespace {

std::optional<StorageStep::Source> sourceFor(const StorageStep &step, const QString &path)
{
    for (const StorageStep::Source &s : step.sources())
        if (s.path == path)
            return s;
    return std::nullopt;
}

} // namespace

class TestStorageStep final : public QObject
{
    Q_OBJECT

private slots:
    void hostDiskRefusedUntilOverridden_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("disk");
        QTest::newRow("article's NVMe with / and /boot") << "article" << "/dev/disk/by-id/nvme-Samsung_SSD_960_EVO_250GB_S3ESNX0J123456A";
        QTest::newRow("ryzen's NVMe with the root pool") << "ryzen" << "/dev/disk/by-id/nvme-Samsung_SSD_970_EVO_Plus_1TB_S4EWNF0M912345X";
        QTest::newRow("ryzen's store LV") << "ryzen" << "/dev/vg0/nix-store";
        QTest::newRow("raid's swap LV") << "raid" << "/dev/data/swap";
    }
    void hostDiskRefusedUntilOverridden()
    {
        QFETCH(QString, host);
        QFETCH(QString, disk);
        auto s = session(host);
        StorageStep step(s.get());
        step.refresh();
        const VmSpec before = s->spec();
        const BlockDevice *device = HostUseGuard::findBlockDevice(*s->host(), disk);
        QVERIFY(device);
        QVERIFY(!device->hostUses.isEmpty());

        // On offer, but marked: what the host uses it for, and that it may be given anyway.
        const auto source = sourceFor(step, disk);
        QVERIFY(source);
        QVERIFY(!source->usable);
        QVERIFY(source->overridable);
        for (const HostUse &use : device->hostUses)
            QVERIFY2(source->obstacle.contains(HostUseGuard::usePhrase(use)), qPrintable(source->obstacle));

        step.setSource(disk);
        QVERIFY(!step.isComplete());
        QCOMPARE(s->spec().disks.value(0).path, before.disks.value(0).path);
        QVERIFY(s->spec().allowedHostUse.isEmpty());

        // The user confirmed: the disk is the VM's and the consent is kept with the plan.
        step.setSourceAnyway(disk);
        QVERIFY2(step.isComplete(), dump(step));
        QCOMPARE(s->spec().disks.value(0).path, device->path);
        QVERIFY(!s->spec().allowedHostUse.isEmpty());
        QVERIFY(HostUseGuard::allows(*s->host(), s->spec().allowedHostUse, *device));
        QVERIFY(sourceFor(step, disk)->usable);
        // What the host loses is said, not kept quiet.
        QVERIFY2(!withSeverity(step.messages(), Severity::Warning).isEmpty(), dump(step));

        // Another disk and back: the consent stands, no second question.
        step.setSource(QString());
        step.setSource(disk);
        QVERIFY2(step.isComplete(), dump(step));
        QCOMPARE(s->spec().disks.value(0).path, device->path);
    }

    void freeVolumesAreTaken_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("disk");
        QTest::addColumn<VmSpec::DiskSource>("kind");
        QTest::newRow("article's zvol") << "article" << "/dev/zvol/tank/win10" << VmSpec::DiskSource::Zvol;
        QTest::newRow("ryzen's LV") << "ryzen" << "/dev/vg0/win11" << VmSpec::DiskSource::LogicalVolume;
        QTest::newRow("raid's LV on a used stack") << "raid" << "/dev/data/win10" << VmSpec::DiskSource::LogicalVolume;
    }
    void freeVolumesAreTaken()
    {
        QFETCH(QString, host);
        QFETCH(QString, disk);
        QFETCH(VmSpec::DiskSource, kind);
        auto s = session(host);
        StorageStep step(s.get());
        step.refresh();
        const auto source = sourceFor(step, disk);
        QVERIFY(source);
        QVERIFY(source->usable);
        QVERIFY(source->obstacle.isEmpty());

        step.setImagePath(QStringLiteral("/var/lib/libvirt/images/other.img"));
        step.setSource(disk);
        QVERIFY2(step.isComplete(), dump(step));
        QCOMPARE(step.source(), disk);
        QCOMPARE(s->spec().disks.value(0).path, disk);
        QCOMPARE(s->spec().disks.value(0).source, kind);
        QCOMPARE(s->spec().disks.value(0).sizeBytes, 0); // an existing volume is not created
        QVERIFY(s->spec().allowedHostUse.isEmpty());
        QVERIFY(s->domainXml().contains(disk));
    }

    void installerIso()
    {
        auto s = session(QStringLiteral("article"));
        StorageStep step(s.get());
        step.refresh();
        step.setSource(QStringLiteral("/dev/zvol/tank/win10"));
        step.setInstallFromIso(false);
        QVERIFY2(step.isComplete(), dump(step));
        QVERIFY(s->spec().installIso.isEmpty());

        // From an ISO without naming one: said at the field.
        step.setInstallFromIso(true);
        QCOMPARE(fieldErrors(step, StorageStep::installIsoField).size(), 1);
        QVERIFY(!step.isComplete());

        const QString iso = QStringLiteral("/srv/iso/Win10_22H2.iso");
        step.setInstallIso(iso);
        QVERIFY(step.installFromIso());
        QCOMPARE(s->spec().installIso, iso);
        QVERIFY(s->domainXml().contains(iso));
        QCOMPARE(s->spec().disks.value(0).path, QStringLiteral("/dev/zvol/tank/win10"));

        // Shown again, the step has it.
        step.refresh();
        QCOMPARE(step.installIso(), iso);
        QVERIFY(step.installFromIso());

        step.setInstallFromIso(false);
        QVERIFY(s->spec().installIso.isEmpty());
    }

    // Driver staging ticked while a field is still wrong (no installer named yet) stays ticked:
    // the step shows the user's choice, and the plan takes it once the field is right.
    void stagingKeptWhileAFieldIsWrong()
    {
        auto s = session(QStringLiteral("article"));
        StorageStep step(s.get());
        step.refresh();
        step.setSource(QStringLiteral("/dev/zvol/tank/win10"));
        step.setInstallFromIso(true);
        QVERIFY(!step.isComplete());
        step.setStaging(true);
        QVERIFY(step.staging());
        QVERIFY(!s->spec().driverStaging);
        step.setInstallIso(QStringLiteral("/srv/iso/Win10_22H2.iso"));
        QVERIFY2(step.isComplete(), dump(step));
        QVERIFY(step.staging());
        QVERIFY(s->spec().driverStaging);
        step.setStaging(false);
        QVERIFY(!step.staging());
        QVERIFY(!s->spec().driverStaging);
    }

    void missingIsoOnThisMachine()
    {
        // On the live system the file is judged as it is chosen.
        auto s = liveSession(QStringLiteral("article"));
        StorageStep step(s.get());
        step.refresh();
        step.setSource(QStringLiteral("/dev/zvol/tank/win10"));
        const QString before = s->spec().installIso;
        const QString missing = QStringLiteral("/nonexistent/Win11_23H2.iso");
        step.setInstallIso(missing);
        const StepMessages errors = fieldErrors(step, StorageStep::installIsoField);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().text.contains(missing));
        QVERIFY(!step.isComplete());
        QCOMPARE(s->spec().installIso, before);

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("win11.iso")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        step.setInstallIso(file.fileName());
        QVERIFY2(step.isComplete(), dump(step));
        QCOMPARE(s->spec().installIso, file.fileName());
    }

    void imageFile()
    {
        auto s = session(QStringLiteral("article"));
        StorageStep step(s.get());
        step.refresh();
        step.setSource(QString());
        step.setImagePath(QStringLiteral("/var/lib/libvirt/images/win10.img"));
        step.setImageGiB(80);
        step.setInstallIso(QStringLiteral("/srv/iso/Win10_22H2.iso"));
        QVERIFY2(step.isComplete(), dump(step));
        QCOMPARE(s->spec().disks.value(0).source, VmSpec::DiskSource::ImageFile);
        QCOMPARE(s->spec().disks.value(0).sizeBytes, qint64(80) << 30);

        step.setImagePath(QString());
        QCOMPARE(fieldErrors(step, StorageStep::imageField).size(), 1);
        QVERIFY(!step.isComplete());
        QCOMPARE(s->spec().disks.value(0).path, QStringLiteral("/var/lib/libvirt/images/win10.img"));
    }
};

QTEST_GUILESS_MAIN(TestStorageStep)
#include "tst_storagestep.moc"
