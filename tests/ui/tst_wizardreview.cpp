// The review page driven as a user does, offscreen on fixture hosts: the VM in plain words
// first, the checks with their fixes (which show on the pages, and leave Apply the default
// button), full texts with linked sources, the output folder checked before Apply, no
// command-line wording anywhere on the way, no test boot where it cannot run, no empty tab.
#include "pages/gpupage.h"
#include "pages/hostcheckpage.h"
#include "pages/networkpage.h"
#include "pages/reviewpage.h"
#include "pages/storagepage.h"
#include "wizardgui.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QRegularExpression>

using namespace WizardGui;

namespace {

/// The Fix button of the first finding whose text holds `text`.
QPushButton *fixButton(const ReviewPage *review, const QString &text)
{
    for (const MessageBanner *banner : review->tabs()->widget(0)->findChildren<MessageBanner *>())
        if (banner->text().contains(text))
            return banner->findChild<QPushButton *>();
    return nullptr;
}

QPushButton *pushButton(Wizard &wizard, QWizard::WizardButton which)
{
    return qobject_cast<QPushButton *>(wizard.button(which));
}

} // namespace

class TestWizardReview final : public QObject
{
    Q_OBJECT

    WizardGui::Fixture m_fixture;

    Wizard::Options options(const QString &host) const { return m_fixture.options(host); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
    }

    // Defect 4: a fix on review shows on the pages it belongs to; Enter still means Apply.
    void fixesShowOnThePagesAndApplyStaysTheDefault()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(forward(wizard));
        auto *gpu = current<GpuPage>(wizard);
        clickBox(gpu->error43Toggle());
        QVERIFY(!wizard.spec().error43.enabled);
        QVERIFY(walkTo(wizard, Wizard::NetworkPageId));
        auto *network = current<NetworkPage>(wizard);
        network->modelBox()->setFocus();
        QTest::keyClick(network->modelBox(), Qt::Key_Down);
        QCOMPARE(wizard.spec().network.model, QStringLiteral("e1000e"));
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        auto *review = current<ReviewPage>(wizard);

        QPushButton *fixNic = fixButton(review, QStringLiteral("e1000e"));
        QVERIFY2(fixNic, qPrintable(review->findingTexts().join(u'\n')));
        QTest::mouseClick(fixNic, Qt::LeftButton);
        QCOMPARE(wizard.spec().network.model, QStringLiteral("virtio"));
        QVERIFY(pushButton(wizard, QWizard::NextButton)->isDefault());
        QVERIFY(!pushButton(wizard, QWizard::BackButton)->isDefault());
        QCOMPARE(QApplication::focusWidget(), wizard.button(QWizard::NextButton));
        QVERIFY(!review->xmlView()->toPlainText().contains(QStringLiteral("e1000e")));

        QPushButton *fixError43 = fixButton(review, QStringLiteral("Error 43"));
        QVERIFY2(fixError43, qPrintable(review->findingTexts().join(u'\n')));
        QTest::mouseClick(fixError43, Qt::LeftButton);
        QVERIFY(wizard.spec().error43.enabled);
        QVERIFY(pushButton(wizard, QWizard::NextButton)->isDefault());
        QCOMPARE(QApplication::focusWidget(), wizard.button(QWizard::NextButton));

        // Back on the pages: the fixed values, not the ones chosen there before.
        QVERIFY(backTo(wizard, Wizard::NetworkPageId));
        QCOMPARE(network->modelBox()->currentData().toString(), QStringLiteral("virtio"));
        QVERIFY(backTo(wizard, Wizard::GpuPageId));
        QVERIFY(gpu->error43Toggle()->isChecked());
        QVERIFY(gpu->error43Text()->text().startsWith(QStringLiteral("On")));
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        QVERIFY(!fixButton(review, QStringLiteral("e1000e")));
        QVERIFY(!fixButton(review, QStringLiteral("Error 43")));
    }

    // Defect 12: findings in full with their source linked, disks named as the guest sees them
    // and where they live on the host; Fix all leaves nothing to fix.
    void checksAreWholeLinkedAndFixAll()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        auto *host = qobject_cast<HostCheckPage *>(wizard.currentPage());
        QVERIFY(host->openFromFile(QStringLiteral(VFIO_TEST_DOMAINS_DIR "/article-vm.xml")));
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        auto *review = current<ReviewPage>(wizard);
        const QList<MessageBanner *> findings = review->tabs()->widget(0)->findChildren<MessageBanner *>();
        QVERIFY(findings.size() >= 5);
        QCOMPARE(review->tabs()->tabText(0), QStringLiteral("Checks (%1)").arg(findings.size()));
        for (const MessageBanner *finding : findings) {
            const QString text = plain(finding->text());
            QVERIFY2(!text.contains(QStringLiteral("...")) && !text.contains(QStringLiteral("…")), qPrintable(text));
            QVERIFY(finding->findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly));
            bool wraps = false;
            for (const QLabel *label : finding->findChildren<QLabel *>())
                wraps = wraps || (label->wordWrap() && label->text() == finding->text());
            QVERIFY(wraps);
            QVERIFY2(finding->text().contains(QStringLiteral("<a href=\"https://")), qPrintable(finding->text()));
            // The guest's disk "sda" is not the host's sda: named as the VM's, with where it lives
            // (newcomer review: "Disk sda" read as the host's disk the Storage page refused).
            if (text.contains(QStringLiteral("sda (")))
                QVERIFY2(text.contains(QStringLiteral("The VM's disk sda (/dev/zvol/tank/windows)")), qPrintable(text));
        }

        QVERIFY(review->fixAllButton()->isEnabled());
        QTest::mouseClick(review->fixAllButton(), Qt::LeftButton);
        for (const MessageBanner *finding : review->tabs()->widget(0)->findChildren<MessageBanner *>())
            QVERIFY2(!finding->findChild<QPushButton *>(), qPrintable(finding->text()));
        QVERIFY(!review->fixAllButton()->isEnabled());
        QVERIFY(pushButton(wizard, QWizard::NextButton)->isDefault());
        QCOMPARE(QApplication::focusWidget(), wizard.button(QWizard::NextButton));
        QVERIFY(wizard.spec().cpu.emulatorPins.size() > 0); // the pages have the fixes
    }

    // Defect 11: the VM in plain words leads; the files are tabs after the checks.
    void reviewLeadsWithTheVmInWords()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::StoragePageId));
        current<StoragePage>(wizard)->sourceBox()->setFocus();
        QTest::keyClick(current<StoragePage>(wizard)->sourceBox(), Qt::Key_Up); // the zvol
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        auto *review = current<ReviewPage>(wizard);
        const QString summary = plain(review->summaryLabel()->text());
        for (const char *part : {"6 vCPU", "cores", "16.0 GiB", "1 GiB pages", "GTX 1080", "bridge br0 over eno2", "zvol", "tank/win10"})
            QVERIFY2(summary.contains(QLatin1String(part)), qPrintable(part + (u'\n' + summary)));
        QVERIFY(!summary.contains(u'<'));
        QVERIFY(review->summaryLabel()->mapTo(review, QPoint()).y() < review->tabs()->mapTo(review, QPoint()).y());
        QCOMPARE(review->tabs()->currentIndex(), 0);
        QVERIFY(review->tabs()->tabText(0).startsWith(QStringLiteral("Checks")));
        QVERIFY(review->xmlView()->toPlainText().startsWith(QStringLiteral("<domain")));
        QVERIFY(!review->overwriteBox()->isChecked()); // files that exist are not replaced unasked
    }

    // Defect 15: Ctrl+Tab reaches only tabs with something in them.
    void ctrlTabReachesNoEmptyTab()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        QTabWidget *tabs = current<ReviewPage>(wizard)->tabs();
        QCOMPARE(tabs->count(), 3); // no changes for a new VM
        tabs->tabBar()->setFocus();
        QList<int> visited;
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
            visited << tabs->currentIndex();
            QWidget *tab = tabs->currentWidget();
            const auto *view = tab->findChild<QPlainTextEdit *>();
            QVERIFY(view ? !view->toPlainText().isEmpty() : !tab->findChildren<MessageBanner *>().isEmpty());
        }
        QCOMPARE(visited, (QList<int>{1, 2, 0, 1}));
    }

    // Defect 3: the folder is checked on review, with the reason, before Apply can run.
    void outputFolderIsCheckedBeforeApply()
    {
        // A file where a folder would have to be: no user can create the folder there.
        const QString file = m_fixture.filePath(QStringLiteral("a-file"));
        QFile blocker(file);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Wizard::Options o = options(QStringLiteral("article"));
        o.outputDirectory = file + QStringLiteral("/vms");
        Wizard wizard(o);
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        auto *review = current<ReviewPage>(wizard);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QString said = shownMessage(review, review->outputEdit());
        QVERIFY2(said.contains(file) && said.contains(QStringLiteral("not a folder")), qPrintable(said));
        retype(review->outputEdit(), m_fixture.filePath(QStringLiteral("writable-out")));
        QCOMPARE(shownMessage(review, review->outputEdit()), QString());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.outputDirectory(), m_fixture.filePath(QStringLiteral("writable-out")));
    }

    // Defect 13: no command-line options or commands on any page of the way.
    void noCommandLineWording_data()
    {
        QTest::addColumn<QString>("host");
        for (const char *host : {"article", "ryzen", "raid", "twins"})
            QTest::newRow(host) << host;
    }
    void noCommandLineWording()
    {
        QFETCH(QString, host);
        static const QRegularExpression cli(QStringLiteral("(^|[\\s(\"])--[a-z]|virsh define|vfio-wizard [a-z]"));
        Wizard wizard(options(host));
        QVERIFY(start(wizard));
        for (;;) {
            QWizardPage *page = wizard.currentPage();
            const QStringList texts = visibleTexts(page) + bannerTexts(page) + QStringList{page->title(), page->subTitle()};
            for (const QString &text : texts)
                QVERIFY2(!cli.match(text).hasMatch(), qPrintable(page->title() + QStringLiteral(": ") + text));
            if (wizard.currentId() == Wizard::ReviewPageId)
                break;
            QVERIFY(walkTo(wizard, Wizard::PageId(wizard.currentId() + 1)));
        }
    }

    // Defect 13: driver staging explained once; no test boot where it cannot run (the demo).
    void stagingSaidOnceAndNoTestBootInTheDemo()
    {
        Wizard::Options o = options(QStringLiteral("article"));
        o.demo = true;
        Wizard wizard(o);
        QVERIFY(start(wizard));
        QVERIFY(wizard.options().demo);
        QVERIFY(walkTo(wizard, Wizard::StoragePageId));
        auto *storage = current<StoragePage>(wizard);
        chooseInstaller(storage);
        clickBox(storage->stagingBox());
        QVERIFY(wizard.spec().driverStaging);
        QCOMPARE(bannerTexts(storage).join(u'\n').count(QStringLiteral("staging"), Qt::CaseInsensitive), 1);
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        auto *review = current<ReviewPage>(wizard);
        QVERIFY(!review->testBootBox()->isEnabled());
        QVERIFY(!review->testBootBox()->isChecked());
        QVERIFY2(review->testBootBox()->toolTip().contains(QStringLiteral("test driver")), qPrintable(review->testBootBox()->toolTip()));
        clickBox(review->testBootBox()); // a click on the disabled box changes nothing
        for (int i = 0; i < review->actionList()->count(); ++i)
            QVERIFY2(!review->actionList()->item(i)->text().contains(QStringLiteral("est boot")), qPrintable(review->actionList()->item(i)->text()));
        QVERIFY(review->defineBox()->text().contains(testUri));
    }
};

QTEST_MAIN(TestWizardReview)
#include "tst_wizardreview.moc"
