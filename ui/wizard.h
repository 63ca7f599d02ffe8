#pragma once

#include "apply/applyrunner.h"
#include "apply/libvirtsession.h"
#include "host/hostscan.h"
#include "lint/linter.h"
#include "plan/plannote.h"
#include "plan/planrequest.h"
#include "spec/vmspec.h"
#include "util/result.h"

#include <QDomDocument>
#include <QString>
#include <QWizard>

#include <memory>
#include <optional>

class LibvirtSession;
class QTemporaryDir;

/// The VFIO Wizard main window: a QWizard whose pages edit one VmSpec, planned from the
/// scanned host, or read from an existing VM. Pages read it in initializePage() and write it
/// in validatePage().
class Wizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { HostCheckPageId, GpuPageId, CpuPageId, MemoryPageId, NetworkPageId, StoragePageId, ReviewPageId, ApplyPageId };

    struct Options
    {
        QString root = QStringLiteral("/");            ///< the host to scan
        QString uri = QStringLiteral("qemu:///system"); ///< libvirt, for defining and opening VMs
        bool demo = false;                              ///< the built-in sample host and test:///default
        QString outputDirectory;                        ///< where the files go; empty: the saved or default one
        QString backupDirectory;                        ///< empty: $XDG_DATA_HOME/vfio-wizard/backups
        bool useSettings = true;                        ///< read and keep the last URI, folder and geometry
        LibvirtOpener openLibvirt;                      ///< how to reach libvirt; empty: not at all
    };
    static Options optionsFromArguments(const QStringList &arguments);

    /// An existing VM opened for editing: its document as read, and what was read from it.
    struct ExistingVm
    {
        QString origin; ///< the file, or "URI: name"
        bool fromLibvirt = false;
        QDomDocument original;
        VmSpec before;
    };

    explicit Wizard(Options options, QWidget *parent = nullptr);
    ~Wizard() override;

    const Options &options() const { return m_options; }
    const std::optional<HostScan> &host() const { return m_host; }
    VmSpec &spec() { return m_spec; }
    const VmSpec &spec() const { return m_spec; }
    const PlanNotes &notes() const { return m_notes; }
    /// The planners' notes (why, and what to watch) on one part of the VM (gpu, cpu, memory, network, storage), one per line.
    QString notesText(const QString &topic) const;

    /// Takes the scan and plans the VM's defaults from it (or keeps an opened VM's spec).
    void setHost(const HostScan &host);
    /// Plans a new VM again from the scan with what page 1 asks (name, guest, user).
    void replan(const PlanRequest &request);
    /// Switches to the built-in sample host and libvirt's test driver, and scans again.
    Result<void> startDemo();
    void setUri(const QString &uri);
    QString outputDirectory() const;
    void setOutputDirectory(const QString &directory);
    QString backupDirectory() const;

    /// The libvirt session for the current URI, opened on first use and kept (the test
    /// driver's VMs live as long as it does).
    Result<LibvirtSession *> libvirt();

    /// Opens an existing domain's XML: its settings fill the pages; what the wizard does not
    /// model stays in the document and is written back untouched.
    Result<void> openExisting(const QString &xml, const QString &origin, bool fromLibvirt);
    const std::optional<ExistingVm> &existing() const { return m_existing; }

    /// The domain XML Apply will write and define: generated for a new VM, the patched
    /// original for an opened one.
    QString domainXml() const;
    /// The opened VM's XML as it was, in the same formatting as domainXml().
    QString originalXml() const;
    /// Edits to an opened VM that cannot be written into it here, in words.
    QStringList notApplied() const;
    QString nixModule() const;

    /// The lint findings for the domain Apply will write; fixes chosen on the review page are
    /// applied to it after the wizard's own edits.
    QList<LintFinding> lint() const;
    void addLintFix(const QString &fixId);
    const QStringList &lintFixes() const { return m_lintFixes; }

    /// What Apply does (output folder, define, test boot), as the review page sets it.
    ApplyRunner::Settings &applySettings() { return m_applySettings; }
    ApplyRunner applyRunner() const;

signals:
    void hostReady();
    void rescanRequested();

protected:
    void done(int result) override;

private:
    void saveSettings() const;
    void updateTitle();
    QDomDocument domainDocument() const;

    Options m_options;
    std::optional<HostScan> m_host;
    VmSpec m_spec;
    PlanNotes m_notes;
    std::optional<ExistingVm> m_existing;
    std::unique_ptr<LibvirtSession> m_libvirt;
    std::unique_ptr<QTemporaryDir> m_demoTree;
    QStringList m_lintFixes;
    ApplyRunner::Settings m_applySettings;
};
