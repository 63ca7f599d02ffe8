# VFIO Wizard: host configuration for the VM "win11".
# Import it from configuration.nix (imports = [ ./this-file.nix ];), then
# nixos-rebuild switch and reboot. Regenerate it rather than editing it.
{ config, lib, pkgs, ... }:

{
  # vfio-pci must take the GPU before any graphics driver can: load it in the initrd.
  boot.initrd.kernelModules = [ "vfio_pci" "vfio" "vfio_iommu_type1" ];

  # IOMMU on (Intel asks for it), passthrough mode for the host's own devices, the GPU's
  # functions claimed by vfio-pci by id, and hugepages reserved before memory fragments.
  boot.kernelParams = [ "iommu=pt" "vfio-pci.ids=10de:1f07,10de:10f9,10de:1ada,10de:1adb" "default_hugepagesz=1G" "hugepagesz=1G" "hugepages=16" ];

  # nvidia would bind the passed GPU before vfio-pci; no GPU the host keeps needs it.
  boot.blacklistedKernelModules = [ "nvidia" ];

  # libvirt with QEMU and UEFI firmware (OVMF), and swtpm for the emulated TPM.
  virtualisation.libvirtd.enable = true;
  virtualisation.libvirtd.qemu.ovmf.enable = true;
  virtualisation.libvirtd.qemu.ovmf.packages = [ pkgs.OVMFFull.fd ];
  virtualisation.libvirtd.qemu.swtpm.enable = true;
}
