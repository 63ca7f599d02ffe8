#include "nix/nixmodulewriter.h"

#include "host/hostscan.h"
#include "host/resetquirks.h"
#include "nix/nixstring.h"
#include "spec/vmspec.h"
#include "util/cpulist.h"
#include "util/safename.h"

#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isGpuDriver(const QString &driver)
{
    static const QSet<QString> drivers = {u"nouveau"_s, u"nvidia"_s, u"nvidia_drm"_s, u"nvidia_modeset"_s,
                                          u"amdgpu"_s, u"radeon"_s};
    return drivers.contains(driver);
}

bool isPassed(const VmSpec &spec, const PciAddress &address)
{
    return spec.gpu.functions.contains(address) || spec.gpu.groupDevices.contains(address);
}

QString idOf(const PciDevice &device)
{
    return QStringLiteral("%1:%2").arg(device.vendorId, 4, 16, QLatin1Char('0')).arg(device.deviceId, 4, 16, QLatin1Char('0'));
}

/// One udev rule line per passed function, setting a sysfs attribute of exactly that device.
QString udevRules(const QList<PciAddress> &addresses, const QString &attribute, const QString &value)
{
    QString rules;
    for (const PciAddress &address : addresses)
        rules += u"ACTION==\"add\", SUBSYSTEM==\"pci\", KERNEL==\"%1\", ATTR{%2}=\"%3\"\n"_s.arg(address.toString(), attribute, value);
    return rules;
}

/// A bash word in double quotes that reads back as the same characters.
QString shellQuoted(const QString &text)
{
    QString out = u"\""_s;
    for (QChar c : text) {
        if (c == u'\\' || c == u'"' || c == u'$' || c == u'`')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

QString perNodeHugepages(const QMap<int, qint64> &perNode)
{
    QStringList parts;
    for (auto it = perNode.cbegin(); it != perNode.cend(); ++it)
        parts << u"%1:%2"_s.arg(it.key()).arg(it.value());
    return u"hugepages="_s + parts.join(u',');
}

/// The kernel version test in Nix: whether the configured kernel takes hugepages=<node>:<count>.
const QString perNodeKernel = u"builtins.compareVersions config.boot.kernelPackages.kernel.version \"5.16\" >= 0"_s;

} // namespace

QStringList NixModuleWriter::driversToBlacklist(const VmSpec &spec, const HostScan &host)
{
    QStringList drivers;
    for (const PciDevice &device : host.pci)
        if (isPassed(spec, device.address) && isGpuDriver(device.driver) && !drivers.contains(device.driver))
            drivers << device.driver;
    for (const PciDevice &device : host.pci)
        if (!isPassed(spec, device.address))
            drivers.removeAll(device.driver);
    return drivers;
}

QStringList NixModuleWriter::sharedIds(const VmSpec &spec, const HostScan &host)
{
    QStringList shared;
    for (const PciDevice &device : host.pci)
        if (!isPassed(spec, device.address) && spec.gpu.functionIds.contains(idOf(device)) && !shared.contains(idOf(device)))
            shared << idOf(device);
    return shared;
}

QList<PciAddress> NixModuleWriter::vendorResetFunctions(const VmSpec &spec, const HostScan &host)
{
    QList<PciAddress> functions;
    for (const PciAddress &address : spec.gpu.functions)
        if (const PciDevice *device = host.pciDevice(address))
            if (ResetQuirks::vendorResetFamily(device->vendorId, device->deviceId))
                functions << address;
    return functions;
}

QStringList NixModuleWriter::kernelParameters(const VmSpec &spec, const HostScan &host)
{
    QStringList parameters;
    // Intel's IOMMU stays off unless asked for; AMD's is on whenever the firmware enables it.
    if (!host.cpu.isAmd())
        parameters << u"intel_iommu=on"_s;
    parameters << u"iommu=pt"_s;
    // An id a device the host keeps shares is left out: those functions are bound by address.
    const QStringList shared = sharedIds(spec, host);
    QStringList ids;
    for (const QString &id : spec.gpu.functionIds)
        if (!id.isEmpty() && !ids.contains(id) && !shared.contains(id))
            ids << id;
    if (!ids.isEmpty())
        parameters << u"vfio-pci.ids="_s + ids.join(u',');
    const QMap<int, qint64> perNode = spec.hugepagesPerNode();
    const QString count = perNode.isEmpty() ? u"hugepages="_s + QString::number(spec.memory.hugepageCount) : perNodeHugepages(perNode);
    if (spec.memory.hugepages == VmSpec::HugepageSize::Size1G)
        parameters << u"default_hugepagesz=1G"_s << u"hugepagesz=1G"_s << count;
    else if (spec.memory.hugepages == VmSpec::HugepageSize::Size2M)
        parameters << u"hugepagesz=2M"_s << count;
    return parameters;
}

QString NixModuleWriter::hugepagesBeforePerNodeForm(const VmSpec &spec, const HostScan &host)
{
    const QMap<int, qint64> perNode = spec.hugepagesPerNode();
    if (perNode.isEmpty())
        return {};
    qint64 most = 0;
    for (qint64 pages : perNode)
        most = std::max(most, pages);
    int nodes = 0;
    for (int node : host.cpu.nodes())
        nodes += host.memory.nodeHasMemory(node) ? 1 : 0;
    for (const NodeMemory &node : host.memory.nodes) // nodes with memory and no CPUs
        if (node.hasMemory && !host.cpu.nodes().contains(node.node))
            ++nodes;
    return u"hugepages="_s + QString::number(most * std::max(1, nodes));
}

QList<int> NixModuleWriter::hostCpusWhileRunning(const VmSpec &spec, const HostScan &host)
{
    const QList<int> rest = host.cpu.idsExcept(spec.cpu.pins);
    return rest.isEmpty() ? spec.cpu.emulatorPins : rest;
}

QString NixModuleWriter::isolationHook(const VmSpec &spec, const HostScan &host, const QString &systemdBin)
{
    if (!spec.cpu.isolates())
        return {};
    QList<int> all;
    for (const CpuThread &t : host.cpu.threads)
        all << t.id;
    const QString hostCpus = CpuList::format(hostCpusWhileRunning(spec, host));
    // No apostrophes below: the text goes into a Nix indented string, where NixString::indented
    // escapes each one (the VM's name can hold any).
    const QStringList lines = {
        u"# VFIO Wizard: keeps the host off the vCPUs of one VM while it runs."_s,
        u"# libvirt runs each hook in qemu.d with: VM name, operation, sub-operation, extra."_s,
        u"vm=%1"_s.arg(shellQuoted(spec.name)),
        u"if [ \"$1\" != \"$vm\" ]; then"_s,
        u"  exit 0"_s,
        u"fi"_s,
        u"PATH=\"%1:$PATH\""_s.arg(systemdBin),
        u"host_cpus=%1"_s.arg(hostCpus),
        u"all_cpus=%1"_s.arg(CpuList::format(all)),
        u"log() {"_s,
        u"  echo \"vfio-wizard-isolation: $*\" >&2"_s,
        u"  echo \"$*\" | systemd-cat -t vfio-wizard-isolation 2>/dev/null || true"_s,
        u"}"_s,
        u"confine() {"_s,
        u"  for unit in system.slice user.slice init.scope; do"_s,
        u"    if systemctl set-property --runtime -- \"$unit\" \"AllowedCPUs=$1\"; then"_s,
        u"      log \"$vm: $unit AllowedCPUs=$1\""_s,
        u"    else"_s,
        u"      log \"$vm: $unit: systemctl set-property AllowedCPUs=$1 failed\""_s,
        u"    fi"_s,
        u"  done"_s,
        u"}"_s,
        u"# prepare: before QEMU starts. stopped and release: after it ends, however it ended (a"_s,
        u"# crash or a failed start gives release); giving the CPUs back twice does no harm."_s,
        u"case \"$2\" in"_s,
        u"  prepare)"_s,
        u"    log \"$vm starts: the host keeps to CPUs $host_cpus\""_s,
        u"    confine \"$host_cpus\""_s,
        u"    ;;"_s,
        u"  stopped|release)"_s,
        u"    log \"$vm $2: the host gets CPUs $all_cpus back\""_s,
        u"    confine \"$all_cpus\""_s,
        u"    ;;"_s,
        u"esac"_s,
        u"exit 0"_s,
    };
    return lines.join(u'\n') + u'\n';
}

QString NixModuleWriter::write(const VmSpec &spec, const HostScan &host, const QString &domainXmlFile)
{
    using NixString::list;
    using NixString::quote;
    QStringList out;
    out << u"# VFIO Wizard: host configuration for the VM %1."_s.arg(quote(spec.name).replace(u'\n', u' '))
        << u"# Import it from configuration.nix (imports = [ ./this-file.nix ];), then"_s
        << u"# nixos-rebuild switch and reboot. Regenerate it rather than editing it."_s
        << u"{ config, lib, pkgs, ... }:"_s << QString() << u"{"_s;

    const QList<PciAddress> resetByVendor = vendorResetFunctions(spec, host);
    if (spec.gpu.address) {
        QStringList initrdModules{u"vfio_pci"_s, u"vfio"_s, u"vfio_iommu_type1"_s};
        out << u"  # vfio-pci must take the GPU before any graphics driver can: load it in the initrd."_s;
        if (!resetByVendor.isEmpty()) {
            initrdModules << u"vendor-reset"_s;
            out << u"  # The card does not come back from the kernel's own resets; vendor-reset (gnif/vendor-reset) resets"_s
                << u"  # it properly and must be loaded early, before anything resets the card."_s
                << u"  boot.extraModulePackages = [ config.boot.kernelPackages.vendor-reset ];"_s;
        }
        out << u"  boot.initrd.kernelModules = %1;"_s.arg(list(initrdModules)) << QString();
    }
    out << u"  # IOMMU on (Intel asks for it), passthrough mode for the host's own devices, the GPU's"_s
        << u"  # functions claimed by vfio-pci by id, and hugepages reserved before memory fragments."_s;
    const QString legacyHugepages = hugepagesBeforePerNodeForm(spec, host);
    if (legacyHugepages.isEmpty()) {
        out << u"  boot.kernelParams = %1;"_s.arg(list(kernelParameters(spec, host))) << QString();
    } else {
        QStringList parameters = kernelParameters(spec, host);
        const QString perNode = parameters.takeLast();
        QStringList nodes;
        for (int node : spec.memory.hostNodes)
            nodes << QString::number(node);
        out << u"  # The VM's memory is bound to NUMA node %1 (numatune strict), so its pages are reserved"_s.arg(nodes.join(u", "_s))
            << u"  # there: %1. Linux takes this per-node form since 5.16; older kernels spread"_s.arg(perNode)
            << u"  # hugepages= evenly over the nodes with memory, so for them %1 reserves enough on each."_s.arg(legacyHugepages)
            << u"  boot.kernelParams = %1"_s.arg(list(parameters))
            << u"    ++ (if %1 then %2 else %3);"_s.arg(perNodeKernel, list({perNode}), list({legacyHugepages}))
            << u"  warnings = if %1 then [ ] else [ %2 ];"_s.arg(
                   perNodeKernel,
                   quote(u"VFIO Wizard (%1): this kernel cannot reserve hugepages per NUMA node, so %2 reserves more "
                         "than the VM needs (%3). Linux 5.16 or later reserves just those."_s
                             .arg(spec.name, legacyHugepages, perNode)))
            << QString();
    }

    // A device the host keeps has the id of a passed function: vfio-pci.ids would take it as well.
    // The passed functions are claimed by address instead: udev gives exactly those devices
    // vfio-pci as their only driver (driver_override), in the initrd before a graphics driver
    // can bind them and again in the running system; libvirt binds them when the VM starts.
    // (A graphics driver loaded in the initrd itself, for early KMS, would still take both.)
    // The rest of a GPU's IOMMU group (given explicitly) is bound the same way: chipset
    // controllers share their ids with others the host keeps.
    QString stage2Rules;
    const bool shared = !sharedIds(spec, host).isEmpty();
    const QList<PciAddress> byAddress = (shared ? spec.gpu.functions : QList<PciAddress>()) + spec.gpu.groupDevices;
    if (!byAddress.isEmpty()) {
        const QString rules = udevRules(byAddress, u"driver_override"_s, u"vfio-pci"_s);
        if (shared)
            out << u"  # The passed functions share their id with a device the host keeps: they are bound to vfio-pci"_s
                << u"  # by address (driver_override), in the initrd before any graphics driver, and the shared id"_s
                << u"  # stays out of vfio-pci.ids, so the host keeps its own card."_s;
        if (!spec.gpu.groupDevices.isEmpty())
            out << u"  # The GPU's IOMMU group goes to the VM whole, as allowed: its other devices are bound to"_s
                << u"  # vfio-pci by address (driver_override), in the initrd before their host drivers."_s;
        out << u"  boot.initrd.services.udev.rules = %1;"_s.arg(quote(rules)) << QString();
        stage2Rules += rules;
    }
    if (!resetByVendor.isEmpty())
        stage2Rules += udevRules(resetByVendor, u"reset_method"_s, u"device_specific"_s);
    if (!stage2Rules.isEmpty()) {
        if (!byAddress.isEmpty())
            out << u"  # In the running system: the same binding by address."_s;
        if (!resetByVendor.isEmpty())
            out << u"  # vendor-reset as the card's reset method: Linux 5.15 and later use it only when asked by name."_s;
        out << u"  services.udev.extraRules = %1;"_s.arg(quote(stage2Rules)) << QString();
    }

    const QStringList blacklist = driversToBlacklist(spec, host);
    if (!blacklist.isEmpty()) {
        out << u"  # %1 would bind the passed GPU before vfio-pci; no GPU the host keeps needs it."_s.arg(blacklist.join(u", "_s))
            << u"  boot.blacklistedKernelModules = %1;"_s.arg(list(blacklist)) << QString();
    }

    if (spec.network.mode == VmSpec::NetworkMode::NewBridge) {
        out << u"  # A bridge over the uplink: the VM appears on the LAN like any other machine, and the"_s
            << u"  # host's own address moves from the uplink to the bridge."_s
            << u"  networking.bridges.%1.interfaces = %2;"_s.arg(quote(spec.network.bridge), list({spec.network.uplink}))
            << u"  networking.interfaces.%1.useDHCP = true;"_s.arg(quote(spec.network.bridge)) << QString();
    }

    out << u"  # libvirt with QEMU and UEFI firmware (OVMF)%1."_s.arg(spec.tpm ? u", and swtpm for the emulated TPM"_s : QString())
        << u"  virtualisation.libvirtd.enable = true;"_s
        << u"  virtualisation.libvirtd.qemu.ovmf.enable = true;"_s;
    if (spec.secureBoot)
        out << u"  virtualisation.libvirtd.qemu.ovmf.packages = [ pkgs.OVMFFull.fd ];"_s;
    if (spec.tpm)
        out << u"  virtualisation.libvirtd.qemu.swtpm.enable = true;"_s;
    out << QString();
    if (spec.cpu.isolates()) {
        const QString hook = isolationHook(spec, host, u"@SYSTEMD@"_s);
        const qsizetype at = hook.lastIndexOf(u"@SYSTEMD@"_s); // after the name, which could spell it too
        const QString hostCpus = CpuList::format(hostCpusWhileRunning(spec, host));
        out << u"  # While the VM runs, the host's own tasks keep to CPUs %1: this libvirt hook confines"_s.arg(hostCpus)
            << u"  # system.slice, user.slice and init.scope there (AllowedCPUs=) when the VM starts, and gives"_s
            << u"  # every CPU back when it stops, also after a crash. It acts for this VM only and logs to the"_s
            << u"  # journal (vfio-wizard-isolation). libvirtd picks up a new hook when it restarts."_s
            << u"  virtualisation.libvirtd.hooks.qemu.%1 = pkgs.writeShellScript \"vfio-wizard-isolate\" ''"_s
                   .arg(quote(HostScan::isolationHookName(spec.name)))
            // The script's lines are not indented, so Nix strips nothing from them (a name
            // can hold line breaks); only the store path of systemd is interpolated.
            << NixString::indented(hook.left(at)) + u"${pkgs.systemd}/bin"_s + NixString::indented(hook.mid(at + 9))
                   .chopped(1)
            << u"  '';"_s << QString();
    }
    if (!spec.user.isEmpty())
        out << u"  # Manage VMs without root."_s
            << u"  users.users.%1.extraGroups = %2;"_s.arg(quote(spec.user), list({u"libvirtd"_s})) << QString();

    if (spec.defineAtBoot) {
        // The attribute name is the unit's name: escaped as systemd-escape does, within its length.
        const QString unit = quote(SafeName::systemdUnit(u"vfio-wizard-define-"_s, spec.name, u".service"_s).chopped(8));
        out << u"  # Define the VM from its XML whenever the system starts."_s
            << u"  systemd.services.%1 = {"_s.arg(unit)
            << u"    description = %1;"_s.arg(quote(u"Define the libvirt domain "_s + spec.name))
            << u"    after = [ \"libvirtd.service\" ];"_s
            << u"    requires = [ \"libvirtd.service\" ];"_s
            << u"    wantedBy = [ \"multi-user.target\" ];"_s
            << u"    serviceConfig.Type = \"oneshot\";"_s
            // builtins.path with a fixed name: the XML's own file name may hold characters a store path
            // cannot. The parentheses matter: ./. + "/" drops the slash before the name is added.
            << u"    script = \"${pkgs.libvirt}/bin/virsh --connect qemu:///system define ${builtins.path { path = ./. + (\"/\" + %1); name = \"vfio-wizard-domain.xml\"; }}\";"_s
                   .arg(quote(domainXmlFile))
            << u"  };"_s << QString();
    }
    while (out.last().isEmpty())
        out.removeLast();
    out << u"}"_s;
    return out.join(u'\n') + u'\n';
}
