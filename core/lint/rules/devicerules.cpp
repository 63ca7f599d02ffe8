// The device rules: NICs, disks and the storage behind them.
#include "lint/lintrule.h"

#include "domain/domainfacts.h"
#include "domain/domainpatches.h"
#include "host/hostscan.h"
#include "plan/hostuseguard.h"
#include "spec/enumnames.h"
#include "spec/vmspec.h"


using namespace Qt::Literals::StringLiterals;

namespace {

using S = LintFinding::Severity;

/// A bridge of the host with a physical port (the one with the default route first), or empty.
QString lanBridge(const HostScan &host)
{
    QString found;
    for (const NetInterface &nic : host.network) {
        if (!nic.bridge)
            continue;
        bool physicalPort = false;
        for (const QString &member : nic.members)
            if (const NetInterface *port = host.interface(member); port && port->physical)
                physicalPort = true;
        if (physicalPort && (found.isEmpty() || nic.defaultRoute))
            found = nic.name;
    }
    return found;
}

/// The disk caches in the host's page cache as well as in the guest's.
bool doubleCaches(const DomainFacts::Disk &disk)
{
    return disk.disk && disk.cache != u"none"_s && disk.cache != u"directsync"_s;
}

/// The disk's data is on spinning disks, and the guest is not told so.
bool needsRotationRate(const DomainFacts::Disk &disk, const HostScan &host)
{
    const auto bus = Names::diskBus.fromLibvirt(disk.bus);
    if (!disk.disk || disk.rotationRate > 0 || !bus || *bus == VmSpec::DiskBus::VirtioBlk)
        return false;
    for (const BlockDevice &device : host.storage)
        if ((device.path == disk.source || u"/dev/"_s + device.name == disk.source) && device.backedByRotational)
            return true;
    return false;
}

/// The guest's disk as the guest sees it ("vda") and where it lives on the host.
QString diskName(const DomainFacts::Disk &disk)
{
    return disk.source.isEmpty() ? disk.target : LintRules::tr("%1 (%2)").arg(disk.target, disk.source);
}

QList<LintHit> emulatedNic(const LintContext &c)
{
    QList<LintHit> hits;
    for (qsizetype i = 0; i < c.facts.interfaces.size(); ++i) {
        const QString model = c.facts.interfaces[i].model;
        if (model == u"e1000"_s || model == u"e1000e"_s || model == u"rtl8139"_s)
            hits << LintHit{LintRules::tr("NIC model %1 is an emulated card: virtio has far less overhead (the driver is on the "
                                   "virtio-win ISO).").arg(model),
                            i == 0}; // the fix changes the first NIC
    }
    return hits;
}

QList<LintHit> natWithBridge(const LintContext &c)
{
    if (c.facts.interfaces.isEmpty() || !c.facts.interfaces.first().nat)
        return {};
    const QString bridge = lanBridge(*c.host);
    if (bridge.isEmpty())
        return {};
    return {{LintRules::tr("The VM is behind NAT although bridge %1 is there: on the bridge it is reachable from the LAN "
                    "without port forwarding.").arg(bridge)}};
}

/// The NIC the host reaches the LAN (and the default route) through.
const NetInterface *defaultRouteNic(const HostScan &host)
{
    for (const NetInterface &nic : host.network)
        if (nic.defaultRoute)
            return &nic;
    return nullptr;
}

QList<LintHit> natWithoutBridge(const LintContext &c)
{
    if (c.facts.interfaces.isEmpty() || !c.facts.interfaces.first().nat || !lanBridge(*c.host).isEmpty())
        return {};
    // No bridge to move the NIC to: a fix here would name a bridge that does not exist, and the
    // VM would not start. Creating one changes the host (the NixOS module, the wizard's network
    // page), so the finding says how and offers no fix.
    const NetInterface *uplink = defaultRouteNic(*c.host);
    if (!uplink)
        return {{LintRules::tr("The VM is behind libvirt's NAT: services in it need port forwarding to be reached "
                               "from the LAN. The host has no default route to build a bridge over."),
                 false}};
    if (uplink->wireless)
        return {{LintRules::tr("The VM is behind libvirt's NAT: services in it need port forwarding. The host reaches "
                               "the LAN over Wi-Fi (%1), which cannot be bridged: keep NAT and forward the ports.")
                     .arg(uplink->name),
                 false}};
    return {{LintRules::tr("The VM is behind libvirt's NAT: services in it need port forwarding; a bridge over %1 puts it "
                           "on the LAN. Create one on the wizard's Network page (\"Create a bridge over a NIC\", uplink %1): "
                           "the NixOS module builds it, then the VM can join it.")
                 .arg(uplink->name),
             false}};
}

QList<LintHit> hostUse(const LintContext &c)
{
    QList<LintHit> hits;
    for (const DomainFacts::Disk &disk : c.facts.disks) {
        if (!disk.block || disk.source.isEmpty())
            continue;
        if (const HostUseGuard::Verdict verdict = HostUseGuard::disk(*c.host, disk.source, {}); !verdict.allowed)
            hits << LintHit{LintRules::tr("The VM's disk %1: %2. A VM writing to it destroys what the host keeps there.")
                                .arg(disk.target, verdict.uses)};
    }
    for (const PciAddress &address : c.facts.pciHostdevs) {
        const PciDevice *device = c.host->pciDevice(address);
        if (device && !device->hostUses.isEmpty())
            hits << LintHit{LintRules::tr("The VM takes %1: the host goes without that while the VM runs.")
                                .arg(HostUseGuard::devicePhrase(*device))};
    }
    return hits;
}

QList<LintHit> macvtap(const LintContext &c)
{
    if (c.facts.interfaces.isEmpty() || !c.facts.interfaces.first().macvtap)
        return {};
    return {{LintRules::tr("The NIC is a macvtap device on %1: the VM reaches the LAN, but the host and the VM cannot "
                    "reach each other. A bridge connects all three.").arg(c.facts.interfaces.first().source),
             !lanBridge(*c.host).isEmpty()}};
}

QList<LintHit> emulatedDisplay(const LintContext &c)
{
    if (c.facts.pciHostdevs.isEmpty())
        return {};
    for (const QString &model : c.facts.videoModels)
        if (model != u"none"_s)
            return {{LintRules::tr("An emulated %1 graphics card beside the passed-through GPU: Windows may make it the "
                            "primary display, and games then start on a screen nobody sees. Keep it only until the GPU "
                            "driver is installed.").arg(model)}};
    return {};
}

QList<LintHit> noInput(const LintContext &c)
{
    // Shown on the passed GPU, not in a window: input comes from evdev or passed USB only.
    const bool screenIsTheGpu = !c.facts.pciHostdevs.isEmpty() && !c.facts.videoModels.isEmpty()
                                && std::all_of(c.facts.videoModels.begin(), c.facts.videoModels.end(), [](const QString &m) { return m == u"none"_s; });
    if (!screenIsTheGpu || !c.facts.evdev.isEmpty() || c.facts.usbHostdevs)
        return {};
    for (const PciAddress &address : c.facts.pciHostdevs)
        if (const PciDevice *device = c.host->pciDevice(address); device && (device->classId >> 8) == 0x0c03)
            return {}; // a whole USB controller
    return {{LintRules::tr("The VM shows on the passed GPU but has no keyboard or mouse: pass the host's with evdev "
                           "(both Ctrl keys switch them) or a USB controller."),
             !c.host->inputs.isEmpty()}};
}

QList<LintHit> evdevRepeat(const LintContext &c)
{
    QStringList noRepeat;
    bool toggle = false, keyboards = false;
    for (const DomainFacts::Evdev &input : c.facts.evdev) {
        if (!VmSpec::isKeyboard(input.device))
            continue;
        keyboards = true;
        toggle = toggle || (!input.grabToggle.isEmpty() && !input.grab.isEmpty());
        if (!input.repeat)
            noRepeat << input.device;
    }
    QList<LintHit> hits;
    if (!noRepeat.isEmpty())
        hits << LintHit{LintRules::tr("Held keys do not repeat in the guest on %1 (repeat='on' needs libvirt 7.4).").arg(noRepeat.join(u", "_s))};
    if (keyboards && !toggle)
        hits << LintHit{LintRules::tr("No passed keyboard grabs with a switch key: the keyboard and mouse cannot be switched "
                                      "between host and guest (grab='all' with grabToggle).")};
    return hits;
}

QList<LintHit> emulatedDisk(const LintContext &c)
{
    QList<LintHit> hits;
    for (const DomainFacts::Disk &disk : c.facts.disks)
        if (disk.disk && (disk.bus == u"sata"_s || disk.bus == u"ide"_s))
            hits << LintHit{LintRules::tr("The VM's disk %1 is on an emulated %2 controller; virtio is faster. Switch only after the guest "
                                   "has the virtio driver (driver staging), or it will not boot.").arg(diskName(disk), disk.bus)};
    return hits;
}

QList<LintHit> doubleCache(const LintContext &c)
{
    QList<LintHit> hits;
    for (const DomainFacts::Disk &disk : c.facts.disks)
        if (doubleCaches(disk))
            hits << LintHit{LintRules::tr("The VM's disk %1 uses cache mode %2: the host caches what the guest already caches.")
                                .arg(diskName(disk), disk.cache.isEmpty() ? LintRules::tr("(default: writeback)") : disk.cache)};
    return hits;
}

QList<LintHit> rotationRate(const LintContext &c)
{
    QList<LintHit> hits;
    for (const DomainFacts::Disk &disk : c.facts.disks)
        if (needsRotationRate(disk, *c.host))
            hits << LintHit{LintRules::tr("The VM's disk %1 lives on spinning disks but the guest is not told: Windows then schedules for "
                                   "an SSD, and the HDD seeks all the time.").arg(diskName(disk))};
    return hits;
}

QList<LintHit> noVirtioDriver(const LintContext &c)
{
    bool virtioDisk = false, sataDisk = false;
    for (const DomainFacts::Disk &disk : c.facts.disks) {
        if (!disk.disk)
            continue;
        // virtio-scsi disks need the same driver package as virtio-blk ones.
        const auto bus = Names::diskBus.fromLibvirt(disk.bus);
        virtioDisk = virtioDisk || (bus && *bus != VmSpec::DiskBus::Sata);
        sataDisk = sataDisk || disk.bus == u"sata"_s || disk.bus == u"ide"_s;
    }
    if (!c.facts.windows || !sataDisk || virtioDisk)
        return {};
    return {{LintRules::tr("No virtio disk yet: add a small one so Windows installs the virtio driver, then the boot disk "
                    "can move to virtio.")}};
}

/// The ZFS pool of a zvol disk ("/dev/zvol/POOL/..."), or empty.
QString zvolPool(const DomainFacts::Disk &disk)
{
    return disk.source.startsWith(u"/dev/zvol/"_s) ? disk.source.mid(10).section(u'/', 0, 0) : QString();
}

QList<LintHit> zfsScrubUnchecked(const LintContext &c)
{
    if (c.scrubbingPools)
        return {};
    for (const DomainFacts::Disk &disk : c.facts.disks)
        if (const QString pool = zvolPool(disk); !pool.isEmpty())
            return {{LintRules::tr("The VM's disk %1 is a zvol of pool %2, but zpool could not be asked whether the pool is scrubbing: "
                            "rule skipped.").arg(diskName(disk), pool)}};
    return {};
}

QList<LintHit> zfsScrub(const LintContext &c)
{
    if (!c.scrubbingPools)
        return {};
    QList<LintHit> hits;
    for (const DomainFacts::Disk &disk : c.facts.disks) {
        const QString pool = zvolPool(disk);
        if (!pool.isEmpty() && c.scrubbingPools->contains(pool))
            hits << LintHit{LintRules::tr("Pool %1 behind disk %2 is scrubbing: every disk of the pool is busy, and the VM waits "
                                   "behind it until the scrub ends (zpool scrub -p %1 pauses it).").arg(pool, diskName(disk))};
    }
    return hits;
}

} // namespace

namespace LintAreas {

QList<LintRule> deviceRules()
{
    const QString article = LintSources::article(), libvirt = LintSources::libvirtDocs();
    return {
        {"zfs-scrub", S::Warning, false, article, zfsScrub},
        {"zfs-scrub-unchecked", S::Info, false, article, zfsScrubUnchecked},
        {"emulated-nic", S::Warning, false, article, emulatedNic, "virtio-nic"},
        {"nat-with-bridge", S::Info, true, article, natWithBridge, "bridge"},
        {"nat-without-bridge", S::Info, true, article, natWithoutBridge},
        {"host-use", S::Error, true, LintSources::archWiki(), hostUse},
        {"macvtap", S::Info, true, article, macvtap, "bridge"},
        {"emulated-display", S::Info, false, article, emulatedDisplay},
        {"no-input", S::Warning, true, article, noInput, "evdev"},
        {"evdev-repeat", S::Info, false, libvirt, evdevRepeat, "evdev"},
        {"emulated-disk", S::Info, false, article, emulatedDisk},
        {"double-cache", S::Warning, false, libvirt, doubleCache, "cache-none"},
        {"rotation-rate", S::Warning, true, article, rotationRate, "rotation-rate"},
        {"no-virtio-driver", S::Info, false, article, noVirtioDriver, "driver-staging"},
    };
}

QList<LintFix> deviceFixes()
{
    return {
        {"virtio-nic", false,
         [](QDomElement domain, const DomainFacts &, const HostScan *) -> Result<void> {
             DomainPatches::virtioNic(domain, QString());
             return {};
         }},
        {"bridge", true,
         [](QDomElement domain, const DomainFacts &, const HostScan *host) -> Result<void> {
             const QString bridge = lanBridge(*host);
             if (bridge.isEmpty())
                 return Error{LintRules::tr("fix bridge: the host has no bridge with a physical port")};
             DomainPatches::virtioNic(domain, bridge);
             return {};
         }},
        {"evdev", false,
         [](QDomElement domain, const DomainFacts &facts, const HostScan *host) -> Result<void> {
             // The keyboards and mice already passed stay; with the host known, all of its own.
             VmSpec spec;
             for (const DomainFacts::Evdev &input : facts.evdev)
                 spec.input.evdev << input.device;
             if (host)
                 for (const InputDevice &device : host->inputs)
                     if (!spec.input.evdev.contains(device.path))
                         spec.input.evdev << device.path;
             if (spec.input.evdev.isEmpty())
                 return Error{LintRules::tr("fix evdev: no keyboard or mouse to pass (none found under /dev/input/by-id)")};
             DomainPatches::evdevInput(domain, spec.input.evdev);
             return {};
         }},
        {"driver-staging", false,
         [](QDomElement domain, const DomainFacts &facts, const HostScan *) -> Result<void> {
             DomainPatches::addStagingDisk(domain, VmSpec::stagingDiskPath(facts.name));
             return {};
         }},
        {"cache-none", false,
         [](QDomElement domain, const DomainFacts &facts, const HostScan *) -> Result<void> {
             for (const DomainFacts::Disk &disk : facts.disks) {
                 if (!doubleCaches(disk))
                     continue;
                 DomainPatches::DiskTuning tuning;
                 tuning.cache = u"none"_s;
                 // Native AIO needs O_DIRECT, which cache=none gives; image files keep their mode.
                 tuning.io = disk.block ? u"native"_s : disk.io;
                 DomainPatches::tuneDisk(domain, disk.target, tuning);
             }
             return {};
         }},
        {"rotation-rate", true,
         [](QDomElement domain, const DomainFacts &facts, const HostScan *host) -> Result<void> {
             for (const DomainFacts::Disk &disk : facts.disks) {
                 if (!needsRotationRate(disk, *host))
                     continue;
                 DomainPatches::DiskTuning tuning;
                 tuning.rotationRate = 7200;
                 DomainPatches::tuneDisk(domain, disk.target, tuning);
             }
             return {};
         }},
    };
}

} // namespace LintAreas
