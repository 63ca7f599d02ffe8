// The NixOS module: parsed and evaluated by Nix itself against a stub { config, lib, pkgs }.
#include "nix/nixmodulewriter.h"
#include "nix/nixstring.h"
#include "util/safename.h"
#include "support/plancases.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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

/// The module's value as JSON, applied to a stub of NixOS' module arguments: a kernel of
/// `kernel`'s version, pkgs.systemd at `systemd`, and writeShellScript giving the script's text.
QJsonObject evaluate(const QString &module, QTemporaryDir &dir, const QString &kernel = QStringLiteral("6.1.69"),
                     const QString &systemd = QStringLiteral("/stub/systemd"))
{
    const QString modulePath = dir.filePath(QStringLiteral("module.nix"));
    QFile file(modulePath);
    file.open(QIODevice::WriteOnly);
    file.write(module.toUtf8());
    file.close();
    const QString expression = QStringLiteral(
        "import %1 { config = { boot.kernelPackages = { kernel.version = %2; vendor-reset = \"/stub/vendor-reset\"; }; }; lib = {}; "
        "pkgs = { libvirt = \"/stub/libvirt\"; OVMFFull.fd = \"/stub/ovmf\"; systemd = %3; writeShellScript = name: text: text; }; }")
                                   .arg(modulePath, NixString::quote(kernel), NixString::quote(systemd));
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

/// The isolation hook of a VM's module as Nix renders it, in a directory with a fake systemctl
/// (it logs its arguments, and fails when FAKE_SYSTEMCTL_FAILS is 1) and systemd-cat.
struct Hook
{
    bool ok = false;
    QString error;
    std::shared_ptr<QTemporaryDir> dir = std::make_shared<QTemporaryDir>();
    mutable int lastExitCode = -1;

    QString path(const char *file) const { return dir->filePath(QLatin1String(file)); }
    /// Runs the hook as libvirt does (VM name, operation, sub-operation, extra), in the
    /// temporary directory, and returns what it asked systemctl to do.
    QStringList run(const QStringList &arguments, int systemctlFails = 0) const
    {
        QFile::remove(path("systemctl.log"));
        QProcess process;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), path("fake/bin") + QStringLiteral(":/usr/bin:/bin"));
        environment.insert(QStringLiteral("FAKE_LOG"), path("systemctl.log"));
        environment.insert(QStringLiteral("FAKE_JOURNAL"), path("journal.log"));
        environment.insert(QStringLiteral("FAKE_SYSTEMCTL_FAILS"), QString::number(systemctlFails));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(dir->path());
        process.start(QStringLiteral("/bin/bash"), QStringList{path("hook")} + arguments);
        process.waitForFinished(10000);
        lastExitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        QFile log(path("systemctl.log"));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    QString journal() const
    {
        QFile log(path("journal.log"));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }
};

Hook renderHook(const VmSpec &spec, const HostScan &host)
{
    Hook hook;
    QDir().mkpath(hook.path("fake/bin"));
    const auto script = [&](const char *name, const QByteArray &body) {
        QFile file(hook.path("fake/bin/") + QLatin1String(name));
        file.open(QIODevice::WriteOnly);
        file.write("#!/bin/sh\n" + body);
        file.close();
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    };
    script("systemctl", "echo \"$*\" >> \"$FAKE_LOG\"\n[ \"$FAKE_SYSTEMCTL_FAILS\" = 1 ] && exit 1\nexit 0\n");
    script("systemd-cat", "cat >> \"$FAKE_JOURNAL\"\n");
    const QJsonObject value = evaluate(NixModuleWriter::write(spec, host, QStringLiteral("vm.xml")), *hook.dir,
                                       QStringLiteral("6.1.69"), hook.path("fake"));
    const QJsonObject hooks = at(value, {"virtualisation", "libvirtd", "hooks", "qemu"}).toObject();
    if (hooks.keys() != QStringList{HostScan::isolationHookName(spec.name)}) {
        hook.error = QStringLiteral("hooks: ") + hooks.keys().join(u' ');
        return hook;
    }
    QFile file(hook.path("hook"));
    file.open(QIODevice::WriteOnly);
    file.write(hooks.begin()->toString().toUtf8());
    file.close();
    hook.ok = true;
    return hook;
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

    void hugepagesOnTheGpusNode_data()
    {
        QTest::addColumn<int>("index"); // of planCases()
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("hugepages");
        QTest::addColumn<bool>("warns");
        // 32 GiB bound to node 1: 32 pages there; a kernel before 5.16 spreads hugepages= over
        // both nodes, so twice as many make sure node 1 gets its 32 (and a warning says so).
        QTest::newRow("xeon2s 6.1") << 5 << "6.1.69" << "hugepages=1:32" << false;
        QTest::newRow("xeon2s 5.16") << 5 << "5.16" << "hugepages=1:32" << false;
        QTest::newRow("xeon2s 5.15") << 5 << "5.15.148" << "hugepages=64" << true;
        // 48 GiB over two guest nodes: 36 on node 1 (30 vCPUs), 12 on node 0 (10 vCPUs).
        QTest::newRow("xeon2s-wide 6.6") << 6 << "6.6.10" << "hugepages=0:12,1:36" << false;
        QTest::newRow("xeon2s-wide 5.10") << 6 << "5.10.209" << "hugepages=72" << true;
        // One node: the plain count, whatever the kernel.
        QTest::newRow("x3d 5.10") << 4 << "5.10.209" << "hugepages=32" << false;
    }
    void hugepagesOnTheGpusNode()
    {
        QFETCH(int, index);
        QFETCH(QString, kernel);
        QFETCH(QString, hugepages);
        QFETCH(bool, warns);
        const PlanCase c = planCases()[index];
        const VmPlan plan = planCase(c);
        QVERIFY(plan.ok());
        QTemporaryDir dir;
        const QJsonObject value = evaluate(NixModuleWriter::write(plan.spec, TestHosts::scan(c.host), QStringLiteral("vm.xml")), dir, kernel);
        QVERIFY(!value.isEmpty());
        const QStringList parameters = at(value, {"boot", "kernelParams"}).toVariant().toStringList();
        QCOMPARE(parameters.last(), hugepages);
        QCOMPARE(parameters.mid(parameters.size() - 3, 2), (QStringList{"default_hugepagesz=1G", "hugepagesz=1G"}));
        QCOMPARE(at(value, {"warnings"}).toArray().size(), warns ? 1 : 0);
    }

    void isolationHookConfinesTheHostWhileTheVmRuns()
    {
        // The hook as Nix renders it, run by bash with a fake systemctl first on PATH: the
        // stub's pkgs.systemd is the fake's directory, as the real one is on NixOS.
        const PlanCase c = planCases()[4]; // x3d: the host keeps 8,24 and the vCPUs' CCD is 0-7,16-23
        const VmPlan plan = planCase(c);
        const HostScan host = TestHosts::scan(c.host);
        const Hook hook = renderHook(plan.spec, host);
        QVERIFY2(hook.ok, qPrintable(hook.error));
        const QStringList confine = {"set-property --runtime -- system.slice AllowedCPUs=8-15,24-31",
                                     "set-property --runtime -- user.slice AllowedCPUs=8-15,24-31",
                                     "set-property --runtime -- init.scope AllowedCPUs=8-15,24-31"};
        const QStringList restore = {"set-property --runtime -- system.slice AllowedCPUs=0-31",
                                     "set-property --runtime -- user.slice AllowedCPUs=0-31",
                                     "set-property --runtime -- init.scope AllowedCPUs=0-31"};
        QCOMPARE(hook.run({"gaming", "prepare", "begin", "-"}), confine);
        QVERIFY(hook.journal().contains(QStringLiteral("gaming starts: the host keeps to CPUs 8-15,24-31")));
        QCOMPARE(hook.run({"gaming", "started", "begin", "-"}), QStringList{});
        QCOMPARE(hook.run({"gaming", "stopped", "end", "-"}), restore);
        QCOMPARE(hook.run({"gaming", "release", "end", "-"}), restore);
        // A crash (or a start that fails after prepare): libvirt calls release only.
        QCOMPARE(hook.run({"gaming", "prepare", "begin", "-"}), confine);
        QCOMPARE(hook.run({"gaming", "release", "end", "-"}), restore);
        // Another VM, or one whose name only starts the same: nothing.
        QCOMPARE(hook.run({"gaming2", "prepare", "begin", "-"}), QStringList{});
        QCOMPARE(hook.run({"other", "release", "end", "-"}), QStringList{});
        // systemctl failing is logged, and the VM still starts (the hook exits 0).
        QCOMPARE(hook.run({"gaming", "prepare", "begin", "-"}, 1), confine);
        QVERIFY(hook.journal().contains(QStringLiteral("system.slice: systemctl set-property AllowedCPUs=8-15,24-31 failed")));
        QCOMPARE(hook.lastExitCode, 0);
    }

    void isolationHookWithHostileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("spaces") << "my win 10";
        QTest::newRow("double quote") << "a\"b";
        QTest::newRow("command substitution") << "$(touch pwned)";
        QTest::newRow("backticks") << "`touch pwned`";
        QTest::newRow("variable") << "$HOME${PATH}";
        QTest::newRow("backslashes") << "a\\\\b\\";
        QTest::newRow("apostrophes") << "it's ''quoted'' '''";
        QTest::newRow("nix antiquote") << "${builtins.abort \"x\"}''${x}";
        QTest::newRow("newline") << "a\n  b\n";
        QTest::newRow("option-like") << "-rf --help";
        QTest::newRow("placeholder") << "@SYSTEMD@";
        QTest::newRow("glob and semicolon") << "*; touch pwned #";
    }
    void isolationHookWithHostileNames()
    {
        QFETCH(QString, name);
        const PlanCase c = planCases()[0];
        VmSpec spec = planCase(c).spec;
        spec.name = name;
        const Hook hook = renderHook(spec, TestHosts::scan(c.host));
        QVERIFY2(hook.ok, qPrintable(hook.error));
        QCOMPARE(hook.run({name, "prepare", "begin", "-"}).size(), 3);
        QCOMPARE(hook.run({name + QStringLiteral("x"), "prepare", "begin", "-"}), QStringList{});
        QCOMPARE(hook.run({name.left(name.size() - 1), "release", "end", "-"}), QStringList{});
        QCOMPARE(hook.run({name, "release", "end", "-"}).size(), 3);
        QVERIFY(!QFile::exists(hook.dir->filePath(QStringLiteral("pwned"))));
    }

    void noIsolationWithoutPinsOrWhenOff()
    {
        VmSpec spec = planCase(planCases()[0]).spec;
        const HostScan host = TestHosts::scan(QStringLiteral("article"));
        QVERIFY(NixModuleWriter::write(spec, host, QStringLiteral("vm.xml")).contains(QStringLiteral("hooks.qemu")));
        spec.cpu.isolateHost = false;
        QVERIFY(!NixModuleWriter::write(spec, host, QStringLiteral("vm.xml")).contains(QStringLiteral("hooks.qemu")));
        spec.cpu.isolateHost = true;
        spec.cpu.pins.clear();
        QVERIFY(!NixModuleWriter::write(spec, host, QStringLiteral("vm.xml")).contains(QStringLiteral("hooks.qemu")));
        QVERIFY(NixModuleWriter::isolationHook(spec, host, QStringLiteral("/bin")).isEmpty());
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

    void indentedStringsComeOutTheSame_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << "echo hi\n";
        QTest::newRow("apostrophes") << "'a' ''b'' '''c''' ''''\n'";
        QTest::newRow("antiquote") << "${x} ''${y} $${z} $ {w} $";
        QTest::newRow("escapes") << "''\\n ''\\t \\n '''' ''$";
        QTest::newRow("apostrophe before antiquote") << "'${x}";
        QTest::newRow("indented lines") << "  a\n    b\n\tc\n";
        QTest::newRow("carriage return") << "a\r\nb";
    }
    void indentedStringsComeOutTheSame()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("s.nix")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((QStringLiteral("''\n") + NixString::indented(text) + QStringLiteral("''\n")).toUtf8());
        file.close();
        const NixRun run = nix({QStringLiteral("--eval"), QStringLiteral("--json"), file.fileName()});
        QVERIFY2(run.ok, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson("[" + run.out + "]").array().at(0).toString(), text);
    }
};

QTEST_GUILESS_MAIN(TestNixModule)
#include "tst_nixmodule.moc"
