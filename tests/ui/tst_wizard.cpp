// The wizard's window as a whole, offscreen: sized to a laptop's and a desktop's screen, the
// step list with "step N of M", Help on every page, Escape that asks before losing choices,
// mnemonics on every field, and the German UI without English left on its pages.
#include "pages/applypage.h"
#include "pages/hostcheckpage.h"
#include "pages/networkpage.h"
#include "pages/storagepage.h"
#include "pages/reviewpage.h"
#include "widgets/machineview.h"
#include "widgets/steplist.h"
#include "wizardgui.h"

#include <QJsonArray>
#include <QLayout>
#include <QLibraryInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QPointer>
#include <QRegularExpression>
#include <QScreen>
#include <QTemporaryDir>

using namespace WizardGui;

namespace {

QScreen *screenNamed(const QString &name)
{
    for (QScreen *screen : QGuiApplication::screens())
        if (screen->name() == name)
            return screen;
    return nullptr;
}

/// The mnemonic letter of a text ("Fi&x all": 'x'), or 0.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2))
        if (text[i + 1] != u'&')
            return text[i + 1].toLower();
    return {};
}

/// What takes Alt+letter on the shown page: its visible labels with a buddy, its visible
/// buttons, and the wizard's own buttons.
QMultiHash<QChar, QString> mnemonics(Wizard &wizard)
{
    QMultiHash<QChar, QString> taken;
    QWidget *page = wizard.currentPage();
    QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (int which : {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton, QWizard::HelpButton, QWizard::FinishButton})
        widgets << wizard.button(QWizard::WizardButton(which));
    for (const QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(&wizard))
            continue;
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            text = button->text();
        if (const QChar letter = mnemonic(text); !letter.isNull())
            taken.insert(letter, text);
    }
    return taken;
}

/// English words that German text never holds (function words, not names of things).
const QRegularExpression &englishWords()
{
    static const QRegularExpression words(QStringLiteral("\\b(the|and|of|to|with|for|is|are|on|this|that|from|your|which|be|not|"
                                                         "can|it|its|has|have|or|by|when|what|than|only|there|here|yet|no)\\b|\\(s\\)"));
    return words;
}

} // namespace

class TestWizard final : public QObject
{
    Q_OBJECT

    WizardGui::Fixture m_fixture;

    Wizard::Options options(const QString &host) const { return m_fixture.options(host); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
        QVERIFY2(screenNamed(QStringLiteral("laptop")) && screenNamed(QStringLiteral("desktop")), "the screens main() configures");
    }

    // Defect 15: the window fits a 1366x768 laptop on every page, and uses a 1920x1080 screen.
    void windowFitsTheScreen_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::newRow("1366x768") << "laptop";
        QTest::newRow("1920x1080") << "desktop";
    }
    void windowFitsTheScreen()
    {
        QFETCH(QString, screen);
        QScreen *on = screenNamed(screen);
        Wizard wizard(options(QStringLiteral("article")));
        wizard.setScreen(on);
        wizard.move(on->geometry().topLeft());
        QVERIFY(start(wizard));
        const QRect available = on->availableGeometry();
        const auto size = [&wizard] {
            return QStringLiteral("%1: %2x%3 at %4,%5, needs %6x%7").arg(wizard.currentPage()->title()).arg(wizard.width()).arg(wizard.height())
                .arg(wizard.x()).arg(wizard.y()).arg(wizard.minimumSize().width()).arg(wizard.minimumSize().height());
        };
        QVERIFY2(available.contains(wizard.frameGeometry()), qPrintable(size()));
        if (available.width() >= 1920) {
            QVERIFY(wizard.width() >= 1100); // not 784x525 on a large screen
            QVERIFY(wizard.height() >= 750);
        }
        for (;;) {
            const QSize needed = wizard.minimumSize();
            QVERIFY2(needed.width() <= available.width() && needed.height() <= available.height(),
                     qPrintable(QStringLiteral("%1 needs %2x%3").arg(wizard.currentPage()->title()).arg(needed.width()).arg(needed.height())));
            QVERIFY2(available.contains(wizard.frameGeometry()), qPrintable(size()));
            if (wizard.currentId() == Wizard::ReviewPageId)
                break;
            QVERIFY(walkTo(wizard, Wizard::PageId(wizard.currentId() + 1)));
        }
        // Review leaves room to read the XML: 16 lines and more on the laptop (12 here, and 8 in the
        // demo with its banner, before the choices shared one row).
        auto *review = current<ReviewPage>(wizard);
        review->tabs()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        const int lines = review->xmlView()->viewport()->height() / review->xmlView()->fontMetrics().lineSpacing();
        QVERIFY2(lines >= 16, qPrintable(QStringLiteral("%1 lines of XML").arg(lines)));
    }

    // Defect 15: a step list beside the pages says where the user is.
    void stepListSaysWhereTheUserIs()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        StepList *steps = wizard.stepList();
        QVERIFY(steps->isVisible());
        QVERIFY(steps->mapTo(&wizard, QPoint()).x() < wizard.currentPage()->mapTo(&wizard, QPoint()).x());
        const int count = int(wizard.pageIds().size());
        QCOMPARE(count, 9);
        QCOMPARE(steps->positionText(), QStringLiteral("Step 1 of 9: Host check"));
        QVERIFY(forward(wizard));
        QCOMPARE(steps->positionText(), QStringLiteral("Step 2 of 9: GPU"));
        QCOMPARE(steps->accessibleDescription(), steps->positionText());
        QVERIFY(wizard.windowTitle().startsWith(QStringLiteral("GPU")));
        QVERIFY(walkTo(wizard, Wizard::ReviewPageId));
        QCOMPARE(steps->positionText(), QStringLiteral("Step 8 of 9: Review"));
        QVERIFY(backTo(wizard, Wizard::StoragePageId));
        QCOMPARE(steps->positionText(), QStringLiteral("Step 7 of 9: Storage"));
    }

    // Start-up: the first page shows alone, already with Next (not Finish), and the others are
    // built after its first paint, each under the title the step list gave it.
    void laterPagesFollowTheFirstPaint()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QCOMPARE(wizard.pageIds(), QList<int>{Wizard::HostCheckPageId});
        QCOMPARE(wizard.stepList()->steps().size(), 9);
        wizard.show();
        QVERIFY(wizard.button(QWizard::NextButton)->isVisible());
        QVERIFY(!wizard.button(QWizard::FinishButton)->isVisible());
        QVERIFY(start(wizard));
        const QList<int> ids = wizard.pageIds();
        QCOMPARE(ids.size(), 9);
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(ids[i], i);
            QCOMPARE(wizard.page(ids[i])->title(), wizard.stepList()->steps()[i]);
        }
        QVERIFY(forward(wizard));
        QCOMPARE(wizard.currentId(), int(Wizard::GpuPageId));
    }

    // The keyboard starts where the user types (newcomer review): the VM's name on the first
    // page, not an invisible stop on its scroll area; the chosen network mode, not the first;
    // the installer path once its option is taken with Alt+I.
    void keyboardStartsWhereTheUserTypes()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        auto *host = current<HostCheckPage>(wizard);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(host->nameEdit()));
        QVERIFY(walkTo(wizard, Wizard::NetworkPageId));
        auto *network = current<NetworkPage>(wizard);
        QVERIFY(!network->existingButton()->isChecked());
        QRadioButton *chosen = network->newBridgeButton()->isChecked() ? network->newBridgeButton() : network->natButton();
        QVERIFY(chosen->isChecked());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(chosen));
        QVERIFY(walkTo(wizard, Wizard::StoragePageId));
        auto *storage = current<StoragePage>(wizard);
        if (storage->isoButton()->isChecked())
            clickBox(storage->installedButton());
        QVERIFY(!storage->isoButton()->isChecked());
        storage->installedButton()->setFocus();
        QTest::keyClick(&wizard, Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(storage->isoButton()->isChecked());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(storage->installIsoEdit()));
    }

    // A click on a step goes there: back to any step, forward as far as the pages between are
    // complete, and never on to Apply (Review's Next would apply).
    void stepListTakesAClick()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        StepList *steps = wizard.stepList();
        const auto click = [&](int index) {
            const QPoint at = [&] {
                for (int y = 0; y < steps->height(); ++y)
                    if (steps->stepAt(QPoint(steps->width() / 2, y)) == index)
                        return QPoint(steps->width() / 2, y + 4);
                return QPoint(-1, -1);
            }();
            QVERIFY2(at.y() >= 0, "the step's row");
            QTest::mouseClick(steps, Qt::LeftButton, {}, at);
        };
        click(Wizard::CpuPageId);
        QCOMPARE(wizard.currentId(), int(Wizard::CpuPageId));
        QCOMPARE(steps->positionText(), QStringLiteral("Step 4 of 9: CPU"));
        click(Wizard::GpuPageId);
        QCOMPARE(wizard.currentId(), int(Wizard::GpuPageId));
        // Back is not undone: the steps seen stay marked (newcomer review).
        QVERIFY(steps->seen().contains(Wizard::CpuPageId));
        QVERIFY(!steps->seen().contains(Wizard::MemoryPageId));
        // Forward stops at a page that is not complete: Storage, with no installer named yet.
        click(Wizard::ApplyPageId);
        QCOMPARE(wizard.currentId(), int(Wizard::StoragePageId));
        QVERIFY(!wizard.currentPage()->isComplete());
        chooseInstaller(current<StoragePage>(wizard));
        click(Wizard::ApplyPageId);
        QCOMPARE(wizard.currentId(), int(Wizard::ReviewPageId)); // as far as Review, nothing applied
        QVERIFY(!qobject_cast<ApplyPage *>(wizard.page(Wizard::ApplyPageId))->running());
        if (const Result<LibvirtSession *> libvirt = wizard.libvirt())
            QVERIFY(!(*libvirt)->hasDomain(wizard.spec().name));
        click(Wizard::HostCheckPageId);
        QCOMPARE(wizard.currentId(), int(Wizard::HostCheckPageId));
    }

    // Defect 15: Help on every page, saying what that page is for.
    void helpOnEveryPage()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QAbstractButton *help = wizard.button(QWizard::HelpButton);
        for (;;) {
            QVERIFY(help->isVisible() && help->isEnabled());
            QString title, text;
            whenModal([&](QWidget *modal) {
                if (auto *box = qobject_cast<QMessageBox *>(modal))
                    title = box->windowTitle(), text = box->text();
                modal->close();
            });
            QTest::mouseClick(help, Qt::LeftButton);
            const QString page = wizard.currentPage()->title();
            QCOMPARE(title, QStringLiteral("Help: ") + page);
            QVERIFY2(plain(text).size() > 100, qPrintable(page));
            if (wizard.currentId() == Wizard::ReviewPageId)
                break;
            QVERIFY2(walkTo(wizard, Wizard::PageId(wizard.currentId() + 1)), qPrintable(wizard.currentPage()->title()));
        }
    }

    // Defect 15: Escape closes at once while nothing was chosen, and asks once something was.
    void escapeAsksBeforeLosingChoices()
    {
        Wizard untouched(options(QStringLiteral("article")));
        QVERIFY(start(untouched));
        QVERIFY(walkTo(untouched, Wizard::CpuPageId)); // looking is not choosing
        bool asked = false;
        QPointer<QTimer> watcher = whenModal([&](QWidget *modal) {
            asked = true;
            modal->close();
        });
        QTest::keyClick(untouched.currentPage(), Qt::Key_Escape);
        QVERIFY(!untouched.isVisible());
        QVERIFY(!asked);
        delete watcher;

        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        retype(qobject_cast<HostCheckPage *>(wizard.currentPage())->nameEdit(), QStringLiteral("games"));
        // The buttons say what they do (a newcomer read "Cancel" in a dialog about cancelling
        // both ways); staying is the default, and what Escape does.
        auto roleButton = [](QMessageBox *box, QMessageBox::ButtonRole role) -> QAbstractButton * {
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == role)
                    return button;
            return nullptr;
        };
        QString question;
        QStringList buttons;
        whenModal([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            question = box ? box->text() : QString();
            for (QAbstractButton *button : box->buttons())
                buttons << button->text().remove(u'&');
            QAbstractButton *stay = roleButton(box, QMessageBox::RejectRole);
            QVERIFY(stay);
            QCOMPARE(box->defaultButton(), stay);
            QCOMPARE(box->escapeButton(), stay);
            stay->click();
        });
        QTest::keyClick(wizard.currentPage(), Qt::Key_Escape);
        QVERIFY2(question.contains(QStringLiteral("lost")), qPrintable(question));
        QCOMPARE(buttons.size(), 2);
        for (const QString &text : std::as_const(buttons))
            QVERIFY2(text != QStringLiteral("Cancel") && text != QStringLiteral("Discard"), qPrintable(buttons.join(u", ")));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.spec().name, QStringLiteral("games"));
        whenModal([&](QWidget *modal) { roleButton(qobject_cast<QMessageBox *>(modal), QMessageBox::DestructiveRole)->click(); });
        QTest::keyClick(wizard.currentPage(), Qt::Key_Escape);
        QVERIFY(!wizard.isVisible());
    }

    // Defect 15: every field has a mnemonic, none taken twice on a page, and Alt+letter goes there.
    void fieldsHaveMnemonics()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QStringList wrong;
        for (;;) {
            const QString page = wizard.currentPage()->title() + QStringLiteral(": ");
            for (const QLabel *label : fieldLabels(wizard.currentPage()))
                if (label->isVisibleTo(&wizard) && label->buddy()->focusPolicy() != Qt::NoFocus && mnemonic(label->text()).isNull())
                    wrong << page + label->text() + QStringLiteral(" has none");
            const QMultiHash<QChar, QString> taken = mnemonics(wizard);
            for (const QChar letter : taken.uniqueKeys())
                if (taken.count(letter) > 1)
                    wrong << page + QStringList(taken.values(letter)).join(QStringLiteral(" / "));
            // Alt+letter of each field label focuses its field.
            for (const QLabel *label : fieldLabels(wizard.currentPage())) {
                if (!label->isVisibleTo(&wizard) || !label->buddy()->isEnabled() || taken.count(mnemonic(label->text())) != 1)
                    continue;
                QTest::keyClick(&wizard, Qt::Key(mnemonic(label->text()).toUpper().unicode()), Qt::AltModifier);
                if (!label->buddy()->hasFocus() && !label->buddy()->isAncestorOf(QApplication::focusWidget()))
                    wrong << page + label->text() + QStringLiteral(" does not focus its field");
            }
            if (wizard.currentId() == Wizard::ReviewPageId)
                break;
            QVERIFY(walkTo(wizard, Wizard::PageId(wizard.currentId() + 1)));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    // The German UI: every page's labels, buttons, tips and messages in German, its mnemonics
    // as unique as the English ones.
    void germanPagesHaveNoEnglishLeft()
    {
        auto german = install(QStringLiteral(VFIO_TEST_QM_DIR "/vfio-wizard_de.qm"));
        QVERIFY(german);
        // Qt's own German for the wizard's buttons, as the application loads it (when installed).
        auto qt = install(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"));
        // The check finds English where there is some.
        QVERIFY(QStringLiteral("Choose the card the VM gets").contains(englishWords()));
        QVERIFY(!QStringLiteral("Wählen Sie die Karte, die die VM bekommt").contains(englishWords()));
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QCOMPARE(wizard.stepList()->positionText(), QStringLiteral("Schritt 1 von 9: Host-Prüfung"));
        // The machine's row labels fit beside their chips ("Arbeitsspeicher" was cut by one).
        const MachineView *machine = wizard.currentPage()->findChild<MachineView *>();
        QVERIFY(machine);
        QFont bold = machine->font();
        bold.setBold(true);
        const auto labels = machine->rowLabels();
        QVERIFY(labels.size() >= 4);
        for (const auto &[label, firstChip] : labels)
            QVERIFY2(QFontMetrics(bold).horizontalAdvance(label) < firstChip.left(), qPrintable(label));
        if (qt)
            QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >"));
        QStringList english;
        for (;;) {
            QWizardPage *page = wizard.currentPage();
            const QStringList texts = visibleTexts(page) + bannerTexts(page) + QStringList{page->title(), page->subTitle()};
            static const QRegularExpression paths(QStringLiteral("\\S*/\\S*"));
            for (const QString &text : texts)
                if (QString(plain(text)).remove(paths).contains(englishWords()))
                    english << page->title() + QStringLiteral(": ") + plain(text);
            // Mnemonics chosen for the German words, none taken twice.
            const QMultiHash<QChar, QString> taken = mnemonics(wizard);
            for (const QChar letter : taken.uniqueKeys())
                if (taken.count(letter) > 1)
                    english << page->title() + QStringLiteral(": ") + QStringList(taken.values(letter)).join(QStringLiteral(" / "));
            if (wizard.currentId() == Wizard::ReviewPageId)
                break;
            QVERIFY(walkTo(wizard, Wizard::PageId(wizard.currentId() + 1)));
        }
        // Severities in German too (the checks' banners say them to screen readers).
        QCOMPARE(MessageBanner::severityName(Severity::Warning), QStringLiteral("Warnung"));
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    }
};

int main(int argc, char **argv)
{
    // Two screens: a laptop's 1366x768 and a desktop's 1920x1080 (the offscreen platform's
    // configuration file), for the window's size on each.
    QTemporaryDir config;
    if (!config.isValid())
        return 1;
    const auto screen = [](const char *name, int x, int width, int height) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("x"), x}, {QStringLiteral("y"), 0},
                           {QStringLiteral("width"), width}, {QStringLiteral("height"), height}, {QStringLiteral("logicalDpi"), 96},
                           {QStringLiteral("logicalBaseDpi"), 96}, {QStringLiteral("dpr"), 1}};
    };
    QFile file(config.filePath(QStringLiteral("screens.json")));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), QJsonArray{screen("laptop", 0, 1366, 768), screen("desktop", 1366, 1920, 1080)}}})
                   .toJson());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(file.fileName()));
    QApplication app(argc, argv);
    TestWizard test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard.moc"
