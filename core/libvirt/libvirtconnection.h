#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

#include <chrono>
#include <memory>

/// A connection to libvirt through its C API: open a URI, list domains, fetch and define
/// their XML, start and stop transient copies. libvirt never prints here: every failure
/// comes back as a message that says what to do (start the daemon, join the group, ...).
/// No call waits for the daemon longer than the connection's timeout: one that does fails with
/// a message naming the call, and the connection asks nothing more of that daemon.
class LibvirtConnection
{
public:
    enum class DomainState { Unknown, Running, Paused, ShutOff, Other };

    struct DomainInfo
    {
        QString name;
        QString uuid;
        DomainState state = DomainState::Unknown;
        bool persistent = true;
    };

    /// What a definition did.
    struct Defined
    {
        QString name;
        bool replaced = false; ///< a domain of that name existed and was redefined
        bool running = false;  ///< it runs: the new definition takes effect at its next start
    };

    /// VFIO_WIZARD_LIBVIRT_TIMEOUT (seconds) when set, else 60 s: long enough for a daemon's
    /// first probe of QEMU, short enough that a stuck daemon is reported, not waited on.
    static std::chrono::milliseconds defaultTimeout();

    static Result<LibvirtConnection> open(const QString &uri, std::chrono::milliseconds timeout = defaultTimeout());

    LibvirtConnection(LibvirtConnection &&) noexcept;
    LibvirtConnection &operator=(LibvirtConnection &&) noexcept;
    ~LibvirtConnection();

    QString uri() const { return m_uri; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /// False once a call outlived its deadline: the connection then refuses further calls.
    bool answering() const;

    Result<QList<DomainInfo>> domains() const;
    /// The persistent (inactive) definition, as `virsh dumpxml --inactive` shows it.
    Result<QString> domainXml(const QString &name) const;
    bool hasDomain(const QString &name) const;
    /// Defines (or redefines) a domain, validating the XML against libvirt's schema.
    Result<Defined> define(const QString &xml);
    Result<void> undefine(const QString &name);
    /// Starts a domain that exists only while it runs (a test boot); returns its name.
    Result<QString> startTransient(const QString &xml);
    Result<void> destroy(const QString &name);
    /// The host's capabilities XML (CPU topology, NUMA cells, hugepage pools).
    Result<QString> capabilities() const;
    /// Free hugepages of a size (KiB) on the whole host, summed over its NUMA nodes.
    Result<quint64> freeHugepages(unsigned int pageKiB) const;
    /// The XML of every node device of a kind (PCI devices, NICs, disks).
    enum class NodeDeviceKind { Pci, Net, Storage };
    Result<QStringList> nodeDevices(NodeDeviceKind kind) const;
    /// Sends a QMP command to a running QEMU domain; returns QEMU's JSON answer.
    Result<QString> qemuMonitorCommand(const QString &name, const QString &command);
    /// The host CPUs each vCPU of a running domain may run on, as libvirt set them.
    Result<QList<QList<int>>> vcpuPins(const QString &name, int vcpus);

    /// The message for libvirt's last error in this thread, in words that say what to do.
    static QString lastErrorMessage(const QString &context, const QString &uri = {});

private:
    struct Shared;
    LibvirtConnection(std::shared_ptr<Shared> shared, QString uri, std::chrono::milliseconds timeout);

    /// Runs `call` (which gets the virConnectPtr) on a thread of its own and waits for it at
    /// most m_timeout; `what` names the call in the message when it does not come back.
    template<typename Call>
    auto bounded(const QString &what, Call call, const QString &ifLate = {}) const;

    std::shared_ptr<Shared> m_shared; ///< shared with calls still running after their deadline
    QString m_uri;
    std::chrono::milliseconds m_timeout;
};
