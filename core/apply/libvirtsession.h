#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

/// What the wizard asks of libvirt, behind an interface: the GUI loads libvirt (and its fifty
/// libraries) only when it first connects, so the window does not wait for them at start.
/// The implementation is LibvirtConnectionSession in vfio-core-libvirt.
class LibvirtSession
{
public:
    struct DomainEntry
    {
        QString name;
        bool persistent = true;
    };
    struct DefineOutcome
    {
        QString name;
        bool replaced = false;
        bool running = false;
        QString backupPath; ///< empty when no definition was replaced
    };
    struct BootSummary
    {
        int vcpus = 0;
        int sockets = 0, cores = 0, threads = 0;
        bool hugepages = false;
        QStringList mismatches;
        QStringList unproven; ///< what that run could not prove (a TCG run of a KVM domain, say)
    };

    virtual ~LibvirtSession() = default;
    virtual QString uri() const = 0;
    virtual Result<QList<DomainEntry>> domains() = 0;
    virtual Result<QString> domainXml(const QString &name) = 0;
    virtual bool hasDomain(const QString &name) = 0;
    /// Defines the domain, saving the definition it replaces first (nothing is defined when
    /// that save fails).
    virtual Result<DefineOutcome> define(const QString &xml, const QString &backupDirectory) = 0;
    /// Starts a throwaway copy and checks its topology, pins and hugepages.
    virtual Result<BootSummary> testBoot(const QString &xml) = 0;
};

/// Opens a session for a URI: the in-process implementation, or one that loads libvirt first.
using LibvirtOpener = std::function<Result<std::unique_ptr<LibvirtSession>>(const QString &uri)>;
