#include "domain/domainreader.h"

#include "domain/domainfacts.h"
#include "host/hostscan.h"
#include "spec/enumnames.h"

using namespace Qt::Literals::StringLiterals;

namespace DomainReader {

VmSpec read(const QDomDocument &domain, const HostScan *host)
{
    const DomainFacts facts = DomainFacts::read(domain);
    VmSpec spec;
    spec.name = facts.name;
    spec.os = facts.windows ? (facts.tpm && facts.secureBoot ? VmSpec::Os::Windows11 : VmSpec::Os::Windows10) : VmSpec::Os::Linux;
    for (const DomainFacts::Evdev &evdev : facts.evdev)
        spec.input.evdev << evdev.device;
    QList<PciAddress> functions = facts.pciHostdevs;
    std::sort(functions.begin(), functions.end());
    // Judged on the host only where it has these devices: a domain from another machine keeps
    // the plain reading.
    const bool onThisHost = host && std::any_of(functions.cbegin(), functions.cend(), [host](const PciAddress &f) {
        return host->pciDevice(f) != nullptr;
    });
    if (onThisHost) {
        for (const PciAddress &f : std::as_const(functions)) {
            const PciDevice *device = host->pciDevice(f);
            if (device && device->isUsbController() && !spec.input.usbController)
                spec.input.usbController = f;
        }
        // The GPU is the slot of a display function; other passed devices (a NIC, an NVMe
        // drive) stay in the document as they are.
        const auto display = std::find_if(functions.cbegin(), functions.cend(), [host](const PciAddress &f) {
            const PciDevice *device = host->pciDevice(f);
            return device && device->isDisplay();
        });
        if (display == functions.cend())
            functions.clear();
        else
            std::rotate(functions.begin(), functions.begin() + (display - functions.cbegin()), functions.end());
    }
    if (!functions.isEmpty()) {
        spec.gpu.address = functions.first();
        for (const PciAddress &f : std::as_const(functions))
            if (f.sameSlot(*spec.gpu.address))
                spec.gpu.functions << f;
        for (const DomainFacts::Hostdev &h : facts.hostdevs)
            if (h.source == *spec.gpu.address)
                spec.gpu.romFile = h.romFile;
    }
    spec.error43.enabled = facts.vendorIdSet && facts.kvmHidden;
    if (!facts.vendorId.isEmpty())
        spec.error43.vendorId = facts.vendorId;

    spec.cpu.vcpus = facts.vcpus;
    spec.cpu.sockets = facts.sockets > 0 ? facts.sockets : facts.vcpus;
    spec.cpu.dies = facts.dies;
    spec.cpu.cores = facts.sockets > 0 ? facts.cores : 1;
    spec.cpu.threads = facts.sockets > 0 ? facts.threads : 1;
    // Not a one-to-one pin map: the wizard shows it unpinned.
    spec.cpu.pins = facts.onePinEach.value_or(QList<int>{});
    spec.cpu.emulatorPins = facts.emulatorPins;
    spec.cpu.iothreads = facts.iothreads;
    spec.cpu.iothreadPins = facts.iothreadPins;
    spec.cpu.amdTopoext = facts.cpuFeatures.contains(u"topoext"_s);
    // Memory bound strictly to nodes, and the guest's cells with the node each is bound to.
    spec.memory.hostNodes = facts.numatuneStrict ? facts.numatuneNodes : QList<int>{};
    for (qsizetype i = 0; i < facts.numaCells.size(); ++i) {
        VmSpec::NumaCell cell;
        cell.vcpus = facts.numaCells[i].vcpus;
        const QList<int> nodes = facts.memnodes.value(int(i), facts.numatuneNodes);
        cell.hostNode = nodes.value(0, 0);
        spec.cpu.numaCells << cell;
    }

    spec.memory.sizeMiB = facts.memoryKiB / 1024;
    if (facts.hugepages) {
        // <hugepages/> without a size means the host's default size, 2 MiB on x86.
        spec.memory.hugepages = facts.hugepageKiB == 1024 * 1024 ? VmSpec::HugepageSize::Size1G : VmSpec::HugepageSize::Size2M;
        spec.memory.hugepageCount = facts.memoryKiB / (facts.hugepageKiB > 0 ? facts.hugepageKiB : 2048);
    } else {
        spec.memory.hugepages = VmSpec::HugepageSize::Off;
        spec.memory.hugepageCount = 0;
    }

    if (!facts.interfaces.isEmpty()) {
        const DomainFacts::Interface &nic = facts.interfaces.first();
        const bool bridged = nic.bridged;
        spec.network.mode = bridged ? VmSpec::NetworkMode::ExistingBridge : VmSpec::NetworkMode::Nat;
        spec.network.bridge = bridged ? nic.source : QString();
        spec.network.mac = nic.mac;
        spec.network.model = nic.model.isEmpty() ? u"virtio"_s : nic.model;
    }
    spec.disks.clear();
    spec.virtioIso.clear();
    for (const DomainFacts::Disk &d : facts.disks) {
        if (d.cdrom) {
            if (d.source.contains(u"virtio"_s, Qt::CaseInsensitive))
                spec.virtioIso = d.source;
            continue;
        }
        if (!d.disk)
            continue;
        VmSpec::Disk disk;
        disk.path = d.source;
        disk.source = d.block ? (d.source.startsWith(u"/dev/zvol/"_s) ? VmSpec::DiskSource::Zvol
                                                : d.source.startsWith(u"/dev/disk/"_s) ? VmSpec::DiskSource::WholeDisk
                                                : VmSpec::DiskSource::LogicalVolume)
                                           : VmSpec::DiskSource::ImageFile;
        disk.bus = Names::diskBus.fromLibvirt(d.bus).value_or(VmSpec::DiskBus::Sata);
        disk.cache = d.cache;
        disk.io = d.io;
        disk.discard = d.discard == u"unmap"_s;
        disk.rotationRate = d.rotationRate;
        spec.disks << disk;
    }
    spec.tpm = facts.tpm;
    spec.secureBoot = facts.secureBoot;
    return spec;
}

} // namespace DomainReader
