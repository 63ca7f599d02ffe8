// What the user types on the wizard's steps, judged as it is typed: the message sits at its
// field, it is the rule of spec/fieldchecks (the command line's too), an error keeps the step
// from completing and the spec from taking the value; warnings and notes stop nothing.
#include "wizardtesting.h"

#include "plan/vmplanner.h"
#include "spec/fieldchecks.h"
#include "wizard/steps/gpustep.h"
#include "wizard/steps/hoststep.h"
#include "wizard/steps/inputstep.h"
#include "wizard/steps/networkstep.h"
#include "wizard/steps/reviewstep.h"
#include "wizard/steps/storagestep.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace WizardTesting;

class TestStepFields final : public QObject
{
    Q_OBJECT

private slots:
    void vmName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("slash") << "games/win10";
        QTest::newRow("empty") << "";
    }
    void vmName()
    {
        QFETCH(QString, typed);
        auto s = session(QStringLiteral("article"));
        HostStep step(s.get());
        step.refresh();
        QVERIFY2(step.isComplete(), dump(step));
        const QString before = s->spec().name;

        step.setName(typed);
        const StepMessages errors = fieldErrors(step, HostStep::nameField);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().text, FieldChecks::vmName(typed));
        QVERIFY(!step.isComplete());
        QCOMPARE(step.name(), typed);          // the field keeps what was typed
        QCOMPARE(s->spec().name, before);      // the VM does not take it

        step.setName(QStringLiteral("gaming"));
        QVERIFY2(step.isComplete(), dump(step));
        QCOMPARE(s->spec().name, QStringLiteral("gaming"));
    }

    void uri()
    {
        auto s = session(QStringLiteral("article"));
        HostStep step(s.get());
        step.refresh();
        const QString before = s->uri();
        const QString typed = QStringLiteral("qemu/system");
        step.setUri(typed);
        const StepMessages errors = fieldErrors(step, HostStep::uriField);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().text, FieldChecks::uri(typed));
        QVERIFY(errors.first().text.contains(typed));
        QVERIFY(!step.isComplete());
        QCOMPARE(s->uri(), before);

        step.setUri(QStringLiteral("qemu+ssh://root@host/system"));
        QVERIFY2(step.isComplete(), dump(step));
        QCOMPARE(s->uri(), QStringLiteral("qemu+ssh://root@host/system"));
    }

    void userName()
    {
        auto s = session(QStringLiteral("article"));
        HostStep step(s.get());
        step.refresh();
        step.setUser(QStringLiteral("Alice Smith"));
        QCOMPARE(fieldErrors(step, HostStep::userField).size(), 1);
        QVERIFY(!step.isComplete());
        QVERIFY(s->spec().user.isEmpty());
        step.setUser(QStringLiteral("alice"));
        QVERIFY(step.isComplete());
        QCOMPARE(s->spec().user, QStringLiteral("alice"));
    }

    void mac_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("not hex") << "zz";
        QTest::newRow("partial") << "52:54:00:12";
        QTest::newRow("multicast") << "53:54:00:12:34:56";
    }
    void mac()
    {
        QFETCH(QString, typed);
        auto s = session(QStringLiteral("article"));
        NetworkStep step(s.get());
        step.refresh();
        QVERIFY2(step.isComplete(), dump(step));
        const VmSpec::Network before = s->spec().network;

        step.setMac(typed);
        const StepMessages errors = fieldErrors(step, NetworkStep::macField);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().text, FieldChecks::mac(typed));
        QVERIFY2(errors.first().text.contains(typed), qPrintable(errors.first().text));
        QVERIFY(step.stepMessages().isEmpty() || withSeverity(step.stepMessages(), Severity::Error).isEmpty());
        QVERIFY(!step.isComplete());
        QCOMPARE(step.mac(), typed);
        QCOMPARE(s->spec().network.mac, before.mac);

        // Typed on to a whole unicast address: the VM takes it, lower case as libvirt writes it.
        step.setMac(QStringLiteral("52:54:00:AB:CD:EF"));
        QVERIFY2(step.isComplete(), dump(step));
        QCOMPARE(s->spec().network.mac, QStringLiteral("52:54:00:ab:cd:ef"));
        QCOMPARE(s->spec().network.mode, before.mode);
        QVERIFY(s->domainXml().contains(QStringLiteral("52:54:00:ab:cd:ef")));
    }

    void macMessagesSayWhatIsWrong()
    {
        // A partial address is on its way; "zz" is none; an odd first octet is multicast. Three
        // different reasons, not one "invalid".
        const QStringList reasons = {FieldChecks::mac(QStringLiteral("zz")), FieldChecks::mac(QStringLiteral("52:54:00:12")),
                                     FieldChecks::mac(QStringLiteral("53:54:00:12:34:56"))};
        QCOMPARE(QSet<QString>(reasons.begin(), reasons.end()).size(), 3);
        QVERIFY(FieldChecks::mac(QStringLiteral("52:54:00:12:34:56")).isEmpty());
    }

    void bridgeName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("colon") << "br:0";
        QTest::newRow("16 characters") << "bridge0123456789";
        QTest::newRow("empty") << "";
    }
    void bridgeName()
    {
        QFETCH(QString, typed);
        auto s = session(QStringLiteral("article"));
        NetworkStep step(s.get());
        step.refresh();
        const VmSpec::Network before = s->spec().network;

        step.useNewBridge(typed, QStringLiteral("eno2"));
        const StepMessages errors = fieldErrors(step, NetworkStep::bridgeNameField);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().text, FieldChecks::bridgeName(typed));
        QVERIFY(!step.isComplete());
        QCOMPARE(s->spec().network.bridge, before.bridge);
        QCOMPARE(s->spec().network.mode, before.mode);

        step.useNewBridge(QStringLiteral("br-vm"), QStringLiteral("eno2"));
        QVERIFY2(step.isComplete(), dump(step));
        QCOMPARE(s->spec().network.mode, VmSpec::NetworkMode::NewBridge);
        QCOMPARE(s->spec().network.bridge, QStringLiteral("br-vm"));
        QCOMPARE(s->spec().network.uplink, QStringLiteral("eno2"));
    }

    void vendorIdIsNeverCut()
    {
        auto s = session(QStringLiteral("article"));
        GpuStep step(s.get());
        step.refresh();
        QVERIFY(step.error43()); // the GTX 1080: the fix is on by default
        const QString before = s->spec().error43.vendorId;
        const QString typed = QStringLiteral("ABCDEFGHIJKLM"); // 13

        step.setVendorId(typed);
        const StepMessages errors = fieldErrors(step, GpuStep::vendorIdField);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().text, FieldChecks::vendorId(typed));
        QVERIFY2(errors.first().text.contains(QStringLiteral("12")), qPrintable(errors.first().text)); // names the limit
        QVERIFY(!step.isComplete());
        QCOMPARE(step.vendorId(), typed);
        QCOMPARE(s->spec().error43.vendorId, before);
        QVERIFY(!s->domainXml().contains(typed.left(12)));

        // Shown again (another page and back), the field shows what the VM has.
        step.refresh();
        QCOMPARE(step.vendorId(), before);
        QVERIFY(step.isComplete());

        step.setVendorId(typed.left(12));
        QVERIFY2(step.isComplete(), dump(step));
        QCOMPARE(s->spec().error43.vendorId, typed.left(12));
        QVERIFY(s->domainXml().contains(QStringLiteral("value=\"ABCDEFGHIJKL\"")));
    }

    void vendorIdTypedWhileTheFixIsOff()
    {
        // A bad id typed with the fix off never reaches the VM: turning the fix on (on the page,
        // or by review's fix) does not write it either.
        auto s = session(QStringLiteral("article"));
        GpuStep step(s.get());
        step.refresh();
        step.setError43(false);
        QVERIFY(!s->spec().error43.enabled);
        step.setVendorId(QStringLiteral("ABCDEFGHIJKLM"));
        QVERIFY(FieldChecks::vendorId(s->spec().error43.vendorId).isEmpty());
        step.setError43(true);
        QCOMPARE(fieldErrors(step, GpuStep::vendorIdField).size(), 1);
        QVERIFY(!s->spec().error43.enabled);
        s->applyFix(QStringLiteral("error43"));
        QVERIFY(s->spec().error43.enabled);
        QVERIFY2(FieldChecks::vendorId(s->spec().error43.vendorId).isEmpty(), qPrintable(s->spec().error43.vendorId));
    }

    void outputFolder()
    {
        auto s = session(QStringLiteral("article"));
        ReviewStep step(s.get());
        QTemporaryDir dir;
        step.setOutputFolder(dir.path());
        QVERIFY2(fieldErrors(step, ReviewStep::outputField).isEmpty(), dump(step));
        QVERIFY2(step.isComplete(), dump(step));

        // procfs refuses even root a new folder there.
        const QString proc = QStringLiteral("/proc/1/vfio-wizard");
        step.setOutputFolder(proc);
        StepMessages errors = fieldErrors(step, ReviewStep::outputField);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().text, FieldChecks::outputFolder(proc));
        QVERIFY(errors.first().text.contains(proc));
        QVERIFY(!step.isComplete());

        // A folder under a file cannot be created, whoever asks.
        QFile file(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        step.setOutputFolder(dir.filePath(QStringLiteral("notes.txt/vm")));
        QCOMPARE(fieldErrors(step, ReviewStep::outputField).size(), 1);
        QVERIFY(!step.isComplete());

        if (geteuid() != 0) { // root writes anywhere
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
            step.setOutputFolder(dir.filePath(QStringLiteral("vm")));
            QCOMPARE(fieldErrors(step, ReviewStep::outputField).size(), 1);
            QVERIFY(!step.isComplete());
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }

        step.setOutputFolder(dir.filePath(QStringLiteral("new/vm"))); // created on Apply
        QVERIFY2(step.isComplete(), dump(step));
        QCOMPARE(s->outputDirectory(), dir.filePath(QStringLiteral("new/vm")));
    }

    void warningsDoNotBlock()
    {
        // A virtio-win ISO not downloaded yet: a warning at its field, the step goes on.
        auto s = liveSession(QStringLiteral("article"));
        StorageStep storage(s.get());
        storage.refresh();
        storage.setSource(QStringLiteral("/dev/zvol/tank/win10"));
        storage.setInstallFromIso(false);
        storage.setVirtioIso(QStringLiteral("/nonexistent/virtio-win.iso"));
        const StepMessages virtio = storage.messagesFor(QString::fromLatin1(StorageStep::virtioIsoField));
        QCOMPARE(virtio.size(), 1);
        QCOMPARE(virtio.first().severity, Severity::Warning);
        QVERIFY2(storage.isComplete(), dump(storage));
        QCOMPARE(s->spec().virtioIso, QStringLiteral("/nonexistent/virtio-win.iso"));

        // No keyboard or mouse for a VM on a passed GPU: said, not refused.
        InputStep input(s.get());
        input.refresh();
        input.useNone();
        QVERIFY(!withSeverity(input.messages(), Severity::Warning).isEmpty());
        QVERIFY2(input.isComplete(), dump(input));
        QCOMPARE(input.mode(), InputStep::Mode::None);
    }

    void theCommandLineJudgesByTheSameRules_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("name") << "name" << "games/win10";
        QTest::newRow("bridge") << "bridge" << "br:0";
        QTest::newRow("user") << "user" << "Alice Smith";
    }
    void theCommandLineJudgesByTheSameRules()
    {
        // `generate` turns its options into a PlanRequest for VmPlanner: a value the wizard's
        // field refuses is an error of the plan with the same words.
        QFETCH(QString, option);
        QFETCH(QString, value);
        PlanRequest request;
        QString why;
        if (option == u"name") {
            request.name = value;
            why = FieldChecks::vmName(value);
        } else if (option == u"bridge") {
            request.bridge = value;
            why = FieldChecks::bridgeName(value);
        } else {
            request.user = value;
            why = FieldChecks::userName(value);
        }
        QVERIFY(!why.isEmpty());
        const VmPlan plan = VmPlanner::plan(scan(QStringLiteral("article")), HostRoot(TestHosts::root(QStringLiteral("article"))), request);
        QVERIFY(!plan.ok());
        QVERIFY(std::any_of(plan.notes.begin(), plan.notes.end(),
                            [&](const PlanNote &n) { return n.severity == Severity::Error && n.text == why; }));
    }
};

QTEST_GUILESS_MAIN(TestStepFields)
#include "tst_stepfields.moc"
