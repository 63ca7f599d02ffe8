#pragma once

#include "host/cputopology.h"
#include "plan/plannote.h"
#include "spec/vmspec.h"

#include <optional>

struct HostScan;

/// Chooses the guest CPU topology and the vCPU -> host thread pin map the way an expert pins
/// by hand. Cores are the kernel's SMT sibling sets (never core_id alone); the vCPUs take whole
/// ones (vCPU 2k and 2k+1 on one core) on the GPU's NUMA node, on nodes with memory, in the
/// largest L3 first (an X3D part's V-Cache), on performance cores before efficiency cores.
/// The host keeps the core(s) the guest would use least (a smaller L3, efficiency cores, else
/// the first), and QEMU's emulator and I/O thread run there, on the vCPUs' node.
class PinningPlanner
{
public:
    struct Request
    {
        int vcpus = 0;          ///< 0: every thread outside the reserved cores (on the home node)
        int reservedCores = 1;  ///< physical cores kept for the host (efficiency cores count as
                                ///< many as the threads of one performance core)
        std::optional<int> gpuNode; ///< the passed GPU's NUMA node, where the firmware says
        QString gpu;                ///< the GPU's address, for the words
        QList<int> memorylessNodes; ///< nodes with CPUs and no memory of their own
    };

    /// The request for a VM passing `gpu` on this host: the GPU's node, the memory-less nodes.
    static Request requestFor(const HostScan &host, const std::optional<PciAddress> &gpu, int vcpus, int reservedCores);

    /// Fills spec.cpu: vcpus, topology, pins, emulator and I/O thread pins, the guest's NUMA
    /// cells when the pins span host nodes. One note (id placementNote) says in one sentence
    /// why the pins sit where they do.
    static PlanNotes plan(const CpuTopology &host, const Request &request, VmSpec::Cpu &cpu);

    /// The guest topology for a vCPU count on this host: 1 socket, the host's SMT width.
    static void chooseTopology(const CpuTopology &host, VmSpec::Cpu &cpu);

    static constexpr char16_t placementNote[] = u"cpu.placement";
};
