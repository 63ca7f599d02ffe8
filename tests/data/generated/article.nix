# VFIO Wizard: host configuration for the VM "win10".
# Import it from configuration.nix (imports = [ ./this-file.nix ];), then
# nixos-rebuild switch and reboot. Regenerate it rather than editing it.
{ config, lib, pkgs, ... }:

{
  # vfio-pci must take the GPU before any graphics driver can: load it in the initrd.
  boot.initrd.kernelModules = [ "vfio_pci" "vfio" "vfio_iommu_type1" ];

  # IOMMU on (Intel asks for it), passthrough mode for the host's own devices, the GPU's
  # functions claimed by vfio-pci by id, and hugepages reserved before memory fragments.
  boot.kernelParams = [ "intel_iommu=on" "iommu=pt" "vfio-pci.ids=10de:1b80,10de:10f0" "default_hugepagesz=1G" "hugepagesz=1G" "hugepages=24" ];

  # nouveau would bind the passed GPU before vfio-pci; no GPU the host keeps needs it.
  boot.blacklistedKernelModules = [ "nouveau" ];

  # A bridge over the uplink: the VM appears on the LAN like any other machine, and the
  # host's own address moves from the uplink to the bridge.
  networking.bridges."br0".interfaces = [ "eno2" ];
  networking.interfaces."br0".useDHCP = true;

  # libvirt with QEMU and UEFI firmware (OVMF).
  virtualisation.libvirtd.enable = true;
  virtualisation.libvirtd.qemu.ovmf.enable = true;

  # Manage VMs without root.
  users.users."alice".extraGroups = [ "libvirtd" ];
}
