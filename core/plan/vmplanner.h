#pragma once

#include "plan/plannote.h"
#include "plan/planrequest.h"
#include "spec/vmspec.h"
#include "util/hostroot.h"

struct HostScan;

/// A planned VM: the spec with every default filled in, and what the planners want said.
struct VmPlan
{
    VmSpec spec;
    PlanNotes notes;

    bool ok() const { return !hasErrors(notes); }
};

/// Runs every planner over a scanned host: GPU, CPU, memory, storage, network.
class VmPlanner
{
public:
    /// Plans a new VM, or with `base` (a loaded profile) re-plans only the parts the request
    /// names and keeps the rest of `base` as it is.
    static constexpr char16_t isolationNote[] = u"cpu.isolation";
    /// What the isolation hook does for this VM (or that it is off), in one note.
    static PlanNotes isolationNotes(const HostScan &host, const VmSpec &spec);

    static VmPlan plan(const HostScan &host, const HostRoot &root, const PlanRequest &request,
                       const VmSpec *base = nullptr);
};
