#include "vmplanner.h"

#include "hostscan.h"
#include "memoryplanner.h"
#include "networkplanner.h"
#include "passthroughplanner.h"
#include "pinningplanner.h"
#include "storageplanner.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VmPlanner", text);
}

} // namespace

QString VmPlanner::checkName(const QString &name)
{
    if (name.isEmpty())
        return tr("The VM needs a name.");
    if (name.contains(u'/'))
        return tr("\"%1\": a VM name cannot contain \"/\" (libvirt keeps it as a file name).").arg(name);
    for (QChar c : name)
        if (c.category() == QChar::Other_Control)
            return tr("The VM name contains a control character.");
    return {};
}

QString VmPlanner::checkVendorId(const QString &vendorId)
{
    if (vendorId.isEmpty() || vendorId.size() > 12)
        return tr("The Hyper-V vendor id must have 1 to 12 characters; \"%1\" has %2.").arg(vendorId).arg(vendorId.size());
    for (QChar c : vendorId)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return tr("The Hyper-V vendor id \"%1\" may hold only printable ASCII characters without spaces.").arg(vendorId);
    if (vendorId == QLatin1String("Microsoft Hv"))
        return tr("\"Microsoft Hv\" is the vendor id NVIDIA's old drivers look for: choose any other.");
    return {};
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
    if (const QString why = checkName(spec.name); !why.isEmpty())
        plan.notes << PlanNote::error(QStringLiteral("name"), why);
    if (request.os)
        spec.os = *request.os;
    if (fresh || request.os) {
        spec.tpm = request.tpm.value_or(spec.os == VmSpec::Os::Windows11);
        spec.secureBoot = spec.os == VmSpec::Os::Windows11;
        if (spec.os == VmSpec::Os::Windows11)
            plan.notes << PlanNote::info(QStringLiteral("firmware"), tr("Windows 11 requires TPM 2.0 and Secure Boot: an "
                                                                        "emulated TPM (swtpm) and OVMF with enrolled keys are added."));
    } else if (request.tpm) {
        spec.tpm = *request.tpm;
    }
    if (!request.user.isEmpty())
        spec.user = request.user;

    if (fresh || request.gpu)
        plan.notes += PassthroughPlanner::plan(host, {request.gpu, request.fixError43, spec.gpu.romFile}, spec);
    else if (request.fixError43)
        spec.error43.enabled = *request.fixError43;
    if (spec.error43.enabled)
        if (const QString why = checkVendorId(spec.error43.vendorId); !why.isEmpty())
            plan.notes << PlanNote::error(QStringLiteral("gpu"), why);

    if (fresh || request.vcpus || request.reservedCores) {
        PinningPlanner::Request cpu;
        cpu.vcpus = request.vcpus.value_or(0);
        cpu.reservedCores = request.reservedCores.value_or(1);
        plan.notes += PinningPlanner::plan(host.cpu, cpu, spec.cpu);
    }
    if (fresh || request.memoryMiB || request.hugepages)
        plan.notes += MemoryPlanner::plan(host.memory, host.cpu,
                                          {request.memoryMiB.value_or(fresh ? 0 : spec.memory.sizeMiB), request.hugepages},
                                          spec.memory);
    if (fresh || !request.disks.isEmpty() || !request.virtioIso.isEmpty() || request.driverStaging) {
        QStringList disks = request.disks;
        if (disks.isEmpty())
            for (const VmSpec::Disk &d : std::as_const(spec.disks))
                disks << d.path;
        plan.notes += StoragePlanner::plan(host, root, {disks, request.virtioIso, request.driverStaging}, spec);
    }
    if (fresh || request.bridge || request.uplink || request.nat)
        plan.notes += NetworkPlanner::plan(host, {request.bridge, request.uplink, request.nat.value_or(false)}, spec.network);
    // KVM as QEMU meets it (modules, /dev/kvm and who may open it), not the CPU's flags alone: a
    // paravirtual KVM runs guests without vmx or svm, and a /dev/kvm QEMU cannot open stops all.
    if (host.kvm.verdict() != KvmAccess::Verdict::Usable)
        plan.notes << PlanNote::warning(QStringLiteral("cpu"), tr("KVM cannot run the VM here (%1). Without it the VM would "
                                                                   "run emulated, many times slower.").arg(host.kvm.explanation()));
    return plan;
}
