#include "nix/nixmodulewriter.h"

#include "host/hostscan.h"
#include "host/resetquirks.h"
#include "nix/nixstring.h"
#include "spec/vmspec.h"
#include "util/safename.h"

#include <QSet>

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
    if (spec.memory.hugepages == VmSpec::HugepageSize::Size1G)
        parameters << u"default_hugepagesz=1G"_s << u"hugepagesz=1G"_s
                   << u"hugepages="_s + QString::number(spec.memory.hugepageCount);
    else if (spec.memory.hugepages == VmSpec::HugepageSize::Size2M)
        parameters << u"hugepagesz=2M"_s << u"hugepages="_s + QString::number(spec.memory.hugepageCount);
    return parameters;
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
        << u"  # functions claimed by vfio-pci by id, and hugepages reserved before memory fragments."_s
        << u"  boot.kernelParams = %1;"_s.arg(list(kernelParameters(spec, host))) << QString();

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
