#pragma once

#include "plan/plannote.h"
#include "spec/vmspec.h"

#include <optional>

struct Gpu;
struct HostScan;

/// Picks the GPU and every function of its slot, checks that its IOMMU group can be given to
/// the guest whole, and decides on the Error 43 fix.
class PassthroughPlanner
{
public:
    struct Request
    {
        std::optional<QString> gpu;      ///< an address (any function of the card), "none", or empty: choose
        std::optional<bool> fixError43;  ///< empty: on for NVIDIA
        QString romFile;
        QStringList allowHostUse = {};   ///< devices of the GPU's group the user gave the VM although the host uses them
    };

    /// The id of the note on the Error 43 fix (the GPU page says it beside its toggle).
    static constexpr char16_t error43Note[] = u"gpu.error43";
    static PlanNotes plan(const HostScan &host, const Request &request, VmSpec &spec);

    /// Why a GPU cannot be passed through as it sits, or empty when it can: the IOMMU, the host's
    /// uses of any device of its group (HostUseGuard::gpuGroup, unless each is in `allowed`), and
    /// other devices in its group at all. One sentence with the ways out.
    static QString obstacle(const HostScan &host, const PciAddress &gpu, const QStringList &allowed = {});
    /// The endpoints of the GPU's IOMMU group outside its slot: what passing it whole also takes.
    static QList<PciAddress> groupCompanions(const HostScan &host, const Gpu &gpu);
};
