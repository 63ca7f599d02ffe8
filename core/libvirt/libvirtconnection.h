#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

#include <memory>

struct _virConnect;

/// A connection to libvirt through its C API: open a URI, list domains, fetch and define
/// their XML, start and stop transient copies. libvirt never prints here: every failure
/// comes back as a message that says what to do (start the daemon, join the group, ...).
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

    static Result<LibvirtConnection> open(const QString &uri);

    LibvirtConnection(LibvirtConnection &&) noexcept;
    LibvirtConnection &operator=(LibvirtConnection &&) noexcept;
    ~LibvirtConnection();

    QString uri() const { return m_uri; }

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
    LibvirtConnection(_virConnect *connection, QString uri);

    struct Deleter
    {
        void operator()(_virConnect *connection) const;
    };
    std::unique_ptr<_virConnect, Deleter> m_connection;
    QString m_uri;
};
