#pragma once

#include "hostscan.h"
#include "vmspec.h"

#include <QString>
#include <QWizard>

#include <optional>

/// The VFIO Wizard main window: a QWizard whose pages edit one VmSpec, planned from the
/// scanned host. Pages read it in initializePage() and write it in validatePage().
class Wizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { HostCheckPageId, GpuPageId, CpuPageId };

    struct Options
    {
        QString root = QStringLiteral("/"); ///< the host to scan
    };
    static Options optionsFromArguments(const QStringList &arguments);

    explicit Wizard(Options options, QWidget *parent = nullptr);

    const Options &options() const { return m_options; }
    const std::optional<HostScan> &host() const { return m_host; }
    VmSpec &spec() { return m_spec; }
    const VmSpec &spec() const { return m_spec; }

    /// Takes the scan and plans the VM's defaults from it.
    void setHost(const HostScan &host);

signals:
    void hostReady();

private:
    Options m_options;
    std::optional<HostScan> m_host;
    VmSpec m_spec;
};
