#pragma once

// What the wizard's GUI tests share: a wizard on a fixture host against libvirt's test driver,
// walking its pages as a user does, and reading what the pages show.
#include "libvirt/libvirtconnectionsession.h"
#include "pages/storagepage.h"
#include "support/testhosts.h"
#include "widgets/fieldmessage.h"
#include "widgets/messagebanner.h"
#include "widgets/messagelist.h"
#include "wizard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QWidget>

#include <functional>
#include <memory>

namespace WizardGui {

inline const QString testUri = QStringLiteral("test:///default");

/// Options for a wizard on a fixture host: libvirt's test driver, no saved settings, files and
/// backups under `dir`.
inline Wizard::Options options(const QString &host, const QString &dir)
{
    Wizard::Options o;
    o.root = TestHosts::root(host);
    o.uri = testUri;
    o.useSettings = false;
    o.outputDirectory = dir + QStringLiteral("/") + host + QStringLiteral("-out");
    o.backupDirectory = dir + QStringLiteral("/backups");
    o.openLibvirt = &LibvirtConnectionSession::open;
    return o;
}

inline QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Shows the wizard and waits for its scan (the first page completes with it).
[[nodiscard]] inline bool start(Wizard &wizard)
{
    wizard.show();
    wizard.activateWindow();
    return QTest::qWaitForWindowActive(&wizard) && QTest::qWaitFor([&] { return wizard.host().has_value() && wizard.currentPage()->isComplete(); }, 20000);
}

/// Presses Next (Apply on review) once the current page allows it; true when the page changed.
[[nodiscard]] inline bool forward(Wizard &wizard)
{
    if (!QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 20000))
        return false;
    const int before = wizard.currentId();
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    if (!next->isVisible() || !next->isEnabled())
        return false;
    next->click();
    return wizard.currentId() != before;
}

/// Makes the widget's window the active one again (a closed dialog leaves none active, and
/// then no field gets the focus that typing and Tab need).
inline void activate(QWidget *widget)
{
    QWidget *window = widget->window();
    if (!window->isActiveWindow()) {
        window->activateWindow();
        (void)QTest::qWaitForWindowActive(window);
    }
}

/// Clicks a check box or radio button where a user does: on its box, at the left (the middle
/// of a wide one is outside what it takes clicks on).
inline void clickBox(QAbstractButton *button)
{
    // Scrolled into view first, as a user does: a click lands on what is under the pointer.
    for (QWidget *w = button->parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w))
            scroll->ensureWidgetVisible(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(button->height() / 2, button->height() / 2));
}

/// Replaces a line edit's text by typing (textEdited fires for each key).
inline void retype(QLineEdit *edit, const QString &text)
{
    activate(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline const QString installerIso = QStringLiteral("/srv/iso/Win10_22H2_English_x64.iso");

/// On the storage page: types an installer ISO (a new image has nothing to boot without one)
/// and leaves the field, as a user does.
inline void chooseInstaller(StoragePage *storage, const QString &iso = installerIso)
{
    retype(storage->installIsoEdit(), iso);
    QTest::keyClick(storage->installIsoEdit(), Qt::Key_Tab);
}

/// Moves forward page by page until `page` is shown; on the way, the storage page gets an
/// installer ISO when it waits for one (the planner's new image needs it).
[[nodiscard]] inline bool walkTo(Wizard &wizard, Wizard::PageId page)
{
    while (wizard.currentId() < page) {
        if (auto *storage = qobject_cast<StoragePage *>(wizard.currentPage()))
            if (storage->isoButton()->isChecked() && storage->installIsoEdit()->text().isEmpty())
                chooseInstaller(storage);
        if (!forward(wizard))
            return false;
    }
    return wizard.currentId() == page;
}

/// Goes back page by page (the Back button) until `page` is shown.
[[nodiscard]] inline bool backTo(Wizard &wizard, Wizard::PageId page)
{
    while (wizard.currentId() > page) {
        QAbstractButton *back = wizard.button(QWizard::BackButton);
        if (!back->isVisible() || !back->isEnabled())
            return false;
        back->click();
    }
    return wizard.currentId() == page;
}

/// Types a value into a spin box as a user does: select all, the digits, Tab to the next field
/// (Enter would also press the wizard's default button).
inline void typeInto(QAbstractSpinBox *box, const QString &text)
{
    activate(box);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

/// The page shown, as its class.
template<class Page>
Page *current(Wizard &wizard)
{
    return qobject_cast<Page *>(wizard.currentPage());
}

/// The step messages a page shows as banners, with their kinds.
inline QList<std::pair<Severity, QString>> banners(const QWidget *page)
{
    QList<std::pair<Severity, QString>> found;
    for (const MessageList *list : page->findChildren<MessageList *>())
        if (list->isVisibleTo(page))
            for (const MessageBanner *banner : list->findChildren<MessageBanner *>())
                found << std::pair{banner->severity(), banner->text()};
    return found;
}

/// Rich text as the user reads it.
inline QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

/// The texts of the banners a page shows, as the user reads them.
inline QStringList bannerTexts(const QWidget *page)
{
    QStringList texts;
    for (const auto &[severity, text] : banners(page))
        texts << plain(text);
    return texts;
}

/// The line under `field` that says what is wrong with it (null when the page has none).
inline FieldMessage *fieldMessage(const QWidget *page, const QWidget *field)
{
    for (FieldMessage *message : page->findChildren<FieldMessage *>())
        if (message->field() == field)
            return message;
    return nullptr;
}

/// The field message's text as the user reads it (visible, plain), or empty.
inline QString shownMessage(const QWidget *page, const QWidget *field)
{
    const FieldMessage *message = fieldMessage(page, field);
    return message && message->isVisibleTo(page) ? plain(message->text()) : QString();
}

/// Every text a user reads on a widget and its visible children: labels, buttons, tooltips,
/// placeholders, group, tab and item texts (not the files shown as text).
inline QStringList visibleTexts(const QWidget *root)
{
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        if (!text.isEmpty())
            texts << text;
    };
    QList<const QWidget *> widgets{root};
    for (const QWidget *w : root->findChildren<QWidget *>())
        if (w->isVisibleTo(root))
            widgets << w;
    for (const QWidget *w : std::as_const(widgets)) {
        add(w->toolTip());
        add(w->whatsThis());
        add(w->accessibleDescription());
        if (const auto *label = qobject_cast<const QLabel *>(w))
            add(label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            add(button->text());
        const QMenu *menu = nullptr;
        if (const auto *push = qobject_cast<const QPushButton *>(w))
            menu = push->menu();
        else if (const auto *tool = qobject_cast<const QToolButton *>(w))
            menu = tool->menu();
        if (menu)
            for (const QAction *action : menu->actions())
                add(action->text()), add(action->toolTip());
        if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            add(edit->placeholderText());
        if (const auto *box = qobject_cast<const QGroupBox *>(w))
            add(box->title());
        if (const auto *box = qobject_cast<const QComboBox *>(w))
            for (int i = 0; i < box->count(); ++i)
                add(box->itemText(i));
        if (const auto *tabs = qobject_cast<const QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i)), add(tabs->tabToolTip(i));
        if (const auto *list = qobject_cast<const QListWidget *>(w))
            for (int i = 0; i < list->count(); ++i)
                add(list->item(i)->text()), add(list->item(i)->toolTip());
        if (const auto *tree = qobject_cast<const QTreeWidget *>(w))
            for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it)
                for (int c = 0; c < tree->columnCount(); ++c)
                    add((*it)->text(c)), add((*it)->toolTip(c));
    }
    return texts;
}

/// The labels that name a field: each with its buddy (what Alt+mnemonic focuses).
inline QList<const QLabel *> fieldLabels(const QWidget *page)
{
    QList<const QLabel *> labels;
    for (const QLabel *label : page->findChildren<QLabel *>())
        if (label->buddy())
            labels << label;
    return labels;
}

/// A translator for the wizard's own .qm file in the build (German, or English plural forms),
/// installed until the returned object goes.
inline std::unique_ptr<QTranslator> install(const QString &qmFile)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(qmFile))
        return {};
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

/// The English plural forms ("6 vCPUs", not "6 vCPU(s)"), as the application installs them
/// for English.
inline std::unique_ptr<QTranslator> englishPlurals()
{
    return install(QStringLiteral(VFIO_TEST_QM_DIR "/vfio-wizard_en.qm"));
}

/// What each GUI test class holds: a folder for the wizard's files and backups, and the English
/// plural forms installed (the pages read "1 core", not "1 core(s)").
class Fixture
{
public:
    /// For initTestCase(): false when the folder or the plural forms are missing.
    [[nodiscard]] bool setUp()
    {
        m_plurals = englishPlurals();
        return m_dir.isValid() && m_plurals;
    }
    Wizard::Options options(const QString &host) const { return WizardGui::options(host, m_dir.path()); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QTranslator> m_plurals;
};

/// Runs `act` on the next modal dialog once it is shown: call it before what opens the dialog
/// and blocks in exec(). Delete the returned watcher when no dialog came.
inline QTimer *whenModal(const std::function<void(QWidget *)> &act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
    return timer;
}

} // namespace WizardGui
