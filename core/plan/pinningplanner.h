#pragma once

#include "host/cputopology.h"
#include "plan/plannote.h"
#include "spec/vmspec.h"

/// Chooses the guest CPU topology and the vCPU -> host thread pin map the way an expert pins
/// by hand: whole SMT-sibling sets per guest core (vCPU 2k and 2k+1 on one physical core),
/// inside one L3 domain and NUMA node when they fit, performance cores before efficiency
/// cores, and the host's first core(s) kept back for the host, the emulator and the I/O thread.
class PinningPlanner
{
public:
    struct Request
    {
        int vcpus = 0;          ///< 0: all threads outside the reserved cores
        int reservedCores = 1;  ///< physical cores kept for the host
    };

    /// Fills spec.cpu (vcpus, topology, pins, emulator and I/O thread pins).
    static PlanNotes plan(const CpuTopology &host, const Request &request, VmSpec::Cpu &cpu);

    /// The guest topology for a vCPU count on this host: 1 socket, the host's SMT width.
    static void chooseTopology(const CpuTopology &host, VmSpec::Cpu &cpu);
};
