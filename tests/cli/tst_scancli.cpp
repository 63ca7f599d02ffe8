// `vfio-wizard scan` as a user runs it: exit status, JSON keys, messages, files read once.
#include "support/cliprocess.h"
#include "support/testhosts.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using namespace CliProcess;

Run runWizard(const QStringList &arguments, const QString &wrapper = {}, const QStringList &wrapperArguments = {})
{
    if (wrapper.isEmpty())
        return wizard(arguments);
    // LeakSanitizer cannot run under ptrace (a sanitizer build under strace): leaks are checked
    // in the runs without a wrapper.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
    return run(wrapper, wrapperArguments + QStringList{QStringLiteral(VFIO_WIZARD_BINARY)} + arguments, 60000, env);
}

} // namespace

class TestScanCli final : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasTheStableKeys()
    {
        const Run run = runWizard({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--root"), TestHosts::root(QStringLiteral("article"))});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject scan = QJsonDocument::fromJson(run.rawOut, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject cpu = scan.value(QStringLiteral("cpu")).toObject();
        QCOMPARE(cpu.value(QStringLiteral("vendor")).toString(), QStringLiteral("GenuineIntel"));
        QCOMPARE(cpu.value(QStringLiteral("sockets")).toInt(), 1);
        QCOMPARE(cpu.value(QStringLiteral("coresPerSocket")).toInt(), 4);
        QCOMPARE(cpu.value(QStringLiteral("threadsPerCore")).toInt(), 2);
        const QJsonObject cpu5 = cpu.value(QStringLiteral("cpus")).toArray().at(5).toObject();
        for (const char *key : {"id", "package", "core", "siblings", "l3", "node", "kind"})
            QVERIFY2(cpu5.contains(QLatin1String(key)), key);
        QCOMPARE(cpu5.value(QStringLiteral("siblings")).toArray(), (QJsonArray{1, 5}));
        QVERIFY(cpu5.value(QStringLiteral("kind")).isNull());
        const QJsonObject memory = scan.value(QStringLiteral("memory")).toObject();
        QCOMPARE(memory.value(QStringLiteral("totalKiB")).toInteger(), 32 * 1024 * 1024);
        QCOMPARE(memory.value(QStringLiteral("hugepages")).toArray().at(1).toObject().value(QStringLiteral("sizeKiB")).toInt(), 1048576);
        const QJsonObject iommu = scan.value(QStringLiteral("iommu")).toObject();
        QVERIFY(iommu.value(QStringLiteral("enabled")).toBool());
        const QJsonObject group6 = iommu.value(QStringLiteral("groups")).toArray().at(6).toObject();
        QCOMPARE(group6.value(QStringLiteral("devices")).toArray(), (QJsonArray{"0000:00:1c.4", "0000:04:00.0", "0000:04:00.1"}));
        QVERIFY(group6.value(QStringLiteral("safe")).toBool());
        QVERIFY(group6.value(QStringLiteral("spoilers")).toArray().isEmpty());
        const QJsonObject gtx = scan.value(QStringLiteral("pci")).toArray().at(15).toObject();
        QCOMPARE(gtx.value(QStringLiteral("address")).toString(), QStringLiteral("0000:04:00.0"));
        QCOMPARE(gtx.value(QStringLiteral("vendorId")).toString(), QStringLiteral("10de"));
        QCOMPARE(gtx.value(QStringLiteral("deviceId")).toString(), QStringLiteral("1b80"));
        QCOMPARE(gtx.value(QStringLiteral("classId")).toString(), QStringLiteral("030000"));
        QCOMPARE(gtx.value(QStringLiteral("deviceName")).toString(), QStringLiteral("GP104 [GeForce GTX 1080]"));
        QCOMPARE(gtx.value(QStringLiteral("driver")).toString(), QStringLiteral("nouveau"));
        QCOMPARE(gtx.value(QStringLiteral("iommuGroup")).toInt(), 6);
        const QJsonArray gpus = scan.value(QStringLiteral("gpus")).toArray();
        QCOMPARE(gpus.at(1).toObject().value(QStringLiteral("functions")).toArray(), (QJsonArray{"0000:04:00.0", "0000:04:00.1"}));
        QVERIFY(gpus.at(0).toObject().value(QStringLiteral("bootVga")).toBool());
        const QJsonObject eno2 = scan.value(QStringLiteral("network")).toArray().at(1).toObject();
        QCOMPARE(eno2.value(QStringLiteral("name")).toString(), QStringLiteral("eno2"));
        for (const char *key : {"mac", "bridge", "members", "master"})
            QVERIFY2(eno2.contains(QLatin1String(key)), key);
        // Each disk is followed by its partitions: nvme0n1, nvme0n1p1-4, sda, sda1, then the zvol.
        const QJsonArray storage = scan.value(QStringLiteral("storage")).toArray();
        const QJsonObject zvol = storage.at(7).toObject();
        QCOMPARE(zvol.value(QStringLiteral("kind")).toString(), QStringLiteral("zvol"));
        for (const char *key : {"name", "path", "sizeBytes", "rotational", "hostUses"})
            QVERIFY2(zvol.contains(QLatin1String(key)), key);
        QVERIFY(zvol.value(QStringLiteral("hostUses")).toArray().isEmpty()); // the VM's zvol: free
        const QJsonObject root = storage.at(2).toObject();
        QCOMPARE(root.value(QStringLiteral("name")).toString(), QStringLiteral("nvme0n1p2"));
        QCOMPARE(root.value(QStringLiteral("kind")).toString(), QStringLiteral("partition"));
        QCOMPARE(root.value(QStringLiteral("parent")).toString(), QStringLiteral("nvme0n1"));
        QCOMPARE(root.value(QStringLiteral("hostUses")).toArray(), (QJsonArray{"/"}));
        QCOMPARE(storage.at(0).toObject().value(QStringLiteral("hostUses")).toArray(),
                 (QJsonArray{"/boot", "/", "ZFS pool tank (/tank/media, zvol tank/win10)"}));
        QCOMPARE(storage.at(0).toObject().value(QStringLiteral("controller")).toString(), QStringLiteral("0000:05:00.0"));
        QCOMPARE(gtx.value(QStringLiteral("hostUses")).toArray(), QJsonArray{});
        const QJsonObject igpu = scan.value(QStringLiteral("pci")).toArray().at(1).toObject();
        QCOMPARE(igpu.value(QStringLiteral("hostUses")).toArray(), (QJsonArray{"display (HDMI-A-1)"}));
        QVERIFY(scan.value(QStringLiteral("warnings")).isArray());
    }

    void humanSummary()
    {
        const Run run = runWizard({QStringLiteral("scan"), QStringLiteral("--root"), TestHosts::root(QStringLiteral("ryzen"))});
        QCOMPARE(run.exitCode, 0);
        const QString text = run.out;
        QVERIFY(text.contains(QStringLiteral("1 socket(s) x 8 cores x 2 threads")));
        QVERIFY(text.contains(QStringLiteral("IOMMU Group 10 (shared with 0000:02:00.0, 0000:02:00.1, 0000:04:00.0):")));
        QVERIFY(text.contains(QStringLiteral("[10de:1f07]")));
        // What the host uses, next to each device in its IOMMU group and in the storage list.
        QVERIFY(text.contains(QStringLiteral("(driver: ahci); the host uses it: disk sda (/home)")));
        QVERIFY(text.contains(QStringLiteral("the host uses it: keyboard (Cherry GmbH CHERRY Corded Device); mouse (Logitech G305)")));
        QVERIFY(text.contains(QStringLiteral("the host uses it: NIC enp4s0 (default route through br0)")));
        QVERIFY(text.contains(QStringLiteral("/dev/vg0/nix-store; the host uses it: /nix/store")));
        QVERIFY(!text.contains(QStringLiteral("/dev/vg0/win11;"))); // the VM's volume is free
    }

    void missingRoot()
    {
        const Run run = runWizard({QStringLiteral("scan"), QStringLiteral("--root"), QStringLiteral("/no/such/host")});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.contains("/no/such/host"));
    }

    void badArguments()
    {
        const Run run = runWizard({QStringLiteral("scan"), QStringLiteral("--bogus")});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains("bogus"));
    }

    void brokenTreeStillScans()
    {
        QTemporaryDir dir;
        QVERIFY(TestHosts::copyTree(TestHosts::root(QStringLiteral("ryzen")), dir.path()));
        QVERIFY(QFile::remove(dir.path() + QStringLiteral("/sys/devices/system/cpu/cpu2/topology/core_id")));
        const Run run = runWizard({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--root"), dir.path()});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray warnings = QJsonDocument::fromJson(run.rawOut).object().value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.at(0).toString().startsWith(QStringLiteral("/sys/devices/system/cpu/cpu2/topology/core_id")));
    }

    void everyFileIsReadOnce_data()
    {
        QTest::addColumn<QString>("host");
        for (const QString &name : TestHosts::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyFileIsReadOnce()
    {
        QFETCH(QString, host);
        const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        if (strace.isEmpty())
            QFAIL("strace is needed: run scripts/deps.sh");
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("trace"));
        const QString root = TestHosts::root(host);
        const Run run = runWizard({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--root"), root}, strace,
                                  {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"), QStringLiteral("trace=open,openat"),
                                   QStringLiteral("-o"), log});
        QCOMPARE(run.exitCode, 0);
        QFile trace(log);
        QVERIFY(trace.open(QIODevice::ReadOnly));
        QHash<QString, int> opened;
        int total = 0;
        while (!trace.atEnd()) {
            const QString line = QString::fromUtf8(trace.readLine());
            const qsizetype start = line.indexOf(u'"');
            const qsizetype end = line.indexOf(u'"', start + 1);
            if (start < 0 || line.contains(QStringLiteral("O_DIRECTORY")) || line.contains(QStringLiteral("= -1")))
                continue;
            const QString path = line.mid(start + 1, end - start - 1);
            if (path.startsWith(root)) {
                ++opened[path];
                ++total;
            }
        }
        QVERIFY(total > 20); // the trace saw the scan
        for (auto it = opened.cbegin(); it != opened.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 opened %2 times").arg(it.key()).arg(it.value())));
    }
};

QTEST_GUILESS_MAIN(TestScanCli)
#include "tst_scancli.moc"
