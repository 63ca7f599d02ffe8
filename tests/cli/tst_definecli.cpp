// `vfio-wizard define` and `restore` against the real libvirtd of the test script.
#include "domain/domainwriter.h"
#include "domain/model/domainxml.h"
#include "support/cliprocess.h"
#include "support/libvirttesthost.h"
#include "support/plancases.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

using namespace CliProcess;

QString writeDomain(const QTemporaryDir &dir, const QString &file, int vcpus)
{
    PlanCase c = planCases()[3]; // no passthrough: nothing to adapt but the CPU
    c.request.name = QStringLiteral("vfio-wizard-test-define");
    c.request.vcpus = vcpus;
    QDomDocument document = DomainWriter::document(planCase(c).spec);
    LibvirtTestHost::adaptToThisMachine(document);
    QFile out(dir.filePath(file));
    out.open(QIODevice::WriteOnly);
    out.write(DomainXml::toText(document).toUtf8());
    return out.fileName();
}

} // namespace

class TestDefineCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        VFIO_REQUIRE_LIBVIRTD();
        LibvirtTestHost::virsh({QStringLiteral("undefine"), QStringLiteral("vfio-wizard-test-define")});
    }
    void cleanupTestCase()
    {
        if (!LibvirtTestHost::uri().isEmpty())
            LibvirtTestHost::virsh({QStringLiteral("undefine"), QStringLiteral("vfio-wizard-test-define")});
    }

    void defineBackupRestore()
    {
        QTemporaryDir dir;
        const QString backups = dir.filePath(QStringLiteral("backups"));
        const QStringList common = {QStringLiteral("--connect"), LibvirtTestHost::uri(), QStringLiteral("--backups"), backups};
        const Run first = wizard(QStringList{QStringLiteral("define")} + common + QStringList{writeDomain(dir, QStringLiteral("a.xml"), 2)});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(QStringLiteral("defined vfio-wizard-test-define")));

        const Run second = wizard(QStringList{QStringLiteral("define")} + common + QStringList{writeDomain(dir, QStringLiteral("b.xml"), 4)});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY(second.out.contains(QStringLiteral("redefined")));
        QVERIFY(second.out.contains(backups));
        const Run dumped = LibvirtTestHost::virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"), QStringLiteral("vfio-wizard-test-define")});
        QVERIFY2(dumped.out.contains(QStringLiteral(">4</vcpu>")), qPrintable(dumped.err));

        const Run list = wizard(QStringList{QStringLiteral("restore")} + common);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QString backup = list.out.section(u' ', -1).trimmed();
        QVERIFY2(backup.startsWith(backups), qPrintable(list.out));
        const Run restored = wizard(QStringList{QStringLiteral("restore")} + common + QStringList{backup});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const Run after = LibvirtTestHost::virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"), QStringLiteral("vfio-wizard-test-define")});
        QVERIFY2(after.out.contains(QStringLiteral(">2</vcpu>")), qPrintable(after.err));
    }

    void lintAndFixADefinedDomain()
    {
        QTemporaryDir dir;
        const QString backups = dir.filePath(QStringLiteral("backups"));
        const QString xml = writeDomain(dir, QStringLiteral("a.xml"), 2);
        QFile file(xml);
        file.open(QIODevice::ReadOnly);
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        text.replace(QStringLiteral("<vcpu placement=\"static\">2</vcpu>"), QStringLiteral("<vcpu placement=\"static\" current=\"1\">2</vcpu>"));
        QFile::remove(xml);
        file.open(QIODevice::WriteOnly);
        file.write(text.toUtf8());
        file.close();
        const Run defined = wizard({QStringLiteral("define"), QStringLiteral("--connect"), LibvirtTestHost::uri(), QStringLiteral("--backups"), backups, xml});
        QVERIFY2(defined.exitCode == 0, qPrintable(defined.err));
        const QStringList lint = {QStringLiteral("lint"), QStringLiteral("--connect"), LibvirtTestHost::uri(), QStringLiteral("--domain"),
                                  QStringLiteral("vfio-wizard-test-define"), QStringLiteral("--no-host")};
        const Run before = wizard(lint);
        QVERIFY2(before.exitCode == 0 && before.out.contains(QStringLiteral("[current-vcpus]")), qPrintable(before.out + before.err));
        const Run fixed = wizard({QStringLiteral("fix"), QStringLiteral("--connect"), LibvirtTestHost::uri(), QStringLiteral("--backups"), backups,
                                  QStringLiteral("--domain"), QStringLiteral("vfio-wizard-test-define"), QStringLiteral("current-vcpus")});
        QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.err));
        QVERIFY(fixed.out.contains(backups));
        const Run after = wizard(lint);
        QVERIFY(!after.out.contains(QStringLiteral("[current-vcpus]")));
    }

    void malformedXmlNamesTheFile()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.xml")));
        bad.open(QIODevice::WriteOnly);
        bad.write("<domain><name>x</name>");
        bad.close();
        const Run result = wizard({QStringLiteral("define"), QStringLiteral("--connect"), LibvirtTestHost::uri(), bad.fileName()});
        QVERIFY(result.exitCode != 0);
        QVERIFY(result.err.contains(bad.fileName()));
        QCOMPARE(result.err.count(u'\n'), 1);
    }

    void permissionDenied()
    {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (::geteuid() != 0 || setpriv.isEmpty())
            QSKIP("needs root and setpriv to act as an unprivileged user");
        QTemporaryDir dir;
        const QString xml = writeDomain(dir, QStringLiteral("a.xml"), 2);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QFile::setPermissions(xml, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        const Run result = run(setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                         QStringLiteral(VFIO_WIZARD_BINARY), QStringLiteral("define"), QStringLiteral("--connect"),
                                         QStringLiteral("qemu:///system"), QStringLiteral("--backups"), QStringLiteral("/tmp"), xml});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QStringLiteral("permission denied")) || result.err.contains(QStringLiteral("libvirtd group")),
                 qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestDefineCli)
#include "tst_definecli.moc"
