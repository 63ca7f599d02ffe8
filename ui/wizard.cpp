#include "wizard.h"

#include "apply/definitionbackups.h"
#include "pages/applypage.h"
#include "pages/cpupage.h"
#include "pages/gpupage.h"
#include "pages/hostcheckpage.h"
#include "pages/inputpage.h"
#include "pages/memorypage.h"
#include "pages/networkpage.h"
#include "pages/reviewpage.h"
#include "pages/storagepage.h"
#include "util/hosttreearchive.h"
#include "widgets/steplist.h"
#include "wizard/steps/cpustep.h"
#include "wizard/steps/gpustep.h"
#include "wizard/steps/hoststep.h"
#include "wizard/steps/inputstep.h"
#include "wizard/steps/memorystep.h"
#include "wizard/steps/networkstep.h"
#include "wizard/steps/reviewstep.h"
#include "wizard/steps/storagestep.h"

#include <QAbstractButton>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString settingsOrganisation = u"vfio-wizard"_s;

} // namespace

Wizard::Options Wizard::optionsFromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption root(u"root"_s, tr("Scan the saved tree DIR instead of this machine."), tr("DIR"), u"/"_s);
    const QCommandLineOption connect(u"connect"_s, tr("The libvirt URI to define VMs on."), tr("URI"));
    const QCommandLineOption demo(u"demo"_s, tr("Run on a built-in sample host with libvirt's test driver."));
    parser.addOptions({root, connect, demo});
    parser.parse(arguments);
    Options options;
    options.root = parser.value(root);
    if (parser.isSet(connect))
        options.uri = parser.value(connect);
    options.demo = parser.isSet(demo);
    return options;
}

Wizard::Wizard(Options options, QWidget *parent)
    : QWizard(parent), m_options(std::move(options)), m_hostStep(new HostStep(&m_session, this)), m_gpuStep(new GpuStep(&m_session, this)),
      m_inputStep(new InputStep(&m_session, this)), m_cpuStep(new CpuStep(&m_session, this)), m_memoryStep(new MemoryStep(&m_session, this)),
      m_networkStep(new NetworkStep(&m_session, this)), m_storageStep(new StorageStep(&m_session, this)),
      m_reviewStep(new ReviewStep(&m_session, this)), m_stepList(new StepList(this))
{
    m_outputGiven = !m_options.outputDirectory.isEmpty();
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton);
    setOption(QWizard::HelpButtonOnRight, false);
    if (m_options.useSettings) {
        const QSettings saved(settingsOrganisation, settingsOrganisation);
        m_geometryRestored = restoreGeometry(saved.value(u"window/geometry"_s).toByteArray());
        if (m_options.uri == u"qemu:///system"_s)
            m_options.uri = saved.value(u"libvirt/uri"_s, m_options.uri).toString();
        if (m_options.outputDirectory.isEmpty())
            m_options.outputDirectory = saved.value(u"output/directory"_s).toString();
    }
    m_session.setUri(m_options.uri);
    m_session.setOutputDirectory(m_options.outputDirectory.isEmpty() ? QDir::home().filePath(u"vfio-wizard"_s) : m_options.outputDirectory);
    if (m_options.demo) {
        if (const Result<void> started = startDemo(); !started)
            m_options.demo = false;
    }
    // Only the first page is built before the window shows; the others follow its first paint.
    setPage(HostCheckPageId, new HostCheckPage(this, m_hostStep));
    m_stepList->setSteps({HostCheckPage::stepTitle(), GpuPage::stepTitle(), InputPage::stepTitle(), CpuPage::stepTitle(),
                          MemoryPage::stepTitle(), NetworkPage::stepTitle(), StoragePage::stepTitle(), ReviewPage::stepTitle(),
                          ApplyPage::stepTitle()});
    setSideWidget(m_stepList);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        m_seenSteps.insert(int(pageIds().indexOf(id)));
        m_stepList->setSeen(m_seenSteps);
        m_stepList->setClickable(id != ApplyPageId); // applied: the pages' choices are written
        m_stepList->setCurrent(int(pageIds().indexOf(id)));
        updateTitle();
    });
    connect(this, &QWizard::helpRequested, this, &Wizard::showHelp);
    connect(m_stepList, &StepList::stepClicked, this, [this](int index) { goToStep(index); });
    connect(&m_session, &WizardSession::specChanged, this, [this] {
        if (!m_planning)
            m_dirty = true;
    });
    updateTitle();
}

Wizard::~Wizard()
{
    // A focused field still reports its edit while the dialog closes (QLineEdit's editingFinished
    // on focus out, from ~QDialog), and the steps it feeds lean on m_session, which is gone by
    // then: the pages go first, while the session is there (UBSan caught the call).
    const QList<int> ids = pageIds();
    for (int id : ids) {
        QWizardPage *gone = page(id);
        removePage(id);
        delete gone;
    }
}

void Wizard::buildLaterPages()
{
    if (m_laterPagesBuilt)
        return;
    m_laterPagesBuilt = true;
    setPage(GpuPageId, new GpuPage(this, m_gpuStep));
    setPage(InputPageId, new InputPage(this, m_inputStep));
    setPage(CpuPageId, new CpuPage(this, m_cpuStep));
    setPage(MemoryPageId, new MemoryPage(this, m_memoryStep));
    setPage(NetworkPageId, new NetworkPage(this, m_networkStep));
    setPage(StoragePageId, new StoragePage(this, m_storageStep));
    setPage(ReviewPageId, new ReviewPage(this, m_reviewStep));
    setPage(ApplyPageId, new ApplyPage(this));
}

void Wizard::goToStep(int index)
{
    const QList<int> ids = pageIds();
    // Back as far as asked; forward through pages as Next would take them, stopping at one that
    // is not complete, and never past Review: its Next is Apply, which a click in a list must
    // not start.
    const int target = std::min(index, int(ReviewPageId));
    while (currentId() > target && currentId() != ApplyPageId) {
        const int before = currentId();
        back();
        if (currentId() == before)
            return;
    }
    while (currentId() < target) {
        const int before = currentId();
        if (!currentPage()->isComplete())
            return;
        next();
        if (currentId() == before)
            return;
    }
}

bool Wizard::validateCurrentPage()
{
    buildLaterPages(); // Next before the first paint was handled (a test, a fast keyboard)
    return QWizard::validateCurrentPage();
}

void Wizard::updateTitle()
{
    // The title says where the user is: the page and, in the demo, that nothing here is real.
    const QString page = currentPage() ? currentPage()->title() : QString();
    const QString app = m_options.demo ? tr("VFIO Wizard (demo)") : tr("VFIO Wizard");
    setWindowTitle(page.isEmpty() ? app : tr("%1 – %2").arg(page, app));
}

void Wizard::showHelp()
{
    QString text;
    if (auto *step = qobject_cast<StepPage *>(currentPage()))
        text = step->helpText();
    else if (auto *apply = qobject_cast<ApplyPage *>(currentPage()))
        text = apply->helpText();
    QMessageBox help(QMessageBox::Information, tr("Help: %1").arg(currentPage() ? currentPage()->title() : QString()), text,
                     QMessageBox::Close, this);
    help.setTextFormat(Qt::RichText);
    help.exec();
}

void Wizard::fitToScreen()
{
    // Sized to the content and the screen: comfortable on 1920x1080, whole on 1366x768.
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize wanted(std::min(1180, available.width() * 9 / 10), std::min(820, available.height() * 9 / 10));
    resize(wanted.expandedTo(minimumSizeHint()).boundedTo(available.size()));
    move(available.center() - rect().center());
}

bool Wizard::event(QEvent *event)
{
    // The window icon comes from the icon theme (a lookup through its index files) or the
    // bundled SVG (the SVG renderer): neither is needed to paint the first page, so it is set
    // once that is on screen (bench/startup.sh: about 6 ms sooner to the first page).
    // The later pages likewise: building them costs about as much as the first page itself.
    if (event->type() == QEvent::Paint && !m_firstPaintSeen) {
        m_firstPaintSeen = true;
        QTimer::singleShot(0, this, [this] {
            setWindowIcon(QIcon::fromTheme(u"io.github.vfiowizard.VfioWizard"_s, QIcon(u":/icons/vfio-wizard.svg"_s)));
            buildLaterPages();
        });
    }
    return QWizard::event(event);
}

void Wizard::showEvent(QShowEvent *event)
{
    if (!m_geometryRestored) {
        fitToScreen();
        m_geometryRestored = true;
    }
    QWizard::showEvent(event);
}

void Wizard::setHost(const HostScan &host)
{
    m_planning = true;
    m_session.setHost(host, HostRoot(m_options.root));
    m_planning = false;
    emit hostReady();
}

Result<void> Wizard::startDemo()
{
    QFile resource(u":/demo/article.tar.gz"_s);
    if (!resource.open(QIODevice::ReadOnly))
        return Error{tr("The demo host is missing from this build.")};
    auto tree = std::make_unique<QTemporaryDir>();
    if (!tree->isValid())
        return Error{tr("No temporary directory for the demo host: %1").arg(tree->errorString())};
    if (Result<void> unpacked = HostTreeArchive::unpack(resource.readAll(), tree->path()); !unpacked)
        return unpacked;
    m_demoTree = std::move(tree);
    m_options.demo = true;
    m_options.root = m_demoTree->path();
    m_session.closeExisting();
    m_session.setDemo(true);
    setUri(u"test:///default"_s);
    // The demo's files go to a folder of their own, unless the caller named one.
    if (!m_outputGiven)
        m_session.setOutputDirectory(QDir::home().filePath(u"vfio-wizard-demo"_s));
    updateTitle();
    emit rescanRequested();
    return {};
}

void Wizard::setUri(const QString &uri)
{
    if (uri == m_options.uri && m_libvirt)
        return;
    m_options.uri = uri;
    m_session.setUri(uri);
    m_libvirt.reset();
}

QString Wizard::backupDirectory() const
{
    return m_options.backupDirectory.isEmpty() ? DefinitionBackups::defaultDirectory() : m_options.backupDirectory;
}

Result<LibvirtSession *> Wizard::libvirt()
{
    if (!m_libvirt) {
        if (!m_options.openLibvirt)
            return Error{tr("This build of VFIO Wizard cannot talk to libvirt.")};
        Result<std::unique_ptr<LibvirtSession>> opened = m_options.openLibvirt(m_options.uri);
        if (!opened)
            return Error{opened.error()};
        m_libvirt = std::move(opened).value();
    }
    return m_libvirt.get();
}

Result<void> Wizard::openExisting(const QString &xml, const QString &origin, bool fromLibvirt)
{
    m_planning = true;
    Result<void> opened = m_session.openExisting(xml, origin, fromLibvirt);
    m_planning = false;
    if (opened)
        m_session.applySettings().overwriteFiles = false;
    return opened;
}

ApplyRunner Wizard::applyRunner() const
{
    return m_session.applyRunner(backupDirectory());
}

void Wizard::reject()
{
    // Leaving loses what the user chose; once Apply has written it, nothing is lost.
    const auto *apply = qobject_cast<const ApplyPage *>(page(ApplyPageId));
    if (apply && apply->running())
        return;
    const bool written = apply && apply->succeeded();
    if (m_dirty && !written && isVisible()) {
        // Buttons that say what they do: "Cancel" in a dialog about cancelling reads both ways.
        QMessageBox ask(QMessageBox::Question, tr("Leave the wizard?"),
                        tr("Nothing has been written yet: the choices you made are lost if you leave now."), QMessageBox::NoButton, this);
        QPushButton *leave = ask.addButton(tr("&Leave and lose them", "button"), QMessageBox::DestructiveRole);
        QPushButton *stay = ask.addButton(tr("&Stay in the wizard", "button"), QMessageBox::RejectRole);
        ask.setDefaultButton(stay);
        ask.setEscapeButton(stay);
        ask.setObjectName(u"leaveQuestion"_s);
        ask.exec();
        if (ask.clickedButton() != leave)
            return;
    }
    QWizard::reject();
}

void Wizard::done(int result)
{
    saveSettings();
    QWizard::done(result);
}

void Wizard::saveSettings() const
{
    if (!m_options.useSettings)
        return;
    QSettings saved(settingsOrganisation, settingsOrganisation);
    saved.setValue(u"window/geometry"_s, saveGeometry());
    if (!m_options.demo) {
        saved.setValue(u"libvirt/uri"_s, m_options.uri);
        saved.setValue(u"output/directory"_s, m_session.outputDirectory());
    }
}
