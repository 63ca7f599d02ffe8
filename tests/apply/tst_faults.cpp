// Fault injection: host trees full of garbage, huge directories and unreadable files; output
// writes killed half-way or hitting a full disk; the libvirt daemon killed during a define.
// Processes are real: the CLI under strace's fault injection, a real tmpfs, the real libvirtd.
#include "libvirt/libvirtconnection.h"
#include "scan/hostscanner.h"
#include "support/cliprocess.h"
#include "support/libvirttesthost.h"
#include "support/testhosts.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mount.h>
#include <unistd.h>

namespace {

using namespace CliProcess;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList generateArguments(const QString &out, const QString &memoryGiB)
{
    return {QStringLiteral("generate"), QStringLiteral("--root"), TestHosts::root(QStringLiteral("article")), QStringLiteral("--memory"),
            memoryGiB, QStringLiteral("--out"), out, QStringLiteral("--force")};
}

const QStringList outputs = {QStringLiteral("win10.xml"), QStringLiteral("win10.nix"), QStringLiteral("win10.profile.json")};

/// Seconds to scan a copy of the article host with `count` extra entries in `directory`: the
/// fastest of three scans, so a busy machine does not pass for a slow walk.
double scanSecondsWith(const QString &directory, int count, bool links)
{
    QTemporaryDir dir;
    TestHosts::copyTree(TestHosts::root(QStringLiteral("article")), dir.path());
    const QString target = dir.path() + directory;
    QDir().mkpath(target);
    for (int i = 0; i < count; ++i) {
        const QString name = target + QStringLiteral("/x%1").arg(i);
        if (links)
            QFile::link(QStringLiteral("../../nowhere%1").arg(i), name);
        else
            QDir().mkdir(name);
    }
    double fastest = -1;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QElapsedTimer timer;
        timer.start();
        const Result<HostScan> scan = HostScanner(HostRoot(dir.path())).scan();
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!scan || scan->gpus.isEmpty())
            return -1;
        fastest = fastest < 0 ? seconds : std::min(fastest, seconds);
    }
    return fastest;
}

} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private slots:
    void garbageEverywhereStillScans()
    {
        // Every file of the host replaced by binary garbage, or cut in the middle.
        for (const bool truncate : {false, true}) {
            QTemporaryDir dir;
            QVERIFY(TestHosts::copyTree(TestHosts::root(QStringLiteral("article")), dir.path()));
            QRandomGenerator random(truncate ? 7 : 11);
            QDirIterator it(dir.path(), QDir::Files | QDir::System, QDirIterator::Subdirectories);
            int damaged = 0;
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.fileName().endsWith(QLatin1String("expected-scan.json")))
                    continue;
                const QByteArray old = readAll(file.fileName());
                QByteArray bytes(truncate ? old.size() / 2 : qsizetype(random.bounded(1, 64)), Qt::Uninitialized);
                if (truncate)
                    bytes = old.left(old.size() / 2);
                else
                    for (char &c : bytes)
                        c = char(random.bounded(256));
                QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                file.write(bytes);
                ++damaged;
            }
            QVERIFY(damaged > 500);
            const Result<HostScan> scan = HostScanner(HostRoot(dir.path())).scan();
            QVERIFY2(scan, scan ? "" : qPrintable(scan.error()));
            QVERIFY(!scan->warnings.isEmpty());
        }
    }

    void hugeDirectoriesScanInLinearTime_data()
    {
        QTest::addColumn<QString>("directory");
        QTest::addColumn<bool>("links");
        QTest::newRow("100k disk links") << QStringLiteral("/dev/disk/by-id") << true;
        QTest::newRow("100k IOMMU groups") << QStringLiteral("/sys/kernel/iommu_groups") << false;
        QTest::newRow("100k network interfaces") << QStringLiteral("/sys/class/net") << true;
    }
    void hugeDirectoriesScanInLinearTime()
    {
        QFETCH(QString, directory);
        QFETCH(bool, links);
        const double base = scanSecondsWith(directory, 0, links);
        const double tenThousand = scanSecondsWith(directory, 10000, links);
        const double hundredThousand = scanSecondsWith(directory, 100000, links);
        QVERIFY(base >= 0 && tenThousand >= 0 && hundredThousand >= 0);
        // Ten times the entries may cost ten times as much (less, with the fixed part of the
        // scan), with room for noise, but not a hundred times, which a quadratic walk would.
        const double growth = hundredThousand / tenThousand;
        qInfo("%s: %.3f s, 10k: %.3f s, 100k: %.3f s, growth x%.1f", qPrintable(directory), base, tenThousand, hundredThousand, growth);
        QVERIFY2(growth < 25, qPrintable(QString::number(growth)));
        QVERIFY(hundredThousand < 60);
    }

    void unreadableFilesBecomeWarnings()
    {
        QTemporaryDir dir;
        QVERIFY(TestHosts::copyTree(TestHosts::root(QStringLiteral("article")), dir.path()));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                                                       | QFile::ReadGroup | QFile::ExeGroup));
        const QStringList locked = {QStringLiteral("/proc/meminfo"), QStringLiteral("/sys/devices/system/cpu/cpu3/topology/core_id"),
                                    QStringLiteral("/sys/devices/pci0000:00/0000:00:1c.4/0000:04:00.0/config")};
        for (const QString &path : locked)
            QVERIFY(QFile::setPermissions(dir.path() + path, QFileDevice::Permissions()));
        // Root reads anything: the scan runs as nobody then (setpriv), as the user would.
        QStringList command{QStringLiteral(VFIO_WIZARD_BINARY), QStringLiteral("scan"), QStringLiteral("--root"), dir.path()};
        if (geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            QVERIFY(!setpriv.isEmpty());
            command = QStringList{setpriv, QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups")} + command;
            // nobody must reach the tree: open up the directories above it.
            for (QString up = dir.path(); up != QLatin1String("/"); up = QFileInfo(up).path())
                if (up.startsWith(QDir::tempPath() + u'/'))
                    QFile::setPermissions(up, QFile::permissions(up) | QFile::ExeOther | QFile::ReadOther);
        }
        const Run scan = run(command.takeFirst(), command);
        QCOMPARE(scan.exitCode, 0);
        // Each is named (the GPU's config by the bus path libpci reads it through).
        for (const QString &path : locked) {
            const QString named = path.section(u'/', -2) + QStringLiteral(": cannot open: Permission denied");
            QVERIFY2(scan.out.contains(named), qPrintable(path + u'\n' + scan.out + scan.err));
        }
    }

    void killedWritesLeaveWholeFiles()
    {
        const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        if (strace.isEmpty())
            QFAIL("strace is missing: scripts/deps.sh installs it");
        QTemporaryDir dir;
        const QString newer = dir.filePath(QStringLiteral("newer"));
        QCOMPARE(run(QStringLiteral(VFIO_WIZARD_BINARY), generateArguments(newer, QStringLiteral("12"))).exitCode, 0);
        // Kill the process at the 1st, 2nd and 3rd rename that puts a finished file in place:
        // every file is then the old one or the new one, never a mix or a stump.
        for (int when = 1; when <= 3; ++when) {
            const QString out = dir.filePath(QStringLiteral("out%1").arg(when));
            QCOMPARE(run(QStringLiteral(VFIO_WIZARD_BINARY), generateArguments(out, QStringLiteral("8"))).exitCode, 0);
            QHash<QString, QByteArray> old;
            for (const QString &name : outputs)
                old[name] = readAll(out + u'/' + name);
            const Run killed = run(strace, QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                            QStringLiteral("-e"), QStringLiteral("trace=rename,renameat,renameat2"), QStringLiteral("-e"),
                                            QStringLiteral("inject=rename,renameat,renameat2:signal=KILL:when=%1").arg(when),
                                            QStringLiteral(VFIO_WIZARD_BINARY)} + generateArguments(out, QStringLiteral("12")));
            QVERIFY2(killed.exitCode != 0, qPrintable(killed.err));
            int replaced = 0;
            for (const QString &name : outputs) {
                const QByteArray now = readAll(out + u'/' + name);
                const bool isOld = now == old[name];
                const bool isNew = now == readAll(newer + u'/' + name);
                QVERIFY2(isOld || isNew, qPrintable(name));
                replaced += isNew && !isOld;
            }
            QCOMPARE(replaced, when - 1);
        }
    }

    void fullDiskIsSaidAndLeavesNothingHalf()
    {
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mountPoint));
        QCOMPARE(::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=8k"), 0);
        const auto unmount = qScopeGuard([&] { ::umount(QFile::encodeName(mountPoint).constData()); });
        // A file that is there before: it must stay as it was.
        QFile keep(mountPoint + QStringLiteral("/win10.nix"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("# the user's module\n");
        keep.close();
        const Run full = run(QStringLiteral(VFIO_WIZARD_BINARY), generateArguments(mountPoint, QStringLiteral("8")));
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(QStringLiteral("No space left on device")) && full.err.contains(mountPoint), qPrintable(full.err));
        QCOMPARE(readAll(keep.fileName()), QByteArray("# the user's module\n"));
        for (const QString &name : QDir(mountPoint).entryList(QDir::Files)) {
            // Whatever was written is whole: the XML parses to its end, no temporary files stay.
            QVERIFY2(outputs.contains(name), qPrintable(name));
            if (name.endsWith(QLatin1String(".xml")))
                QVERIFY(readAll(mountPoint + u'/' + name).trimmed().endsWith("</domain>"));
        }
    }

    void aStuckDaemonIsNamedNotWaitedOn()
    {
        VFIO_REQUIRE_LIBVIRTD();
        const QString pidFile = qEnvironmentVariable("VFIO_WIZARD_LIBVIRTD_PIDFILE");
        if (pidFile.isEmpty())
            QSKIP("libvirtd was not started by scripts/with-libvirtd.sh: this test may not stop it");
        const QString name = QStringLiteral("vfio-fault-stuck");
        const QString xml = QStringLiteral("<domain type='qemu'><name>%1</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                                           "<os><type arch='x86_64' machine='q35'>hvm</type></os></domain>").arg(name);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("stuck.xml"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(xml.toUtf8()) > 0);
        out.close();
        using namespace std::chrono_literals;
        Result<LibvirtConnection> connection = LibvirtConnection::open(LibvirtTestHost::uri(), 3s);
        QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error()));

        QVERIFY(connection->answering());
        // A stopped daemon still accepts connections and reads nothing: every call would hang.
        const pid_t daemon = readAll(pidFile).trimmed().toInt();
        QVERIFY(daemon > 0);
        QCOMPARE(::kill(daemon, SIGSTOP), 0);
        auto resume = qScopeGuard([&] { ::kill(daemon, SIGCONT); });
        QElapsedTimer timer;
        timer.start();
        const Result<LibvirtConnection::Defined> defined = connection->define(xml);
        QVERIFY(!defined.ok());
        QVERIFY2(defined.error().contains(QStringLiteral("did not answer define within 3 s")), qPrintable(defined.error()));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!connection->answering());
        // The connection asks nothing more of that daemon, and says why at once.
        timer.restart();
        const auto listed = connection->domains();
        QVERIFY(!listed.ok());
        QVERIFY2(listed.error().contains(QStringLiteral("did not answer define before")), qPrintable(listed.error()));
        QVERIFY(timer.elapsed() < 1000);
        // The CLI opens its own connection: that is bounded as well.
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VFIO_WIZARD_LIBVIRT_TIMEOUT"), QStringLiteral("3"));
        cli.setProcessEnvironment(env);
        timer.restart();
        cli.start(QStringLiteral(VFIO_WIZARD_BINARY), {QStringLiteral("define"), QStringLiteral("--connect"), LibvirtTestHost::uri(),
                                                       QStringLiteral("--backups"), dir.filePath(QStringLiteral("backups")), file});
        const auto reap = qScopeGuard([&] {
            cli.kill();
            cli.waitForFinished(5000);
        });
        QVERIFY2(cli.waitForFinished(30000), "vfio-wizard define on a stopped daemon did not give up within 30 s");
        const QString said = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() != 0 && said.contains(QStringLiteral("did not answer")) && said.contains(QStringLiteral("within 3 s")),
                 qPrintable(said));
        QVERIFY(timer.elapsed() < 20000);

        // Woken up, the daemon finishes what it was asked (the define lands after all).
        resume.dismiss();
        QCOMPARE(::kill(daemon, SIGCONT), 0);
        const QStringList virsh = {QStringLiteral("-c"), LibvirtTestHost::uri()};
        QVERIFY(QTest::qWaitFor([&] { return run(QStringLiteral("virsh"), virsh + QStringList{QStringLiteral("version")}).exitCode == 0; }, 20000));
        run(QStringLiteral("virsh"), virsh + QStringList{QStringLiteral("undefine"), name});
    }

    void daemonKilledDuringDefineIsSaidAndRerunCompletes()
    {
        VFIO_REQUIRE_LIBVIRTD();
        const QString pidFile = qEnvironmentVariable("VFIO_WIZARD_LIBVIRTD_PIDFILE");
        if (pidFile.isEmpty())
            QSKIP("libvirtd was not started by scripts/with-libvirtd.sh: this test may not kill it");
        const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        QVERIFY(!strace.isEmpty());
        QTemporaryDir dir;
        const QString backups = dir.filePath(QStringLiteral("backups"));
        const QString name = QStringLiteral("vfio-fault-define");
        auto domainFile = [&](int memoryMiB) {
            const QString path = dir.filePath(QStringLiteral("d%1.xml").arg(memoryMiB));
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(QStringLiteral("<domain type='qemu'><name>%1</name><memory unit='MiB'>%2</memory><vcpu>1</vcpu>"
                                      "<os><type arch='x86_64' machine='q35'>hvm</type></os></domain>")
                           .arg(name)
                           .arg(memoryMiB)
                           .toUtf8());
            return path;
        };
        const QStringList common = {QStringLiteral("define"), QStringLiteral("--connect"), LibvirtTestHost::uri(), QStringLiteral("--backups"), backups};
        const QStringList virsh = {QStringLiteral("-c"), LibvirtTestHost::uri()};
        auto daemonAnswers = [&] { return run(QStringLiteral("virsh"), virsh + QStringList{QStringLiteral("version")}).exitCode == 0; };
        // Whatever happens below, the daemon the other tests need is running again afterwards.
        const auto revive = qScopeGuard([&] {
            if (!daemonAnswers()) {
                run(QStringLiteral("libvirtd"), {QStringLiteral("-d"), QStringLiteral("--pid-file"), pidFile});
                (void)QTest::qWaitFor(daemonAnswers, 20000); // best effort: the tests after this one say it if not
            }
            run(QStringLiteral("virsh"), virsh + QStringList{QStringLiteral("undefine"), name});
        });
        run(QStringLiteral("virsh"), virsh + QStringList{QStringLiteral("undefine"), name}); // a leftover of an earlier run
        QCOMPARE(run(QStringLiteral(VFIO_WIZARD_BINARY), common + QStringList{domainFile(256)}).exitCode, 0);
        QVERIFY(QDir(backups).entryList(QDir::Files).isEmpty());

        // The redefinition stalls 3 s right after its backup is in place; the daemon dies then.
        // QSaveFile puts a new file in place with linkat (O_TMPFILE), an existing one with rename.
        QProcess define;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0")); // no LSan under ptrace
        define.setProcessEnvironment(env);
        define.start(strace, QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                         QStringLiteral("-e"), QStringLiteral("trace=rename,renameat,renameat2,link,linkat"), QStringLiteral("-e"),
                                         QStringLiteral("inject=rename,renameat,renameat2,link,linkat:delay_exit=3000000"), QStringLiteral(VFIO_WIZARD_BINARY)}
                                 + common + QStringList{domainFile(512)});
        QVERIFY(QTest::qWaitFor([&] { return !QDir(backups).entryList(QDir::Files).isEmpty(); }, 20000));
        const pid_t daemon = readAll(pidFile).trimmed().toInt();
        QVERIFY(daemon > 0);
        QCOMPARE(::kill(daemon, SIGKILL), 0);
        const auto reap = qScopeGuard([&] { // a failed check below must not leave strace and the CLI running
            define.kill();
            define.waitForFinished(5000);
        });
        QVERIFY2(define.waitForFinished(30000), "the define whose daemon was killed did not finish within 30 s");
        const QString said = QString::fromUtf8(define.readAllStandardError());
        QVERIFY2(define.exitCode() != 0, qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("connection to libvirtd was lost")) && said.contains(QStringLiteral("saved in")), qPrintable(said));
        QCOMPARE(QDir(backups).entryList(QDir::Files).size(), 1);
        QVERIFY(readAll(QDir(backups).filePath(QDir(backups).entryList(QDir::Files).first())).contains("<memory unit='KiB'>262144</memory>"));

        // The daemon comes back (as the test script started it); running again completes.
        QCOMPARE(run(QStringLiteral("libvirtd"), {QStringLiteral("-d"), QStringLiteral("--pid-file"), pidFile}).exitCode, 0);
        QVERIFY(QTest::qWaitFor(daemonAnswers, 20000));
        const Run again = run(QStringLiteral(VFIO_WIZARD_BINARY), common + QStringList{domainFile(512)});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const Run dumped = run(QStringLiteral("virsh"), virsh + QStringList{QStringLiteral("dumpxml"), name});
        QVERIFY(dumped.out.contains(QStringLiteral("524288")));
    }
};

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
