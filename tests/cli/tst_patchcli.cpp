// `vfio-wizard patch` as a user runs it: only the asked changes, valid XML, clear errors.
#include "support/cliprocess.h"
#include "support/domaincanon.h"

#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using namespace CliProcess;

QString corpus(const char *file)
{
    return QStringLiteral(VFIO_TEST_HOSTS_DIR "/../domains/") + QLatin1String(file);
}

QDomDocument parse(const QByteArray &xml)
{
    QDomDocument document;
    document.setContent(xml);
    return document;
}

} // namespace

class TestPatchCli final : public QObject
{
    Q_OBJECT

private slots:
    void theArticlesFixesOnVirtManagersVm()
    {
        const QString file = corpus("virt-manager-win10.xml");
        const Run run = wizard({QStringLiteral("patch"), QStringLiteral("--fix-error43"), QStringLiteral("--topology"), QStringLiteral("1,1,4,2"),
                                QStringLiteral("--virtio-nic"), QStringLiteral("--bridge"), QStringLiteral("br-lan"),
                                QStringLiteral("--memballoon-none"), QStringLiteral("--hugepages"), QStringLiteral("1G"), file});
        QCOMPARE(run.exitCode, 0);
        QFile in(file);
        in.open(QIODevice::ReadOnly);
        const QDomDocument original = parse(in.readAll());
        const QDomDocument patched = parse(run.rawOut);
        const auto [before, after] = DomainCanon::canonicalPair(original, patched,
            {"features/hyperv/vendor_id", "features/kvm/hidden", "vcpu", "cpu/topology", "devices/interface[0]@type",
             "devices/interface[0]/source", "devices/interface[0]/model", "devices/memballoon", "memoryBacking/hugepages"});
        QCOMPARE(after, before);
        const QDomElement domain = patched.documentElement();
        QCOMPARE(domain.firstChildElement(QStringLiteral("cpu")).firstChildElement(QStringLiteral("topology")).attribute(QStringLiteral("sockets")), QStringLiteral("1"));
        // The MAC and the guest address of the NIC stay.
        const QDomElement nic = domain.firstChildElement(QStringLiteral("devices")).firstChildElement(QStringLiteral("interface"));
        QCOMPARE(nic.firstChildElement(QStringLiteral("mac")).attribute(QStringLiteral("address")), QStringLiteral("52:54:00:8e:21:7a"));
        QCOMPARE(nic.firstChildElement(QStringLiteral("address")).attribute(QStringLiteral("bus")), QStringLiteral("0x01"));

        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("p.xml")));
        out.open(QIODevice::WriteOnly);
        out.write(run.rawOut);
        out.close();
        QProcess validate;
        validate.start(QStringLiteral("virt-xml-validate"), {out.fileName(), QStringLiteral("domain")});
        validate.waitForFinished(30000);
        QVERIFY2(validate.exitCode() == 0, validate.readAllStandardError().constData());
    }

    void errorsNameTheFile_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no such disk") << QStringList{"--tune-disk", "vdz"} << "no disk vdz";
        QTest::newRow("bad topology") << QStringList{"--topology", "1,2"} << "SOCKETS,DIES,CORES,THREADS";
        QTest::newRow("bad vendor") << QStringList{"--fix-error43", "--vendor-id", "Microsoft Hv"} << "Microsoft Hv";
        QTest::newRow("bad address") << QStringList{"--add-gpu", "gpu0"} << "gpu0";
    }
    void errorsNameTheFile()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, fragment);
        const QString file = corpus("linux-guest.xml");
        const Run run = wizard(QStringList{QStringLiteral("patch")} + options + QStringList{file});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(file) && run.err.contains(fragment), qPrintable(run.err));
    }

    void lintNamesFixesThatPatchApplies()
    {
        const QString file = corpus("article-vm.xml");
        const QString root = QStringLiteral(VFIO_TEST_HOSTS_DIR "/article");
        const Run lint = wizard({QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("--root"), root, file});
        QCOMPARE(lint.exitCode, 0);
        const QString json = lint.out;
        QVERIFY2(json.contains(QStringLiteral("\"rule\": \"split-siblings\"")), qPrintable(json));
        QVERIFY(json.contains(QStringLiteral("\"fix\": \"pinning\"")));

        QTemporaryDir dir;
        const Run patched = wizard({QStringLiteral("patch"), QStringLiteral("--root"), root, QStringLiteral("--fix"), QStringLiteral("pinning"),
                                    QStringLiteral("--fix"), QStringLiteral("memballoon-none"), file});
        QCOMPARE(patched.exitCode, 0);
        QFile out(dir.filePath(QStringLiteral("fixed.xml")));
        out.open(QIODevice::WriteOnly);
        out.write(patched.rawOut);
        out.close();
        const Run again = wizard({QStringLiteral("lint"), QStringLiteral("--root"), root, out.fileName()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!again.out.contains("split-siblings"));
        QVERIFY(!again.out.contains("[memballoon]"));
        QVERIFY(again.out.contains("[hyperv]")); // not asked for, still there
    }

    void malformedInput()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.xml")));
        bad.open(QIODevice::WriteOnly);
        bad.write("<domain>\n<name>x</nam>\n</domain>");
        bad.close();
        const Run run = wizard({QStringLiteral("patch"), QStringLiteral("--hyperv"), bad.fileName()});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(bad.fileName() + QStringLiteral(":2:")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestPatchCli)
#include "tst_patchcli.moc"
