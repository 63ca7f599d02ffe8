// What a user types, judged the same way in the wizard, on the command line and in profiles.
#include "spec/fieldchecks.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestFieldChecks final : public QObject
{
    Q_OBJECT

private slots:
    void mac_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("complaint"); ///< a word the message must hold; empty: accepted
        QTest::newRow("empty: libvirt chooses") << "" << "";
        QTest::newRow("qemu's prefix") << "52:54:00:12:34:56" << "";
        QTest::newRow("upper case") << "52:54:00:AB:CD:EF" << "";
        QTest::newRow("not hex") << "zz" << "not a MAC";
        QTest::newRow("partial") << "52:54:00" << "whole";
        QTest::newRow("dashes") << "52-54-00-12-34-56" << "not a MAC";
        QTest::newRow("multicast") << "01:00:5e:00:00:01" << "multicast";
        QTest::newRow("broadcast") << "ff:ff:ff:ff:ff:ff" << "multicast";
        QTest::newRow("zero") << "00:00:00:00:00:00" << "empty";
    }
    void mac()
    {
        QFETCH(QString, text);
        QFETCH(QString, complaint);
        const QString why = FieldChecks::mac(text);
        QCOMPARE(why.isEmpty(), complaint.isEmpty());
        QVERIFY2(why.contains(complaint), qPrintable(why));
    }

    void names_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("vm") << 0 << "win10" << true;
        QTest::newRow("vm with space") << 0 << "Windows 10 Gaming" << true;
        QTest::newRow("vm with slash") << 0 << "a/b" << false;
        QTest::newRow("vm empty") << 0 << "" << false;
        QTest::newRow("vm control") << 0 << "a\tb" << false;
        QTest::newRow("vendor 12") << 1 << "0123456789ab" << true;
        QTest::newRow("vendor 13") << 1 << "0123456789abc" << false;
        QTest::newRow("vendor hv") << 1 << "Microsoft Hv" << false;
        QTest::newRow("vendor space") << 1 << "a b" << false;
        QTest::newRow("bridge") << 2 << "br0" << true;
        QTest::newRow("bridge 16") << 2 << "bridge0123456789" << false;
        QTest::newRow("bridge colon") << 2 << "br:0" << false;
        QTest::newRow("bridge space") << 2 << "br 0" << false;
        QTest::newRow("user") << 3 << "alice" << true;
        QTest::newRow("user upper") << 3 << "Alice" << false;
        QTest::newRow("uri system") << 4 << "qemu:///system" << true;
        QTest::newRow("uri ssh") << 4 << "qemu+ssh://root@host/system" << true;
        QTest::newRow("uri test") << 4 << "test:///default" << true;
        QTest::newRow("uri no scheme") << 4 << "qemu/system" << false;
        QTest::newRow("uri space") << 4 << "qemu:///sys tem" << false;
        QTest::newRow("uri empty") << 4 << "" << false;
    }
    void names()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        const QString why = field == 0 ? FieldChecks::vmName(text) : field == 1 ? FieldChecks::vendorId(text)
                            : field == 2 ? FieldChecks::bridgeName(text) : field == 3 ? FieldChecks::userName(text)
                                                                        : FieldChecks::uri(text);
        QVERIFY2(why.isEmpty() == accepted, qPrintable(why));
        if (!accepted && !text.isEmpty() && field != 0)
            QVERIFY2(why.contains(text.left(5)), qPrintable(why)); // the message names the value
    }

    void outputFolder()
    {
        QTemporaryDir dir;
        QVERIFY(FieldChecks::outputFolder(dir.path()).isEmpty());
        QVERIFY(FieldChecks::outputFolder(dir.filePath(QStringLiteral("new/deeper"))).isEmpty()); // can be created
        QFile file(dir.filePath(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(FieldChecks::outputFolder(file.fileName()).contains(QStringLiteral("not a folder")));
        // Nor can a folder be created under a file, root or not.
        QVERIFY(FieldChecks::outputFolder(file.fileName() + QStringLiteral("/vm")).contains(QStringLiteral("not a folder")));
        if (geteuid() != 0) { // root writes anywhere
            QVERIFY(!FieldChecks::outputFolder(QStringLiteral("/proc/vfio-wizard")).isEmpty());
        }
        // A read-only folder: the reason comes from the system, not a guess.
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        if (geteuid() != 0)
            QVERIFY(FieldChecks::outputFolder(dir.filePath(QStringLiteral("sub"))).contains(QStringLiteral("ermission")));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(FieldChecks::outputFolder(QStringLiteral("/proc/1/nonexistent")).contains(QStringLiteral("/proc")));
    }

    void readableFile()
    {
        QVERIFY(FieldChecks::readableFile(QStringLiteral("/no/such.iso"), QStringLiteral("ISO")).contains(QStringLiteral("/no/such.iso")));
        QVERIFY(FieldChecks::readableFile(QStringLiteral("/"), QStringLiteral("ISO")).contains(QStringLiteral("not a file")));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("x.iso")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(FieldChecks::readableFile(file.fileName(), QStringLiteral("ISO")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldChecks)
#include "tst_fieldchecks.moc"
