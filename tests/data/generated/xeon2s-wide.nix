# VFIO Wizard: host configuration for the VM "render".
# Import it from configuration.nix (imports = [ ./this-file.nix ];), then
# nixos-rebuild switch and reboot. Regenerate it rather than editing it.
{ config, lib, pkgs, ... }:

{
  # vfio-pci must take the GPU before any graphics driver can: load it in the initrd.
  boot.initrd.kernelModules = [ "vfio_pci" "vfio" "vfio_iommu_type1" ];

  # IOMMU on (Intel asks for it), passthrough mode for the host's own devices, the GPU's
  # functions claimed by vfio-pci by id, and hugepages reserved before memory fragments.
  # The VM's memory is bound to NUMA node 0, 1 (numatune strict), so its pages are reserved
  # there: hugepages=0:12,1:36. Linux takes this per-node form since 5.16; older kernels spread
  # hugepages= evenly over the nodes with memory, so for them hugepages=72 reserves enough on each.
  boot.kernelParams = [ "intel_iommu=on" "iommu=pt" "vfio-pci.ids=10de:24b0,10de:228b" "default_hugepagesz=1G" "hugepagesz=1G" ]
    ++ (if builtins.compareVersions config.boot.kernelPackages.kernel.version "5.16" >= 0 then [ "hugepages=0:12,1:36" ] else [ "hugepages=72" ]);
  warnings = if builtins.compareVersions config.boot.kernelPackages.kernel.version "5.16" >= 0 then [ ] else [ "VFIO Wizard (render): this kernel cannot reserve hugepages per NUMA node, so hugepages=72 reserves more than the VM needs (hugepages=0:12,1:36). Linux 5.16 or later reserves just those." ];

  # nouveau would bind the passed GPU before vfio-pci; no GPU the host keeps needs it.
  boot.blacklistedKernelModules = [ "nouveau" ];

  # A bridge over the uplink: the VM appears on the LAN like any other machine, and the
  # host's own address moves from the uplink to the bridge.
  networking.bridges."br0".interfaces = [ "eno1" ];
  networking.interfaces."br0".useDHCP = true;

  # libvirt with QEMU and UEFI firmware (OVMF).
  virtualisation.libvirtd.enable = true;
  virtualisation.libvirtd.qemu.ovmf.enable = true;

  # While the VM runs, the host's own tasks keep to CPUs 5-16,37-48: this libvirt hook confines
  # system.slice, user.slice and init.scope there (AllowedCPUs=) when the VM starts, and gives
  # every CPU back when it stops, also after a crash. It acts for this VM only and logs to the
  # journal (vfio-wizard-isolation). libvirtd picks up a new hook when it restarts.
  virtualisation.libvirtd.hooks.qemu."vfio-wizard-isolate-render-887270d0" = pkgs.writeShellScript "vfio-wizard-isolate" ''
# VFIO Wizard: keeps the host off the vCPUs of one VM while it runs.
# libvirt runs each hook in qemu.d with: VM name, operation, sub-operation, extra.
vm="render"
if [ "$1" != "$vm" ]; then
  exit 0
fi
PATH="${pkgs.systemd}/bin:$PATH"
host_cpus=5-16,37-48
all_cpus=0-63
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
