#include "plan/vmplanner.h"

#include "host/hostscan.h"
#include "plan/inputplanner.h"
#include "plan/memoryplanner.h"
#include "plan/networkplanner.h"
#include "plan/passthroughplanner.h"
#include "plan/pinningplanner.h"
#include "plan/storageplanner.h"
#include "spec/fieldchecks.h"
#include "util/cpulist.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VmPlanner)
};

} // namespace

PlanNotes VmPlanner::isolationNotes(const HostScan &host, const VmSpec &spec)
{
    if (spec.cpu.pins.isEmpty())
        return {};
    PlanNote note;
    if (!spec.cpu.isolateHost) {
        note = PlanNote::info(QStringLiteral("cpu"), Tr::tr("Isolation is off: the host's own tasks can still run on the vCPUs' "
                                                            "threads while the VM runs."));
    } else {
        QList<int> hostCpus = host.cpu.idsExcept(spec.cpu.pins);
        if (hostCpus.isEmpty())
            hostCpus = spec.cpu.emulatorPins;
        note = PlanNote::info(QStringLiteral("cpu"), Tr::tr("While the VM runs, the host's own tasks keep to CPUs %1: a libvirt hook "
                                                            "from the NixOS module confines system.slice, user.slice and init.scope "
                                                            "there, and gives every CPU back when the VM stops or crashes.")
                                                         .arg(CpuList::format(hostCpus)));
    }
    note.id = QString::fromUtf16(isolationNote);
    return {note};
}

VmPlan VmPlanner::plan(const HostScan &host, const HostRoot &root, const PlanRequest &request, const VmSpec *base)
{
    VmPlan plan;
    VmSpec &spec = plan.spec;
    const bool fresh = !base;
    if (base)
        spec = *base;
    if (!request.name.isEmpty())
        spec.name = request.name;
    if (const QString why = FieldChecks::vmName(spec.name); !why.isEmpty())
        plan.notes << PlanNote::error(QStringLiteral("name"), why);
    if (request.os)
        spec.os = *request.os;
    if (fresh || request.os) {
        spec.tpm = request.tpm.value_or(spec.os == VmSpec::Os::Windows11);
        spec.secureBoot = spec.os == VmSpec::Os::Windows11;
        if (spec.os == VmSpec::Os::Windows11)
            plan.notes << PlanNote::info(QStringLiteral("firmware"), Tr::tr("Windows 11 requires TPM 2.0 and Secure Boot: an "
                                                                        "emulated TPM (swtpm) and OVMF with enrolled keys are added."));
    } else if (request.tpm) {
        spec.tpm = *request.tpm;
    }
    if (!request.user.isEmpty())
        spec.user = request.user;
    // The user's consents: given now, or kept with the profile from an earlier plan.
    for (const QString &device : request.allowHostUse)
        if (!spec.allowedHostUse.contains(device))
            spec.allowedHostUse << device;

    if (fresh || request.gpu)
        plan.notes += PassthroughPlanner::plan(host, {request.gpu, request.fixError43, spec.gpu.romFile, spec.allowedHostUse}, spec);
    else if (request.fixError43)
        spec.error43.enabled = *request.fixError43;
    if (spec.error43.enabled)
        if (const QString why = FieldChecks::vendorId(spec.error43.vendorId); !why.isEmpty())
            plan.notes << PlanNote::error(QStringLiteral("gpu"), why);

    // A new GPU can sit on another NUMA node: the pins follow it.
    const bool replanCpu = fresh || request.vcpus || request.reservedCores || request.gpu;
    if (replanCpu) {
        const PinningPlanner::Request cpu = PinningPlanner::requestFor(host, spec.gpu.address, request.vcpus.value_or(0),
                                                                       request.reservedCores.value_or(1));
        plan.notes += PinningPlanner::plan(host.cpu, cpu, spec.cpu);
    }
    if (request.isolateHost)
        spec.cpu.isolateHost = *request.isolateHost;
    if (replanCpu || request.isolateHost)
        plan.notes += isolationNotes(host, spec);
    // Memory follows the vCPUs' NUMA node(s), so it is planned again when they move.
    if (fresh || request.memoryMiB || request.hugepages || replanCpu) {
        // Re-planned for the vCPUs' sake only, a profile's page size stays as it was.
        const bool onlyForCpu = !fresh && !request.memoryMiB && !request.hugepages;
        const std::optional<VmSpec::HugepageSize> pages = onlyForCpu ? std::optional(spec.memory.hugepages) : request.hugepages;
        plan.notes += MemoryPlanner::plan(host.memory, host.cpu,
                                          {request.memoryMiB.value_or(fresh ? 0 : spec.memory.sizeMiB), pages, &spec.cpu},
                                          spec.memory);
    }
    if (fresh || !request.disks.isEmpty() || !request.virtioIso.isEmpty() || !request.installIso.isEmpty() || request.driverStaging) {
        QStringList disks = request.disks;
        if (disks.isEmpty())
            for (const VmSpec::Disk &d : std::as_const(spec.disks))
                disks << d.path;
        plan.notes += StoragePlanner::plan(host, root, {disks, request.virtioIso, request.installIso.isEmpty() ? spec.installIso : request.installIso,
                                                        request.driverStaging, spec.allowedHostUse}, spec);
    }
    if (fresh || request.gpu || request.evdev || request.noEvdev || request.usbController)
        plan.notes += InputPlanner::plan(host, {request.evdev, request.noEvdev, request.usbController}, spec);
    if (fresh || request.bridge || request.uplink || request.nat)
        plan.notes += NetworkPlanner::plan(host, {request.bridge, request.uplink, request.nat.value_or(false)}, spec.network);
    // The wizard's fields judge these as they are typed; options and profiles by the same rules.
    if (spec.network.mode == VmSpec::NetworkMode::NewBridge)
        if (const QString why = FieldChecks::bridgeName(spec.network.bridge); !why.isEmpty())
            plan.notes << PlanNote::error(QStringLiteral("network"), why);
    if (const QString why = FieldChecks::mac(spec.network.mac); !why.isEmpty())
        plan.notes << PlanNote::error(QStringLiteral("network"), why);
    if (const QString why = FieldChecks::userName(spec.user); !why.isEmpty())
        plan.notes << PlanNote::error(QStringLiteral("user"), why);
    // KVM as QEMU meets it (modules, /dev/kvm and who may open it), not the CPU's flags alone: a
    // paravirtual KVM runs guests without vmx or svm, and a /dev/kvm QEMU cannot open stops all.
    if (host.kvm.verdict() != KvmAccess::Verdict::Usable)
        plan.notes << PlanNote::warning(QStringLiteral("cpu"), Tr::tr("KVM cannot run the VM here (%1). Without it the VM would "
                                                                       "run emulated, many times slower.").arg(host.kvm.explanation()));
    return plan;
}
