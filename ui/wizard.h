#pragma once

#include "apply/applyrunner.h"
#include "apply/libvirtsession.h"
#include "host/hostscan.h"
#include "spec/vmspec.h"
#include "util/result.h"
#include "wizard/wizardsession.h"

#include <QString>
#include <QSet>
#include <QWizard>

#include <memory>
#include <optional>

class CpuStep;
class GpuStep;
class HostStep;
class InputStep;
class MemoryStep;
class NetworkStep;
class QTemporaryDir;
class ReviewStep;
class StepList;
class StorageStep;

/// The VFIO Wizard main window: a QWizard whose pages show the step models of one
/// WizardSession (the VM planned from the scanned host, or an existing one opened), with the
/// steps listed beside them.
class Wizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { HostCheckPageId, GpuPageId, InputPageId, CpuPageId, MemoryPageId, NetworkPageId, StoragePageId, ReviewPageId, ApplyPageId };

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

    explicit Wizard(Options options, QWidget *parent = nullptr);
    ~Wizard() override;

    const Options &options() const { return m_options; }
    WizardSession &session() { return m_session; }
    const std::optional<HostScan> &host() const { return m_session.host(); }
    const VmSpec &spec() const { return m_session.spec(); }
    const std::optional<WizardSession::ExistingVm> &existing() const { return m_session.existing(); }

    HostStep *hostStep() const { return m_hostStep; }
    GpuStep *gpuStep() const { return m_gpuStep; }
    InputStep *inputStep() const { return m_inputStep; }
    CpuStep *cpuStep() const { return m_cpuStep; }
    MemoryStep *memoryStep() const { return m_memoryStep; }
    NetworkStep *networkStep() const { return m_networkStep; }
    StorageStep *storageStep() const { return m_storageStep; }
    ReviewStep *reviewStep() const { return m_reviewStep; }
    StepList *stepList() const { return m_stepList; }

    /// Takes the scan and plans the VM's defaults from it (or keeps an opened VM's spec).
    void setHost(const HostScan &host);
    /// Switches to the built-in sample host and libvirt's test driver, and scans again.
    Result<void> startDemo();
    void setUri(const QString &uri);
    QString outputDirectory() const { return m_session.outputDirectory(); }
    void setOutputDirectory(const QString &directory) { m_session.setOutputDirectory(directory); }
    QString backupDirectory() const;
    /// The libvirt session for the current URI, opened on first use and kept (the test
    /// driver's VMs live as long as it does).
    Result<LibvirtSession *> libvirt();
    Result<void> openExisting(const QString &xml, const QString &origin, bool fromLibvirt);
    ApplyRunner applyRunner() const;
    /// Goes to step `index` as the step list asks: back to any step before, forward as far as
    /// the pages between are complete, never on to Apply.
    void goToStep(int index);
    /// The user changed something that Apply has not written yet.
    bool hasUnsavedChoices() const { return m_dirty; }

public slots:
    void reject() override;

signals:
    void hostReady();
    void rescanRequested();

protected:
    void done(int result) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;
    bool validateCurrentPage() override;

private:
    void buildLaterPages();
    void saveSettings() const;
    void updateTitle();
    void showHelp();
    void fitToScreen();

    Options m_options;
    WizardSession m_session;
    HostStep *m_hostStep;
    GpuStep *m_gpuStep;
    InputStep *m_inputStep;
    CpuStep *m_cpuStep;
    MemoryStep *m_memoryStep;
    NetworkStep *m_networkStep;
    StorageStep *m_storageStep;
    ReviewStep *m_reviewStep;
    StepList *m_stepList;
    std::unique_ptr<LibvirtSession> m_libvirt;
    std::unique_ptr<QTemporaryDir> m_demoTree;
    bool m_dirty = false;
    bool m_planning = false;
    bool m_geometryRestored = false;
    bool m_firstPaintSeen = false;
    bool m_laterPagesBuilt = false;
    QSet<int> m_seenSteps; ///< the step list's indexes of the pages shown so far
    bool m_outputGiven = false; ///< Options::outputDirectory was set: the demo writes there too
};
