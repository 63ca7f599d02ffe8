// The wizard driven from page 1 to a defined VM, offscreen, on fixture hosts against libvirt's
// test:///default driver; opening an existing VM and changing one thing; the demo; settings.
#include "domain/model/domainxml.h"
#include "libvirt/libvirtconnectionsession.h"
#include "pages/applypage.h"
#include "pages/cpupage.h"
#include "pages/gpupage.h"
#include "pages/hostcheckpage.h"
#include "pages/memorypage.h"
#include "pages/networkpage.h"
#include "pages/reviewpage.h"
#include "pages/storagepage.h"
#include "support/testhosts.h"
#include "util/linediff.h"
#include "wizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QLibrary>
#include <QProcess>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

namespace {

const QString testUri = QStringLiteral("test:///default");

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Presses Next (or Apply on the review page) once the current page allows it.
bool forward(Wizard &wizard)
{
    if (!QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 20000))
        return false;
    const int before = wizard.currentId();
    wizard.button(before == Wizard::ReviewPageId ? QWizard::CommitButton : QWizard::NextButton)->click();
    return wizard.currentId() != before;
}

} // namespace

class TestWizardFlow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Wizard::Options options(const QString &host) const
    {
        Wizard::Options o;
        o.root = TestHosts::root(host);
        o.uri = testUri;
        o.useSettings = false;
        o.outputDirectory = m_dir.filePath(host + QStringLiteral("-out"));
        o.backupDirectory = m_dir.filePath(QStringLiteral("backups"));
        o.openLibvirt = &LibvirtConnectionSession::open;
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // QSettings reads its paths once: point them at the temporary directory first.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    }

    void articleDefaultsGiveTheExpectedVm()
    {
        Wizard wizard(options(QStringLiteral("article")));
        wizard.show();
        QVERIFY(QTest::qWaitFor([&] { return wizard.host().has_value(); }, 10000));
        auto *hostCheck = qobject_cast<HostCheckPage *>(wizard.currentPage());
        hostCheck->userEdit()->setText(QStringLiteral("alice"));
        QVERIFY(forward(wizard)); // GPU: the GTX 1080, Error 43 fix on
        QVERIFY(forward(wizard));
        auto *cpu = qobject_cast<CpuPage *>(wizard.currentPage());
        cpu->vcpuBox()->setValue(8);
        cpu->autoPin();
        QVERIFY(forward(wizard));
        qobject_cast<MemoryPage *>(wizard.currentPage())->sizeBox()->setValue(24 * 1024);
        QVERIFY(forward(wizard)); // network: the planner's bridge over eno2
        QVERIFY(forward(wizard));
        auto *storage = qobject_cast<StoragePage *>(wizard.currentPage());
        storage->chooseSource(QStringLiteral("/dev/zvol/tank/win10"));
        QVERIFY2(storage->isComplete(), qPrintable(storage->status()->text()));
        QVERIFY(forward(wizard));

        // The same choices as the generator's article case: the same XML and module, to the byte.
        auto *review = qobject_cast<ReviewPage *>(wizard.currentPage());
        const QString generated = QStringLiteral(VFIO_TEST_GENERATED_DIR "/article");
        QCOMPARE(review->xmlView()->toPlainText(), readText(generated + QStringLiteral(".xml")));
        QCOMPARE(review->nixView()->toPlainText(), readText(generated + QStringLiteral(".nix")));
        QVERIFY(!review->tabs()->isTabVisible(2)); // no diff for a new VM
        QCOMPARE(review->actionList()->count(), 2); // write the files, define (the zvol exists: no image)

        QVERIFY(forward(wizard));
        auto *apply = qobject_cast<ApplyPage *>(wizard.currentPage());
        QVERIFY(QTest::qWaitFor([&] { return apply->isComplete(); }, 20000));
        QVERIFY2(apply->succeeded(), qPrintable(apply->jobList()->topLevelItem(apply->jobList()->topLevelItemCount() - 1)->text(1)));
        QCOMPARE(readText(options(QStringLiteral("article")).outputDirectory + QStringLiteral("/win10.xml")), readText(generated + QStringLiteral(".xml")));
        QVERIFY(QFile::exists(options(QStringLiteral("article")).outputDirectory + QStringLiteral("/win10.nix")));
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
        wizard.show();
        QVERIFY(forward(wizard));
        auto *gpu = qobject_cast<GpuPage *>(wizard.currentPage());
        QVERIFY(gpu->error43Toggle()->isChecked());
        gpu->error43Toggle()->click();
        for (int page = Wizard::GpuPageId; page < Wizard::ReviewPageId; ++page)
            QVERIFY(forward(wizard));
        auto *review = qobject_cast<ReviewPage *>(wizard.currentPage());
        const QString off = review->xmlView()->toPlainText();
        QVERIFY(!off.contains(QStringLiteral("vendor_id")));
        QVERIFY(!off.contains(QStringLiteral("<hidden")));
        for (int page = Wizard::ReviewPageId; page > Wizard::GpuPageId; --page)
            wizard.back();
        gpu->error43Toggle()->click();
        for (int page = Wizard::GpuPageId; page < Wizard::ReviewPageId; ++page)
            QVERIFY(forward(wizard));
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

    void sharedGroupStopsTheWizardWithTheReason()
    {
        Wizard wizard(options(QStringLiteral("ryzen")));
        wizard.show();
        QVERIFY(forward(wizard));
        auto *gpu = qobject_cast<GpuPage *>(wizard.currentPage());
        gpu->choose(PciAddress::parse(u"0000:05:00.0"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(gpu->verdict()->text().contains(QStringLiteral("0000:02:00.0")));
    }

    void hostWithoutIommuExplainsAndOffersTheDemo()
    {
        Wizard wizard(options(QStringLiteral("no-iommu")));
        wizard.show();
        QVERIFY(QTest::qWaitFor([&] { return wizard.host().has_value(); }, 10000));
        auto *page = qobject_cast<HostCheckPage *>(wizard.currentPage());
        QCOMPARE(page->state(HostCheckPage::Check::Iommu), HostCheckPage::State::Bad);
        QVERIFY(page->text(HostCheckPage::Check::Iommu).contains(QStringLiteral("intel_iommu=on")));
        QVERIFY(page->text(HostCheckPage::Check::Iommu).contains(QStringLiteral("NixOS module")));
        QVERIFY(page->demoButton()->isVisibleTo(page));
        QVERIFY(QTest::qWaitFor([&] { return page->state(HostCheckPage::Check::Libvirt) == HostCheckPage::State::Good; }, 10000));

        // The demo: the article's machine from the built-in resource, scanned like a real one.
        page->demoButton()->click();
        QVERIFY(wizard.options().demo);
        QCOMPARE(wizard.options().uri, testUri);
        QVERIFY(QTest::qWaitFor([&] { return wizard.host().has_value() && page->isComplete(); }, 10000));
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
        wizard.show();
        auto *page = qobject_cast<HostCheckPage *>(wizard.currentPage());
        QVERIFY(QTest::qWaitFor([&] { return page->state(HostCheckPage::Check::Libvirt) == HostCheckPage::State::Bad; }, 10000));
        QVERIFY2(page->text(HostCheckPage::Check::Libvirt).contains(QStringLiteral("libvirtd"), Qt::CaseInsensitive),
                 qPrintable(page->text(HostCheckPage::Check::Libvirt)));
    }

    void virtualisationIsJudgedByKvmNotTheFlagsAlone_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<HostCheckPage::State>("state");
        QTest::addColumn<QString>("says");
        QTest::newRow("article") << "article" << HostCheckPage::State::Good << "KVM through VT-x (vmx)";
        // No vmx or svm, yet KVM runs through kvm_pvm; nested, so host-passthrough may be refused.
        QTest::newRow("pvm") << "pvm" << HostCheckPage::State::Warning << "paravirtual module kvm_pvm";
        QTest::newRow("no-iommu") << "no-iommu" << HostCheckPage::State::Bad << "no KVM module is loaded: load kvm_intel";
    }
    void virtualisationIsJudgedByKvmNotTheFlagsAlone()
    {
        QFETCH(QString, host);
        QFETCH(HostCheckPage::State, state);
        QFETCH(QString, says);
        Wizard wizard(options(host));
        wizard.show();
        auto *page = qobject_cast<HostCheckPage *>(wizard.currentPage());
        QVERIFY(QTest::qWaitFor([&] { return page->state(HostCheckPage::Check::Virtualisation) != HostCheckPage::State::Pending; }, 10000));
        const QString text = page->text(HostCheckPage::Check::Virtualisation);
        QCOMPARE(page->state(HostCheckPage::Check::Virtualisation), state);
        QVERIFY2(text.contains(says) && !text.contains(QStringLiteral("firmware")), qPrintable(text));
    }

    void openedVmWalkedThroughUnchangedHasNoDiff()
    {
        Wizard wizard(options(QStringLiteral("article")));
        wizard.show();
        QVERIFY(QTest::qWaitFor([&] { return wizard.host().has_value(); }, 10000));
        auto *page = qobject_cast<HostCheckPage *>(wizard.currentPage());
        QVERIFY(page->openFromFile(QStringLiteral(VFIO_TEST_DOMAINS_DIR "/article-vm.xml")));
        QCOMPARE(wizard.spec().name, QStringLiteral("windows"));
        QCOMPARE(page->nameEdit()->text(), QStringLiteral("windows"));
        for (int id = Wizard::HostCheckPageId; id < Wizard::ReviewPageId; ++id)
            QVERIFY2(forward(wizard), qPrintable(QString::number(wizard.currentId())));
        auto *review = qobject_cast<ReviewPage *>(wizard.currentPage());
        QVERIFY(review->tabs()->isTabVisible(2));
        QCOMPARE(review->diffView()->toPlainText(), QStringLiteral("No changes."));
        QCOMPARE(review->xmlView()->toPlainText(), wizard.originalXml());
        // The lint tab knows the article's mistakes.
        QVERIFY(review->lintView()->topLevelItemCount() >= 3);
    }

    void openedVmChangedOnceDiffsExactlyThatAndIsRedefined()
    {
        // The article's VM defined on the test driver; opened from there; Error 43 fix turned off.
        Wizard wizard(options(QStringLiteral("article")));
        wizard.show();
        QVERIFY(QTest::qWaitFor([&] { return wizard.host().has_value(); }, 10000));
        Result<LibvirtSession *> libvirt = wizard.libvirt();
        QVERIFY(libvirt);
        const Result<LibvirtSession::DefineOutcome> defined = (*libvirt)->define(readText(QStringLiteral(VFIO_TEST_DOMAINS_DIR "/article-vm.xml")),
                                                                                m_dir.filePath(QStringLiteral("setup-backups")));
        QVERIFY2(defined, defined ? "" : qPrintable(defined.error()));
        auto *page = qobject_cast<HostCheckPage *>(wizard.currentPage());
        const Result<void> opened = page->openFromLibvirt(QStringLiteral("windows"));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
        QVERIFY(wizard.existing()->fromLibvirt);
        QVERIFY(forward(wizard));
        auto *gpu = qobject_cast<GpuPage *>(wizard.currentPage());
        QVERIFY(gpu->error43Toggle()->isChecked());
        gpu->error43Toggle()->click();
        for (int id = Wizard::GpuPageId; id < Wizard::ReviewPageId; ++id)
            QVERIFY(forward(wizard));
        auto *review = qobject_cast<ReviewPage *>(wizard.currentPage());
        const QString diff = review->diffView()->toPlainText();
        QStringList changed;
        for (const QString &line : diff.split(u'\n'))
            if (line.startsWith(u'+') || line.startsWith(u'-'))
                changed << line.simplified();
        QCOMPARE(changed, (QStringList{QStringLiteral("- <vendor_id state=\"on\" value=\"whatever\"/>"), QStringLiteral("- <kvm>"),
                                       QStringLiteral("- <hidden state=\"on\"/>"), QStringLiteral("- </kvm>")}));
        QVERIFY(forward(wizard));
        auto *apply = qobject_cast<ApplyPage *>(wizard.currentPage());
        QVERIFY(QTest::qWaitFor([&] { return apply->isComplete(); }, 20000));
        QVERIFY2(apply->succeeded(), qPrintable(apply->jobList()->topLevelItem(1)->text(1)));
        QVERIFY(apply->jobList()->topLevelItem(1)->text(1).contains(QStringLiteral("saved in")));
        const QString now = *(*libvirt)->domainXml(QStringLiteral("windows"));
        QVERIFY(!now.contains(QStringLiteral("vendor_id")));
        QVERIFY(now.contains(QStringLiteral("8c9d4a2e-5b7f-4e21-9a3c-1d2e3f405162"))); // the same VM, redefined
        QCOMPARE(QDir(options(QStringLiteral("article")).backupDirectory).entryList({QStringLiteral("windows-*.xml")}).size(), 1);
    }

    void failedJobStopsTheRestAndRunsAgain()
    {
        Wizard::Options o = options(QStringLiteral("article"));
        o.outputDirectory = m_dir.filePath(QStringLiteral("retry-out"));
        Wizard wizard(o);
        wizard.show();
        QVERIFY(QDir().mkpath(o.outputDirectory));
        QFile blocker(o.outputDirectory + QStringLiteral("/win10.nix"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("# the user's own file\n");
        blocker.close();
        for (int id = Wizard::HostCheckPageId; id <= Wizard::ReviewPageId; ++id)
            QVERIFY(forward(wizard));
        auto *apply = qobject_cast<ApplyPage *>(wizard.currentPage());
        QVERIFY(QTest::qWaitFor([&] { return apply->isComplete(); }, 20000));
        QVERIFY(!apply->succeeded());
        QVERIFY(apply->jobList()->topLevelItem(0)->text(1).contains(QStringLiteral("win10.nix")));
        QCOMPARE(apply->jobList()->topLevelItem(1)->text(1), QStringLiteral("not run"));
        QVERIFY(!QFile::exists(o.outputDirectory + QStringLiteral("/win10.xml"))); // all files or none
        QCOMPARE(readText(blocker.fileName()), QStringLiteral("# the user's own file\n"));
        QVERIFY(apply->retryButton()->isVisibleTo(apply));
        QVERIFY(blocker.remove());
        apply->retryButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return apply->isComplete(); }, 20000));
        QVERIFY(apply->succeeded());
        QVERIFY(QFile::exists(o.outputDirectory + QStringLiteral("/win10.xml")));
    }

    void theRealBinaryStartsAndLoadsLibvirtOnlyWhenAsked()
    {
        // The GUI module starts without libvirt; the libvirt module opens sessions for it.
        QLibrary virt(QStringLiteral(VFIO_TEST_QM_DIR "/vfio-wizard-virt"));
        using Entry = void (*)(const QString &, Result<std::unique_ptr<LibvirtSession>> *);
        auto entry = reinterpret_cast<Entry>(virt.resolve("vfioWizardOpenLibvirt"));
        QVERIFY2(entry, qPrintable(virt.errorString()));
        Result<std::unique_ptr<LibvirtSession>> session = Error{};
        entry(testUri, &session);
        QVERIFY2(session, session ? "" : qPrintable(session.error()));
        QCOMPARE((*session)->uri(), testUri);

        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VFIO_WIZARD_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(VFIO_WIZARD_BINARY), {QStringLiteral("--demo")});
        QVERIFY(gui.waitForFinished(30000));
        const QString err = QString::fromUtf8(gui.readAllStandardError());
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY2(err.contains(QStringLiteral("VmRSS:")), qPrintable(err));
    }

    void germanIsComplete()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(VFIO_TEST_QM_DIR "/vfio-wizard_de.qm")));
        QCoreApplication::installTranslator(&german);
        Wizard wizard(options(QStringLiteral("article")));
        wizard.show();
        QVERIFY(QTest::qWaitFor([&] { return wizard.host().has_value(); }, 10000));
        QStringList titles;
        for (int id : wizard.pageIds())
            titles << wizard.page(id)->title();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(titles, (QStringList{QStringLiteral("Host-Prüfung"), QStringLiteral("GPU"), QStringLiteral("CPU"), QStringLiteral("Arbeitsspeicher"),
                                      QStringLiteral("Netzwerk"), QStringLiteral("Datenträger"), QStringLiteral("Übersicht"), QStringLiteral("Anwenden")}));
        QVERIFY(wizard.windowTitle().contains(QStringLiteral("VFIO-Assistent")));
    }

    void settingsPersistUriFolderAndGeometry()
    {
        Wizard::Options o = options(QStringLiteral("article"));
        o.useSettings = true;
        o.uri = QStringLiteral("qemu:///system"); // the default: the saved one wins
        o.outputDirectory.clear();
        {
            Wizard wizard(o);
            wizard.show();
            auto *page = qobject_cast<HostCheckPage *>(wizard.currentPage());
            page->uriBox()->setCurrentText(testUri);
            wizard.setOutputDirectory(m_dir.filePath(QStringLiteral("saved-out")));
            wizard.resize(900, 700);
            wizard.reject();
        }
        Wizard again(o);
        QCOMPARE(again.options().uri, testUri);
        QCOMPARE(again.outputDirectory(), m_dir.filePath(QStringLiteral("saved-out")));
        QCOMPARE(again.size(), QSize(900, 700));
    }
};

QTEST_MAIN(TestWizardFlow)
#include "tst_wizardflow.moc"
