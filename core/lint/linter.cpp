#include "lint/linter.h"

#include "domain/domainfacts.h"
#include "domain/domainpatches.h"
#include "host/hostscan.h"
#include "lint/lintrules.h"
#include "plan/pinningplanner.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Linter", text);
}

} // namespace

QList<LintFinding> Linter::lint(const QDomDocument &domain, const HostScan *host, const QStringList *scrubbingPools)
{
    const DomainFacts facts = DomainFacts::read(domain);
    QList<LintFinding> findings;
    LintRules::zfsScrub(facts, scrubbingPools, findings);
    LintRules::cpu(facts, host, findings);
    LintRules::memory(facts, host, findings);
    LintRules::devices(facts, host, findings);
    LintRules::passthrough(facts, host, findings);
    return findings;
}

QStringList Linter::fixIds()
{
    return {u"topology"_s, u"current-vcpus"_s, u"pinning"_s, u"hugepages"_s, u"memballoon-none"_s, u"virtio-nic"_s,
            u"bridge"_s, u"driver-staging"_s, u"cache-none"_s, u"rotation-rate"_s, u"gpu-functions"_s, u"error43"_s,
            u"hyperv"_s, u"host-passthrough"_s, u"topoext"_s};
}

QString Linter::severityName(LintFinding::Severity severity)
{
    switch (severity) {
    case LintFinding::Severity::Info: return u"info"_s;
    case LintFinding::Severity::Warning: return u"warning"_s;
    case LintFinding::Severity::Error: return u"error"_s;
    }
    return {};
}

Result<void> Linter::fix(QDomDocument &document, const QString &fixId, const HostScan *host)
{
    QDomElement domain = document.documentElement();
    const DomainFacts facts = DomainFacts::read(document);
    const auto needHost = [&]() -> Result<void> {
        return Error{tr("fix %1 needs the host's facts: give --root (or run it on the host)").arg(fixId)};
    };
    const int smt = host ? std::max(1, host->cpu.threadsPerCore()) : 2;

    if (fixId == u"current-vcpus"_s) {
        domain.firstChildElement(u"vcpu"_s).removeAttribute(u"current"_s);
    } else if (fixId == u"topology"_s) {
        const int threads = facts.vcpus % smt == 0 ? smt : 1;
        DomainPatches::setTopology(domain, facts.vcpus, 1, 1, facts.vcpus / threads, threads);
    } else if (fixId == u"pinning"_s) {
        if (!host)
            return needHost();
        VmSpec::Cpu cpu;
        const PlanNotes notes = PinningPlanner::plan(host->cpu, {facts.vcpus, 1}, cpu);
        for (const PlanNote &note : notes)
            if (note.severity == PlanNote::Severity::Error)
                return Error{note.text};
        DomainPatches::setTopology(domain, cpu.vcpus, cpu.sockets, cpu.dies, cpu.cores, cpu.threads);
        DomainPatches::setPinning(domain, cpu.pins, cpu.emulatorPins, cpu.iothreadPins);
    } else if (fixId == u"hugepages"_s) {
        const bool gib = host && host->cpu.pdpe1gb && facts.memoryKiB % (1024 * 1024) == 0;
        DomainPatches::setHugepages(domain, gib ? VmSpec::HugepageSize::Size1G : VmSpec::HugepageSize::Size2M);
    } else if (fixId == u"memballoon-none"_s) {
        DomainPatches::memballoonNone(domain);
    } else if (fixId == u"virtio-nic"_s) {
        DomainPatches::virtioNic(domain, QString());
    } else if (fixId == u"bridge"_s) {
        const QString bridge = host ? LintRules::lanBridge(*host) : QString();
        if (bridge.isEmpty())
            return Error{tr("fix bridge: the host has no bridge with a physical port")};
        DomainPatches::virtioNic(domain, bridge);
    } else if (fixId == u"driver-staging"_s) {
        DomainPatches::addStagingDisk(domain, u"/var/lib/libvirt/images/"_s + facts.name + u"-virtio-staging.img"_s);
    } else if (fixId == u"cache-none"_s) {
        for (const DomainFacts::Disk &disk : facts.disks)
            if (LintRules::doubleCaches(disk))
                DomainPatches::tuneDisk(domain, disk.target, {u"none"_s, std::nullopt, disk.type == u"block"_s ? u"native"_s : disk.io, std::nullopt, std::nullopt});
    } else if (fixId == u"rotation-rate"_s) {
        if (!host)
            return needHost();
        for (const DomainFacts::Disk &disk : facts.disks)
            if (LintRules::needsRotationRate(disk, *host))
                DomainPatches::tuneDisk(domain, disk.target, {std::nullopt, std::nullopt, std::nullopt, std::nullopt, 7200});
    } else if (fixId == u"gpu-functions"_s) {
        if (!host)
            return needHost();
        for (const PciAddress &passed : facts.pciHostdevs)
            for (const Gpu &gpu : host->gpus)
                if (gpu.address.sameSlot(passed))
                    DomainPatches::addGpu(domain, gpu.functions);
    } else if (fixId == u"error43"_s) {
        DomainPatches::fixError43(domain, u"0123456789ab"_s);
    } else if (fixId == u"hyperv"_s) {
        DomainPatches::hypervEnlightenments(domain);
    } else if (fixId == u"host-passthrough"_s) {
        DomainPatches::hostPassthrough(domain);
    } else if (fixId == u"topoext"_s) {
        DomainPatches::topoext(domain);
    } else {
        return Error{tr("no fix called %1; the fixes are: %2").arg(fixId, fixIds().join(u", "_s))};
    }
    return {};
}
