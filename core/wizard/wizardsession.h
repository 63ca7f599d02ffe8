#pragma once

#include "apply/applyrunner.h"
#include "host/hostscan.h"
#include "lint/linter.h"
#include "plan/plannote.h"
#include "plan/planrequest.h"
#include "spec/vmspec.h"
#include "util/hostroot.h"
#include "util/result.h"

#include <QDomDocument>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

/// One wizard run, without a screen: the scanned host, the VM being planned (or an existing
/// one opened for editing), the fixes chosen on review and what Apply will do. Each step's
/// model edits it; every page reads it, so a change on one (a fix on review) shows on all.
class WizardSession : public QObject
{
    Q_OBJECT

public:
    /// An existing VM opened for editing: its document as read, and what was read from it.
    struct ExistingVm
    {
        QString origin; ///< the file, or "name on URI"
        bool fromLibvirt = false;
        QDomDocument original;
        VmSpec before;
        std::optional<int> currentVcpus; ///< the vCPUs it started with, when fewer than its maximum
    };

    explicit WizardSession(QObject *parent = nullptr);

    /// Takes the scan and plans a new VM's defaults from it (an opened VM keeps its spec).
    void setHost(const HostScan &host, const HostRoot &root);
    const std::optional<HostScan> &host() const { return m_host; }
    const HostRoot &root() const { return m_root; }

    const VmSpec &spec() const { return m_spec; }
    /// Replaces the spec (a step's change that planned well); says so to every page.
    void setSpec(const VmSpec &spec);
    /// Plans a new VM again from the scan with what the first page asks (name, guest, user).
    void replan(const PlanRequest &request);
    /// The planners' notes (why, and what to watch) on one part of the VM (gpu, cpu, ...).
    PlanNotes notes(const QString &topic) const;
    /// A step's change planned anew: its notes replace the topic's, so a page shown again says
    /// what the last change said.
    void setNotes(const QString &topic, const PlanNotes &notes);

    /// Opens an existing domain's XML: its settings fill the steps; what the wizard does not
    /// model stays in the document and is written back untouched.
    Result<void> openExisting(const QString &xml, const QString &origin, bool fromLibvirt);
    const std::optional<ExistingVm> &existing() const { return m_existing; }
    /// Forgets an opened VM (the demo, a new scan): the next host plans a new one.
    void closeExisting();

    /// The domain Apply writes: generated for a new VM, the patched original for an opened one.
    QDomDocument domainDocument() const;
    QString domainXml() const;
    /// The opened VM's XML as it was, in the same formatting as domainXml().
    QString originalXml() const;
    /// Edits to an opened VM that cannot be written into it here, in words.
    QStringList notApplied() const;
    QString nixModule() const;

    QList<LintFinding> lint() const;
    /// Applies a lint fix: to the plan where the plan has the setting (so the steps show it),
    /// else to the domain after the wizard's own edits.
    void applyFix(const QString &fixId);
    const QStringList &domainFixes() const { return m_domainFixes; }

    QString uri() const { return m_uri; }
    void setUri(const QString &uri);
    bool demo() const { return m_demo; }
    void setDemo(bool demo) { m_demo = demo; }
    QString outputDirectory() const { return m_outputDirectory; }
    void setOutputDirectory(const QString &directory) { m_outputDirectory = directory; }
    ApplyRunner::Settings &applySettings() { return m_applySettings; }
    const ApplyRunner::Settings &applySettings() const { return m_applySettings; }
    ApplyRunner applyRunner(const QString &backupDirectory) const;

signals:
    void hostChanged();
    void specChanged();

private:
    std::optional<HostScan> m_host;
    HostRoot m_root;
    VmSpec m_spec;
    PlanNotes m_notes;
    std::optional<ExistingVm> m_existing;
    QStringList m_domainFixes;
    QString m_uri = QStringLiteral("qemu:///system");
    QString m_outputDirectory;
    bool m_demo = false;
    ApplyRunner::Settings m_applySettings;
};
