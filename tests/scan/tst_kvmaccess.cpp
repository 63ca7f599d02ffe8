// Whether QEMU can use KVM: the judgement as a table, the fixture hosts (a paravirtual KVM without
// vmx, a CPU whose module was never loaded), real device nodes with the owners and modes seen in
// the field, and this machine's /dev/kvm against a real open as QEMU's user.
#include "scan/hostscanner.h"
#include "host/kvmaccess.h"
#include "scan/kvmscanner.h"
#include "plan/planrequest.h"
#include "host/scansummary.h"
#include "support/testhosts.h"
#include "plan/vmplanner.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

const QString kvmWarning = QStringLiteral("KVM cannot run the VM here");

bool plannerWarnsAboutKvm(const QString &root, const HostScan &scan)
{
    PlanRequest request;
    request.gpu = QStringLiteral("none");
    for (const PlanNote &note : VmPlanner::plan(scan, HostRoot(root), request).notes)
        if (note.text.contains(kvmWarning))
            return true;
    return false;
}

KvmAccess::Device node(uint uid, uint gid, int mode)
{
    KvmAccess::Device device;
    device.node = true;
    device.uid = uid;
    device.gid = gid;
    device.mode = mode;
    return device;
}

} // namespace

class TestKvmAccess final : public QObject
{
    Q_OBJECT

private slots:
    void canOpen_data()
    {
        QTest::addColumn<KvmAccess::Device>("device");
        QTest::addColumn<uint>("uid");
        QTest::addColumn<QList<uint>>("gids");
        QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 cannot tell
        // Debian's libvirt-qemu (64055) with its primary group kvm (108).
        QTest::newRow("the kernel's node: root:root 0600") << node(0, 0, 0600) << 64055u << QList<uint>{108, 64055} << 0;
        QTest::newRow("Debian's udev rule: root:kvm 0660") << node(0, 108, 0660) << 64055u << QList<uint>{108, 64055} << 1;
        QTest::newRow("root:kvm 0660, QEMU not in kvm") << node(0, 108, 0660) << 64055u << QList<uint>{64055} << 0;
        QTest::newRow("systemd's upstream rule: root:kvm 0666") << node(0, 108, 0666) << 64055u << QList<uint>{64055} << 1;
        QTest::newRow("read-only for the group") << node(0, 108, 0640) << 64055u << QList<uint>{108} << 0;
        // The kernel stops at the first class that matches: an owner without rw gets no group rights.
        QTest::newRow("owned by QEMU's user, rights for the group only") << node(64055, 108, 0060) << 64055u << QList<uint>{108} << 0;
        QTest::newRow("owned by QEMU's user") << node(64055, 0, 0600) << 64055u << QList<uint>{108} << 1;
        QTest::newRow("QEMU as root (NixOS runAsRoot)") << node(0, 0, 0600) << 0u << QList<uint>{0} << 1;
        KvmAccess::Device plain = node(0, 0, 0666);
        plain.node = false;
        QTest::newRow("a saved tree's plain file") << plain << 64055u << QList<uint>{108} << -1;
    }
    void canOpen()
    {
        QFETCH(KvmAccess::Device, device);
        QFETCH(uint, uid);
        QFETCH(QList<uint>, gids);
        QFETCH(int, expected);
        const std::optional<bool> result = KvmAccess::canOpen(device, uid, gids);
        QCOMPARE(result.has_value() ? int(*result) : -1, expected);
    }

    void qemuConfSetting_data()
    {
        QTest::addColumn<QByteArray>("conf");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("group");
        QTest::newRow("Debian: the build default, commented out") << QByteArray("# The user for QEMU processes\n#       user = \"qemu\"   # A user named \"qemu\"\n"
                                                                               "#user = \"libvirt-qemu\"\n#group = \"libvirt-qemu\"\n")
                                                                 << "libvirt-qemu" << "libvirt-qemu";
        QTest::newRow("set") << QByteArray("#user = \"libvirt-qemu\"\nuser = \"qemu-libvirtd\"\n  group = \"kvm\" # comment\n") << "qemu-libvirtd" << "kvm";
        QTest::newRow("the last setting wins") << QByteArray("user = \"a\"\nuser = \"b\"\n") << "b" << "";
        QTest::newRow("root by id") << QByteArray("user = \"+0\"\n") << "+0" << "";
        QTest::newRow("nothing") << QByteArray("# an empty file\n") << "" << "";
    }
    void qemuConfSetting()
    {
        QFETCH(QByteArray, conf);
        QFETCH(QString, user);
        QFETCH(QString, group);
        QCOMPARE(KvmScanner::qemuConfSetting(conf, u"user"), user);
        QCOMPARE(KvmScanner::qemuConfSetting(conf, u"group"), group);
    }

    void verdict_data()
    {
        QTest::addColumn<KvmAccess>("kvm");
        QTest::addColumn<KvmAccess::Verdict>("verdict");
        QTest::addColumn<QString>("says");
        using V = KvmAccess::Verdict;
        KvmAccess intel;
        intel.vmx = true;
        intel.modules = QStringList{QStringLiteral("kvm"), QStringLiteral("kvm_intel")};
        intel.device = node(0, 108, 0660);
        intel.qemuUser = QStringLiteral("libvirt-qemu");
        intel.qemuCanOpen = true;
        QTest::newRow("KVM through VT-x") << intel << V::Usable << "KVM through VT-x (vmx), /dev/kvm open to QEMU's user libvirt-qemu";

        KvmAccess pvm;
        pvm.hypervisor = true;
        pvm.modules = QStringList{QStringLiteral("kvm"), QStringLiteral("kvm_pvm")};
        pvm.device = node(0, 108, 0660);
        pvm.qemuUser = QStringLiteral("libvirt-qemu");
        pvm.qemuCanOpen = true;
        QTest::newRow("paravirtual KVM, no vmx") << pvm << V::Usable << "KVM through the paravirtual module kvm_pvm";

        KvmAccess closed = pvm;
        closed.device = node(0, 0, 0600);
        closed.device->owner = QStringLiteral("root");
        closed.device->group = QStringLiteral("root");
        closed.qemuCanOpen = false;
        QTest::newRow("/dev/kvm QEMU cannot open") << closed << V::DeviceNotOpenable
                                                   << "/dev/kvm is root:root 0600, which QEMU's user libvirt-qemu cannot open";

        KvmAccess container = intel;
        container.device.reset();
        container.qemuCanOpen.reset();
        QTest::newRow("modules, no /dev/kvm") << container << V::NoDevice << "KVM is loaded (kvm, kvm_intel), but there is no /dev/kvm";

        KvmAccess unloaded;
        unloaded.svm = true;
        unloaded.modules = QStringList{};
        QTest::newRow("AMD-V, no module") << unloaded << V::NoModule << "load kvm_amd (on NixOS, boot.kernelModules = [ \"kvm-amd\" ])";

        KvmAccess old;
        old.vmx = true;
        QTest::newRow("a tree without /sys/module or /dev/kvm") << old << V::Usable << "VT-x (vmx)";

        KvmAccess nothing;
        nothing.modules = QStringList{};
        QTest::newRow("no flags, no module") << nothing << V::NoSupport << "enable it in the firmware setup";

        KvmAccess remote;
        remote.vmx = true;
        remote.libvirtOffersKvm = false;
        QTest::newRow("a remote libvirt without KVM guests") << remote << V::NotInLibvirt << "libvirt on that host offers no KVM guests";
    }
    void verdict()
    {
        QFETCH(KvmAccess, kvm);
        QFETCH(KvmAccess::Verdict, verdict);
        QFETCH(QString, says);
        QCOMPARE(kvm.verdict(), verdict);
        QVERIFY2(kvm.explanation().contains(says), qPrintable(kvm.explanation()));
        // The firmware is blamed only when nothing shows KVM at all.
        QCOMPARE(kvm.explanation().contains(QStringLiteral("firmware")), verdict == KvmAccess::Verdict::NoSupport);
    }

    void fixtureHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<KvmAccess::Verdict>("verdict");
        QTest::addColumn<QString>("via");
        QTest::newRow("article") << "article" << KvmAccess::Verdict::Usable << "vmx";
        QTest::newRow("ryzen") << "ryzen" << KvmAccess::Verdict::Usable << "svm";
        QTest::newRow("no-iommu: kvm_intel never loaded") << "no-iommu" << KvmAccess::Verdict::NoModule << "vmx";
        QTest::newRow("pvm: no vmx, kvm_pvm") << "pvm" << KvmAccess::Verdict::Usable << "kvm_pvm";
    }
    void fixtureHosts()
    {
        QFETCH(QString, host);
        QFETCH(KvmAccess::Verdict, verdict);
        QFETCH(QString, via);
        const HostScan scan = TestHosts::scan(host);
        QCOMPARE(scan.kvm.verdict(), verdict);
        QCOMPARE(scan.kvm.via(), via);
        // The scan's text and the planner follow the same judgement.
        const QString summary = ScanSummary::text(scan);
        QVERIFY2(summary.contains(QStringLiteral("virtualisation: ") + scan.kvm.explanation()), qPrintable(summary));
        QCOMPARE(summary.contains(QStringLiteral("virtualisation: none, enable it in the firmware setup")), verdict == KvmAccess::Verdict::NoSupport);
        QCOMPARE(plannerWarnsAboutKvm(TestHosts::root(host), scan), verdict != KvmAccess::Verdict::Usable);
    }

    void pvmHostIsANestedVmWithKvm()
    {
        const HostScan scan = TestHosts::scan(QStringLiteral("pvm"));
        QVERIFY(!scan.cpu.vmx && !scan.cpu.svm && scan.cpu.hypervisor);
        QCOMPARE(scan.kvm.modules, (QStringList{QStringLiteral("kvm"), QStringLiteral("kvm_pvm")}));
        QVERIFY(scan.kvm.device && !scan.kvm.device->node);
        QCOMPARE(scan.kvm.qemuUser, QStringLiteral("libvirt-qemu")); // from qemu.conf's commented default
        QVERIFY(!scan.kvm.qemuCanOpen); // a plain file keeps no owner: not judged
        QVERIFY(scan.kvm.explanation().contains(QStringLiteral("nested KVM may refuse host-passthrough")));
    }

    // The owners and modes /dev/kvm has in the field, as real device nodes in a copy of the pvm
    // host (whose passwd has Debian's libvirt-qemu, 64055, primary group kvm, 108).
    void deviceNodes_data()
    {
        QTest::addColumn<uint>("uid");
        QTest::addColumn<uint>("gid");
        QTest::addColumn<int>("mode");
        QTest::addColumn<KvmAccess::Verdict>("verdict");
        QTest::addColumn<QString>("says");
        using V = KvmAccess::Verdict;
        QTest::newRow("no udev rule ran: root:root 0600") << 0u << 0u << 0600 << V::DeviceNotOpenable
                                                         << "/dev/kvm is root:root 0600, which QEMU's user libvirt-qemu cannot open";
        QTest::newRow("Debian: root:kvm 0660") << 0u << 108u << 0660 << V::Usable << "/dev/kvm open to QEMU's user libvirt-qemu";
        QTest::newRow("root:kvm 0600") << 0u << 108u << 0600 << V::DeviceNotOpenable << "/dev/kvm is root:kvm 0600";
        QTest::newRow("an unknown group, 0660") << 0u << 4242u << 0660 << V::DeviceNotOpenable << "/dev/kvm is root:4242 0660";
    }
    void deviceNodes()
    {
        QFETCH(uint, uid);
        QFETCH(uint, gid);
        QFETCH(int, mode);
        QFETCH(KvmAccess::Verdict, verdict);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QVERIFY(TestHosts::copyTree(TestHosts::root(QStringLiteral("pvm")), dir.path()));
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("dev/kvm")));
        QVERIFY(::unlink(path.constData()) == 0);
        if (::mknod(path.constData(), S_IFCHR | 0600, makedev(10, 232)) != 0)
            QSKIP("making a device node needs root (CAP_MKNOD); scripts/test.sh runs as root");
        QVERIFY(::chown(path.constData(), uid, gid) == 0);
        QVERIFY(::chmod(path.constData(), mode_t(mode)) == 0);
        const Result<HostScan> scan = HostScanner(HostRoot(dir.path())).scan();
        QVERIFY(scan.ok());
        QVERIFY(scan->kvm.device && scan->kvm.device->node);
        QCOMPARE(scan->kvm.verdict(), verdict);
        QVERIFY2(scan->kvm.explanation().contains(says), qPrintable(scan->kvm.explanation()));
        if (verdict == KvmAccess::Verdict::DeviceNotOpenable) {
            // The fix, for Debian and for NixOS, and the consequence users meet first.
            QVERIFY(scan->kvm.explanation().contains(QStringLiteral("kvm group")));
            QVERIFY(scan->kvm.explanation().contains(QStringLiteral("virtualisation.libvirtd")));
            QVERIFY(scan->kvm.explanation().contains(QStringLiteral("libvirt then hangs")));
        }
        QCOMPARE(plannerWarnsAboutKvm(dir.path(), *scan), verdict != KvmAccess::Verdict::Usable);
    }

    // This machine's /dev/kvm judged from its owner and mode, against opening it for real as
    // QEMU's user with the groups libvirt gives it.
    void thisMachineAgreesWithARealOpen()
    {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (::geteuid() != 0 || setpriv.isEmpty() || !QFile::exists(QStringLiteral("/dev/kvm")))
            QSKIP("needs root, setpriv and a /dev/kvm");
        const Result<HostScan> scan = HostScanner(HostRoot()).scan();
        QVERIFY(scan.ok());
        if (scan->kvm.qemuUser.isEmpty() || !scan->kvm.qemuCanOpen)
            QSKIP("no QEMU user on this machine");
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-G"), scan->kvm.qemuUser});
        QVERIFY(id.waitForFinished(10000));
        QString groups = QString::fromUtf8(id.readAllStandardOutput()).trimmed().replace(u' ', u',');
        QProcess open;
        open.start(setpriv, {QStringLiteral("--reuid=") + scan->kvm.qemuUser, QStringLiteral("--regid=") + groups.section(u',', 0, 0),
                             QStringLiteral("--groups=") + groups, QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                             QStringLiteral("exec 3<>/dev/kvm")});
        QVERIFY(open.waitForFinished(10000));
        const bool opened = open.exitStatus() == QProcess::NormalExit && open.exitCode() == 0;
        QVERIFY2(*scan->kvm.qemuCanOpen == opened, qPrintable(scan->kvm.explanation() + u' ' + QString::fromUtf8(open.readAllStandardError())));
    }
};

QTEST_GUILESS_MAIN(TestKvmAccess)
#include "tst_kvmaccess.moc"
