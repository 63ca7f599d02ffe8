// The demo host's archive: a fixture packed by GNU tar unpacks to a tree that scans the same;
// hostile or broken archives are refused with a message and write nothing outside the tree.
#include "host/hostscanjson.h"
#include "scan/hostscanner.h"
#include "support/cliprocess.h"
#include "support/testhosts.h"
#include "util/hosttreearchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

namespace {

QByteArray scanJson(const QString &root)
{
    Result<HostScan> scan = HostScanner(HostRoot(root)).scan();
    if (!scan)
        return scan.error().toUtf8();
    scan->root.clear();
    return HostScanJson::toJson(*scan);
}

/// A tar packed by GNU tar, the tool anyone would use.
QByteArray tarOf(const QString &tree)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("tree.tar.gz"));
    const CliProcess::Run run = CliProcess::run(QStringLiteral("tar"), {QStringLiteral("-C"), tree, QStringLiteral("-czf"), out,
                                                                        QStringLiteral("--exclude=expected-scan.json"), QStringLiteral(".")});
    if (run.exitCode != 0)
        qFatal("tar failed: %s", qPrintable(run.err));
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Entry
{
    const char *path;
    mode_t type;
    const char *link = nullptr; ///< a symlink's target, or a hard link's
};

/// A tar written entry by entry, to say what a hostile archive would.
QByteArray tarWith(const QList<Entry> &entries)
{
    QByteArray bytes(1 << 16, '\0');
    size_t used = 0;
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_open_memory(a, bytes.data(), size_t(bytes.size()), &used);
    for (const Entry &e : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.path);
        archive_entry_set_filetype(entry, e.type);
        archive_entry_set_perm(entry, 0644);
        if (e.type == AE_IFLNK)
            archive_entry_set_symlink(entry, e.link);
        else if (e.link)
            archive_entry_set_hardlink(entry, e.link);
        archive_entry_set_size(entry, e.type == AE_IFREG && !e.link ? 1 : 0);
        archive_write_header(a, entry);
        if (e.type == AE_IFREG && !e.link)
            archive_write_data(a, "x", 1);
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    bytes.resize(qsizetype(used));
    return bytes;
}

} // namespace

Q_DECLARE_METATYPE(Entry)

class TestHostTreeArchive final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripScansTheSame_data()
    {
        QTest::addColumn<QString>("host");
        for (const QString &host : TestHosts::names())
            QTest::newRow(qPrintable(host)) << host;
    }
    void roundTripScansTheSame()
    {
        QFETCH(QString, host);
        QTemporaryDir dir;
        const Result<void> unpacked = HostTreeArchive::unpack(tarOf(TestHosts::root(host)), dir.path());
        QVERIFY2(unpacked, unpacked ? "" : qPrintable(unpacked.error()));
        QCOMPARE(scanJson(dir.path()), scanJson(TestHosts::root(host)));
        // Links stay links with their own (relative) text.
        const QString group = QStringLiteral("/sys/kernel/iommu_groups");
        QCOMPARE(QFileInfo::exists(dir.path() + group), QFileInfo::exists(TestHosts::root(host) + group));
    }

    void theDemoResourceIsATar()
    {
        // What the build packs for the demo: any tar lists it.
        const QString archive = QStringLiteral(VFIO_DEMO_ARCHIVE);
        const CliProcess::Run run = CliProcess::run(QStringLiteral("tar"), {QStringLiteral("tzf"), archive});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("sys/kernel/iommu_groups")));
        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        QVERIFY(HostTreeArchive::unpack(file.readAll(), dir.path()));
        QCOMPARE(scanJson(dir.path()), scanJson(TestHosts::root(QStringLiteral("article"))));
    }

    void unsafeEntriesAreRefused_data()
    {
        QTest::addColumn<QList<Entry>>("entries");
        QTest::newRow("parent") << QList<Entry>{{"../escape", AE_IFREG}};
        QTest::newRow("nested parent") << QList<Entry>{{"sys/../../escape", AE_IFREG}};
        QTest::newRow("absolute") << QList<Entry>{{"/tmp/vfio-wizard-escape", AE_IFREG}};
        QTest::newRow("link out") << QList<Entry>{{"sys", AE_IFDIR}, {"sys/up", AE_IFLNK, "../../escape"}};
        QTest::newRow("absolute link") << QList<Entry>{{"etc", AE_IFLNK, "/etc"}};
        QTest::newRow("through a link") << QList<Entry>{{"sys", AE_IFDIR}, {"in", AE_IFLNK, "sys"}, {"in/escape", AE_IFREG}};
        QTest::newRow("hard link") << QList<Entry>{{"a", AE_IFREG}, {"b", AE_IFREG, "a"}};
        QTest::newRow("device") << QList<Entry>{{"dev/sda", AE_IFBLK}};
    }
    void unsafeEntriesAreRefused()
    {
        QFETCH(QList<Entry>, entries);
        QTemporaryDir dir;
        const QString inside = dir.filePath(QStringLiteral("tree"));
        const Result<void> unpacked = HostTreeArchive::unpack(tarWith(entries), inside);
        QVERIFY(!unpacked);
        QVERIFY2(unpacked.error().contains(QString::fromLatin1(entries.last().path).section(u'/', -1)), qPrintable(unpacked.error()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("escape"))));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/vfio-wizard-escape")));
        QVERIFY(!QFileInfo::exists(inside + QStringLiteral("/sys/escape")));
    }

    void linksInsideTheTreeAreKept()
    {
        QTemporaryDir dir;
        QVERIFY(HostTreeArchive::unpack(tarWith({{"sys", AE_IFDIR}, {"sys/a", AE_IFREG}, {"sys/b", AE_IFLNK, "a"},
                                                 {"dev", AE_IFDIR}, {"dev/c", AE_IFLNK, "../sys/a"}}),
                                        dir.path()));
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("dev/c"))).symLinkTarget(), QFileInfo(dir.filePath(QStringLiteral("sys/a"))).canonicalFilePath());
    }

    void brokenArchivesAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(!HostTreeArchive::unpack(QByteArray("not an archive"), dir.path()));
        QVERIFY(!HostTreeArchive::unpack(QByteArray(), dir.path()));
        const QByteArray whole = tarOf(TestHosts::root(QStringLiteral("article")));
        for (const qsizetype cut : {qsizetype(12), whole.size() / 3, whole.size() - 1}) {
            QTemporaryDir target;
            const Result<void> unpacked = HostTreeArchive::unpack(whole.left(cut), target.path());
            QVERIFY2(!unpacked, qPrintable(QString::number(cut)));
        }
    }
};

QTEST_MAIN(TestHostTreeArchive)
#include "tst_hosttreearchive.moc"
