#include "domain/domainpatches.h"

#include "domain/devices/controller.h"
#include "domain/devices/devices.h"
#include "domain/devices/disk.h"
#include "domain/devices/hostdev.h"
#include "domain/devices/input.h"
#include "domain/devices/interface.h"
#include "domain/domainpieces.h"
#include "domain/elements/clock.h"
#include "domain/elements/cpu.h"
#include "domain/elements/domainelement.h"
#include "domain/elements/features.h"
#include "domain/elements/hyperv.h"
#include "domain/elements/memorybacking.h"
#include "domain/elements/os.h"
#include "spec/enumnames.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace DomainPatches {

namespace {

Devices devicesOf(QDomElement domain)
{
    return DomainElement(domain).child<Devices>();
}

/// A raw file-backed disk after the existing ones, on the next free target of its bus; a null
/// view when a disk with that file is there already.
Disk appendFileDisk(QDomElement domain, const QString &path, const QString &device, VmSpec::DiskBus bus)
{
    Devices devices = devicesOf(domain);
    for (const Disk &disk : devices.children<Disk>())
        if (disk.sourcePath() == path)
            return {};
    Disk disk = Disk::appendAfterDisks(devices.dom());
    disk.set(Disk::device, device);
    disk.set(Disk::driverName, u"qemu"_s);
    disk.set(Disk::format, u"raw"_s);
    disk.setSource(false, path);
    const QString busName = Names::diskBus.libvirtName(bus);
    QSet<QString> used = Disk::usedTargets(devices.dom());
    disk.set(Disk::target, Disk::freeTarget(Disk::targetPrefix(busName), used));
    disk.set(Disk::bus, busName);
    return disk;
}

/// Moves a disk to another bus: a new target name, no old controller address, the rotation
/// rate only where the bus has one, and a virtio-scsi controller when it goes there.
void moveDisk(QDomElement domain, Disk disk, VmSpec::DiskBus bus)
{
    const QString busName = Names::diskBus.libvirtName(bus);
    if (disk.get(Disk::bus) == busName)
        return;
    Devices devices = devicesOf(domain);
    QSet<QString> used = Disk::usedTargets(devices.dom());
    used.remove(disk.get(Disk::target));
    disk.set(Disk::bus, busName);
    disk.set(Disk::target, Disk::freeTarget(Disk::targetPrefix(busName), used));
    // A drive address belongs to the old controller; libvirt assigns one for the new bus.
    if (disk.get(Disk::address))
        disk.clear(Disk::address);
    if (bus == VmSpec::DiskBus::VirtioBlk)
        disk.clear(Disk::rotationRate); // virtio-blk has none
    if (bus == VmSpec::DiskBus::VirtioScsi) {
        // Without a virtio-scsi controller libvirt would add its default, an emulated LSI one.
        const bool iothread = DomainElement(domain).get(DomainElement::iothreads).value_or(0) > 0;
        const Controller controller = Controller::ensureVirtioScsi(devices.dom(), iothread);
        const qint64 index = controller.get(Controller::index).value_or(0);
        if (index != 0)
            disk.setDriveAddress(index, Disk::freeUnit(devices.dom(), index));
    }
}

} // namespace

void fixError43(QDomElement domain, const QString &vendorId)
{
    VmSpec spec;
    spec.error43.enabled = true;
    spec.error43.vendorId = vendorId;
    DomainPieces::error43(domain, spec);
}

void allVcpusCurrent(QDomElement domain)
{
    DomainElement(domain).clear(DomainElement::currentVcpus);
}

void setTopology(QDomElement domain, int vcpus, int sockets, int dies, int cores, int threads)
{
    DomainElement root(domain);
    root.set(DomainElement::vcpus, vcpus);
    root.clear(DomainElement::currentVcpus);
    Cpu cpu = root.existing<Cpu>();
    if (cpu.isNull()) {
        cpu = root.child<Cpu>();
        cpu.makeHostPassthrough();
    }
    cpu.setTopology(sockets, dies, cores, threads);
}

void setPinning(QDomElement domain, const QList<int> &pins, const QList<int> &emulatorPins, const QList<int> &iothreadPins)
{
    DomainElement root(domain);
    VmSpec spec;
    spec.cpu.pins = pins;
    spec.cpu.emulatorPins = emulatorPins;
    spec.cpu.iothreadPins = iothreadPins;
    spec.cpu.iothreads = int(root.get(DomainElement::iothreads).value_or(0));
    if (!iothreadPins.isEmpty() && spec.cpu.iothreads < 1) {
        spec.cpu.iothreads = 1;
        root.set(DomainElement::iothreads, 1);
    }
    DomainPieces::cputune(domain, spec);
}

void setHugepages(QDomElement domain, VmSpec::HugepageSize size)
{
    VmSpec spec;
    spec.memory.hugepages = size;
    DomainPieces::hugepages(domain, spec);
}

void setNumaPlacement(QDomElement domain, const QList<VmSpec::NumaCell> &cells, const QList<int> &hostNodes)
{
    DomainElement root(domain);
    VmSpec spec;
    spec.memory.sizeMiB = root.memoryKiB() / 1024;
    const std::optional<qint64> pageKiB = root.existing<MemoryBacking>().hugepageKiB();
    spec.memory.hugepages = !pageKiB ? VmSpec::HugepageSize::Off
                            : *pageKiB == 1024 * 1024 ? VmSpec::HugepageSize::Size1G
                                                      : VmSpec::HugepageSize::Size2M;
    spec.cpu.numaCells = cells;
    spec.memory.hostNodes = hostNodes;
    DomainPieces::numa(domain, spec);
}

void memballoonNone(QDomElement domain)
{
    VmSpec spec;
    spec.memory.hugepages = VmSpec::HugepageSize::Size2M; // anything that rules the balloon out
    DomainPieces::memballoon(domain, spec);
}

void hypervEnlightenments(QDomElement domain)
{
    DomainPieces::hyperv(domain);
}

void hostPassthrough(QDomElement domain)
{
    DomainElement(domain).child<Cpu>().makeHostPassthrough();
}

void topoext(QDomElement domain)
{
    DomainElement(domain).child<Cpu>().requireFeature(u"topoext"_s);
}

void virtioNic(QDomElement domain, const QString &bridge)
{
    Interface nic = devicesOf(domain).existing<Interface>();
    if (nic.isNull())
        return;
    nic.set(Interface::model, u"virtio"_s);
    if (!bridge.isEmpty())
        nic.setBridge(bridge);
}

void addVirtioIso(QDomElement domain, const QString &isoPath)
{
    Disk cdrom = appendFileDisk(domain, isoPath, QString::fromUtf16(Disk::cdrom), VmSpec::DiskBus::Sata);
    cdrom.set(Disk::readonly, true);
}

void addStagingDisk(QDomElement domain, const QString &imagePath)
{
    Devices devices = devicesOf(domain);
    for (Disk existing : devices.children<Disk>()) {
        if (existing.sourcePath() != imagePath)
            continue;
        // The staging image is there but not as a virtio disk (edited by hand, or a broken
        // device or target): staging only works as one, so it becomes one.
        existing.set(Disk::device, Disk::device.fallback());
        moveDisk(domain, existing, VmSpec::DiskBus::VirtioBlk);
        return;
    }
    Disk disk = appendFileDisk(domain, imagePath, Disk::device.fallback(), VmSpec::DiskBus::VirtioBlk);
    const VmSpec::Disk staging = VmSpec::stagingDisk(QString());
    disk.set(Disk::cache, staging.cache);
    disk.set(Disk::io, staging.io);
}

bool tuneDisk(QDomElement domain, const QString &target, const DiskTuning &tuning)
{
    bool tuned = false;
    for (Disk disk : devicesOf(domain).children<Disk>()) {
        if (disk.get(Disk::target) != target)
            continue;
        // A driver attribute needs a driver name beside it; a bus change touches no driver.
        if ((tuning.cache || tuning.io || tuning.discard) && !disk.has(Disk::driverName))
            disk.set(Disk::driverName, u"qemu"_s);
        if (tuning.cache)
            disk.set(Disk::cache, *tuning.cache);
        if (tuning.io)
            disk.set(Disk::io, *tuning.io);
        if (tuning.discard)
            disk.set(Disk::discard, *tuning.discard ? u"unmap"_s : QString());
        if (tuning.bus)
            moveDisk(domain, disk, *tuning.bus);
        if (tuning.rotationRate)
            disk.set(Disk::rotationRate, *tuning.rotationRate > 0 ? std::optional<qint64>(*tuning.rotationRate) : std::nullopt);
        tuned = true; // every disk of that target: a broken domain may name one twice
    }
    return tuned;
}

void evdevInput(QDomElement domain, const QStringList &devices)
{
    VmSpec spec;
    spec.input.evdev = devices;
    DomainPieces::input(domain, spec);
}

void removeEvdev(QDomElement domain, const QStringList &devices)
{
    Devices all = devicesOf(domain);
    for (Input input : all.children<Input>())
        if (input.isEvdev() && devices.contains(input.get(Input::sourceDev)))
            input.remove();
}

void addHostdev(QDomElement domain, const PciAddress &function)
{
    VmSpec spec;
    spec.input.usbController = function;
    DomainPieces::input(domain, spec);
}

void removeHostdev(QDomElement domain, const PciAddress &function)
{
    Devices all = devicesOf(domain);
    for (Hostdev hostdev : all.children<Hostdev>())
        if (hostdev.pciSource() == function)
            hostdev.remove();
}

void useKvm(QDomElement domain)
{
    DomainElement(domain).set(DomainElement::type, QString::fromUtf16(DomainElement::kvm));
}

void acpi(QDomElement domain)
{
    Features features = DomainElement(domain).child<Features>();
    features.set(Features::acpi, true);
    features.set(Features::apic, true);
}

void smm(QDomElement domain)
{
    DomainElement(domain).child<Features>().set(Features::smm, true);
}

void windowsTimers(QDomElement domain)
{
    Clock clock = DomainElement(domain).child<Clock>();
    // A clock element needs its offset; without one the guest ran on libvirt's default, UTC.
    if (!clock.has(Clock::offset))
        clock.set(Clock::offset, u"utc"_s);
    clock.setTimers(true);
}

void noSuspend(QDomElement domain)
{
    DomainElement root(domain);
    root.set(DomainElement::suspendToMem, false);
    root.set(DomainElement::suspendToDisk, false);
}

void defaultEmulator(QDomElement domain)
{
    DomainElement(domain).existing<Devices>().clear(Devices::emulatorPath);
}

void managedHostdevs(QDomElement domain)
{
    for (Hostdev hostdev : DomainElement(domain).existing<Devices>().children<Hostdev>())
        if (hostdev.pciSource())
            hostdev.set(Hostdev::managed, true);
}

void makeThrowawayCopy(QDomElement domain, const QString &name)
{
    DomainElement root(domain);
    root.set(DomainElement::name, name);
    root.clear(DomainElement::uuid);
    root.clear(DomainElement::title);
    root.existing<Os>().clear(Os::nvram); // the copy gets NVRAM of its own
    // Nothing the original owns: its disks, its NICs (a bridge may not exist here), its devices.
    root.child<Devices>().removeHostResources();
}

void makeEmulated(QDomElement domain, const QString &cpuModel)
{
    DomainElement root(domain);
    root.set(DomainElement::type, u"qemu"_s);
    root.child<Cpu>().makeNamedModel(cpuModel);
    // KVM-only features would stop TCG from starting.
    Features features = root.existing<Features>();
    features.removeChildren<Kvm>();
    features.removeChildren<Hyperv>();
    features.clear(Features::ioapic);
    Clock clock = root.existing<Clock>();
    if (clock.get(Clock::hypervclock))
        clock.clear(Clock::hypervclock);
}

void addGpu(QDomElement domain, const QList<PciAddress> &functions, const QString &romFile)
{
    if (functions.isEmpty())
        return;
    VmSpec spec;
    spec.gpu.address = functions.first();
    spec.gpu.functions = functions;
    spec.gpu.romFile = romFile;
    DomainPieces::hostdevs(domain, spec);
}

void removeGpu(QDomElement domain, const PciAddress &gpu)
{
    VmSpec spec;
    spec.gpu.address = gpu; // no functions: the piece removes the slot's hostdevs and adds none
    DomainPieces::hostdevs(domain, spec);
}

} // namespace DomainPatches
