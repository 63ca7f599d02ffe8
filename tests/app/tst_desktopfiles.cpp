// The desktop integration: the .desktop file and the AppStream metainfo pass their validators,
// and `cmake --install` puts them, the icon, the binary and its modules where they belong.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString appId = QStringLiteral("io.github.vfiowizard.VfioWizard");

QString resources()
{
    return QStringLiteral(VFIO_SOURCE_DIR "/resources/");
}

QString run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(120000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

} // namespace

class TestDesktopFiles final : public QObject
{
    Q_OBJECT

private slots:
    void desktopFileValidates()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QFAIL("desktop-file-validate is missing: scripts/deps.sh installs desktop-file-utils");
        int code = 0;
        const QString output = run(validator, {resources() + appId + QStringLiteral(".desktop")}, &code);
        QVERIFY2(code == 0 && output.trimmed().isEmpty(), qPrintable(output));
    }

    void metainfoValidates()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (validator.isEmpty())
            QFAIL("appstreamcli is missing: scripts/deps.sh installs appstream");
        int code = 0;
        const QString output = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
                                               resources() + appId + QStringLiteral(".metainfo.xml")}, &code);
        QVERIFY2(code == 0, qPrintable(output));
    }

    void installPutsEverythingInPlace()
    {
        QTemporaryDir prefix;
        int code = 0;
        const QString output = run(QStringLiteral(VFIO_CMAKE_COMMAND), {QStringLiteral("--install"), QStringLiteral(VFIO_BINARY_DIR),
                                                                        QStringLiteral("--prefix"), prefix.path()}, &code);
        QVERIFY2(code == 0, qPrintable(output));
        const QDir root(prefix.path());
        for (const QString &path : {QStringLiteral("bin/vfio-wizard"), QStringLiteral("share/applications/") + appId + QStringLiteral(".desktop"),
                                    QStringLiteral("share/metainfo/") + appId + QStringLiteral(".metainfo.xml"),
                                    QStringLiteral("share/icons/hicolor/scalable/apps/") + appId + QStringLiteral(".svg")})
            QVERIFY2(QFileInfo::exists(root.filePath(path)), qPrintable(path));
        QVERIFY(!root.entryList({QStringLiteral("lib*")}, QDir::Dirs).isEmpty());
        // The installed binary finds its modules from where it was installed.
        const QString version = run(root.filePath(QStringLiteral("bin/vfio-wizard")), {QStringLiteral("--version")}, &code);
        QCOMPARE(code, 0);
        QVERIFY(version.contains(QStringLiteral("0.1")));
        const QString help = run(root.filePath(QStringLiteral("bin/vfio-wizard")), {QStringLiteral("restore"), QStringLiteral("--help")}, &code);
        QVERIFY2(code == 0, qPrintable(help)); // the libvirt module loads from ../lib/vfio-wizard
        // The desktop file starts what was installed, with the icon that was installed.
        QFile desktop(root.filePath(QStringLiteral("share/applications/") + appId + QStringLiteral(".desktop")));
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        const QString entry = QString::fromUtf8(desktop.readAll());
        QVERIFY(entry.contains(QStringLiteral("\nExec=vfio-wizard\n")));
        QVERIFY(entry.contains(QStringLiteral("\nIcon=") + appId + u'\n'));
    }
};

QTEST_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
