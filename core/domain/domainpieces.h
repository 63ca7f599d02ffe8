#pragma once

#include <QDomElement>

struct VmSpec;

/// One piece per libvirt element group, as virtinst models a domain: each writes its own
/// elements into a domain (creating them in libvirt's order, replacing only what it owns)
/// and leaves everything else untouched, so the same pieces build a new domain and patch an
/// existing one. Applying a piece twice gives the same document as applying it once.
namespace DomainPieces {

void memory(QDomElement domain, const VmSpec &spec);        ///< memory, currentMemory, then hugepages() and the cells' memory
void hugepages(QDomElement domain, const VmSpec &spec);     ///< memoryBacking/hugepages
void vcpus(QDomElement domain, const VmSpec &spec);         ///< vcpu, iothreads
void cputune(QDomElement domain, const VmSpec &spec);       ///< vcpupin, emulatorpin, iothreadpin
void numa(QDomElement domain, const VmSpec &spec);          ///< numatune, the guest's NUMA cells
void os(QDomElement domain, const VmSpec &spec);            ///< q35 + OVMF, Secure Boot
void features(QDomElement domain, const VmSpec &spec);      ///< acpi, apic, hyperv(), vmport, ioapic, smm, error43()
void hyperv(QDomElement domain);                            ///< the Hyper-V enlightenments Windows uses
void error43(QDomElement domain, const VmSpec &spec);       ///< hyperv vendor_id + kvm hidden
void cpu(QDomElement domain, const VmSpec &spec);           ///< host-passthrough, topology, topoext
void clock(QDomElement domain, const VmSpec &spec);         ///< hypervclock, hpet off
void disks(QDomElement domain, const VmSpec &spec);         ///< disks, virtio-win CD-ROM, virtio-scsi controller
void interface(QDomElement domain, const VmSpec &spec);     ///< virtio NIC on a bridge or NAT
void hostdevs(QDomElement domain, const VmSpec &spec);      ///< GPU functions on one multifunction guest slot
void input(QDomElement domain, const VmSpec &spec);         ///< the host's keyboards and mice (evdev), or a USB controller
void display(QDomElement domain, const VmSpec &spec);       ///< video none with a GPU, else VNC + virtio
void tpm(QDomElement domain, const VmSpec &spec);           ///< emulated TPM 2.0
void memballoon(QDomElement domain, const VmSpec &spec);    ///< none with hugepages or hostdevs

} // namespace DomainPieces
