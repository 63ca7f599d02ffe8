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

    struct Report
    {
        QString copyName;
        int sockets = 0, dies = 0, cores = 0, threads = 0; ///< the XML's topology
        QList<Vcpu> vcpus;
        bool hugepagesExpected = false;
        QString hugepageMapping; ///< the hugetlbfs file QEMU maps, empty when none
        QStringList mismatches;  ///< what differs from the XML, in words

        bool ok() const { return mismatches.isEmpty(); }
    };

    /// The copy's XML: adapted to a host without /dev/kvm when `haveKvm` is false.
    static QDomDocument prepareCopy(const QDomDocument &original, const QString &copyName, bool haveKvm);

    /// `proc` is where the host's /proc is (the live system's, normally).
    static Result<Report> run(LibvirtConnection &connection, const QString &xml, const HostRoot &proc = HostRoot());
};
