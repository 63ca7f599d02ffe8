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
}
