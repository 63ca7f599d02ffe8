// The German translation is complete: every message has a finished, non-empty translation
// that keeps the source's %N placeholders. English has every plural form, and languages without
// a translation get them too.
#include "translations.h"
#include "wizard/stepmessage.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <QTranslator>

namespace {

/// "context: source" of every message of a .ts file.
QSet<QString> messages(const QString &path)
{
    QFile file(path);
    QDomDocument ts;
    if (!file.open(QIODevice::ReadOnly) || !ts.setContent(&file))
        return {};
    QSet<QString> found;
    for (QDomElement context = ts.documentElement().firstChildElement(QStringLiteral("context")); !context.isNull();
         context = context.nextSiblingElement(QStringLiteral("context"))) {
        const QString name = context.firstChildElement(QStringLiteral("name")).text();
        for (QDomElement m = context.firstChildElement(QStringLiteral("message")); !m.isNull(); m = m.nextSiblingElement(QStringLiteral("message")))
            found.insert(name + QStringLiteral(": ") + m.firstChildElement(QStringLiteral("source")).text());
    }
    return found;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    // The GUI speaks in its own words: outside the command line's own messages (context Cli), a
    // message names no option, no vfio-wizard subcommand and no virsh or systemctl command. The
    // planners' "(--option ARG)" asides are the exception the wizard strips (withoutCommandLine).
    void theGuiNamesNoCommandLine()
    {
        static const QRegularExpression command(QStringLiteral("(^|[\\s(\"])--[a-z]|\\bvirsh [a-z]|\\bvfio-wizard [a-z]|\\bsystemctl\\b"));
        // Next steps after Apply: virt-manager first, the virsh command beside it for those who
        // use it (quoted for the VM's name, tst_wizardflow).
        static const QRegularExpression offeredAlongside(QStringLiteral("^NextSteps: Start the VM %1 in virt-manager \\(or <code>virsh start %2</code>\\)"));
        const QSet<QString> all = messages(QStringLiteral(VFIO_TRANSLATIONS_DIR "/vfio-wizard_de.ts"));
        QVERIFY(all.size() > 500);
        QStringList found;
        for (const QString &message : all)
            if (!message.startsWith(QStringLiteral("Cli: ")) && !offeredAlongside.match(message).hasMatch()
                && command.match(withoutCommandLine(message)).hasMatch())
                found << message;
        for (const QString &message : std::as_const(found))
            qWarning("%s", qPrintable(message)); // all of them: QVERIFY2 cuts its message short
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 messages name the command line").arg(found.size())));
    }

    void germanIsComplete()
    {
        QFile file(QStringLiteral(VFIO_TRANSLATIONS_DIR "/vfio-wizard_de.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDomDocument ts;
        QVERIFY(ts.setContent(&file));
        const QDomNodeList messages = ts.elementsByTagName(QStringLiteral("message"));
        QVERIFY(messages.size() > 50);
        const QRegularExpression placeholder(QStringLiteral("%\\d"));
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement message = messages.at(i).toElement();
            const QString source = message.firstChildElement(QStringLiteral("source")).text();
            const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
            const QString type = translation.attribute(QStringLiteral("type"));
            QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(type, source)));
            QVERIFY2(!translation.text().isEmpty(), qPrintable(QStringLiteral("empty: ") + source));
            QSet<QString> wanted, found;
            for (auto it = placeholder.globalMatch(source); it.hasNext();)
                wanted.insert(it.next().captured());
            for (auto it = placeholder.globalMatch(translation.text()); it.hasNext();)
                found.insert(it.next().captured());
            QVERIFY2(wanted == found, qPrintable(QStringLiteral("placeholders differ: ") + source));
        }
    }

    void everyMessageHasAContext()
    {
        // lupdate drops a tr() it cannot give a context; such a message never gets translated.
        const QString lupdate = QStringLiteral(VFIO_LUPDATE);
        QStringList sources;
        for (const char *dir : {"app", "core", "ui"})
            for (QDirIterator it(QStringLiteral(VFIO_SOURCE_DIR "/") + QLatin1String(dir), {QStringLiteral("*.cpp")}, QDir::Files,
                                 QDirIterator::Subdirectories);
                 it.hasNext();)
                sources << it.next();
        QVERIFY(sources.size() > 50);
        QTemporaryDir dir;
        QProcess process;
        process.start(lupdate, sources + QStringList{QStringLiteral("-ts"), dir.filePath(QStringLiteral("check.ts"))});
        QVERIFY(process.waitForFinished(60000));
        const QString output = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
        QVERIFY2(!output.contains(QStringLiteral("cannot be called without context")), qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("Found")));
        // Every message of today's sources is in the committed German file (update_translations ran).
        const QSet<QString> committed = messages(QStringLiteral(VFIO_TRANSLATIONS_DIR "/vfio-wizard_de.ts"));
        QStringList missing;
        for (const QString &message : messages(dir.filePath(QStringLiteral("check.ts"))))
            if (!committed.contains(message))
                missing << message;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run the update_translations target; missing:\n") + missing.join(u'\n')));
    }

    void englishHasEveryPluralForm()
    {
        const QString lupdate = QStringLiteral(VFIO_LUPDATE);
        QStringList sources;
        for (const char *dir : {"app", "core", "ui"})
            for (QDirIterator it(QStringLiteral(VFIO_SOURCE_DIR "/") + QLatin1String(dir), {QStringLiteral("*.cpp")}, QDir::Files,
                                 QDirIterator::Subdirectories);
                 it.hasNext();)
                sources << it.next();
        QTemporaryDir dir;
        QProcess process;
        process.start(lupdate, sources + QStringList{QStringLiteral("-pluralonly"), QStringLiteral("-ts"), dir.filePath(QStringLiteral("en.ts"))});
        QVERIFY(process.waitForFinished(60000));
        const QSet<QString> wanted = messages(dir.filePath(QStringLiteral("en.ts")));
        QVERIFY(wanted.size() >= 10);
        QVERIFY2(messages(QStringLiteral(VFIO_TRANSLATIONS_DIR "/vfio-wizard_en.ts")).contains(wanted),
                 "run the update_translations target: vfio-wizard_en.ts lacks plural messages");

        QFile file(QStringLiteral(VFIO_TRANSLATIONS_DIR "/vfio-wizard_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDomDocument ts;
        QVERIFY(ts.setContent(&file));
        const QDomNodeList list = ts.elementsByTagName(QStringLiteral("message"));
        for (int i = 0; i < list.size(); ++i) {
            const QDomElement message = list.at(i).toElement();
            const QString source = message.firstChildElement(QStringLiteral("source")).text();
            const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
            QVERIFY2(translation.attribute(QStringLiteral("type")).isEmpty(), qPrintable(source));
            const QDomNodeList forms = translation.elementsByTagName(QStringLiteral("numerusform"));
            QVERIFY2(forms.size() == 2, qPrintable(source));
            for (int f = 0; f < forms.size(); ++f) {
                const QString form = forms.at(f).toElement().text();
                QVERIFY2(form.contains(QStringLiteral("%n")) && !form.contains(QStringLiteral("(s)")), qPrintable(form));
            }
        }
    }

    void pluralsAsTheUserReadsThem_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("two");
        QTest::newRow("English") << "en_US" << "1 socket" << "2 sockets";
        QTest::newRow("British English") << "en_GB" << "1 socket" << "2 sockets";
        QTest::newRow("French: no translation, English forms") << "fr_FR" << "1 socket" << "2 sockets";
        QTest::newRow("German") << "de_DE" << "1 Sockel" << "2 Sockel";
    }
    void pluralsAsTheUserReadsThem()
    {
        QFETCH(QString, locale);
        QFETCH(QString, one);
        QFETCH(QString, two);
        QLocale::setDefault(QLocale(locale));
        Translations::install(*QCoreApplication::instance(), false);
        const auto cleanup = qScopeGuard([] {
            for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
            QLocale::setDefault(QLocale::c());
        });
        QCOMPARE(QCoreApplication::translate("VmSummary", "%n socket(s)", nullptr, 1), one);
        QCOMPARE(QCoreApplication::translate("VmSummary", "%n socket(s)", nullptr, 2), two);
    }

    void germanReachesTheUser_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("german");
        const QString hosts = QStringLiteral(VFIO_TEST_HOSTS_DIR);
        QTest::newRow("HostScanner") << QStringList{"scan", "--root", "/no/such/root"} << "Verzeichnis existiert nicht";
        QTest::newRow("Cli option") << QStringList{"generate", "--help"} << "Anzahl der vCPUs";
        QTest::newRow("Cli error") << QStringList{"generate", "--root", hosts + "/article", "--hugepages", "4K", "--out", "/tmp/x"}
                                   << "ist keines von off, 2M, 1G";
        QTest::newRow("HostUseGuard") << QStringList{"generate", "--root", hosts + "/ryzen", "--gpu", "0000:05:00.0", "--out", "/tmp/x"}
                                      << "kann nicht an die VM gehen";
        QTest::newRow("PassthroughPlanner") << QStringList{"generate", "--root", hosts + "/ryzen", "--gpu", "0000:05:00.0",
                                                           "--allow-host-use", "05:00.0", "--allow-host-use", "02:00.0",
                                                           "--allow-host-use", "02:00.1", "--allow-host-use", "04:00.0", "--out", "/tmp/x"}
                                            << "geht wie erlaubt ganz an die VM";
        QTest::newRow("ScanSummary") << QStringList{"scan", "--root", hosts + "/article"} << "Arbeitsspeicher";
        QTest::newRow("HostUseGuard: what a disk holds")
            << QStringList{"generate", "--root", hosts + "/article", "--disk", "/dev/disk/by-id/ata-ST2000DM001-1ER164_Z4Z2ABCD", "--out", "/tmp/x"}
            << "enthält ZFS-Pool tank";
    }
    void germanReachesTheUser()
    {
        // lupdate and the running program must agree on each message's context, or the
        // translation exists in the file and never shows.
        QFETCH(QStringList, arguments);
        QFETCH(QString, german);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(VFIO_WIZARD_BINARY), arguments);
        QVERIFY(process.waitForFinished(30000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QVERIFY2(output.contains(german), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
