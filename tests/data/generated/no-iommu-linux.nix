# VFIO Wizard: host configuration for the VM "debian".
# Import it from configuration.nix (imports = [ ./this-file.nix ];), then
# nixos-rebuild switch and reboot. Regenerate it rather than editing it.
{ config, lib, pkgs, ... }:

{
  # IOMMU on (Intel asks for it), passthrough mode for the host's own devices, the GPU's
  # functions claimed by vfio-pci by id, and hugepages reserved before memory fragments.
  boot.kernelParams = [ "intel_iommu=on" "iommu=pt" ];

  # libvirt with QEMU and UEFI firmware (OVMF).
  virtualisation.libvirtd.enable = true;
  virtualisation.libvirtd.qemu.ovmf.enable = true;

  # While the VM runs, the host's own tasks keep to CPUs 0: this libvirt hook confines
  # system.slice, user.slice and init.scope there (AllowedCPUs=) when the VM starts, and gives
  # every CPU back when it stops, also after a crash. It acts for this VM only and logs to the
  # journal (vfio-wizard-isolation). libvirtd picks up a new hook when it restarts.
  virtualisation.libvirtd.hooks.qemu."vfio-wizard-isolate-debian-81d93757" = pkgs.writeShellScript "vfio-wizard-isolate" ''
# VFIO Wizard: keeps the host off the vCPUs of one VM while it runs.
# libvirt runs each hook in qemu.d with: VM name, operation, sub-operation, extra.
vm="debian"
if [ "$1" != "$vm" ]; then
  exit 0
fi
PATH="${pkgs.systemd}/bin:$PATH"
host_cpus=0
all_cpus=0-3
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
