// The Apply step's jobs against real parts: files in a temporary directory, libvirt's
// test:///default driver in-process.
#include "apply/applyrunner.h"
#include "domain/domainwriter.h"
#include "libvirt/libvirtconnectionsession.h"
#include "support/plancases.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

VmPlan articlePlan()
{
    const PlanCase c = planCases().first();
    return VmPlanner::plan(TestHosts::scan(c.host), HostRoot(TestHosts::root(c.host)), c.request);
}

/// The article's plan with its boot disk as a new image file of `size` bytes at `path`.
VmSpec withNewImage(const QString &path, qint64 size)
{
    VmSpec spec = articlePlan().spec;
    spec.disks.first().source = VmSpec::DiskSource::ImageFile;
    spec.disks.first().path = path;
    spec.disks.first().sizeBytes = size;
    return spec;
}

} // namespace

class TestApplyRunner final : public QObject
{
    Q_OBJECT

private slots:
    void jobsFollowTheSettings()
    {
        QTemporaryDir dir;
        const VmSpec spec = withNewImage(dir.filePath(QStringLiteral("win10.img")), 8LL << 30);
        ApplyRunner::Settings settings{dir.path(), false, true, true, true, dir.filePath(QStringLiteral("backups"))};
        QList<ApplyRunner::Kind> kinds;
        for (const ApplyRunner::Job &job : ApplyRunner(spec, HostScan(), QString(), settings).jobs())
            kinds << job.kind;
        QCOMPARE(kinds, (QList<ApplyRunner::Kind>{ApplyRunner::Kind::WriteFiles, ApplyRunner::Kind::CreateImage,
                                                  ApplyRunner::Kind::Define, ApplyRunner::Kind::TestBoot}));
        settings.createImages = false;
        settings.define = false;
        QCOMPARE(ApplyRunner(spec, HostScan(), QString(), settings).jobs().size(), 1);
    }

    void writesAllFilesOrNone()
    {
        const VmPlan plan = articlePlan();
        const HostScan host = TestHosts::scan(QStringLiteral("article"));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        ApplyRunner::Settings settings{out, false, false, false, false, QString()};
        const ApplyRunner runner(plan.spec, host, DomainWriter::write(plan.spec), settings);
        const Result<QString> first = runner.run(runner.jobs().first(), nullptr);
        QVERIFY2(first, first ? "" : qPrintable(first.error()));
        for (const char *suffix : {".xml", ".nix", ".profile.json"})
            QVERIFY(QFileInfo(out + QStringLiteral("/win10") + QLatin1String(suffix)).size() > 0);
        // A second run refuses before writing anything, naming the file in the way.
        QFile::remove(out + QStringLiteral("/win10.xml"));
        const Result<QString> second = runner.run(runner.jobs().first(), nullptr);
        QVERIFY(!second);
        QVERIFY(second.error().contains(QStringLiteral("win10.nix")));
        QVERIFY(!QFile::exists(out + QStringLiteral("/win10.xml")));
    }

    void unwritableFolderIsNamed()
    {
        if (geteuid() == 0)
            QSKIP("root writes anywhere");
        const VmPlan plan = articlePlan();
        ApplyRunner::Settings settings{QStringLiteral("/proc/vfio-wizard"), false, false, false, false, QString()};
        const ApplyRunner runner(plan.spec, HostScan(), QString(), settings);
        const Result<QString> result = runner.run(runner.jobs().first(), nullptr);
        QVERIFY(!result);
        QVERIFY(result.error().contains(QStringLiteral("/proc/vfio-wizard")));
    }

    void createsSparseImages()
    {
        QTemporaryDir dir;
        const VmSpec spec = withNewImage(dir.filePath(QStringLiteral("disk.img")), 4LL << 30);
        const ApplyRunner runner(spec, HostScan(), QString(), {dir.path(), false, true, false, false, QString()});
        QCOMPARE(runner.jobs().size(), 2);
        const Result<QString> created = runner.run(runner.jobs()[1], nullptr);
        QVERIFY2(created, created ? "" : qPrintable(created.error()));
        QCOMPARE(QFileInfo(spec.disks.first().path).size(), 4LL << 30);
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(spec.disks.first().path).constData(), &info), 0);
        QVERIFY(qint64(info.st_blocks) * 512 < (1 << 20)); // sparse: nothing allocated yet
    }

    void definesAndBacksUpOnTheTestDriver()
    {
        Result<std::unique_ptr<LibvirtSession>> connection = LibvirtConnectionSession::open(QStringLiteral("test:///default"));
        QVERIFY(connection);
        VmSpec spec = articlePlan().spec;
        spec.name = QStringLiteral("apply-test");
        QTemporaryDir dir;
        const ApplyRunner::Settings settings{dir.path(), true, false, true, false, dir.filePath(QStringLiteral("backups"))};
        const ApplyRunner runner(spec, HostScan(), DomainWriter::write(spec), settings);
        const ApplyRunner::Job define = runner.jobs().last();
        QCOMPARE(define.kind, ApplyRunner::Kind::Define);
        QVERIFY(!runner.run(define, nullptr)); // no connection: said, not crashed
        const Result<QString> first = runner.run(define, connection->get());
        QVERIFY2(first, first ? "" : qPrintable(first.error()));
        QVERIFY(first->contains(QStringLiteral("Defined apply-test")));
        QVERIFY((*connection)->hasDomain(QStringLiteral("apply-test")));
        const Result<QString> again = runner.run(define, connection->get());
        QVERIFY(again);
        QVERIFY(again->contains(QStringLiteral("Redefined")));
        QVERIFY(again->contains(dir.filePath(QStringLiteral("backups"))));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files).size(), 1);
    }
};

QTEST_MAIN(TestApplyRunner)
#include "tst_applyrunner.moc"
