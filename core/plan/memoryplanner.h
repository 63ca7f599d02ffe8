#pragma once

#include "host/memoryinfo.h"
#include "plan/plannote.h"
#include "spec/vmspec.h"

struct CpuTopology;

/// Sizes the guest's memory and its hugepages: 1 GiB pages when the CPU has them and the size
/// is whole GiB, else 2 MiB; and refuses a size that leaves the host too little.
class MemoryPlanner
{
public:
    struct Request
    {
        qint64 sizeMiB = 0; ///< 0: half the host's RAM, rounded down to whole GiB
        std::optional<VmSpec::HugepageSize> hugepages; ///< empty: choose
    };

    /// What the host must keep: 4 GiB or 10% of its RAM, whichever is larger.
    static qint64 hostReserveKiB(qint64 totalKiB);

    static PlanNotes plan(const MemoryInfo &host, const CpuTopology &cpu, const Request &request, VmSpec::Memory &memory);
};
