#pragma once

#include "plan/pinmap.h"
#include "wizard/stepmodel.h"

#include <optional>

/// The CPU step: how many vCPUs, how many physical cores stay with the host, the guest topology
/// and the pin map. Every change re-plans the pins; a pin map edited by hand is kept as it is
/// and its conflicts are said, each once, naming the vCPUs.
class CpuStep : public StepModel
{
    Q_OBJECT

public:
    static constexpr const char *vcpusField = "vcpus";
    static constexpr const char *reservedField = "reserved";

    using StepModel::StepModel;

    int maxVcpus() const;
    int vcpus() const;
    void setVcpus(int vcpus);
    int reservedCores() const { return m_reserved; }
    int maxReservedCores() const;
    void setReservedCores(int cores);
    /// Re-plans the pins for the vCPU count and reserved cores as they stand.
    void autoPin();

    PinMap pinMap() const;
    void setPinMap(const PinMap &map);
    /// The host threads kept for the host, QEMU's emulator and the I/O thread.
    QList<int> reservedThreads() const;

    /// Why the pins sit where they do, in one sentence.
    QString placement() const;
    /// Whether the host's own tasks are kept off the vCPUs' threads while the VM runs.
    bool isolateHost() const;
    /// What the isolation does for this VM, in one sentence.
    QString isolationText() const;
    void setIsolateHost(bool isolate);
    /// "1 socket, 3 cores, 2 threads each".
    QString topologyText() const;
    /// For an opened VM that starts with fewer vCPUs than it has: what Apply changes.
    QString currentVcpusText() const;

    void refresh() override;

protected:
    QString topic() const override { return QStringLiteral("cpu"); }

private:
    void replan(int vcpus, int reserved);
    /// The pin map's conflicts, each once; `planned`: the planner's pins, whose notes already
    /// say how they spread over caches and nodes.
    StepMessages conflictMessages(const PinMap &map, bool planned) const;
    /// The most vCPUs that fit beside `reservedCores` of the host's (every thread for none).
    int threadsLeftWith(int reservedCores) const;
    QList<int> reservedThreadsWith(int reservedCores) const;

    int m_reserved = 1;
};
