#include "plan/passthroughplanner.h"

#include "host/hostscan.h"
#include "host/resetquirks.h"
#include "plan/hostuseguard.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PassthroughPlanner)
};

constexpr quint16 nvidiaVendor = 0x10de;
constexpr quint16 amdVendor = 0x1002;

const Gpu *findGpu(const HostScan &host, const PciAddress &address)
{
    for (const Gpu &gpu : host.gpus)
        if (gpu.address.sameSlot(address))
            return &gpu;
    return nullptr;
}

QString addressList(const QList<PciAddress> &addresses)
{
    QStringList texts;
    for (const PciAddress &a : addresses)
        texts << a.toString();
    return texts.join(QLatin1String(", "));
}

} // namespace

QString PassthroughPlanner::obstacle(const HostScan &host, const PciAddress &address, const QStringList &allowed)
{
    const Gpu *gpu = findGpu(host, address);
    if (!gpu)
        return Tr::tr("%1 is not a GPU this host has.").arg(address.toString());
    if (!host.iommu.enabled)
        return Tr::tr("The IOMMU is off, so no device can be passed through. Turn on VT-d/AMD-Vi in the firmware setup and "
                  "add %1 to the kernel command line (the NixOS module does).")
            .arg(host.iommu.enableParameter);
    const IommuGroup *group = gpu->iommuGroup ? host.iommu.group(*gpu->iommuGroup) : nullptr;
    if (!group)
        return Tr::tr("%1 is in no IOMMU group.").arg(gpu->address.toString());
    if (const HostUseGuard::Verdict uses = HostUseGuard::gpuGroup(host, gpu->address, allowed); !uses.allowed)
        return uses.reason;
    // The other devices of the group go along only when the user gave each of them.
    QStringList others, notGiven;
    for (const PciAddress &member : groupCompanions(host, *gpu)) {
        const PciDevice *device = host.pciDevice(member);
        others << (device ? HostUseGuard::devicePhrase(*device) : member.toString());
        if (!HostUseGuard::allows(allowed, member))
            notGiven << member.toString();
    }
    if (!notGiven.isEmpty())
        return Tr::tr("IOMMU group %1 also holds %2, which the host would lose with the GPU: a group is passed whole. "
                  "Move the card to another slot (one wired to the CPU usually has a group of its own), or look in the "
                  "firmware setup for an ACS or IOMMU grouping option; the ACS override patch can split the group, as a "
                  "last resort, at the cost of the isolation the IOMMU gives. To give the VM the whole group instead, "
                  "allow each device explicitly (--allow-host-use %3).")
            .arg(group->id)
            .arg(HostUseGuard::joinAnd(others), notGiven.join(u" --allow-host-use "_s));
    return {};
}

QList<PciAddress> PassthroughPlanner::groupCompanions(const HostScan &host, const Gpu &gpu)
{
    QList<PciAddress> companions;
    const IommuGroup *group = gpu.iommuGroup ? host.iommu.group(*gpu.iommuGroup) : nullptr;
    if (!group)
        return companions;
    for (const PciAddress &member : group->devices) {
        const PciDevice *device = host.pciDevice(member);
        if (!member.sameSlot(gpu.address) && !(device && device->isBridge()))
            companions << member;
    }
    return companions;
}

PlanNotes PassthroughPlanner::plan(const HostScan &host, const Request &request, VmSpec &spec)
{
    PlanNotes notes;
    const QString topic = QStringLiteral("gpu");
    spec.gpu = {};
    if (request.gpu && request.gpu->compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        notes << PlanNote::info(topic, Tr::tr("No GPU is passed through: the VM has an emulated display."));
        spec.error43.enabled = false;
        return notes;
    }

    const Gpu *gpu = nullptr;
    if (request.gpu) {
        const auto address = PciAddress::parse(*request.gpu);
        if (!address) {
            notes << PlanNote::error(topic, Tr::tr("\"%1\" is not a PCI address (like 0000:04:00.0).").arg(*request.gpu));
            return notes;
        }
        gpu = findGpu(host, *address);
        if (!gpu) {
            notes << PlanNote::error(topic, Tr::tr("%1 is not a GPU this host has.").arg(address->toString()));
            return notes;
        }
        if (const QString why = obstacle(host, gpu->address, request.allowHostUse); !why.isEmpty()) {
            notes << PlanNote::error(topic, why);
            return notes;
        }
    } else {
        QStringList reasons;
        for (const Gpu &candidate : host.gpus) {
            const QString why = candidate.bootVga ? Tr::tr("it is the host's boot GPU")
                                                  : obstacle(host, candidate.address, request.allowHostUse);
            if (why.isEmpty()) {
                gpu = &candidate;
                break;
            }
            reasons << QStringLiteral("%1 (%2): %3").arg(candidate.address.toString(), candidate.name, why);
        }
        if (!gpu) {
            notes << PlanNote::error(topic, host.gpus.isEmpty()
                                                ? Tr::tr("The host has no GPU to pass through; the VM can be made without one.")
                                                : Tr::tr("No GPU can be passed through: %1").arg(reasons.join(QLatin1String("; "))));
            return notes;
        }
    }

    spec.gpu.address = gpu->address;
    spec.gpu.functions = gpu->functions;
    spec.gpu.groupDevices = groupCompanions(host, *gpu); // each allowed, or obstacle() had refused
    spec.gpu.romFile = request.romFile;
    for (const PciAddress &function : gpu->functions) {
        const PciDevice *device = host.pciDevice(function);
        spec.gpu.functionIds << (device ? QStringLiteral("%1:%2").arg(device->vendorId, 4, 16, QLatin1Char('0'))
                                              .arg(device->deviceId, 4, 16, QLatin1Char('0'))
                                        : QString());
    }
    notes << PlanNote::info(topic, Tr::tr("%1 is passed through with every function of its slot: %2.")
                                       .arg(gpu->name, addressList(gpu->functions)));
    if (!spec.gpu.groupDevices.isEmpty())
        notes << PlanNote::warning(topic, Tr::tr("IOMMU group %1 goes to the VM whole, as you allowed: it also takes %2, "
                                             "bound to vfio-pci by address.")
                                              .arg(gpu->iommuGroup.value_or(-1))
                                              .arg(addressList(spec.gpu.groupDevices)));
    if (const QString loss = HostUseGuard::gpuGroup(host, gpu->address, request.allowHostUse).loss; !loss.isEmpty())
        notes << PlanNote::warning(topic, loss);
    if (gpu->bootVga)
        notes << PlanNote::warning(topic, Tr::tr("%1 is the GPU the host boots on: the host loses its console to the VM and "
                                             "needs another GPU (or none) for itself.").arg(gpu->address.toString()));
    const PciDevice *display = host.pciDevice(gpu->address);
    if (const auto family = display ? ResetQuirks::vendorResetFamily(display->vendorId, display->deviceId) : std::nullopt)
        notes << PlanNote::warning(topic, Tr::tr("%1 is an AMD %2 card: the resets the kernel has for it leave it hung after "
                                             "a VM has used it, until the host reboots. The vendor-reset module resets it "
                                             "properly; the NixOS module adds it and makes it the card's reset method.")
                                              .arg(gpu->address.toString(), *family));
    for (const PciAddress &function : gpu->functions) {
        const PciDevice *device = host.pciDevice(function);
        if (device && !device->resettable)
            notes << PlanNote::warning(topic, Tr::tr("%1 offers no reset: after the VM stops, the card may stay unusable until "
                                                 "the host reboots.").arg(function.toString()));
    }
    // vfio-pci.ids claims devices by id: an identical card the host keeps would be claimed too,
    // so the NixOS module binds the passed functions by address instead.
    for (const PciDevice &device : host.pci) {
        if (device.address.sameSlot(gpu->address))
            continue;
        const QString id = QStringLiteral("%1:%2").arg(device.vendorId, 4, 16, QLatin1Char('0')).arg(device.deviceId, 4, 16, QLatin1Char('0'));
        if (spec.gpu.functionIds.contains(id))
            notes << PlanNote::info(topic, Tr::tr("%1 has the same id %2 as a passed function: the NixOS module binds the "
                                              "passed functions to vfio-pci by address, and leaves %2 out of vfio-pci.ids, "
                                              "so the host keeps %1.").arg(device.address.toString(), id));
    }

    const bool nvidia = gpu->vendorId == nvidiaVendor;
    spec.error43.enabled = request.fixError43.value_or(nvidia);
    // Said on the GPU page beside the toggle (that text follows it), so these carry an id.
    PlanNote error43;
    if (nvidia)
        error43 = PlanNote::info(topic, spec.error43.enabled
                                            ? Tr::tr("Error 43 fix on: NVIDIA drivers before 465 refuse to run in a VM they "
                                                 "recognise and report \"Error 43\"; a Hyper-V vendor id other than "
                                                 "\"Microsoft Hv\" and a hidden KVM signature avoid it. Newer drivers do "
                                                 "not need it, and it does no harm.")
                                            : Tr::tr("Error 43 fix off: NVIDIA drivers from 465 on run in VMs; turn it on for older ones."));
    else if (gpu->vendorId == amdVendor && spec.error43.enabled)
        error43 = PlanNote::info(topic, Tr::tr("Error 43 fix on: some AMD cards' drivers also refuse to run in a recognised VM."));
    if (!error43.text.isEmpty()) {
        error43.id = QString::fromUtf16(error43Note);
        notes << error43;
    }
    return notes;
}
