#include "domain/domainupdater.h"

#include "domain/domainfacts.h"
#include "domain/domainpatches.h"
#include "domain/domainpieces.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

bool sameTopology(const VmSpec::Cpu &a, const VmSpec::Cpu &b)
{
    return a.vcpus == b.vcpus && a.sockets == b.sockets && a.dies == b.dies && a.cores == b.cores && a.threads == b.threads;
}

bool samePins(const VmSpec::Cpu &a, const VmSpec::Cpu &b)
{
    return a.pins == b.pins && a.emulatorPins == b.emulatorPins && a.iothreadPins == b.iothreadPins;
}

bool sameNetwork(const VmSpec::Network &a, const VmSpec::Network &b)
{
    return a.mode == b.mode && a.bridge == b.bridge && a.uplink == b.uplink && a.model == b.model && a.mac == b.mac;
}

void updateGpu(QDomElement domain, const VmSpec &before, const VmSpec &after)
{
    const bool sameSlot = before.gpu.address && after.gpu.address && before.gpu.address->sameSlot(*after.gpu.address);
    if (sameSlot && before.gpu.functions == after.gpu.functions && before.gpu.romFile == after.gpu.romFile)
        return;
    if (before.gpu.address)
        DomainPatches::removeGpu(domain, *before.gpu.address);
    if (after.gpu.address)
        DomainPatches::addGpu(domain, after.gpu.functions, after.gpu.romFile);
}

void updateDisks(QDomElement domain, const VmSpec &before, const VmSpec &after, QStringList &notApplied)
{
    QStringList targets;
    for (const DomainFacts::Disk &disk : DomainFacts::read(domain.ownerDocument()).disks)
        if (disk.disk)
            targets << disk.target;
    const qsizetype common = std::min({before.disks.size(), after.disks.size(), targets.size()});
    if (before.disks.size() != after.disks.size())
        notApplied << DomainUpdater::tr("Adding or removing disks: change them in virt-manager or virsh.");
    for (qsizetype i = 0; i < common; ++i) {
        const VmSpec::Disk &was = before.disks[i];
        const VmSpec::Disk &now = after.disks[i];
        if (was.path != now.path || was.source != now.source) {
            notApplied << DomainUpdater::tr("A new source for disk %1: change it in virt-manager or virsh.").arg(targets[i]);
            continue;
        }
        DomainPatches::DiskTuning tuning;
        if (was.bus != now.bus)
            tuning.bus = now.bus;
        if (was.cache != now.cache)
            tuning.cache = now.cache;
        if (was.io != now.io)
            tuning.io = now.io;
        if (was.discard != now.discard)
            tuning.discard = now.discard;
        if (was.rotationRate != now.rotationRate)
            tuning.rotationRate = now.rotationRate;
        if (tuning.bus || tuning.cache || tuning.io || tuning.discard || tuning.rotationRate)
            DomainPatches::tuneDisk(domain, targets[i], tuning);
    }
}

/// The evdev devices and the USB controller as the new spec has them; inputs of other kinds
/// (a tablet, a PS/2 keyboard) stay, and nothing is touched where the input did not change.
void updateInput(QDomElement domain, const VmSpec &before, const VmSpec &after)
{
    if (before.input.evdev != after.input.evdev) {
        DomainPatches::removeEvdev(domain, before.input.evdev);
        DomainPatches::evdevInput(domain, after.input.evdev);
    }
    if (before.input.usbController != after.input.usbController) {
        if (before.input.usbController)
            DomainPatches::removeHostdev(domain, *before.input.usbController);
        if (after.input.usbController)
            DomainPatches::addHostdev(domain, *after.input.usbController);
    }
}

} // namespace

DomainUpdater::Update DomainUpdater::update(const QDomDocument &original, const VmSpec &before, const VmSpec &after)
{
    Update result;
    result.document = original.cloneNode(true).toDocument();
    QDomElement domain = result.document.documentElement();

    if (before.name != after.name)
        result.notApplied << tr("A new name: rename the VM in virt-manager (Details, Overview) while it is shut off.");
    if (before.os != after.os || before.tpm != after.tpm || before.secureBoot != after.secureBoot)
        result.notApplied << tr("Another guest OS, TPM or Secure Boot: these stay as the VM has them.");

    updateGpu(domain, before, after);
    if (before.error43.enabled != after.error43.enabled
        || (after.error43.enabled && before.error43.vendorId != after.error43.vendorId))
        DomainPieces::error43(domain, after);

    if (!sameTopology(before.cpu, after.cpu))
        DomainPatches::setTopology(domain, after.cpu.vcpus, after.cpu.sockets, after.cpu.dies, after.cpu.cores, after.cpu.threads);
    if (!samePins(before.cpu, after.cpu) || before.cpu.vcpus != after.cpu.vcpus)
        DomainPatches::setPinning(domain, after.cpu.pins, after.cpu.emulatorPins, after.cpu.iothreadPins);
    if (after.cpu.amdTopoext && !before.cpu.amdTopoext)
        DomainPatches::topoext(domain);

    if (before.memory.sizeMiB != after.memory.sizeMiB)
        DomainPieces::memory(domain, after); // also rewrites the hugepages and the cells to match
    else if (before.memory.hugepages != after.memory.hugepages)
        DomainPatches::setHugepages(domain, after.memory.hugepages);
    if (before.cpu.numaCells != after.cpu.numaCells || before.memory.hostNodes != after.memory.hostNodes)
        DomainPieces::numa(domain, after);

    if (!sameNetwork(before.network, after.network)) {
        if (before.network.mac != after.network.mac)
            result.notApplied << tr("A new MAC address: change it in virt-manager or virsh.");
        const bool toNat = after.network.mode == VmSpec::NetworkMode::Nat && before.network.mode != VmSpec::NetworkMode::Nat;
        if (toNat)
            result.notApplied << tr("Moving the NIC to NAT: change it in virt-manager or virsh.");
        const bool toBridge = after.network.mode != VmSpec::NetworkMode::Nat
                              && (after.network.bridge != before.network.bridge || before.network.mode != after.network.mode);
        const bool toVirtio = after.network.model == u"virtio"_s && before.network.model != after.network.model;
        // The model alone (the virtio-nic fix on a VM that stays on NAT) is patched as well.
        if (toBridge || toVirtio)
            DomainPatches::virtioNic(domain, toBridge ? after.network.bridge : QString());
    }

    updateInput(domain, before, after);
    updateDisks(domain, before, after, result.notApplied);
    if (after.virtioIso != before.virtioIso && !after.virtioIso.isEmpty())
        DomainPatches::addVirtioIso(domain, after.virtioIso);
    if (after.driverStaging && !before.driverStaging)
        DomainPatches::addStagingDisk(domain, after.stagingDiskPath());
    return result;
}
