#pragma once

#include "spec/vmspec.h"
#include "util/pciaddress.h"

#include <QDomElement>
#include <QList>
#include <QString>

#include <optional>

/// Changes to an existing domain that touch only their own elements and leave the rest as it
/// was: unknown elements and attributes, metadata, comments, device order and addresses. Each
/// is what a lint finding's fix applies; each applied twice equals applied once.
namespace DomainPatches {

void fixError43(QDomElement domain, const QString &vendorId);
/// The guest starts with every vCPU it has (no current count below the maximum).
void allVcpusCurrent(QDomElement domain);
/// vCPU count (current = maximum) and the guest topology.
void setTopology(QDomElement domain, int vcpus, int sockets, int dies, int cores, int threads);
/// vCPU pins, emulator and I/O thread pins (adding one I/O thread when there is none).
void setPinning(QDomElement domain, const QList<int> &pins, const QList<int> &emulatorPins, const QList<int> &iothreadPins);
void setHugepages(QDomElement domain, VmSpec::HugepageSize size);
/// The guest's NUMA cells (their memory split from the domain's as the writer splits it) and
/// strict memory binding to `hostNodes` (each cell on its node); none removes <numatune>.
void setNumaPlacement(QDomElement domain, const QList<VmSpec::NumaCell> &cells, const QList<int> &hostNodes);
void memballoonNone(QDomElement domain);
void hypervEnlightenments(QDomElement domain);
void hostPassthrough(QDomElement domain);
void topoext(QDomElement domain);
/// The first NIC becomes virtio; on `bridge` when given (its MAC and guest address stay).
void virtioNic(QDomElement domain, const QString &bridge);
void addVirtioIso(QDomElement domain, const QString &isoPath);
/// Driver staging: a small virtio disk beside the boot disk, so Windows installs the driver.
void addStagingDisk(QDomElement domain, const QString &imagePath);

struct DiskTuning
{
    std::optional<QString> cache;
    std::optional<VmSpec::DiskBus> bus; ///< a new bus renames the target (vda / sda) and drops the old address
    std::optional<QString> io;
    std::optional<bool> discard;
    std::optional<int> rotationRate; ///< 0 removes it
};
/// Tunes the disk with this target (`vda`, `sda`); false when there is none.
bool tuneDisk(QDomElement domain, const QString &target, const DiskTuning &tuning);

/// These host keyboards and mice passed with evdev (the first keyboard grabs, both Ctrl keys
/// switch, keys repeat); the same devices passed before are replaced.
void evdevInput(QDomElement domain, const QStringList &devices);
/// Removes the evdev inputs of these host devices.
void removeEvdev(QDomElement domain, const QStringList &devices);
/// Passes one PCI function (a USB controller with what is plugged into it).
void addHostdev(QDomElement domain, const PciAddress &function);
/// Removes the hostdev of this PCI function.
void removeHostdev(QDomElement domain, const PciAddress &function);
/// Hardware virtualisation (domain type kvm).
void useKvm(QDomElement domain);
/// ACPI and the APIC on.
void acpi(QDomElement domain);
/// System Management Mode on (Secure Boot needs it).
void smm(QDomElement domain);
/// The timers Windows keeps time best with (the clock's offset stays as it is).
void windowsTimers(QDomElement domain);
/// No suspend to memory or disk.
void noSuspend(QDomElement domain);
/// No emulator line: libvirt starts its own QEMU.
void defaultEmulator(QDomElement domain);
/// Passed-through PCI hostdevs managed by libvirt (detached from their host driver at start).
void managedHostdevs(QDomElement domain);

/// A throwaway copy of a domain: a new name, no UUID, title or NVRAM of the original's, and
/// nothing the original owns on the host (disks, NICs, passed-through devices).
void makeThrowawayCopy(QDomElement domain, const QString &name);
/// The domain for QEMU's emulator (TCG) instead of KVM: a named CPU model, no KVM or Hyper-V
/// features, no KVM I/O APIC, no Hyper-V clock.
void makeEmulated(QDomElement domain, const QString &cpuModel);

/// Passes every function of a GPU's slot (guest slot and root port as generated ones get).
void addGpu(QDomElement domain, const QList<PciAddress> &functions, const QString &romFile = {});
/// Removes the hostdevs of every function of the slot `gpu` sits in.
void removeGpu(QDomElement domain, const PciAddress &gpu);

} // namespace DomainPatches
