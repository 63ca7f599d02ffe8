// The wizard walked from page 1 to Apply, offscreen, on fixture hosts against libvirt's
// test:///default driver: the article's VM, the Error 43 toggle, the host check's verdicts, the
// installer ISO booted first, a failed Apply (its reason, run again, or Back to change the
// folder), the real binary, the settings kept between runs.
#include "pages/applypage.h"
#include "pages/cpupage.h"
#include "pages/gpupage.h"
#include "pages/hostcheckpage.h"
#include "pages/memorypage.h"
#include "pages/reviewpage.h"
#include "pages/storagepage.h"
#include "plan/storageplanner.h"
#include "util/linediff.h"
#include "widgets/fieldmessage.h"
#include "wizard/steps/gpustep.h"
#include "wizard/steps/inputstep.h"
#include "wizard/steps/reviewstep.h"
#include "wizardgui.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTreeWidget>


using namespace WizardGui;

class TestWizardFlow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Wizard::Options options(const QString &host) const { return WizardGui::options(host, m_dir.path()); }

    /// The text of the first job that failed on the Apply page.
    static QByteArray failure(const ApplyPage *apply)
    {
        for (int i = 0; i < apply->jobList()->topLevelItemCount(); ++i)
            if (apply->jobList()->topLevelItem(i)->text(1) != QStringLiteral("not run"))
                if (i + 1 == apply->jobList()->topLevelItemCount() || apply->jobList()->topLevelItem(i + 1)->text(1) == QStringLiteral("not run"))
                    return apply->jobList()->topLevelItem(i)->text(1).toUtf8();
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // QSettings reads its paths once: point them at the temporary directory first.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void articleDefaultsGiveTheExpectedVm()
    {
        // The generator's article case (8 vCPUs, 24 GiB, the zvol, user alice), typed into the
        // pages: the same XML and module, to the byte.
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        retype(current<HostCheckPage>(wizard)->userEdit(), QStringLiteral("alice"));
        QVERIFY(forward(wizard));
        QCOMPARE(wizard.spec().gpu.address->toString(), QStringLiteral("0000:04:00.0"));
        QVERIFY(current<GpuPage>(wizard)->error43Toggle()->isChecked()); // NVIDIA: on by default
        QVERIFY(walkTo(wizard, Wizard::CpuPageId));
        auto *cpu = current<CpuPage>(wizard);
        typeInto(cpu->reservedBox(), QStringLiteral("0"));
        typeInto(cpu->vcpuBox(), QStringLiteral("8"));
        QCOMPARE(wizard.spec().cpu.vcpus, 8);
        QVERIFY(forward(wizard));
        typeInto(current<MemoryPage>(wizard)->sizeBox(), QLocale().toString(24.0, 'f', 1)); // in GiB, as the host's RAM is said
        QCOMPARE(wizard.spec().memory.sizeMiB, 24 * 1024);
        QVERIFY(walkTo(wizard, Wizard::StoragePageId));
        auto *storage = current<StoragePage>(wizard);
        storage->sourceBox()->setFocus();
        QTest::keyClick(storage->sourceBox(), Qt::Key_Up); // from the new image up to the zvol
        QCOMPARE(storage->sourceBox()->currentData().toString(), QStringLiteral("/dev/zvol/tank/win10"));
        QVERIFY(storage->installedButton()->isChecked()); // the zvol holds the article's Windows
        QVERIFY(forward(wizard));

        auto *review = current<ReviewPage>(wizard);
        const QString generated = QStringLiteral(VFIO_TEST_GENERATED_DIR "/article");
        QCOMPARE(review->xmlView()->toPlainText(), readText(generated + QStringLiteral(".xml")));
        QCOMPARE(review->nixView()->toPlainText(), readText(generated + QStringLiteral(".nix")));
        QCOMPARE(review->tabs()->count(), 3); // no changes tab for a new VM
        QCOMPARE(review->actionList()->count(), 2); // write the files, define (the zvol exists: no image)

        QVERIFY(forward(wizard));
        auto *apply = current<ApplyPage>(wizard);
        QVERIFY(QTest::qWaitFor([&] { return apply->isComplete(); }, 20000));
        QVERIFY2(apply->succeeded(), failure(apply));
        const QString out = options(QStringLiteral("article")).outputDirectory;
        QCOMPARE(readText(out + QStringLiteral("/win10.xml")), readText(generated + QStringLiteral(".xml")));
        QVERIFY(QFile::exists(out + QStringLiteral("/win10.nix")));
        QVERIFY(apply->nextSteps()->text().contains(QStringLiteral("nixos-rebuild switch")));
        QCOMPARE(apply->progress()->value(), apply->progress()->maximum());
        // Defined on the wizard's connection (the test driver keeps VMs while it is open).
        Result<LibvirtSession *> libvirt = wizard.libvirt();
        QVERIFY(libvirt);
        QVERIFY((*libvirt)->hasDomain(QStringLiteral("win10")));
        QVERIFY((*libvirt)->domainXml(QStringLiteral("win10"))->contains(QStringLiteral("hostdev")));
    }

    void error43ToggleChangesTheReviewXml()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(forward(wizard));
        auto *gpu = current<GpuPage>(wizard);
        QVERIFY(gpu->error43Toggle()->isChecked());
        clickBox(gpu->error43Toggle());
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        auto *review = current<ReviewPage>(wizard);
        const QString off = review->xmlView()->toPlainText();
        QVERIFY(!off.contains(QStringLiteral("vendor_id")));
        QVERIFY(!off.contains(QStringLiteral("<hidden")));
        while (wizard.currentId() != Wizard::GpuPageId)
            wizard.back();
        clickBox(gpu->error43Toggle());
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        const QString on = review->xmlView()->toPlainText();
        QVERIFY(on.contains(QStringLiteral("<vendor_id state=\"on\" value=\"0123456789ab\"/>")));
        QVERIFY(on.contains(QStringLiteral("<hidden state=\"on\"/>")));
        // Exactly those lines (and the kvm element around hidden) differ.
        for (const LineDiff::Line &line : LineDiff::diff(off.split(u'\n'), on.split(u'\n'))) {
            if (line.kind == LineDiff::Kind::Same)
                continue;
            QCOMPARE(line.kind, LineDiff::Kind::Added);
            QVERIFY2(line.text.contains(QStringLiteral("vendor_id")) || line.text.contains(QStringLiteral("kvm"))
                         || line.text.contains(QStringLiteral("hidden")),
                     qPrintable(line.text));
        }
    }

    void sharedGroupIsRefusedWithTheReason()
    {
        // The Ryzen's RX 580 shares its group with the chipset's USB, SATA and NIC.
        Wizard wizard(options(QStringLiteral("ryzen")));
        QVERIFY(start(wizard));
        QVERIFY(forward(wizard));
        auto *gpu = current<GpuPage>(wizard);
        QTreeWidgetItem *shared = nullptr;
        for (int i = 0; i < gpu->tree()->topLevelItemCount(); ++i)
            if (gpu->tree()->topLevelItem(i)->text(0).startsWith(QStringLiteral("0000:05:00.0")))
                shared = gpu->tree()->topLevelItem(i);
        QVERIFY(shared);
        for (const char *spoiler : {"0000:02:00.0", "0000:02:00.1", "0000:04:00.0"})
            QVERIFY2(shared->text(1).contains(QLatin1String(spoiler)), qPrintable(shared->text(1)));
        QVERIFY(!(shared->flags() & Qt::ItemIsSelectable));
        const auto before = wizard.spec().gpu.address;
        QTest::mouseClick(gpu->tree()->viewport(), Qt::LeftButton, {}, gpu->tree()->visualItemRect(shared).center());
        QCOMPARE(wizard.spec().gpu.address, before);
        // Asked for anyway (as a profile or the command line may), the step refuses it and says why.
        wizard.gpuStep()->choose(PciAddress::parse(u"0000:05:00.0"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const auto said = banners(gpu);
        QVERIFY(std::any_of(said.begin(), said.end(), [](const auto &b) { return b.first == Severity::Error && b.second.contains(QStringLiteral("0000:02:00.0")); }));
        QCOMPARE(wizard.spec().gpu.address, before); // the refused card never reached the plan
    }

    void hostWithoutIommuExplainsAndOffersTheDemo()
    {
        Wizard wizard(options(QStringLiteral("no-iommu")));
        QVERIFY(start(wizard));
        auto *page = current<HostCheckPage>(wizard);
        QCOMPARE(page->state(HostCheckPage::Check::Iommu), HostCheckPage::State::Bad);
        QVERIFY(page->text(HostCheckPage::Check::Iommu).contains(QStringLiteral("intel_iommu=on")));
        QVERIFY(page->text(HostCheckPage::Check::Iommu).contains(QStringLiteral("NixOS module")));
        QVERIFY(page->demoButton()->isVisibleTo(page));
        QVERIFY(QTest::qWaitFor([&] { return page->state(HostCheckPage::Check::Libvirt) == HostCheckPage::State::Good; }, 10000));

        // The demo: the article's machine from the built-in resource, scanned like a real one.
        QTest::mouseClick(page->demoButton(), Qt::LeftButton);
        QVERIFY(wizard.options().demo);
        QCOMPARE(wizard.options().uri, testUri);
        QVERIFY(QTest::qWaitFor([&] { return wizard.host() && !wizard.host()->gpus.isEmpty() && page->isComplete(); }, 10000));
        QCOMPARE(wizard.host()->gpus.size(), TestHosts::scan(QStringLiteral("article")).gpus.size());
        QCOMPARE(wizard.host()->pci.size(), TestHosts::scan(QStringLiteral("article")).pci.size());
        QCOMPARE(page->state(HostCheckPage::Check::Iommu), HostCheckPage::State::Good);
        QVERIFY(!page->demoButton()->isVisibleTo(page));
        QVERIFY(wizard.windowTitle().contains(QStringLiteral("demo")));
        QCOMPARE(wizard.spec().gpu.address->toString(), QStringLiteral("0000:04:00.0"));
    }

    void unreachableLibvirtIsExplained()
    {
        Wizard::Options o = options(QStringLiteral("article"));
        o.uri = QStringLiteral("qemu+unix:///system?socket=/nonexistent/libvirt-sock");
        Wizard wizard(o);
        QVERIFY(start(wizard));
        auto *page = current<HostCheckPage>(wizard);
        QVERIFY(QTest::qWaitFor([&] { return page->state(HostCheckPage::Check::Libvirt) == HostCheckPage::State::Bad; }, 20000));
        QVERIFY2(page->text(HostCheckPage::Check::Libvirt).contains(QStringLiteral("libvirt-sock")),
                 qPrintable(page->text(HostCheckPage::Check::Libvirt)));
    }

    void virtualisationIsJudgedByKvmAccess_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<HostCheckPage::State>("state");
        QTest::addColumn<QString>("says");
        QTest::newRow("article") << "article" << HostCheckPage::State::Good << "KVM through VT-x (vmx)";
        // No vmx or svm, yet KVM runs through kvm_pvm; nested, so host-passthrough may be refused.
        QTest::newRow("pvm") << "pvm" << HostCheckPage::State::Warning << "paravirtual module kvm_pvm";
        QTest::newRow("no-iommu") << "no-iommu" << HostCheckPage::State::Bad << "no KVM module is loaded: load kvm_intel";
    }
    void virtualisationIsJudgedByKvmAccess()
    {
        QFETCH(QString, host);
        QFETCH(HostCheckPage::State, state);
        QFETCH(QString, says);
        Wizard wizard(options(host));
        QVERIFY(start(wizard));
        auto *page = current<HostCheckPage>(wizard);
        const QString text = page->text(HostCheckPage::Check::Virtualisation);
        QCOMPARE(page->state(HostCheckPage::Check::Virtualisation), state);
        QVERIFY2(text.contains(says) && !text.contains(QStringLiteral("firmware")), qPrintable(text));
    }

    void failedJobStopsTheRestRunsAgainAndBackWorks()
    {
        // A file of the VM's name turns up in the folder after review checked it.
        Wizard::Options o = options(QStringLiteral("article"));
        o.outputDirectory = m_dir.filePath(QStringLiteral("retry-out"));
        QVERIFY(QDir().mkpath(o.outputDirectory));
        Wizard wizard(o);
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        auto *review = current<ReviewPage>(wizard);
        QVERIFY(!review->overwriteBox()->isChecked());
        QFile blocker(o.outputDirectory + QStringLiteral("/win10.nix"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("# the user's own file\n");
        blocker.close();
        QVERIFY(forward(wizard));
        auto *apply = current<ApplyPage>(wizard);
        QVERIFY(QTest::qWaitFor([&] { return apply->isComplete(); }, 20000));
        QVERIFY(!apply->succeeded());
        QVERIFY(apply->jobList()->topLevelItem(0)->text(1).contains(QStringLiteral("win10.nix")));
        QCOMPARE(apply->jobList()->topLevelItem(1)->text(1), QStringLiteral("not run"));
        QVERIFY(!QFile::exists(o.outputDirectory + QStringLiteral("/win10.xml"))); // all files or none
        QCOMPARE(readText(blocker.fileName()), QStringLiteral("# the user's own file\n"));

        // Not a dead end: Back leads to review, which says what is in the way, at the field.
        QAbstractButton *back = wizard.button(QWizard::BackButton);
        QVERIFY(back->isVisible() && back->isEnabled());
        QVERIFY(apply->retryButton()->isVisibleTo(apply));
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(Wizard::ReviewPageId));
        QVERIFY2(shownMessage(review, review->outputEdit()).contains(QStringLiteral("win10.nix")),
                 qPrintable(shownMessage(review, review->outputEdit())));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        clickBox(review->overwriteBox());
        QVERIFY(forward(wizard));
        QVERIFY(QTest::qWaitFor([&] { return apply->isComplete(); }, 20000));
        QVERIFY2(apply->succeeded(), failure(apply));
        QVERIFY(readText(blocker.fileName()).startsWith(QStringLiteral("# VFIO Wizard"))); // replaced, as asked
        QVERIFY(!back->isEnabled()); // done: changes go through a new run

        // Retry runs the failed job again once its cause is gone.
        Wizard again(o);
        QVERIFY(start(again));
        QVERIFY(walkTo(again, Wizard::ReviewPageId));
        clickBox(current<ReviewPage>(again)->overwriteBox());
        const QString out = o.outputDirectory;
        QVERIFY(QDir(out).removeRecursively());
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the folder was
        file.close();
        QVERIFY(forward(again));
        auto *second = current<ApplyPage>(again);
        QVERIFY(QTest::qWaitFor([&] { return second->isComplete(); }, 20000));
        QVERIFY(!second->succeeded());
        QVERIFY(file.remove());
        QTest::mouseClick(second->retryButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return second->isComplete(); }, 20000));
        QVERIFY2(second->succeeded(), failure(second));
        QVERIFY(QFile::exists(out + QStringLiteral("/win10.xml")));
    }

    void failedApplyIsNoDeadEnd()
    {
        // Defect 3: the folder was fine on review; a file took its place before Apply (as a
        // full or read-only disk would). Apply says why; Back leads to where it is changed.
        Wizard::Options o = options(QStringLiteral("article"));
        const QString inTheWay = m_dir.filePath(QStringLiteral("became-a-file"));
        o.outputDirectory = inTheWay + QStringLiteral("/vms");
        Wizard wizard(o);
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        auto *review = current<ReviewPage>(wizard);
        QCOMPARE(shownMessage(review, review->outputEdit()), QString());
        QFile file(inTheWay);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(forward(wizard));
        auto *apply = current<ApplyPage>(wizard);
        QVERIFY(QTest::qWaitFor([&] { return apply->isComplete(); }, 20000));
        QVERIFY(!apply->succeeded());
        const QString said = apply->jobList()->topLevelItem(0)->text(1);
        QVERIFY2(said.contains(inTheWay) && said.contains(QStringLiteral("not a folder")), qPrintable(said));
        QVERIFY(apply->nextSteps()->text().contains(QStringLiteral("Back")));

        QAbstractButton *back = wizard.button(QWizard::BackButton);
        QVERIFY(back->isVisible() && back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(Wizard::ReviewPageId));
        // Review checks the folder again, and says at the field what is wrong.
        QVERIFY2(shownMessage(review, review->outputEdit()).contains(QStringLiteral("not a folder")),
                 qPrintable(shownMessage(review, review->outputEdit())));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        retype(review->outputEdit(), m_dir.filePath(QStringLiteral("another-out")));
        QVERIFY(forward(wizard));
        QVERIFY(QTest::qWaitFor([&] { return apply->isComplete(); }, 20000));
        QVERIFY2(apply->succeeded(), failure(apply));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("another-out/win10.xml"))));
    }

    // A name with a space: the new image follows it, and the next steps quote it where a shell
    // or Nix reads it (the newcomer's "virsh start Win11 Gaming"); Windows Setup is told where
    // the virtio driver is.
    void nextStepsQuoteTheName()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        retype(current<HostCheckPage>(wizard)->nameEdit(), QStringLiteral("Win11 Gaming"));
        QCOMPARE(wizard.spec().name, QStringLiteral("Win11 Gaming"));
        // The keyboard alone (newcomer review: the steps still said "keyboard and mouse").
        QStringList keyboards = wizard.spec().input.evdev;
        keyboards.removeIf([](const QString &d) { return !VmSpec::isKeyboard(d); });
        QVERIFY(!keyboards.isEmpty() && keyboards.size() < wizard.spec().input.evdev.size());
        wizard.inputStep()->useEvdev(keyboards);
        QCOMPARE(wizard.spec().input.evdev, keyboards);
        QVERIFY(walkTo(wizard, Wizard::StoragePageId));
        auto *storage = current<StoragePage>(wizard);
        QCOMPARE(storage->imageEdit()->text(), StoragePlanner::defaultImagePath(QStringLiteral("Win11 Gaming")));
        retype(storage->imageEdit(), m_dir.filePath(QStringLiteral("Win11 Gaming.img")));
        QTest::keyClick(storage->imageEdit(), Qt::Key_Tab);
        chooseInstaller(storage);
        QVERIFY(forward(wizard));
        QVERIFY(forward(wizard));
        auto *apply = current<ApplyPage>(wizard);
        QVERIFY(QTest::qWaitFor([&] { return apply->isComplete(); }, 20000));
        QVERIFY2(apply->succeeded(), failure(apply));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("Win11 Gaming.img"))));
        const QString steps = QTextDocumentFragment::fromHtml(apply->nextSteps()->text()).toPlainText();
        QVERIFY2(steps.contains(QStringLiteral("virsh start 'Win11 Gaming'")), qPrintable(steps));
        const QString module = options(QStringLiteral("article")).outputDirectory + QStringLiteral("/Win11 Gaming.nix");
        QVERIFY2(steps.contains(QLatin1Char('"') + module + QLatin1Char('"')), qPrintable(steps));
        QVERIFY2(steps.contains(QStringLiteral("Load driver")), qPrintable(steps));
        QVERIFY2(steps.contains(QStringLiteral("The VM takes your keyboard: press both Ctrl keys")) && !steps.contains(QStringLiteral("mouse")),
                 qPrintable(steps));
    }

    void installerIsoBootsFirst()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::StoragePageId));
        auto *storage = current<StoragePage>(wizard);
        clickBox(storage->isoButton());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // which ISO?
        chooseInstaller(storage);
        QCOMPARE(wizard.spec().installIso, installerIso);
        QVERIFY(forward(wizard));
        const QString xml = current<ReviewPage>(wizard)->xmlView()->toPlainText();
        const qsizetype iso = xml.indexOf(QStringLiteral("Win10_22H2_English_x64.iso"));
        QVERIFY(iso > 0);
        const qsizetype isoBoot = xml.indexOf(QStringLiteral("<boot order="), iso);
        QVERIFY(isoBoot > 0);
        QCOMPARE(xml.mid(isoBoot, 15), QStringLiteral("<boot order=\"1\""));
        QVERIFY(xml.contains(QStringLiteral("<boot order=\"2\"")));
        QVERIFY(current<ReviewPage>(wizard)->summaryLabel()->text().contains(QStringLiteral("installed from")));
    }

    void theRealBinaryLoadsLibvirtOnlyWhenAsked()
    {
        // The GUI module starts without libvirt: up to the first paint no libvirt library loads.
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VFIO_WIZARD_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(VFIO_WIZARD_BINARY), {QStringLiteral("--demo")});
        QVERIFY(gui.waitForFinished(30000));
        const QString err = QString::fromUtf8(gui.readAllStandardError());
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY2(err.contains(QStringLiteral("VmRSS:")), qPrintable(err.right(2000)));
        QVERIFY(err.contains(QStringLiteral("vfio-wizard-gui")));
        QVERIFY2(!err.contains(QStringLiteral("libvirt.so")), "libvirt was loaded before the first page was shown");

        // Asked, the libvirt module opens sessions for it.
        QLibrary virt(QStringLiteral(VFIO_TEST_QM_DIR "/vfio-wizard-virt"));
        using Entry = void (*)(const QString &, Result<std::unique_ptr<LibvirtSession>> *);
        auto entry = reinterpret_cast<Entry>(virt.resolve("vfioWizardOpenLibvirt"));
        QVERIFY2(entry, qPrintable(virt.errorString()));
        Result<std::unique_ptr<LibvirtSession>> session = Error{};
        entry(testUri, &session);
        QVERIFY2(session, session ? "" : qPrintable(session.error()));
        QCOMPARE((*session)->uri(), testUri);
    }

    void settingsPersistUriFolderAndGeometry()
    {
        Wizard::Options o = options(QStringLiteral("article"));
        o.useSettings = true;
        o.uri = QStringLiteral("qemu:///system"); // the default: the saved one wins
        o.outputDirectory.clear();
        {
            Wizard wizard(o);
            QVERIFY(start(wizard));
            auto *page = current<HostCheckPage>(wizard);
            page->uriBox()->setCurrentText(testUri);
            wizard.setOutputDirectory(m_dir.filePath(QStringLiteral("saved-out")));
            wizard.resize(900, 700);
            wizard.reject(); // nothing chosen: it closes without asking
        }
        Wizard again(o);
        QCOMPARE(again.options().uri, testUri);
        QCOMPARE(again.outputDirectory(), m_dir.filePath(QStringLiteral("saved-out")));
        again.show();
        QCOMPARE(again.size(), QSize(900, 700));
    }
};

QTEST_MAIN(TestWizardFlow)
#include "tst_wizardflow.moc"
