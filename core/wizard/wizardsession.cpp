#include "wizard/wizardsession.h"

#include "apply/vmoutput.h"
#include "domain/domainfacts.h"
#include "domain/domainreader.h"
#include "domain/domainupdater.h"
#include "domain/domainwriter.h"
#include "domain/model/domainxml.h"
#include "nix/nixmodulewriter.h"
#include "plan/vmplanner.h"
#include "wizard/specfixes.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WizardSession)
};

} // namespace

WizardSession::WizardSession(QObject *parent) : QObject(parent) {}

void WizardSession::setHost(const HostScan &host, const HostRoot &root)
{
    m_host = host;
    m_root = root;
    if (!m_existing) {
        VmPlan plan = VmPlanner::plan(host, root, PlanRequest());
        m_spec = std::move(plan.spec);
        m_notes = std::move(plan.notes);
        m_domainFixes.clear();
    }
    emit hostChanged();
    emit specChanged();
}

void WizardSession::setSpec(const VmSpec &spec)
{
    m_spec = spec;
    emit specChanged();
}

void WizardSession::replan(const PlanRequest &request)
{
    if (!m_host)
        return;
    VmPlan plan = VmPlanner::plan(*m_host, m_root, request);
    m_spec = std::move(plan.spec);
    m_notes = std::move(plan.notes);
    m_domainFixes.clear();
    emit specChanged();
}

PlanNotes WizardSession::notes(const QString &topic) const
{
    PlanNotes found;
    for (const PlanNote &note : m_notes)
        if (note.topic == topic)
            found << note;
    return found;
}

void WizardSession::setNotes(const QString &topic, const PlanNotes &notes)
{
    m_notes.removeIf([&](const PlanNote &note) { return note.topic == topic; });
    for (const PlanNote &note : notes)
        if (note.topic == topic)
            m_notes << note;
}

Result<void> WizardSession::openExisting(const QString &xml, const QString &origin, bool fromLibvirt)
{
    QDomDocument document;
    QString message;
    int line = 0, column = 0;
    if (!document.setContent(xml, &message, &line, &column))
        return Error{Tr::tr("%1: not XML: %2 (line %3, column %4)").arg(origin, message).arg(line).arg(column)};
    if (document.documentElement().tagName() != u"domain"_s)
        return Error{Tr::tr("%1: not a libvirt domain (the root element is <%2>)").arg(origin, document.documentElement().tagName())};
    ExistingVm existing{origin, fromLibvirt, document, DomainReader::read(document, m_host ? &*m_host : nullptr), {}};
    if (existing.before.name.isEmpty())
        return Error{Tr::tr("%1: the domain has no name").arg(origin)};
    const DomainFacts facts = DomainFacts::read(document);
    if (facts.currentVcpus && *facts.currentVcpus < facts.vcpus)
        existing.currentVcpus = facts.currentVcpus;
    m_spec = existing.before;
    m_notes.clear();
    m_existing = std::move(existing);
    m_domainFixes.clear();
    emit specChanged();
    return {};
}

void WizardSession::closeExisting()
{
    m_existing.reset();
    m_domainFixes.clear();
}

QDomDocument WizardSession::domainDocument() const
{
    QDomDocument document = m_existing ? DomainUpdater::update(m_existing->original, m_existing->before, m_spec).document
                                       : DomainWriter::document(m_spec);
    for (const QString &fix : m_domainFixes)
        (void)Linter::fix(document, fix, m_host ? &*m_host : nullptr);
    return document;
}

QString WizardSession::domainXml() const
{
    return DomainXml::toText(domainDocument());
}

QString WizardSession::originalXml() const
{
    return m_existing ? DomainXml::toText(m_existing->original) : QString();
}

QStringList WizardSession::notApplied() const
{
    return m_existing ? DomainUpdater::update(m_existing->original, m_existing->before, m_spec).notApplied : QStringList();
}

QString WizardSession::nixModule() const
{
    return m_host ? NixModuleWriter::write(m_spec, *m_host, VmOutput::baseName(m_spec) + u".xml"_s) : QString();
}

QList<LintFinding> WizardSession::lint() const
{
    QList<LintFinding> findings = Linter::lint(domainDocument(), m_host ? &*m_host : nullptr);
    // The wizard writes a NixOS module that reserves the hugepages at boot and, with the CPU
    // page's switch on, keeps the host off the vCPUs: what the module does is not a finding.
    const bool isolated = m_spec.cpu.isolateHost;
    findings.removeIf([isolated](const LintFinding &f) {
        return f.rule == QLatin1String("hugepages-not-reserved") || (isolated && f.rule == QLatin1String("no-isolation"));
    });
    return findings;
}

void WizardSession::applyFix(const QString &fixId)
{
    VmSpec fixed = m_spec;
    if (m_host && SpecFixes::apply(fixId, *m_host, m_root, fixed)) {
        setSpec(fixed);
        return;
    }
    if (!m_domainFixes.contains(fixId))
        m_domainFixes << fixId;
    emit specChanged();
}

void WizardSession::setUri(const QString &uri)
{
    m_uri = uri;
}

ApplyRunner WizardSession::applyRunner(const QString &backupDirectory) const
{
    ApplyRunner::Settings settings = m_applySettings;
    settings.outputDirectory = m_outputDirectory;
    settings.backupDirectory = backupDirectory;
    settings.createImages = !m_demo;
    return ApplyRunner(m_spec, m_host.value_or(HostScan()), domainXml(), settings);
}
