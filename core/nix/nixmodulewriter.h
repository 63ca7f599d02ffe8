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
    /// The kernel's command line for the VM; hugepages bound to NUMA nodes in the per-node
    /// form (hugepages=<node>:<count>), which Linux takes since 5.16.
    static QStringList kernelParameters(const VmSpec &spec, const HostScan &host);
    /// The vendor:device ids of passed functions that a device the host keeps has too: left out
    /// of vfio-pci.ids, the passed functions bound by address instead.
    static QStringList sharedIds(const VmSpec &spec, const HostScan &host);
    /// The passed functions only vendor-reset resets properly (ResetQuirks).
    static QList<PciAddress> vendorResetFunctions(const VmSpec &spec, const HostScan &host);
    /// hugepages= for kernels before 5.16, which spread the count evenly over the nodes with
    /// memory: enough that every node the VM is bound to gets its pages. Empty when the pages
    /// are not bound to nodes.
    static QString hugepagesBeforePerNodeForm(const VmSpec &spec, const HostScan &host);
    /// The libvirt qemu hook (a bash script) that confines the host to the threads the vCPUs
    /// leave it while this VM runs, and gives every thread back when it stops, crashes or fails
    /// to start; `systemdBin` is where systemctl and systemd-cat are. Empty for an unpinned VM.
    static QString isolationHook(const VmSpec &spec, const HostScan &host, const QString &systemdBin);
    /// The threads the host keeps while the VM runs: every one the vCPUs leave, or the
    /// emulator's when they take all.
    static QList<int> hostCpusWhileRunning(const VmSpec &spec, const HostScan &host);
};
