// The scan against the tools people trust, on the same fixture trees: lspci (libpci's own
// front end) for PCI, hwloc's lstopo for the CPU topology.
#include "scan/hostscanner.h"
#include "support/testhosts.h"

#include <QDomDocument>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace {

QByteArray runTool(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

using CpuSets = QSet<QList<int>>;

/// The PU sets of every object of the given hwloc type.
void collect(const QDomElement &object, const QString &type, CpuSets &sets, QList<int> *pus)
{
    QList<int> mine;
    if (object.attribute(QStringLiteral("type")) == QLatin1String("PU"))
        mine.append(object.attribute(QStringLiteral("os_index")).toInt());
    for (QDomElement child = object.firstChildElement(QStringLiteral("object")); !child.isNull();
         child = child.nextSiblingElement(QStringLiteral("object")))
        collect(child, type, sets, &mine);
    std::sort(mine.begin(), mine.end());
    if (object.attribute(QStringLiteral("type")) == type)
        sets.insert(mine);
    if (pus)
        pus->append(mine);
}

CpuSets hwlocSets(const QDomDocument &xml, const QString &type)
{
    CpuSets sets;
    collect(xml.documentElement().firstChildElement(QStringLiteral("object")), type, sets, nullptr);
    return sets;
}

template<typename Key>
CpuSets groupThreads(const CpuTopology &cpu, Key key)
{
    QHash<QString, QList<int>> groups;
    for (const CpuThread &t : cpu.threads)
        groups[key(t)].append(t.id);
    CpuSets sets;
    for (const auto &ids : groups)
        sets.insert(ids);
    return sets;
}

} // namespace

class TestCrossCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("lspci")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("lstopo-no-graphics")).isEmpty())
            QFAIL("lspci (pciutils) and lstopo-no-graphics (hwloc) are needed: run scripts/deps.sh");
    }

    void pciMatchesLspci_data()
    {
        QTest::addColumn<QString>("host");
        for (const QString &name : TestHosts::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void pciMatchesLspci()
    {
        QFETCH(QString, host);
        const QString root = TestHosts::root(host);
        const Result<HostScan> scan = HostScanner(HostRoot(root)).scan();
        QVERIFY(scan.ok());

        const QByteArray output = runTool(QStringLiteral("lspci"),
            {QStringLiteral("-vmmnk"), QStringLiteral("-D"), QStringLiteral("-A"), QStringLiteral("linux-sysfs"),
             QStringLiteral("-O"), QStringLiteral("sysfs.path=") + root + QStringLiteral("/sys/bus/pci")});
        QList<QHash<QString, QString>> records;
        for (const QByteArray &block : output.split('\n')) {
            if (block.isEmpty())
                continue;
            if (block.startsWith("Slot:"))
                records.append(QHash<QString, QString>());
            const qsizetype tab = block.indexOf(':');
            records.last().insert(QString::fromUtf8(block.left(tab)), QString::fromUtf8(block.mid(tab + 1).trimmed()));
        }
        QCOMPARE(scan->pci.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const auto &lspci = records[i];
            const PciDevice &ours = scan->pci[i];
            const QString where = ours.address.toString();
            QCOMPARE(where, lspci.value(QStringLiteral("Slot")));
            QCOMPARE(QStringLiteral("%1").arg(ours.classId >> 8, 4, 16, QLatin1Char('0')), lspci.value(QStringLiteral("Class")));
            QCOMPARE(QStringLiteral("%1").arg(ours.classId & 0xff, 2, 16, QLatin1Char('0')), lspci.value(QStringLiteral("ProgIf")));
            QCOMPARE(QStringLiteral("%1").arg(ours.vendorId, 4, 16, QLatin1Char('0')), lspci.value(QStringLiteral("Vendor")));
            QCOMPARE(QStringLiteral("%1").arg(ours.deviceId, 4, 16, QLatin1Char('0')), lspci.value(QStringLiteral("Device")));
            QCOMPARE(QStringLiteral("%1").arg(ours.revision, 2, 16, QLatin1Char('0')), lspci.value(QStringLiteral("Rev"), QStringLiteral("00")));
            if (lspci.contains(QStringLiteral("SVendor")))
                QCOMPARE(QStringLiteral("%1").arg(ours.subsystemVendorId, 4, 16, QLatin1Char('0')), lspci.value(QStringLiteral("SVendor")));
            QCOMPARE(ours.driver, lspci.value(QStringLiteral("Driver")));
            QCOMPARE(ours.iommuGroup ? QString::number(*ours.iommuGroup) : QString(), lspci.value(QStringLiteral("IOMMUGroup")));
        }
    }

    void cpuMatchesHwloc_data() { pciMatchesLspci_data(); }
    void cpuMatchesHwloc()
    {
        QFETCH(QString, host);
        const QString root = TestHosts::root(host);
        const Result<HostScan> scan = HostScanner(HostRoot(root)).scan();
        QVERIFY(scan.ok());

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HWLOC_FSROOT"), root);
        const QByteArray xml = runTool(QStringLiteral("lstopo-no-graphics"),
                                       {QStringLiteral("--no-io"), QStringLiteral("--of"), QStringLiteral("xml"), QStringLiteral("-")},
                                       environment);
        QDomDocument document;
        QVERIFY2(document.setContent(xml), "lstopo gave no XML");

        const CpuTopology &cpu = scan->cpu;
        const CpuSets packages = groupThreads(cpu, [](const CpuThread &t) { return QString::number(t.package); });
        // A core is the kernel's sibling set, as hwloc builds it; core_id repeats across the
        // nodes of an Opteron 6200 package.
        const CpuSets cores = groupThreads(cpu, [](const CpuThread &t) {
            const auto [package, die, node, first] = CpuTopology::coreKey(t);
            return QStringLiteral("%1/%2/%3/%4").arg(package).arg(die).arg(node).arg(first);
        });
        const CpuSets l3 = groupThreads(cpu, [](const CpuThread &t) { return QString::number(t.l3.value_or(-1)); });
        CpuSets pus;
        for (const CpuThread &t : cpu.threads)
            pus.insert({t.id});

        QCOMPARE(hwlocSets(document, QStringLiteral("Package")), packages);
        QCOMPARE(hwlocSets(document, QStringLiteral("Core")), cores);
        QCOMPARE(hwlocSets(document, QStringLiteral("L3Cache")), l3);
        QCOMPARE(hwlocSets(document, QStringLiteral("PU")), pus);
        // Siblings as the scan reports them are exactly hwloc's cores.
        for (const CpuThread &t : cpu.threads)
            QVERIFY(cores.contains(t.siblings));
    }
};

QTEST_GUILESS_MAIN(TestCrossCheck)
#include "tst_crosscheck.moc"
