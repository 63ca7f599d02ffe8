// Names made from a VM's name: systemd units (escaped as systemd-escape does, tested against it in
// tst_nixmodule) and file names that are safe to create.
#include "util/safename.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSafeName final : public QObject
{
    Q_OBJECT

private slots:
    void systemdEscape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        // As `systemd-escape TEXT` prints them.
        QTest::newRow("plain") << "win10" << "win10";
        QTest::newRow("dash") << "win-10" << "win\\x2d10";
        QTest::newRow("space") << "a b" << "a\\x20b";
        QTest::newRow("slash") << "a/b" << "a-b";
        QTest::newRow("leading dot") << ".x" << "\\x2ex";
        QTest::newRow("inner dot") << "a.b" << "a.b";
        QTest::newRow("backslash") << "a\\b" << "a\\x5cb";
        QTest::newRow("umlaut") << QString::fromUtf8("\xc3\xa4") << "\\xc3\\xa4";
        QTest::newRow("colon, underscore") << "a:b_c" << "a:b_c";
        QTest::newRow("empty") << "" << "";
    }
    void systemdEscape()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(SafeName::systemdEscape(text), escaped);
    }

    void fileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("start"); ///< what the file name starts with
        QTest::addColumn<bool>("same");     ///< a plain name comes out unchanged
        QTest::newRow("plain") << "win10" << "win10" << true;
        QTest::newRow("spaces and unicode") << QString::fromUtf8("Spiele \xc3\xa4") << QString::fromUtf8("Spiele \xc3\xa4") << true;
        QTest::newRow("dot-dot") << ".." << "_.." << false;
        QTest::newRow("dot") << "." << "_." << false;
        QTest::newRow("hidden") << ".vm" << "_.vm" << false;
        QTest::newRow("option-like") << "-rf" << "_-rf" << false;
        QTest::newRow("slash") << "a/b" << "a_b" << false;
        QTest::newRow("control characters") << "a\nb\tc" << "a_b_c" << false;
        QTest::newRow("empty") << "" << "_" << false;
        QTest::newRow("very long") << QString(300, u'\u00e4') << QString(50, u'\u00e4') << false;
    }
    void fileName()
    {
        QFETCH(QString, name);
        QFETCH(QString, start);
        QFETCH(bool, same);
        const QString file = SafeName::fileName(name);
        QVERIFY2(file.startsWith(start), qPrintable(file));
        QCOMPARE(file == name, same);
        QVERIFY(!file.contains(u'/'));
        QVERIFY(!file.startsWith(u'.') && !file.startsWith(u'-'));
        QVERIFY(file.toUtf8().size() <= 200);
        // It can be created, with the longest suffix the program adds.
        QTemporaryDir dir;
        QFile created(QDir(dir.path()).filePath(file + QStringLiteral("-20260101T000000Z-99.xml")));
        QVERIFY2(created.open(QIODevice::WriteOnly), qPrintable(created.errorString()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void changedNamesStayApart()
    {
        QVERIFY(SafeName::fileName(QStringLiteral("a/b")) != SafeName::fileName(QStringLiteral("a_b")));
        QVERIFY(SafeName::fileName(QString(300, u'x')) != SafeName::fileName(QString(301, u'x')));
    }
};

QTEST_GUILESS_MAIN(TestSafeName)
#include "tst_safename.moc"
