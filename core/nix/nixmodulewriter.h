#pragma once

#include <QString>
#include <QStringList>

struct HostScan;
struct VmSpec;

/// Writes the NixOS module that prepares the host for the VM: a file the user imports from
/// configuration.nix (their own file is never edited).
class NixModuleWriter
{
public:
    /// `domainXmlFile` is the XML's file name beside the module, for defineAtBoot.
    static QString write(const VmSpec &spec, const HostScan &host, const QString &domainXmlFile);

    /// The host GPU drivers that can be blacklisted: bound to a passed function and used by
    /// no device the host keeps.
    static QStringList driversToBlacklist(const VmSpec &spec, const HostScan &host);
    static QStringList kernelParameters(const VmSpec &spec, const HostScan &host);
};
