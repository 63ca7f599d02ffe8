# VFIO Wizard: host configuration for the VM "win10".
# Import it from configuration.nix (imports = [ ./this-file.nix ];), then
# nixos-rebuild switch and reboot. Regenerate it rather than editing it.
{ config, lib, pkgs, ... }:

{
  # vfio-pci must take the GPU before any graphics driver can: load it in the initrd.
  # The card does not come back from the kernel's own resets; vendor-reset (gnif/vendor-reset) resets
  # it properly and must be loaded early, before anything resets the card.
  boot.extraModulePackages = [ config.boot.kernelPackages.vendor-reset ];
  boot.initrd.kernelModules = [ "vfio_pci" "vfio" "vfio_iommu_type1" "vendor-reset" ];

  # IOMMU on (Intel asks for it), passthrough mode for the host's own devices, the GPU's
  # functions claimed by vfio-pci by id, and hugepages reserved before memory fragments.
  boot.kernelParams = [ "iommu=pt" "default_hugepagesz=1G" "hugepagesz=1G" "hugepages=16" ];

  # The passed functions share their id with a device the host keeps: they are bound to vfio-pci
  # by address (driver_override), in the initrd before any graphics driver, and the shared id
  # stays out of vfio-pci.ids, so the host keeps its own card.
  boot.initrd.services.udev.rules = "ACTION==\"add\", SUBSYSTEM==\"pci\", KERNEL==\"0000:0e:00.0\", ATTR{driver_override}=\"vfio-pci\"\nACTION==\"add\", SUBSYSTEM==\"pci\", KERNEL==\"0000:0e:00.1\", ATTR{driver_override}=\"vfio-pci\"\n";

  # In the running system: the same binding by address.
  # vendor-reset as the card's reset method: Linux 5.15 and later use it only when asked by name.
  services.udev.extraRules = "ACTION==\"add\", SUBSYSTEM==\"pci\", KERNEL==\"0000:0e:00.0\", ATTR{driver_override}=\"vfio-pci\"\nACTION==\"add\", SUBSYSTEM==\"pci\", KERNEL==\"0000:0e:00.1\", ATTR{driver_override}=\"vfio-pci\"\nACTION==\"add\", SUBSYSTEM==\"pci\", KERNEL==\"0000:0e:00.0\", ATTR{reset_method}=\"device_specific\"\n";

  # A bridge over the uplink: the VM appears on the LAN like any other machine, and the
  # host's own address moves from the uplink to the bridge.
  networking.bridges."br0".interfaces = [ "enp2s0" ];
  networking.interfaces."br0".useDHCP = true;

  # libvirt with QEMU and UEFI firmware (OVMF).
  virtualisation.libvirtd.enable = true;
  virtualisation.libvirtd.qemu.ovmf.enable = true;

  # While the VM runs, the host's own tasks keep to CPUs 0-1: this libvirt hook confines
  # system.slice, user.slice and init.scope there (AllowedCPUs=) when the VM starts, and gives
  # every CPU back when it stops, also after a crash. It acts for this VM only and logs to the
  # journal (vfio-wizard-isolation). libvirtd picks up a new hook when it restarts.
  virtualisation.libvirtd.hooks.qemu."vfio-wizard-isolate-win10-eb4ab14d" = pkgs.writeShellScript "vfio-wizard-isolate" ''
# VFIO Wizard: keeps the host off the vCPUs of one VM while it runs.
# libvirt runs each hook in qemu.d with: VM name, operation, sub-operation, extra.
vm="win10"
if [ "$1" != "$vm" ]; then
  exit 0
fi
PATH="${pkgs.systemd}/bin:$PATH"
host_cpus=0-1
all_cpus=0-11
log() {
  echo "vfio-wizard-isolation: $*" >&2
  echo "$*" | systemd-cat -t vfio-wizard-isolation 2>/dev/null || true
}
confine() {
  for unit in system.slice user.slice init.scope; do
    if systemctl set-property --runtime -- "$unit" "AllowedCPUs=$1"; then
      log "$vm: $unit AllowedCPUs=$1"
    else
      log "$vm: $unit: systemctl set-property AllowedCPUs=$1 failed"
    fi
  done
}
# prepare: before QEMU starts. stopped and release: after it ends, however it ended (a
# crash or a failed start gives release); giving the CPUs back twice does no harm.
case "$2" in
  prepare)
    log "$vm starts: the host keeps to CPUs $host_cpus"
    confine "$host_cpus"
    ;;
  stopped|release)
    log "$vm $2: the host gets CPUs $all_cpus back"
    confine "$all_cpus"
    ;;
esac
exit 0
  '';
}
