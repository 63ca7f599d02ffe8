#pragma once

#include "host/cputopology.h"

#include <QList>
#include <QString>

#include <optional>

/// The vCPU -> host thread map the pinning grid edits, and what is wrong with it on a host:
/// two vCPUs on one thread, a guest core's threads split over host cores, vCPUs spread over
/// L3 domains or NUMA nodes, vCPUs left unpinned.
class PinMap
{
public:
    struct Conflict
    {
        enum class Kind { SharedThread, SplitSiblings, CrossesL3, CrossesNode, Unpinned, OnReserved };
        Kind kind;
        QList<int> vcpus;
        QList<int> cpus; ///< the host threads concerned
        QString reason;
    };

    PinMap() = default;
    /// `threadsPerGuestCore`: the guest topology's threads, so vCPUs 2k and 2k+1 share a core.
    PinMap(int vcpus, int threadsPerGuestCore);

    int vcpus() const { return int(m_pins.size()); }
    int threadsPerGuestCore() const { return m_threads; }
    std::optional<int> hostCpu(int vcpu) const;
    QList<int> vcpusOn(int cpu) const;
    void assign(int vcpu, int cpu);
    void clear(int vcpu);
    void clearCpu(int cpu);

    /// The pins as VmSpec keeps them: one host CPU per vCPU, empty while any vCPU is unpinned.
    QList<int> pins() const;
    static PinMap fromPins(const QList<int> &pins, int threadsPerGuestCore);

    /// `reserved`: the host threads kept for the host, QEMU's emulator and I/O thread.
    QList<Conflict> conflicts(const CpuTopology &host, const QList<int> &reserved = {}) const;
    /// The conflicts one host thread is part of, for its tooltip.
    QList<Conflict> conflictsAt(const CpuTopology &host, int cpu, const QList<int> &reserved = {}) const;
    /// "vCPU 3", "vCPUs 0 and 1", "vCPUs 0, 1 and 2": how messages name them.
    static QString vcpuNames(const QList<int> &vcpus);

private:
    QList<std::optional<int>> m_pins;
    int m_threads = 1;
};
