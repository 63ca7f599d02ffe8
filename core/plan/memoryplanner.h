#pragma once

#include "host/memoryinfo.h"
#include "plan/plannote.h"
#include "spec/vmspec.h"

struct CpuTopology;

/// Sizes the guest's memory and its hugepages: 1 GiB pages when the CPU has them and the size
/// is whole GiB, else 2 MiB; and refuses a size that leaves the host too little. On a host
/// with several NUMA nodes it binds the memory to the pinned vCPUs' node(s) when it fits there.
class MemoryPlanner
{
public:
    struct Request
    {
        qint64 sizeMiB = 0; ///< 0: half the host's RAM, rounded down to whole GiB
        std::optional<VmSpec::HugepageSize> hugepages; ///< empty: choose
        /// The planned vCPUs (pins and guest NUMA cells) whose nodes the memory is bound to;
        /// null leaves memory.hostNodes as they are.
        const VmSpec::Cpu *placement = nullptr;
    };

    /// What the host must keep: 4 GiB or 10% of its RAM, whichever is larger.
    static qint64 hostReserveKiB(qint64 totalKiB);
    /// What the host keeps of one NUMA node when guest memory is bound to it: 1 GiB or 10%.
    static qint64 nodeReserveKiB(qint64 nodeKiB);
    /// The host nodes the memory of vCPUs pinned this way belongs on: their cells' nodes, or
    /// their one node (the nearest with memory when it has none); empty on a one-node host.
    static QList<int> nodesFor(const MemoryInfo &host, const CpuTopology &cpu, const VmSpec::Cpu &placement);
    /// Binds memory.hostNodes to those nodes when each holds its share (the guest's cells split
    /// as they are) beside what the host keeps there; clears them when not, and says which.
    static PlanNotes bindToNodes(const MemoryInfo &host, const CpuTopology &cpu, const VmSpec::Cpu &placement,
                                 VmSpec::Memory &memory);

    static PlanNotes plan(const MemoryInfo &host, const CpuTopology &cpu, const Request &request, VmSpec::Memory &memory);
};
