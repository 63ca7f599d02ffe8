#include "domain/domainfacts.h"

#include "domain/devices/devices.h"
#include "domain/devices/disk.h"
#include "domain/devices/display.h"
#include "domain/devices/hostdev.h"
#include "domain/devices/input.h"
#include "domain/devices/interface.h"
#include "domain/devices/memballoon.h"
#include "domain/devices/tpm.h"
#include "domain/elements/clock.h"
#include "domain/elements/cpu.h"
#include "domain/elements/cputune.h"
#include "domain/elements/domainelement.h"
#include "domain/elements/features.h"
#include "domain/elements/hyperv.h"
#include "domain/elements/memorybacking.h"
#include "domain/elements/numatune.h"
#include "domain/elements/os.h"

using namespace Qt::Literals::StringLiterals;

namespace {

int toInt(std::optional<qint64> value, int fallback = 0)
{
    return value ? int(*value) : fallback;
}

} // namespace

DomainFacts DomainFacts::read(const QDomDocument &document)
{
    DomainFacts facts;
    const DomainElement domain = DomainElement::of(document);
    facts.name = domain.get(DomainElement::name);
    facts.kvm = domain.get(DomainElement::type) == QStringView(DomainElement::kvm);
    const Os os = domain.existing<Os>();
    facts.machine = os.get(Os::machine);
    facts.arch = os.get(Os::arch);
    facts.q35 = os.q35();
    facts.uefi = os.uefi();
    facts.currentMemoryKiB = DomainElement::toKiB(domain.get(DomainElement::currentMemory).value_or(0),
                                                  domain.get(DomainElement::currentMemoryUnit));
    facts.suspendToMem = domain.get(DomainElement::suspendToMem);
    facts.suspendToDisk = domain.get(DomainElement::suspendToDisk);
    facts.memoryKiB = domain.memoryKiB();
    facts.vcpus = toInt(domain.get(DomainElement::vcpus));
    if (const auto current = domain.get(DomainElement::currentVcpus))
        facts.currentVcpus = int(*current);

    const Cpu cpu = domain.existing<Cpu>();
    facts.cpuMode = cpu.get(Cpu::mode);
    facts.hostPassthrough = facts.cpuMode == u"host-passthrough"_s;
    facts.cpuModel = cpu.existing<CpuModel>().get(CpuModel::name);
    if (cpu.get(Cpu::hasTopology)) {
        facts.sockets = toInt(cpu.get(Cpu::sockets), 1);
        facts.dies = toInt(cpu.get(Cpu::dies), 1);
        facts.cores = toInt(cpu.get(Cpu::cores), 1);
        facts.threads = toInt(cpu.get(Cpu::threads), 1);
    }
    facts.cpuFeatures = cpu.requiredFeatures();
    for (const Cpu::Cell &cell : cpu.numaCells())
        facts.numaCells << NumaCell{cell.vcpus, cell.memoryKiB};
    const Numatune numatune = domain.existing<Numatune>();
    facts.numatune = !numatune.isNull();
    facts.numatuneNodes = numatune.nodes();
    facts.numatuneStrict = facts.numatune && numatune.allStrict();
    facts.memnodes = numatune.cellNodes();

    const Cputune cputune = domain.existing<Cputune>();
    facts.pins = cputune.vcpuPins();
    facts.onePinEach = cputune.onePinEach(facts.vcpus);
    facts.emulatorPins = cputune.emulatorPins();
    facts.iothreadPins = cputune.iothreadPins();
    facts.iothreads = toInt(domain.get(DomainElement::iothreads));

    if (const auto pageKiB = domain.existing<MemoryBacking>().hugepageKiB()) {
        facts.hugepages = true;
        facts.hugepageKiB = *pageKiB;
    }

    const Features features = domain.existing<Features>();
    const Hyperv hyperv = features.existing<Hyperv>();
    facts.hyperv = !hyperv.isNull();
    facts.hypervPassthrough = hyperv.isPassthrough();
    facts.hypervMissing = hyperv.missingEnlightenments();
    facts.vendorIdSet = hyperv.get(Hyperv::hasVendorId) && hyperv.get(Hyperv::vendorIdState).value_or(false);
    facts.acpi = features.get(Features::acpi);
    facts.apic = features.get(Features::apic);
    facts.smm = features.get(Features::smm).value_or(false);
    facts.vendorId = hyperv.get(Hyperv::vendorId);
    facts.kvmHidden = features.existing<Kvm>().get(Kvm::hidden).value_or(false);

    const Devices devices = domain.existing<Devices>();
    facts.emulator = devices.get(Devices::emulatorPath);
    for (const ::Hostdev &hostdev : devices.children<::Hostdev>()) {
        facts.usbHostdevs = facts.usbHostdevs || hostdev.isUsb();
        const auto address = hostdev.pciSource();
        if (!address)
            continue;

        facts.pciHostdevs << *address;
        Hostdev passed{*address, hostdev.guestAddress(), hostdev.get(::Hostdev::multifunction).value_or(false),
                       hostdev.get(::Hostdev::managed).value_or(false), hostdev.get(::Hostdev::romFile)};
        facts.hostdevs << passed;
    }
    for (const ::Disk &d : devices.children<::Disk>()) {
        Disk disk;
        disk.target = d.get(::Disk::target);
        disk.bus = d.get(::Disk::bus);
        disk.rotationRate = toInt(d.get(::Disk::rotationRate));
        disk.disk = d.isDisk();
        disk.cdrom = d.isCdrom();
        disk.block = d.isBlock();
        disk.source = d.sourcePath();
        disk.cache = d.get(::Disk::cache);
        disk.io = d.get(::Disk::io);
        disk.discard = d.get(::Disk::discard);
        if (const auto iothread = d.get(::Disk::iothread))
            disk.iothread = int(*iothread);
        if (const auto order = d.get(::Disk::bootOrder))
            disk.bootOrder = int(*order);
        disk.readonly = d.get(::Disk::readonly);
        facts.disks << disk;
    }
    for (const ::Interface &i : devices.children<::Interface>()) {
        Interface nic;
        nic.type = i.get(::Interface::type);
        nic.nat = i.isNetwork();
        nic.bridged = i.isBridge();
        nic.macvtap = i.isDirect();
        nic.sourceMode = i.get(::Interface::sourceMode);
        nic.model = i.get(::Interface::model);
        nic.mac = i.get(::Interface::mac);
        nic.source = i.source();
        facts.interfaces << nic;
    }
    const Tpm tpm = devices.existing<Tpm>();
    facts.tpm = !tpm.isNull();
    facts.tpmVersion = tpm.get(Tpm::backendVersion);
    facts.secureBoot = os.secureBoot();
    const Clock clock = domain.existing<Clock>();
    facts.hpet = clock.get(Clock::hpetPresent);
    facts.hypervClock = clock.get(Clock::hypervclockPresent);
    facts.rtcTickpolicy = clock.get(Clock::rtcTickpolicy);
    facts.pitTickpolicy = clock.get(Clock::pitTickpolicy);
    for (const Video &video : devices.children<Video>())
        facts.videoModels << video.get(Video::model);
    for (const Input &input : devices.children<Input>()) {
        facts.inputTypes << input.get(Input::type);
        if (input.isEvdev())
            facts.evdev << Evdev{input.get(Input::sourceDev), input.get(Input::grab), input.get(Input::grabToggle),
                                 input.get(Input::repeat).value_or(false)};
    }
    facts.memballoonNone = devices.existing<Memballoon>().isNone();

    facts.windows = domain.osInfoId().contains(u"microsoft.com/win"_s) || facts.hyperv
                    || clock.get(Clock::offset) == u"localtime"_s;
    return facts;
}
