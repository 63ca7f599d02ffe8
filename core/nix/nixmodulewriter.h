#pragma once

#include "util/pciaddress.h"

#include <QList>
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
    /// The vendor:device ids of passed functions that a device the host keeps has too: left out
    /// of vfio-pci.ids, the passed functions bound by address instead.
    static QStringList sharedIds(const VmSpec &spec, const HostScan &host);
    /// The passed functions only vendor-reset resets properly (ResetQuirks).
    static QList<PciAddress> vendorResetFunctions(const VmSpec &spec, const HostScan &host);
};
