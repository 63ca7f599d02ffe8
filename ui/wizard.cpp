#include "wizard.h"

#include "apply/definitionbackups.h"
#include "domain/domainreader.h"
#include "domain/domainupdater.h"
#include "domain/domainwriter.h"
#include "domain/model/domainxml.h"
#include "nix/nixmodulewriter.h"
#include "pages/applypage.h"
#include "pages/cpupage.h"
#include "pages/gpupage.h"
#include "pages/hostcheckpage.h"
#include "pages/memorypage.h"
#include "pages/networkpage.h"
#include "pages/reviewpage.h"
#include "pages/storagepage.h"
#include "plan/vmplanner.h"
#include "util/hosttreearchive.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QSettings>
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

Wizard::Wizard(Options options, QWidget *parent) : QWizard(parent), m_options(std::move(options))
{
    setWindowIcon(QIcon(u":/icons/vfio-wizard.svg"_s));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    if (m_options.useSettings) {
        const QSettings saved(settingsOrganisation, settingsOrganisation);
        restoreGeometry(saved.value(u"window/geometry"_s).toByteArray());
        if (m_options.uri == u"qemu:///system"_s)
            m_options.uri = saved.value(u"libvirt/uri"_s, m_options.uri).toString();
        if (m_options.outputDirectory.isEmpty())
            m_options.outputDirectory = saved.value(u"output/directory"_s).toString();
    }
    if (m_options.demo) {
        if (const Result<void> started = startDemo(); !started)
            m_options.demo = false;
    }
    setPage(HostCheckPageId, new HostCheckPage(this));
    setPage(GpuPageId, new GpuPage(this));
    setPage(CpuPageId, new CpuPage(this));
    setPage(MemoryPageId, new MemoryPage(this));
    setPage(NetworkPageId, new NetworkPage(this));
    setPage(StoragePageId, new StoragePage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(ApplyPageId, new ApplyPage(this));
    connect(this, &QWizard::currentIdChanged, this, &Wizard::updateTitle);
    updateTitle();
}

void Wizard::updateTitle()
{
    // The title says where the user is: the page and, in the demo, that nothing here is real.
    const QString page = currentPage() ? currentPage()->title() : QString();
    const QString app = m_options.demo ? tr("VFIO Wizard (demo)") : tr("VFIO Wizard");
    setWindowTitle(page.isEmpty() ? app : tr("%1 – %2").arg(page, app));
}

Wizard::~Wizard() = default;

QString Wizard::notesText(const QString &topic) const
{
    QStringList lines;
    for (const PlanNote &note : m_notes)
        if (note.topic == topic)
            lines << note.text;
    return lines.join(u'\n');
}

void Wizard::setHost(const HostScan &host)
{
    m_host = host;
    if (!m_existing) {
        VmPlan plan = VmPlanner::plan(host, HostRoot(m_options.root), PlanRequest());
        m_spec = std::move(plan.spec);
        m_notes = std::move(plan.notes);
    }
    emit hostReady();
}

void Wizard::replan(const PlanRequest &request)
{
    if (!m_host)
        return;
    VmPlan plan = VmPlanner::plan(*m_host, HostRoot(m_options.root), request);
    m_spec = std::move(plan.spec);
    m_notes = std::move(plan.notes);
    m_lintFixes.clear();
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
    m_host.reset();
    m_existing.reset();
    setUri(u"test:///default"_s);
    if (m_options.outputDirectory.isEmpty())
        m_options.outputDirectory = QDir::home().filePath(u"vfio-wizard-demo"_s);
    updateTitle();
    emit rescanRequested();
    return {};
}

void Wizard::setUri(const QString &uri)
{
    if (uri == m_options.uri && m_libvirt)
        return;
    m_options.uri = uri;
    m_libvirt.reset();
}

QString Wizard::outputDirectory() const
{
    return m_options.outputDirectory.isEmpty() ? QDir::home().filePath(u"vfio-wizard"_s) : m_options.outputDirectory;
}

void Wizard::setOutputDirectory(const QString &directory)
{
    m_options.outputDirectory = directory;
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
    QDomDocument document;
    QString message;
    int line = 0, column = 0;
    if (!document.setContent(xml, &message, &line, &column))
        return Error{tr("%1: not XML: %2 (line %3, column %4)").arg(origin, message).arg(line).arg(column)};
    if (document.documentElement().tagName() != u"domain"_s)
        return Error{tr("%1: not a libvirt domain (the root element is <%2>)").arg(origin, document.documentElement().tagName())};
    ExistingVm existing{origin, fromLibvirt, document, DomainReader::read(document)};
    if (existing.before.name.isEmpty())
        return Error{tr("%1: the domain has no name").arg(origin)};
    m_spec = existing.before;
    m_notes.clear();
    m_existing = std::move(existing);
    m_lintFixes.clear();
    return {};
}

QDomDocument Wizard::domainDocument() const
{
    QDomDocument document = m_existing ? DomainUpdater::update(m_existing->original, m_existing->before, m_spec).document
                                       : DomainWriter::document(m_spec);
    for (const QString &fix : m_lintFixes)
        (void)Linter::fix(document, fix, m_host ? &*m_host : nullptr);
    return document;
}

QString Wizard::domainXml() const
{
    return DomainXml::toText(domainDocument());
}

QList<LintFinding> Wizard::lint() const
{
    return Linter::lint(domainDocument(), m_host ? &*m_host : nullptr);
}

void Wizard::addLintFix(const QString &fixId)
{
    if (!m_lintFixes.contains(fixId))
        m_lintFixes << fixId;
}

ApplyRunner Wizard::applyRunner() const
{
    ApplyRunner::Settings settings = m_applySettings;
    settings.outputDirectory = outputDirectory();
    settings.backupDirectory = backupDirectory();
    settings.createImages = !m_options.demo;
    return ApplyRunner(m_spec, m_host.value_or(HostScan()), domainXml(), settings);
}

QString Wizard::originalXml() const
{
    return m_existing ? DomainXml::toText(m_existing->original) : QString();
}

QStringList Wizard::notApplied() const
{
    return m_existing ? DomainUpdater::update(m_existing->original, m_existing->before, m_spec).notApplied : QStringList();
}

QString Wizard::nixModule() const
{
    return m_host ? NixModuleWriter::write(m_spec, *m_host, m_spec.name + u".xml"_s) : QString();
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
        if (!m_options.outputDirectory.isEmpty())
            saved.setValue(u"output/directory"_s, m_options.outputDirectory);
    }
}
