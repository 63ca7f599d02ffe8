// The demo host's archive: a packed fixture unpacks to a tree that scans the same; hostile or
// broken archives are refused with a message.
#include "host/hostscanjson.h"
#include "scan/hostscanner.h"
#include "support/testhosts.h"
#include "util/hosttreearchive.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray scanJson(const QString &root)
{
    Result<HostScan> scan = HostScanner(HostRoot(root)).scan();
    if (!scan)
        return scan.error().toUtf8();
    scan->root.clear();
    return HostScanJson::toJson(*scan);
}

QByteArray archiveWithEntry(quint8 type, const QString &path)
{
    QByteArray archive;
    QDataStream out(&archive, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32(0x76687374) << quint32(1) << quint32(1) << type << path << QByteArray("x");
    return archive;
}

} // namespace

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
        const Result<QByteArray> archive = HostTreeArchive::pack(TestHosts::root(host));
        QVERIFY2(archive, archive ? "" : qPrintable(archive.error()));
        QTemporaryDir dir;
        const Result<void> unpacked = HostTreeArchive::unpack(*archive, dir.path());
        QVERIFY2(unpacked, unpacked ? "" : qPrintable(unpacked.error()));
        QCOMPARE(scanJson(dir.path()), scanJson(TestHosts::root(host)));
        // Links stay links with their own (relative) text.
        const QFileInfo group(dir.path() + QStringLiteral("/sys/kernel/iommu_groups"));
        QCOMPARE(group.exists(), QFileInfo::exists(TestHosts::root(host) + QStringLiteral("/sys/kernel/iommu_groups")));
        // Packing is stable: the same tree gives the same bytes.
        QCOMPARE(*HostTreeArchive::pack(dir.path()), *archive);
    }

    void unsafePathsAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("parent") << QStringLiteral("../escape");
        QTest::newRow("nested parent") << QStringLiteral("sys/../../escape");
        QTest::newRow("absolute") << QStringLiteral("/tmp/escape");
        QTest::newRow("empty") << QString();
    }
    void unsafePathsAreRefused()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        const QString inside = dir.filePath(QStringLiteral("tree"));
        const Result<void> unpacked = HostTreeArchive::unpack(archiveWithEntry(2, path), inside);
        QVERIFY(!unpacked);
        QVERIFY(unpacked.error().contains(QStringLiteral("unsafe")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("escape"))));
    }

    void brokenArchivesAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(!HostTreeArchive::unpack(QByteArray("not an archive"), dir.path()));
        const QByteArray whole = *HostTreeArchive::pack(TestHosts::root(QStringLiteral("article")));
        for (const qsizetype cut : {qsizetype(12), whole.size() / 3, whole.size() - 1}) {
            QTemporaryDir target;
            const Result<void> unpacked = HostTreeArchive::unpack(whole.left(cut), target.path());
            QVERIFY2(!unpacked, qPrintable(QString::number(cut)));
        }
        QVERIFY(!HostTreeArchive::unpack(archiveWithEntry(9, QStringLiteral("x")), dir.path()));
        QVERIFY(!HostTreeArchive::pack(dir.filePath(QStringLiteral("missing"))));
    }
};

QTEST_MAIN(TestHostTreeArchive)
#include "tst_hosttreearchive.moc"
