// An existing VM opened in the wizard, offscreen, against libvirt's test:///default driver: a
// typical virt-manager VM read into the pages (what it starts with today shown), nothing
// changed means no diff, one change diffs exactly that and is redefined with a backup, an edit
// the wizard cannot write into it (a rename) listed as not applied, the VM chosen from libvirt
// in a dialog with a filter, files that exist not replaced unless asked.
#include "pages/applypage.h"
#include "pages/cpupage.h"
#include "pages/gpupage.h"
#include "pages/hostcheckpage.h"
#include "pages/networkpage.h"
#include "pages/reviewpage.h"
#include "widgets/domainchooser.h"
#include "wizard/steps/hoststep.h"
#include "wizardgui.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace WizardGui;

class TestWizardOpened final : public QObject
{
    Q_OBJECT

    WizardGui::Fixture m_fixture;

    Wizard::Options options(const QString &host) const { return m_fixture.options(host); }

    /// Defines a domain file on the wizard's libvirt connection (the test driver keeps it while
    /// the connection is open).
    static bool define(Wizard &wizard, const QString &file, const QString &backups)
    {
        Result<LibvirtSession *> libvirt = wizard.libvirt();
        return libvirt && (*libvirt)->define(readText(QStringLiteral(VFIO_TEST_DOMAINS_DIR "/") + file), backups);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
    }

    // Defect 14: virt-manager's VM read into the pages; "current 4 of 8 vCPUs" shown.
    void virtManagerVmFillsThePages()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        auto *host = current<HostCheckPage>(wizard);
        QVERIFY(host->openFromFile(QStringLiteral(VFIO_TEST_DOMAINS_DIR "/virt-manager-win10.xml")));
        QCOMPARE(host->nameEdit()->text(), QStringLiteral("win10"));
        QVERIFY(walkTo(wizard, Wizard::CpuPageId));
        auto *cpu = current<CpuPage>(wizard);
        QCOMPARE(cpu->vcpuBox()->value(), 8);
        const auto today = [cpu] {
            for (const QLabel *label : cpu->findChildren<QLabel *>())
                if (label->isVisibleTo(cpu) && label->text().contains(QStringLiteral("4 of its 8")))
                    return label->text();
            return QString();
        };
        // Nothing changed here: Apply keeps the 4, and the page says so (and where to change it).
        QVERIFY2(today().contains(QStringLiteral("keeps")), qPrintable(visibleTexts(cpu).join(u'\n')));
        QVERIFY(walkTo(wizard, Wizard::NetworkPageId));
        QCOMPARE(current<NetworkPage>(wizard)->modelBox()->currentData().toString(), QStringLiteral("e1000e"));
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        auto *review = current<ReviewPage>(wizard);
        QCOMPARE(review->tabs()->count(), 4);
        QCOMPARE(review->tabs()->widget(3)->findChild<QPlainTextEdit *>(), review->diffView());
        QVERIFY(!review->overwriteBox()->isChecked());
        QCOMPARE(review->diffView()->toPlainText(), QStringLiteral("No changes."));
        // The check's fix starts them all; the CPU page says so when shown again.
        QPushButton *fix = nullptr;
        for (const MessageBanner *banner : review->tabs()->widget(0)->findChildren<MessageBanner *>())
            if (banner->text().contains(QStringLiteral("4 of its 8")))
                fix = banner->findChild<QPushButton *>();
        QVERIFY(fix);
        QTest::mouseClick(fix, Qt::LeftButton);
        const QString diff = review->diffView()->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("-  <vcpu placement=\"static\" current=\"4\">8</vcpu>")), qPrintable(diff));
        QVERIFY(backTo(wizard, Wizard::CpuPageId));
        QVERIFY2(today().contains(QStringLiteral("after Apply it starts with all of them")), qPrintable(today()));
    }

    void unchangedVmHasNoDiff()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(current<HostCheckPage>(wizard)->openFromFile(QStringLiteral(VFIO_TEST_DOMAINS_DIR "/article-vm.xml")));
        QCOMPARE(wizard.spec().name, QStringLiteral("windows"));
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        auto *review = current<ReviewPage>(wizard);
        QCOMPARE(review->diffView()->toPlainText(), QStringLiteral("No changes."));
        QCOMPARE(review->xmlView()->toPlainText(), wizard.session().originalXml());
        QVERIFY(bannerTexts(review).isEmpty()); // nothing left out
    }

    // Defect 14: a rename cannot be written into the VM here: review says so, not silence.
    void anOpenedVmKeepsItsName()
    {
        // Renamed here, the files and the module's hooks would be named after a VM libvirt does
        // not have, and the next steps would start it by that name (newcomer review).
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        auto *host = current<HostCheckPage>(wizard);
        QVERIFY(host->openFromFile(QStringLiteral(VFIO_TEST_DOMAINS_DIR "/article-vm.xml")));
        QVERIFY(host->nameEdit()->isReadOnly());
        // Said at the field from the start, not only on a refused edit (newcomer review).
        QCOMPARE(wizard.hostStep()->messagesFor(QString::fromLatin1(HostStep::nameField)).size(), 1);
        QCOMPARE(wizard.hostStep()->messagesFor(QString::fromLatin1(HostStep::nameField)).first().severity, Severity::Info);
        QVERIFY(host->nameEdit()->toolTip().contains(QStringLiteral("virt-manager")));
        wizard.hostStep()->setName(QStringLiteral("games"));
        QCOMPARE(wizard.spec().name, QStringLiteral("windows"));
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(wizard.hostStep()->messagesFor(QString::fromLatin1(HostStep::nameField)).first().text.contains(QStringLiteral("keeps its name, windows")));
        wizard.hostStep()->setName(QStringLiteral("windows"));
        QCOMPARE(wizard.hostStep()->messagesFor(QString::fromLatin1(HostStep::nameField)).first().severity, Severity::Info);
        QVERIFY(wizard.currentPage()->isComplete());
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        auto *review = current<ReviewPage>(wizard);
        QVERIFY(review->xmlView()->toPlainText().contains(QStringLiteral("<name>windows</name>")));
        for (int i = 0; i < review->actionList()->count(); ++i)
            QVERIFY2(!review->actionList()->item(i)->text().contains(QStringLiteral("games")), qPrintable(review->actionList()->item(i)->text()));
    }

    // Defect 14: "from libvirt" is a dialog listing the VMs, with a filter, not a bare drop-down.
    void vmIsChosenFromLibvirtInADialog()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(define(wizard, QStringLiteral("article-vm.xml"), m_fixture.filePath(QStringLiteral("setup-backups"))));
        QVERIFY(define(wizard, QStringLiteral("linux-guest.xml"), m_fixture.filePath(QStringLiteral("setup-backups"))));
        auto *host = current<HostCheckPage>(wizard);
        QStringList listed;
        bool openEnabled = false;
        whenModal([&](QWidget *modal) {
            auto *chooser = qobject_cast<DomainChooser *>(modal);
            if (!chooser)
                return modal->close(), void();
            auto *list = chooser->findChild<QListWidget *>();
            for (int i = 0; i < list->count(); ++i)
                listed << list->item(i)->text();
            auto *filter = chooser->findChild<QLineEdit *>();
            filter->setFocus();
            QTest::keyClicks(filter, QStringLiteral("wind"));
            openEnabled = chooser->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled();
            QTest::keyClick(filter, Qt::Key_Return);
            if (chooser->isVisible()) // Enter did not open it: the test fails below, not hangs
                chooser->reject();
        });
        QAction *fromLibvirt = host->openButton()->menu()->actions().value(0);
        QVERIFY(fromLibvirt);
        fromLibvirt->trigger();
        QVERIFY2(listed.contains(QStringLiteral("windows")) && listed.size() >= 2, qPrintable(listed.join(u", ")));
        QVERIFY(openEnabled);
        QVERIFY(wizard.existing() && wizard.existing()->fromLibvirt);
        QCOMPARE(wizard.spec().name, QStringLiteral("windows"));
        QCOMPARE(host->nameEdit()->text(), QStringLiteral("windows"));
    }

    // One change: the diff is exactly that; Apply redefines the same VM after a backup.
    void oneChangeDiffsExactlyThatAndIsRedefined()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        const QString backups = options(QStringLiteral("article")).backupDirectory;
        QVERIFY(define(wizard, QStringLiteral("article-vm.xml"), m_fixture.filePath(QStringLiteral("setup-backups"))));
        auto *host = current<HostCheckPage>(wizard);
        const Result<void> opened = host->openFromLibvirt(QStringLiteral("windows"));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
        QVERIFY(forward(wizard));
        auto *gpu = current<GpuPage>(wizard);
        QVERIFY(gpu->error43Toggle()->isChecked());
        clickBox(gpu->error43Toggle());
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        auto *review = current<ReviewPage>(wizard);
        QStringList changed;
        for (const QString &line : review->diffView()->toPlainText().split(u'\n'))
            if ((line.startsWith(u'+') || line.startsWith(u'-')) && !line.startsWith(QStringLiteral("---")) && !line.startsWith(QStringLiteral("+++")))
                changed << line.simplified();
        QCOMPARE(changed, (QStringList{QStringLiteral("- <vendor_id state=\"on\" value=\"whatever\"/>"), QStringLiteral("- <kvm>"),
                                       QStringLiteral("- <hidden state=\"on\"/>"), QStringLiteral("- </kvm>")}));
        // ... and in words above it: the card's line, which said the fix was on.
        const QString words = QTextDocumentFragment::fromHtml(review->changesLabel()->text()).toPlainText();
        QVERIFY2(words.contains(QStringLiteral("GTX 1080")) && words.contains(QStringLiteral("(was: "))
                     && words.count(QStringLiteral("Error 43 fix on")) == 1 && words.count(u'\n') <= 2,
                 qPrintable(words));
        // An earlier test wrote this VM's files to the same folder: Review says so, and
        // replacing them is the user's choice.
        if (!review->isComplete())
            clickBox(review->overwriteBox());
        QVERIFY(forward(wizard));
        auto *apply = qobject_cast<ApplyPage *>(wizard.currentPage());
        QVERIFY(QTest::qWaitFor([&] { return apply->isComplete(); }, 20000));
        QVERIFY2(apply->succeeded(), qPrintable(apply->jobList()->topLevelItem(1)->text(1)));
        const QString now = *(*wizard.libvirt())->domainXml(QStringLiteral("windows"));
        QVERIFY(!now.contains(QStringLiteral("vendor_id")));
        QVERIFY(now.contains(QStringLiteral("8c9d4a2e-5b7f-4e21-9a3c-1d2e3f405162"))); // the same VM, redefined
        QCOMPARE(QDir(backups).entryList({QStringLiteral("windows-*.xml")}).size(), 1);
    }
};

QTEST_MAIN(TestWizardOpened)
#include "tst_wizardopened.moc"
