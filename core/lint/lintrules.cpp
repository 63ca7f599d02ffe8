#include "lint/lintrules.h"

#include "host/hostscan.h"
#include "plan/pinningplanner.h"
#include "util/cpulist.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace LintRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LintRules", text);
}

const QString article = u"Windows-on-NixOS, part 2 (the article this project starts from)"_s;
const QString libvirtDocs = u"libvirt: Domain XML format"_s;
const QString archWiki = u"Arch Wiki: PCI passthrough via OVMF"_s;

LintFinding finding(const char *rule, LintFinding::Severity severity, QString message, QString source, QString fix = {})
{
    return {QString::fromLatin1(rule), severity, std::move(message), std::move(source), std::move(fix)};
}

QList<int> pinnedCpus(const DomainFacts &facts)
{
    QList<int> cpus;
    for (const QList<int> &set : facts.pins)
        cpus += set;
    std::sort(cpus.begin(), cpus.end());
    cpus.erase(std::unique(cpus.begin(), cpus.end()), cpus.end());
    return cpus;
}

/// The vCPU -> single host CPU map, when every vCPU is pinned to exactly one CPU.
std::optional<QList<int>> onePinEach(const DomainFacts &facts)
{
    QList<int> pins;
    for (int vcpu = 0; vcpu < facts.vcpus; ++vcpu) {
        const QList<int> set = facts.pins.value(vcpu);
        if (set.size() != 1)
            return std::nullopt;
        pins << set.first();
    }
    return pins;
}

/// What the pinning fix would produce on this host, to offer it only where it helps.
std::optional<VmSpec::Cpu> plannedPins(const DomainFacts &facts, const HostScan &host)
{
    VmSpec::Cpu cpu;
    if (hasErrors(PinningPlanner::plan(host.cpu, {facts.vcpus, 1}, cpu)))
        return std::nullopt;
    return cpu;
}

int domainsSpanned(const CpuTopology &cpu, const QList<int> &cpus, bool byNode)
{
    QSet<int> domains;
    for (int id : cpus)
        if (const CpuThread *t = cpu.thread(id))
            domains.insert(byNode ? t->node : t->l3.value_or(-1));
    return int(domains.size());
}

} // namespace

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

bool doubleCaches(const DomainFacts::Disk &disk)
{
    return disk.device == u"disk"_s && disk.cache != u"none"_s && disk.cache != u"directsync"_s;
}

bool needsRotationRate(const DomainFacts::Disk &disk, const HostScan &host)
{
    if (disk.device != u"disk"_s || disk.rotationRate > 0 || (disk.bus != u"sata"_s && disk.bus != u"scsi"_s))
        return false;
    for (const BlockDevice &device : host.storage)
        if ((device.path == disk.source || u"/dev/"_s + device.name == disk.source) && device.backedByRotational)
            return true;
    return false;
}

void cpu(const DomainFacts &facts, const HostScan *host, QList<LintFinding> &findings)
{
    using S = LintFinding::Severity;
    if (facts.currentVcpus && *facts.currentVcpus < facts.vcpus)
        findings << finding("current-vcpus", S::Warning,
                            tr("The guest starts with %1 of its %2 vCPUs: the current allocation does not follow the "
                               "maximum, and the guest never sees the rest.").arg(*facts.currentVcpus).arg(facts.vcpus),
                            article, u"current-vcpus"_s);
    if (facts.sockets > 1 && facts.windows)
        findings << finding("topology-sockets", S::Warning,
                            tr("%1 sockets: Windows desktop editions use at most two sockets and schedule poorly across "
                               "them. One socket with cores and threads is what the host has.").arg(facts.sockets),
                            article, u"topology"_s);
    if (facts.cpuMode != u"host-passthrough"_s)
        findings << finding("host-passthrough", S::Warning,
                            tr("CPU mode %1: the guest does not see the host's CPU as it is (features, caches), which "
                               "costs performance and confuses some games' checks.").arg(facts.cpuMode.isEmpty() ? tr("(default)") : facts.cpuMode),
                            libvirtDocs, u"host-passthrough"_s);
    if (!host)
        return;
    if (host->cpu.isAmd() && facts.threads > 1 && !facts.cpuFeatures.contains(u"topoext"_s))
        findings << finding("amd-topoext", S::Warning,
                            tr("An AMD host without topoext in the guest: the guest cannot see SMT threads and treats "
                               "each as a core."), archWiki, u"topoext"_s);

    const auto planned = plannedPins(facts, *host);
    const bool planCrosses = planned && (domainsSpanned(host->cpu, planned->pins, false) > 1 || domainsSpanned(host->cpu, planned->pins, true) > 1);
    if (facts.pins.isEmpty()) {
        findings << finding("no-pinning", S::Warning,
                            tr("The vCPUs are not pinned: the host scheduler moves them between cores, losing cache "
                               "and adding latency."), article, planned ? u"pinning"_s : QString());
        return;
    }
    const auto pins = onePinEach(facts);
    if (pins && facts.threads > 1) {
        for (qsizetype v = 0; v + 1 < pins->size(); v += facts.threads) {
            const CpuThread *first = host->cpu.thread((*pins)[v]);
            if (first && !first->siblings.contains((*pins)[v + 1])) {
                findings << finding("split-siblings", S::Warning,
                                    tr("vCPUs %1 and %2 share a core in the guest but run on different host cores (%3, %4): "
                                       "the guest's SMT scheduling works against the host.")
                                        .arg(v).arg(v + 1).arg((*pins)[v]).arg((*pins)[v + 1]),
                                    archWiki, planned ? u"pinning"_s : QString());
                break;
            }
        }
    } else if (pins && facts.threads <= 1 && host->cpu.threadsPerCore() > 1) {
        const auto sharesCores = [&](const QList<int> &cpus) {
            QSet<std::pair<int, int>> cores;
            for (int p : cpus)
                if (const CpuThread *t = host->cpu.thread(p))
                    cores.insert({t->package, t->core});
            return cores.size() < cpus.size();
        };
        // The planner's answer for an odd count on an SMT host can share cores too (7 vCPUs on
        // 3 free cores): then re-pinning would not remove this, and it is not offered.
        const bool planShares = planned && planned->threads <= 1 && sharesCores(planned->pins);
        if (sharesCores(*pins))
            findings << finding("topology-pins", S::Warning,
                                tr("The guest sees separate cores, but some of its vCPUs are SMT siblings on the host: "
                                   "the topology does not match the pins."), archWiki, planned && !planShares ? u"pinning"_s : QString());
    }
    const QList<int> pinned = pinnedCpus(facts);
    if (domainsSpanned(host->cpu, pinned, false) > 1 || domainsSpanned(host->cpu, pinned, true) > 1)
        findings << finding("cross-domain", S::Warning,
                            tr("The vCPUs run on host CPUs %1, which span more than one L3 cache or NUMA node.")
                                .arg(CpuList::format(pinned)),
                            archWiki, planned && !planCrosses ? u"pinning"_s : QString());
    bool shares = facts.emulatorPins.isEmpty();
    for (int cpu : facts.emulatorPins)
        shares = shares || pinned.contains(cpu);
    if (shares) {
        bool planShares = !planned;
        if (planned)
            for (int cpu : planned->emulatorPins)
                planShares = planShares || planned->pins.contains(cpu);
        findings << finding("emulator-shares", S::Warning,
                            facts.emulatorPins.isEmpty()
                                ? tr("QEMU's emulator threads are not pinned: they run on the vCPUs' host threads.")
                                : tr("QEMU's emulator threads share host CPUs with vCPUs."),
                            archWiki, planShares ? QString() : u"pinning"_s);
    }
}

void memory(const DomainFacts &facts, const HostScan *host, QList<LintFinding> &findings)
{
    using S = LintFinding::Severity;
    if (!facts.hugepages)
        findings << finding("no-hugepages", S::Warning,
                            tr("The guest's memory is in 4 KiB pages: hugepages cut the cost of address translation."),
                            article, u"hugepages"_s);
    if ((facts.hugepages || !facts.pciHostdevs.isEmpty()) && facts.memballoonModel != u"none"_s)
        findings << finding("memballoon", S::Warning,
                            tr("A memory balloon with hugepages or passed-through devices cannot give memory back and "
                               "only costs: remove it."), archWiki, u"memballoon-none"_s);
    if (host && facts.hugepages) {
        const qint64 pageKiB = facts.hugepageKiB > 0 ? facts.hugepageKiB : host->memory.defaultHugepageKiB;
        qint64 reserved = 0;
        for (const HugepagePool &pool : host->memory.hugepages)
            if (pool.sizeKiB == pageKiB)
                reserved = pool.total * pool.sizeKiB;
        if (reserved < facts.memoryKiB)
            findings << finding("hugepages-not-reserved", S::Warning,
                                tr("The domain wants %1 MiB in hugepages of %2 KiB, but the host reserves %3 MiB of them: "
                                   "the VM will not start. Reserve them at boot (the NixOS module's hugepages= does).")
                                    .arg(facts.memoryKiB / 1024).arg(pageKiB).arg(reserved / 1024),
                                article);
    }
}

void devices(const DomainFacts &facts, const HostScan *host, QList<LintFinding> &findings)
{
    using S = LintFinding::Severity;
    for (qsizetype i = 0; i < facts.interfaces.size(); ++i) {
        const QString model = facts.interfaces[i].model;
        if (model == u"e1000"_s || model == u"e1000e"_s || model == u"rtl8139"_s)
            findings << finding("emulated-nic", S::Warning,
                                tr("NIC model %1 is an emulated card: virtio has far less overhead (the driver is on the "
                                   "virtio-win ISO).").arg(model), article, i == 0 ? u"virtio-nic"_s : QString());
    }
    if (host && !facts.interfaces.isEmpty() && facts.interfaces.first().type == u"network"_s && !lanBridge(*host).isEmpty())
        findings << finding("nat-with-bridge", S::Info,
                            tr("The VM is behind NAT although bridge %1 is there: on the bridge it is reachable from the "
                               "LAN without port forwarding.").arg(lanBridge(*host)), article, u"bridge"_s);
    bool virtioDisk = false;
    bool sataDisk = false;
    for (const DomainFacts::Disk &disk : facts.disks) {
        if (disk.device != u"disk"_s)
            continue;
        // virtio-scsi disks need the same driver package as virtio-blk ones.
        virtioDisk = virtioDisk || disk.bus == u"virtio"_s || disk.bus == u"scsi"_s;
        if (disk.bus == u"sata"_s || disk.bus == u"ide"_s) {
            sataDisk = true;
            findings << finding("emulated-disk", S::Info,
                                tr("Disk %1 is on an emulated %2 controller; virtio is faster. Switch only after the "
                                   "guest has the virtio driver (driver staging), or it will not boot.").arg(disk.target, disk.bus),
                                article);
        }
        if (doubleCaches(disk))
            findings << finding("double-cache", S::Warning,
                                tr("Disk %1 uses cache mode %2: the host caches what the guest already caches.")
                                    .arg(disk.target, disk.cache.isEmpty() ? tr("(default: writeback)") : disk.cache),
                                libvirtDocs, u"cache-none"_s);
        if (host && needsRotationRate(disk, *host))
            findings << finding("rotation-rate", S::Warning,
                                tr("Disk %1 lives on spinning disks but the guest is not told: Windows then schedules for "
                                   "an SSD, and the HDD seeks all the time.").arg(disk.target), article, u"rotation-rate"_s);
    }
    if (facts.windows && sataDisk && !virtioDisk)
        findings << finding("no-virtio-driver", S::Info,
                            tr("No virtio disk yet: add a small one so Windows installs the virtio driver, then the boot "
                               "disk can move to virtio."), article, u"driver-staging"_s);
}

void passthrough(const DomainFacts &facts, const HostScan *host, QList<LintFinding> &findings)
{
    using S = LintFinding::Severity;
    if (facts.windows && facts.hypervMode != u"passthrough"_s) {
        static const QStringList wanted = {u"relaxed"_s, u"vapic"_s, u"spinlocks"_s, u"vpindex"_s, u"runtime"_s,
                                           u"synic"_s, u"stimer"_s, u"reset"_s, u"frequencies"_s, u"tlbflush"_s, u"ipi"_s};
        QStringList missing;
        for (const QString &feature : wanted)
            if (!facts.hypervFeatures.contains(feature))
                missing << feature;
        if (!missing.isEmpty())
            findings << finding("hyperv", S::Warning,
                                tr("Windows runs better with the Hyper-V enlightenments; missing: %1.").arg(missing.join(u", "_s)),
                                libvirtDocs, u"hyperv"_s);
    }
    if (!host)
        return;
    QSet<PciAddress> passed(facts.pciHostdevs.begin(), facts.pciHostdevs.end());
    for (const Gpu &gpu : host->gpus) {
        const bool gpuPassed = std::any_of(gpu.functions.begin(), gpu.functions.end(), [&](const PciAddress &f) { return passed.contains(f); });
        if (!gpuPassed)
            continue;
        QStringList missing;
        for (const PciAddress &function : gpu.functions)
            if (!passed.contains(function))
                missing << function.toString();
        if (!missing.isEmpty())
            findings << finding("gpu-functions", S::Error,
                                tr("%1 is passed without %2: the functions of one card go to the guest together.")
                                    .arg(gpu.address.toString(), missing.join(u", "_s)), archWiki, u"gpu-functions"_s);
        if (gpu.vendorId == 0x10de && !((facts.vendorIdSet || facts.hypervMode == u"passthrough"_s) && facts.kvmHidden))
            findings << finding("error43", S::Warning,
                                tr("An NVIDIA GPU without the Error 43 fix: drivers before 465 refuse to run in a VM they "
                                   "recognise. (Newer drivers do not need it.)"), article, u"error43"_s);
    }
    for (const PciAddress &address : std::as_const(facts.pciHostdevs)) {
        const PciDevice *device = host->pciDevice(address);
        const IommuGroup *group = device && device->iommuGroup ? host->iommu.group(*device->iommuGroup) : nullptr;
        if (!group)
            continue;
        QStringList left;
        for (const PciAddress &member : group->devices) {
            const PciDevice *other = host->pciDevice(member);
            if (!passed.contains(member) && !(other && other->isBridge()))
                left << member.toString();
        }
        if (!left.isEmpty()) {
            findings << finding("iommu-group", S::Error,
                                tr("IOMMU group %1 is not passed whole: %2 stay with the host, and the VM will not start "
                                   "(or the host loses them anyway).").arg(group->id).arg(left.join(u", "_s)),
                                archWiki);
            break;
        }
    }
}

void zfsScrub(const DomainFacts &facts, const QStringList *scrubbingPools, QList<LintFinding> &findings)
{
    using S = LintFinding::Severity;
    for (const DomainFacts::Disk &disk : facts.disks) {
        if (!disk.source.startsWith(u"/dev/zvol/"_s))
            continue;
        const QString pool = disk.source.mid(10).section(u'/', 0, 0);
        if (!scrubbingPools) {
            findings << finding("zfs-scrub", S::Info,
                                tr("Disk %1 is a zvol of pool %2, but zpool could not be asked whether the pool is "
                                   "scrubbing: rule skipped.").arg(disk.target, pool), article);
            return;
        }
        if (scrubbingPools->contains(pool))
            findings << finding("zfs-scrub", S::Warning,
                                tr("Pool %1 behind disk %2 is scrubbing: every disk of the pool is busy, and the VM waits "
                                   "behind it until the scrub ends (zpool scrub -p %1 pauses it).").arg(pool, disk.target),
                                article);
    }
}

} // namespace LintRules
