#pragma once

#include "libvirt/libvirtconnection.h"
#include "util/hostroot.h"
#include "util/result.h"

#include <QDomDocument>
#include <QList>
#include <QString>
#include <QStringList>

/// Starts a throwaway copy of a domain (new name and UUID; no passed-through devices, disks
/// or NICs, so nothing of the original is touched) and reads back from the running QEMU what
/// the XML promised: the topology, each vCPU thread's affinity, and the hugepage backing.
/// The copy is destroyed whatever happens; the original is never started or changed.
/// Where KVM cannot run the copy (no KVM on the host, QEMU's user cannot open /dev/kvm, nested
/// KVM refusing host-passthrough's MSRs, SMM or Hyper-V), it runs under TCG with a named CPU
/// model instead: topology, pins and hugepages are still read back, and the report lists what
/// such a run cannot prove.
class TestBoot
{
public:
    struct Vcpu
    {
        int index = 0;
        int socket = 0, die = 0, core = 0, thread = 0; ///< as QEMU places it
        int hostThreadId = 0;
        QList<int> expectedPins;
        QList<int> libvirtPins;   ///< virDomainGetVcpuPinInfo
        QList<int> threadAffinity; ///< Cpus_allowed_list of the vCPU thread
    };

    enum class Accelerator { Kvm, Tcg };

    struct Report
    {
        QString copyName;
        Accelerator accelerator = Accelerator::Kvm;
        QString kvmRefusal;   ///< why a KVM domain's copy ran under TCG; empty when it did not
        QStringList unproven; ///< what this run could not prove, in words (a TCG run of a KVM domain)
        int sockets = 0, dies = 0, cores = 0, threads = 0; ///< the XML's topology
        QList<Vcpu> vcpus;
        bool hugepagesExpected = false;
        QString hugepageMapping; ///< the hugetlbfs file QEMU maps, empty when none
        QStringList mismatches;  ///< what differs from the XML, in words

        bool ok() const { return mismatches.isEmpty(); }
    };

    /// The copy's XML: for TCG (domain type qemu, CPU model qemu64, no KVM-only features) when
    /// `underKvm` is false.
    static QDomDocument prepareCopy(const QDomDocument &original, const QString &copyName, bool underKvm);
    /// The reason in libvirt's error when it is KVM that refused to start a domain ("System
    /// Management Mode not supported by this hypervisor.", "failed to set MSR 0x10a ..."); empty
    /// when the failure has another cause (QEMU's warnings about KVM do not count).
    static QString kvmRefusal(const QString &libvirtError);
    /// What a TCG copy of this KVM domain cannot prove, in words.
    static QStringList unprovenUnderTcg(const QDomDocument &original, const QString &kvmRefusal);

    /// `proc` is where the host's /proc is (the live system's, normally).
    static Result<Report> run(LibvirtConnection &connection, const QString &xml, const HostRoot &proc = HostRoot());
};
