// The platform rules: KVM, machine type, firmware, ACPI, SMM, timers, power management, QEMU.
#include "lint/lintrule.h"

#include "domain/domainfacts.h"
#include "domain/domainpatches.h"
#include "host/hostscan.h"
#include "util/hostroot.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace {

using S = LintFinding::Severity;

QList<LintHit> notKvm(const LintContext &c)
{
    if (c.facts.kvm)
        return {};
    return {{LintRules::tr("The domain runs on QEMU's emulator, not KVM: every instruction is translated, many times "
                    "slower, and no device can be passed through.")}};
}

QList<LintHit> machineType(const LintContext &c)
{
    if (c.facts.q35 || c.facts.pciHostdevs.isEmpty())
        return {};
    return {{LintRules::tr("Machine type %1 has no PCI Express: a passed-through GPU's driver expects its card on a PCIe "
                    "port, and some refuse to run without one. q35 has it (changing an installed guest's machine "
                    "type makes Windows find new hardware).").arg(c.facts.machine.isEmpty() ? LintRules::tr("(default)") : c.facts.machine)}};
}

QList<LintHit> legacyBios(const LintContext &c)
{
    if (c.facts.uefi || c.facts.pciHostdevs.isEmpty())
        return {};
    return {{LintRules::tr("The VM boots with a legacy BIOS: a passed-through GPU shows nothing until the guest's driver "
                    "loads, and many cards have no legacy option ROM. OVMF (UEFI) is what passthrough guides use; "
                    "an installed guest must be converted to boot with it.")}};
}

QList<LintHit> acpi(const LintContext &c)
{
    if (c.facts.acpi && c.facts.apic)
        return {};
    return {{LintRules::tr("ACPI or the APIC is switched off: Windows does not boot without them, and a guest without "
                    "ACPI cannot be shut down cleanly.")}};
}

QList<LintHit> secureBootSmm(const LintContext &c)
{
    if (!c.facts.secureBoot || c.facts.smm)
        return {};
    return {{LintRules::tr("Secure Boot without SMM: libvirt refuses to start the VM (the firmware's variables need "
                    "System Management Mode).")}};
}

QList<LintHit> timers(const LintContext &c)
{
    if (!c.facts.windows)
        return {};
    QStringList wrong;
    if (c.facts.hpet.value_or(true))
        wrong << LintRules::tr("the HPET is on");
    if (!c.facts.hypervClock.value_or(false))
        wrong << LintRules::tr("the Hyper-V clock is off");
    if (c.facts.rtcTickpolicy != u"catchup"_s)
        wrong << LintRules::tr("the RTC does not catch up");
    if (wrong.isEmpty())
        return {};
    return {{LintRules::tr("Windows keeps time with fewer interrupts on the Hyper-V reference clock and without the "
                    "HPET; here %1.").arg(wrong.join(u", "_s))}};
}

QList<LintHit> suspend(const LintContext &c)
{
    if (c.facts.pciHostdevs.isEmpty() || (c.facts.suspendToMem == false && c.facts.suspendToDisk == false))
        return {};
    return {{LintRules::tr("The guest may suspend itself: a passed-through GPU rarely comes back from suspend, and the VM "
                    "then hangs with a black screen.")}};
}

QList<LintHit> emulatorMissing(const LintContext &c)
{
    if (c.facts.emulator.isEmpty() || QFileInfo::exists(HostRoot(c.host->root).path(c.facts.emulator)))
        return {};
    return {{LintRules::tr("The emulator %1 does not exist on this host (a domain from another machine, or NixOS, which "
                    "keeps QEMU elsewhere): libvirt cannot start it. Without the line libvirt uses its own QEMU.")
                 .arg(c.facts.emulator)}};
}

} // namespace

namespace LintAreas {

QList<LintRule> platformRules()
{
    const QString article = LintSources::article(), libvirt = LintSources::libvirtDocs(), wiki = LintSources::archWiki();
    return {
        {"not-kvm", S::Error, false, libvirt, notKvm, "kvm"},
        {"machine-type", S::Warning, false, wiki, machineType},
        {"legacy-bios", S::Warning, false, wiki, legacyBios},
        {"acpi", S::Error, false, libvirt, acpi, "acpi"},
        {"secure-boot-smm", S::Error, false, libvirt, secureBootSmm, "smm"},
        {"timers", S::Warning, false, libvirt, timers, "timers"},
        {"suspend", S::Info, false, wiki, suspend, "no-suspend"},
        {"emulator-missing", S::Error, true, libvirt, emulatorMissing, "default-emulator"},
    };
}

QList<LintFix> platformFixes()
{
    const auto patch = [](void (*apply)(QDomElement)) {
        return [apply](QDomElement domain, const DomainFacts &, const HostScan *) -> Result<void> {
            apply(domain);
            return {};
        };
    };
    return {
        {"kvm", false, patch(DomainPatches::useKvm)},
        {"acpi", false, patch(DomainPatches::acpi)},
        {"smm", false, patch(DomainPatches::smm)},
        {"timers", false, patch(DomainPatches::windowsTimers)},
        {"no-suspend", false, patch(DomainPatches::noSuspend)},
        {"default-emulator", false, patch(DomainPatches::defaultEmulator)},
    };
}

} // namespace LintAreas
