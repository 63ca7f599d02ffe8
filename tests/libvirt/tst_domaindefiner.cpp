// Defining through libvirt's C API against the in-process test driver: backups first, clear
// messages, nothing changed on failure.
#include "apply/definitionbackups.h"
#include "domain/domainwriter.h"
#include "libvirt/domaindefiner.h"
#include "libvirt/libvirtconnection.h"
#include "support/plancases.h"

#include <QDomDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString articleXml(int vcpus = 8)
{
    PlanCase c = planCases()[0];
    c.request.vcpus = vcpus;
    return DomainWriter::write(planCase(c).spec);
}

QString vcpuOf(const QString &xml)
{
    QDomDocument document;
    document.setContent(xml);
    return document.documentElement().firstChildElement(QStringLiteral("vcpu")).text();
}

} // namespace

class TestDomainDefiner final : public QObject
{
    Q_OBJECT

private slots:
    void listsTheTestDriversDomain()
    {
        Result<LibvirtConnection> connection = LibvirtConnection::open(QStringLiteral("test:///default"));
        QVERIFY(connection.ok());
        const auto domains = connection->domains();
        QVERIFY(domains.ok());
        QCOMPARE(domains->size(), 1);
        QCOMPARE(domains->first().name, QStringLiteral("test"));
        QCOMPARE(domains->first().state, LibvirtConnection::DomainState::Running);
    }

    void defineRedefineRestore()
    {
        QTemporaryDir dir;
        Result<LibvirtConnection> connection = LibvirtConnection::open(QStringLiteral("test:///default"));
        QVERIFY(connection.ok());
        const DefinitionBackups backups(dir.filePath(QStringLiteral("backups")));
        DomainDefiner definer(*connection, backups);

        const auto first = definer.define(articleXml(8));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error()));
        QCOMPARE(first->defined.name, QStringLiteral("win10"));
        QVERIFY(!first->defined.replaced);
        QVERIFY(first->backupPath.isEmpty());
        QCOMPARE(vcpuOf(*connection->domainXml(QStringLiteral("win10"))), QStringLiteral("8"));

        const auto second = definer.define(articleXml(6));
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error()));
        QVERIFY(second->defined.replaced);
        QVERIFY(QFile::exists(second->backupPath));
        QCOMPARE(vcpuOf(*backups.read(second->backupPath)), QStringLiteral("8"));
        QCOMPARE(vcpuOf(*connection->domainXml(QStringLiteral("win10"))), QStringLiteral("6"));
        QCOMPARE(backups.list(QStringLiteral("win10")).size(), 1);
        QVERIFY(backups.list(QStringLiteral("other")).isEmpty());

        const auto restored = definer.restore(second->backupPath);
        QVERIFY(restored.ok());
        QCOMPARE(vcpuOf(*connection->domainXml(QStringLiteral("win10"))), QStringLiteral("8"));
        QCOMPARE(backups.list(QStringLiteral("win10")).size(), 2); // restoring saved the 6-vCPU one too
    }

    void redefiningARunningDomainSaysWhenItApplies()
    {
        QTemporaryDir dir;
        Result<LibvirtConnection> connection = LibvirtConnection::open(QStringLiteral("test:///default"));
        const DefinitionBackups backups(dir.path());
        QString xml = *connection->domainXml(QStringLiteral("test"));
        xml.replace(QStringLiteral("<on_crash>"), QStringLiteral("<on_crash>")); // the same definition, defined again
        const auto outcome = DomainDefiner(*connection, backups).define(xml);
        QVERIFY(outcome.ok());
        QVERIFY(outcome->defined.running);
        QVERIFY(outcome->defined.replaced);
    }

    void failuresChangeNothing_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("malformed") << "<domain type='kvm'><name>broken</name>" << "line";
        QTest::newRow("not a domain") << "<network><name>x</name></network>" << "not a libvirt domain";
        QTest::newRow("schema") << "<domain type='kvm'><name>bad</name><memory>lots</memory><vcpu>2</vcpu>"
                                   "<os><type>hvm</type></os></domain>" << "schema";
    }
    void failuresChangeNothing()
    {
        QFETCH(QString, xml);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        Result<LibvirtConnection> connection = LibvirtConnection::open(QStringLiteral("test:///default"));
        const DefinitionBackups backups(dir.path());
        const auto outcome = DomainDefiner(*connection, backups).define(xml);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().contains(fragment), qPrintable(outcome.error()));
        QCOMPARE(connection->domains()->size(), 1);
        QVERIFY(backups.list().isEmpty());
    }

    void nameClash()
    {
        QTemporaryDir dir;
        Result<LibvirtConnection> connection = LibvirtConnection::open(QStringLiteral("test:///default"));
        const DefinitionBackups backups(dir.path());
        QString xml = *connection->domainXml(QStringLiteral("test"));
        QDomDocument document;
        document.setContent(xml);
        QDomElement uuid = document.documentElement().firstChildElement(QStringLiteral("uuid"));
        uuid.firstChild().setNodeValue(QStringLiteral("11111111-2222-3333-4444-555555555555"));
        const auto outcome = DomainDefiner(*connection, backups).define(document.toString());
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().contains(QStringLiteral("taken")), qPrintable(outcome.error()));
        QVERIFY(outcome.error().contains(backups.list().value(0).path)); // the backup it made is named
    }

    void backupFailureDefinesNothing()
    {
        QTemporaryDir dir;
        Result<LibvirtConnection> connection = LibvirtConnection::open(QStringLiteral("test:///default"));
        QFile blocker(dir.filePath(QStringLiteral("blocked")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the backup directory should be
        blocker.close();
        const DefinitionBackups backups(blocker.fileName());
        const QString before = *connection->domainXml(QStringLiteral("test"));
        QString changed = before;
        changed.replace(QStringLiteral("<vcpu placement='static'>2</vcpu>"), QStringLiteral("<vcpu placement='static'>1</vcpu>"));
        const auto outcome = DomainDefiner(*connection, backups).define(changed);
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.error().contains(QStringLiteral("left as it was")));
        QCOMPARE(*connection->domainXml(QStringLiteral("test")), before);
    }

    void connectionFailuresSayWhatToDo_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no daemon") << "qemu+unix:///system?socket=/nonexistent/libvirt-sock" << "libvirtd is not running";
        QTest::newRow("closed port") << "qemu+tcp://127.0.0.1:1/system" << "does not answer";
        QTest::newRow("nonsense") << "nosuchdriver:///x" << "nosuchdriver:///x";
    }
    void connectionFailuresSayWhatToDo()
    {
        QFETCH(QString, uri);
        QFETCH(QString, fragment);
        const Result<LibvirtConnection> connection = LibvirtConnection::open(uri);
        QVERIFY(!connection.ok());
        QVERIFY2(connection.error().contains(fragment), qPrintable(connection.error()));
        QVERIFY(connection.error().startsWith(uri));
    }
};

QTEST_GUILESS_MAIN(TestDomainDefiner)
#include "tst_domaindefiner.moc"
