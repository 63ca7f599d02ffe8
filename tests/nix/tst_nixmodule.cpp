// The NixOS module: parsed and evaluated by Nix itself against a stub { config, lib, pkgs }.
#include "nix/nixmodulewriter.h"
#include "nix/nixstring.h"
#include "util/safename.h"
#include "support/plancases.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct NixRun
{
    bool ok = false;
    QByteArray out;
    QByteArray err;
};

NixRun nix(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Evaluation needs no builders; without this Nix complains about a missing nixbld group.
    environment.insert(QStringLiteral("NIX_CONFIG"), QStringLiteral("build-users-group =\nexperimental-features ="));
    environment.insert(QStringLiteral("NIX_STATE_DIR"), QDir::tempPath() + QStringLiteral("/vfio-wizard-nix-state"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("nix-instantiate"), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

/// The module's value as JSON, applied to a stub of NixOS' module arguments.
QJsonObject evaluate(const QString &module, QTemporaryDir &dir)
{
    const QString modulePath = dir.filePath(QStringLiteral("module.nix"));
    QFile file(modulePath);
    file.open(QIODevice::WriteOnly);
    file.write(module.toUtf8());
    file.close();
    const QString expression = QStringLiteral(
        "import %1 { config = { boot.kernelPackages.vendor-reset = \"/stub/vendor-reset\"; }; lib = {}; "
        "pkgs = { libvirt = \"/stub/libvirt\"; OVMFFull.fd = \"/stub/ovmf\"; }; }")
                                   .arg(modulePath);
    const NixRun run = nix({QStringLiteral("--eval"), QStringLiteral("--strict"), QStringLiteral("--json"), QStringLiteral("-E"), expression});
    if (!run.ok)
        qWarning("nix-instantiate --eval: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

QJsonValue at(const QJsonObject &object, const QStringList &path)
{
    QJsonValue value = object;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value;
}

} // namespace

class TestNixModule final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("nix-instantiate")).isEmpty())
            QFAIL("nix-instantiate (nix-bin) is needed: run scripts/deps.sh");
    }

    void golden_data()
    {
        addPlanCaseRows();
    }
    void golden()
    {
        QFETCH(int, index);
        const PlanCase c = planCases()[index];
        const VmPlan plan = planCase(c);
        const QString module = NixModuleWriter::write(plan.spec, TestHosts::scan(c.host), plan.spec.name + QStringLiteral(".xml"));
        const QString difference = TestHosts::compareTextWithGolden(module, generatedGolden(c.name + QStringLiteral(".nix")));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("m.nix")));
        file.open(QIODevice::WriteOnly);
        file.write(module.toUtf8());
        file.close();
        const NixRun parsed = nix({QStringLiteral("--parse"), file.fileName()});
        QVERIFY2(parsed.ok, parsed.err.constData());
    }

    void articleModuleEvaluates()
    {
        const PlanCase c = planCases()[0];
        const VmPlan plan = planCase(c);
        QTemporaryDir dir;
        const QJsonObject value = evaluate(NixModuleWriter::write(plan.spec, TestHosts::scan(c.host), QStringLiteral("win10.xml")), dir);
        QCOMPARE(at(value, {"boot", "kernelParams"}).toVariant().toStringList(),
                 (QStringList{"intel_iommu=on", "iommu=pt", "vfio-pci.ids=10de:1b80,10de:10f0", "default_hugepagesz=1G",
                              "hugepagesz=1G", "hugepages=24"}));
        QCOMPARE(at(value, {"boot", "initrd", "kernelModules"}).toVariant().toStringList(), (QStringList{"vfio_pci", "vfio", "vfio_iommu_type1"}));
        // nouveau only: snd_hda_intel also drives the board's own audio.
        QCOMPARE(at(value, {"boot", "blacklistedKernelModules"}).toVariant().toStringList(), QStringList{"nouveau"});
        QCOMPARE(at(value, {"networking", "bridges", "br0", "interfaces"}).toVariant().toStringList(), QStringList{"eno2"});
        QCOMPARE(at(value, {"networking", "interfaces", "br0", "useDHCP"}).toBool(), true);
        QCOMPARE(at(value, {"virtualisation", "libvirtd", "enable"}).toBool(), true);
        QCOMPARE(at(value, {"virtualisation", "libvirtd", "qemu", "ovmf", "enable"}).toBool(), true);
        QCOMPARE(at(value, {"users", "users", "alice", "extraGroups"}).toVariant().toStringList(), QStringList{"libvirtd"});
    }

    void amdHostNeedsNoIommuParameter()
    {
        const PlanCase c = planCases()[1];
        const VmPlan plan = planCase(c);
        const QStringList parameters = NixModuleWriter::kernelParameters(plan.spec, TestHosts::scan(c.host));
        QVERIFY(!parameters.contains(QStringLiteral("intel_iommu=on")));
        QVERIFY(!parameters.contains(QStringLiteral("amd_iommu=on")));
        QVERIFY(parameters.contains(QStringLiteral("vfio-pci.ids=10de:1f07,10de:10f9,10de:1ada,10de:1adb")));
        // The RTX is the only card nvidia drives, so the host can do without the driver.
        QCOMPARE(NixModuleWriter::driversToBlacklist(plan.spec, TestHosts::scan(c.host)), QStringList{"nvidia"});
    }

    void hostileStringsComeOutTheSame()
    {
        VmSpec spec = planCase(planCases()[0]).spec;
        const QString evil = QStringLiteral("a\"b\\c${builtins.abort \"x\"}d\ne\t$f''g");
        spec.name = evil;
        spec.network.bridge = evil;
        spec.network.uplink = evil + QStringLiteral("!");
        spec.user = evil;
        spec.defineAtBoot = true;
        QTemporaryDir dir;
        const QString module = NixModuleWriter::write(spec, TestHosts::scan(QStringLiteral("article")), QStringLiteral("vm.xml"));
        QFile xml(dir.filePath(QStringLiteral("vm.xml")));
        xml.open(QIODevice::WriteOnly);
        xml.write("<domain/>");
        xml.close();
        const QJsonObject value = evaluate(module, dir);
        QVERIFY(!value.isEmpty());
        QCOMPARE(at(value, {"networking", "bridges"}).toObject().keys(), QStringList{evil});
        QCOMPARE(at(value, {"networking", "bridges", evil, "interfaces"}).toVariant().toStringList(), QStringList{evil + QStringLiteral("!")});
        QCOMPARE(at(value, {"users", "users"}).toObject().keys(), QStringList{evil});
        // The unit is named as systemd-escape names it: only [A-Za-z0-9:_.] and \x escapes.
        const QJsonObject services = at(value, {"systemd", "services"}).toObject();
        QCOMPARE(services.keys(), QStringList{QStringLiteral("vfio-wizard-define-") + SafeName::systemdEscape(evil)});
        static const QRegularExpression unitCharacters(QStringLiteral("^[A-Za-z0-9:_.\\\\-]+$"));
        QVERIFY(unitCharacters.match(services.keys().first()).hasMatch());
    }

    void unitNamesAreEscapedAsSystemdEscapeDoes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "win10";
        QTest::newRow("space and dash") << "Windows 11-pro";
        QTest::newRow("leading dot") << ".hidden";
        QTest::newRow("dots inside") << "a.b..c";
        QTest::newRow("backslash") << "a\\x2d";
        QTest::newRow("quotes and dollar") << "a\"b'c$d`e";
        QTest::newRow("umlauts and emoji") << QString::fromUtf8("Spiele-Rechner \xc3\xa4\xc3\xb6 \xf0\x9f\x8e\xae");
        QTest::newRow("newline and tab") << "a\nb\tc";
        QTest::newRow("colon and underscore") << "vm:one_two";
    }
    void unitNamesAreEscapedAsSystemdEscapeDoes()
    {
        QFETCH(QString, name);
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("systemd-escape"));
        if (tool.isEmpty())
            QSKIP("systemd-escape is not installed");
        QProcess process;
        process.start(tool, {QStringLiteral("--"), name});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(SafeName::systemdEscape(name), QString::fromUtf8(process.readAllStandardOutput()).chopped(1));
    }

    void longNamesStayWithinSystemdsLimit()
    {
        const QString longName = QString(300, u'\u00e4'); // 600 bytes, each escaped to 8 characters
        const QString unit = SafeName::systemdUnit(QStringLiteral("vfio-wizard-define-"), longName, QStringLiteral(".service"));
        QVERIFY(unit.size() <= 255);
        QVERIFY(unit.startsWith(QStringLiteral("vfio-wizard-define-\\xc3\\xa4")));
        QVERIFY(unit.endsWith(QStringLiteral(".service")));
        static const QRegularExpression wholeEscapes(QStringLiteral("^vfio-wizard-define-(\\\\x[0-9a-f]{2})+_[0-9a-f]{8}\\.service$"));
        QVERIFY2(wholeEscapes.match(unit).hasMatch(), qPrintable(unit));
        QVERIFY(unit != SafeName::systemdUnit(QStringLiteral("vfio-wizard-define-"), longName + u'x', QStringLiteral(".service")));
    }

    void identicalGpusAreBoundByAddress()
    {
        // Two RX 5700 XT: the host's (0000:0b:00.0, its display) and the VM's (0000:0e:00.0).
        const HostScan host = TestHosts::scan(QStringLiteral("twins"));
        const VmPlan plan = VmPlanner::plan(host, HostRoot(TestHosts::root(QStringLiteral("twins"))), PlanRequest());
        QVERIFY(plan.ok());
        QCOMPARE(plan.spec.gpu.address->toString(), QStringLiteral("0000:0e:00.0"));
        const QString module = NixModuleWriter::write(plan.spec, host, QStringLiteral("win10.xml"));
        const QString difference = TestHosts::compareTextWithGolden(module, generatedGolden(QStringLiteral("twins.nix")));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QTemporaryDir dir;
        const QJsonObject value = evaluate(module, dir);
        QVERIFY(!value.isEmpty());
        const QStringList parameters = at(value, {"boot", "kernelParams"}).toVariant().toStringList();
        for (const QString &parameter : parameters) {
            QVERIFY2(!parameter.contains(QStringLiteral("1002:731f")) && !parameter.contains(QStringLiteral("1002:ab38")), qPrintable(parameter));
            QVERIFY(!parameter.startsWith(QStringLiteral("vfio-pci.ids")));
        }
        const QString initrd = at(value, {"boot", "initrd", "services", "udev", "rules"}).toString();
        const QString running = at(value, {"services", "udev", "extraRules"}).toString();
        for (const QString &rules : {initrd, running}) {
            QVERIFY(rules.contains(QStringLiteral("KERNEL==\"0000:0e:00.0\", ATTR{driver_override}=\"vfio-pci\"")));
            QVERIFY(rules.contains(QStringLiteral("KERNEL==\"0000:0e:00.1\", ATTR{driver_override}=\"vfio-pci\"")));
            QVERIFY(!rules.contains(QStringLiteral("0000:0b:00"))); // the host's card is untouched
        }
        QVERIFY(!module.contains(QStringLiteral("0000:0b:00")));
        // amdgpu drives the host's card: it stays.
        QVERIFY(at(value, {"boot", "blacklistedKernelModules"}).isUndefined());
        // Navi 10: vendor-reset, early, and as the VM card's reset method.
        QCOMPARE(at(value, {"boot", "extraModulePackages"}).toVariant().toStringList(), QStringList{"/stub/vendor-reset"});
        QVERIFY(at(value, {"boot", "initrd", "kernelModules"}).toVariant().toStringList().contains(QStringLiteral("vendor-reset")));
        QVERIFY(running.contains(QStringLiteral("KERNEL==\"0000:0e:00.0\", ATTR{reset_method}=\"device_specific\"")));
        QVERIFY(!running.contains(QStringLiteral("KERNEL==\"0000:0e:00.1\", ATTR{reset_method}"))); // the audio function resets fine
    }

    void distinctIdsStayInVfioPciIds()
    {
        const PlanCase c = planCases()[0];
        const VmPlan plan = planCase(c);
        const HostScan host = TestHosts::scan(c.host);
        QVERIFY(NixModuleWriter::sharedIds(plan.spec, host).isEmpty());
        QVERIFY(!NixModuleWriter::write(plan.spec, host, QStringLiteral("win10.xml")).contains(QStringLiteral("driver_override")));
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "br0" << "\"br0\"";
        QTest::newRow("quote") << "a\"b" << "\"a\\\"b\"";
        QTest::newRow("backslash") << "a\\b" << "\"a\\\\b\"";
        QTest::newRow("interpolation") << "${x}" << "\"\\${x}\"";
        QTest::newRow("lone dollar") << "$x" << "\"$x\"";
        QTest::newRow("newline") << "a\nb" << "\"a\\nb\"";
    }
    void quoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(NixString::quote(text), quoted);
    }
};

QTEST_GUILESS_MAIN(TestNixModule)
#include "tst_nixmodule.moc"
