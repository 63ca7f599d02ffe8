// The passthrough rules: Hyper-V enlightenments, GPU functions, IOMMU groups, Error 43.
#include "lint/lintrule.h"

#include "domain/domainfacts.h"
#include "domain/domainpatches.h"
#include "host/hostscan.h"
#include "spec/vmspec.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

using S = LintFinding::Severity;

QSet<PciAddress> passed(const DomainFacts &facts)
{
    return {facts.pciHostdevs.begin(), facts.pciHostdevs.end()};
}

/// The host's GPUs of which the domain passes at least one function.
QList<const Gpu *> passedGpus(const DomainFacts &facts, const HostScan &host)
{
    const QSet<PciAddress> functions = passed(facts);
    QList<const Gpu *> gpus;
    for (const Gpu &gpu : host.gpus)
        if (std::any_of(gpu.functions.begin(), gpu.functions.end(), [&](const PciAddress &f) { return functions.contains(f); }))
            gpus << &gpu;
    return gpus;
}

QList<LintHit> hyperv(const LintContext &c)
{
    if (!c.facts.windows || c.facts.hypervPassthrough || c.facts.hypervMissing.isEmpty())
        return {};
    return {{LintRules::tr("Windows runs better with the Hyper-V enlightenments; missing: %1.").arg(c.facts.hypervMissing.join(u", "_s))}};
}

QList<LintHit> gpuFunctions(const LintContext &c)
{
    const QSet<PciAddress> functions = passed(c.facts);
    QList<LintHit> hits;
    for (const Gpu *gpu : passedGpus(c.facts, *c.host)) {
        QStringList missing;
        for (const PciAddress &function : gpu->functions)
            if (!functions.contains(function))
                missing << function.toString();
        if (!missing.isEmpty())
            hits << LintHit{LintRules::tr("%1 is passed without %2: the functions of one card go to the guest together.")
                                .arg(gpu->address.toString(), missing.join(u", "_s))};
    }
    return hits;
}

/// The passed functions of each host slot do not share one guest slot as on the card, or
/// function 0 does not say it is one of several.
QList<LintHit> gpuGuestSlot(const LintContext &c)
{
    QList<LintHit> hits;
    QSet<PciAddress> seen;
    for (const DomainFacts::Hostdev &first : c.facts.hostdevs) {
        const PciAddress slot{first.source.domain, first.source.bus, first.source.device, 0};
        if (seen.contains(slot))
            continue;
        seen.insert(slot);
        QList<const DomainFacts::Hostdev *> functions;
        for (const DomainFacts::Hostdev &h : c.facts.hostdevs)
            if (h.source.sameSlot(first.source))
                functions << &h;
        if (functions.size() < 2)
            continue;
        bool together = true;
        bool multifunction = false;
        for (const DomainFacts::Hostdev *h : functions) {
            together = together && h->guest && functions.first()->guest && h->guest->sameSlot(*functions.first()->guest);
            multifunction = multifunction || h->multifunction;
        }
        if (!together || !multifunction)
            hits << LintHit{LintRules::tr("The functions of %1 are not one multifunction device in the guest as on the card: "
                                   "some drivers (NVIDIA's HDMI audio among them) look for them on the same slot.")
                                .arg(slot.toString().chopped(2))};
    }
    return hits;
}

QList<LintHit> unmanagedHostdev(const LintContext &c)
{
    QStringList unmanaged;
    for (const DomainFacts::Hostdev &h : c.facts.hostdevs)
        if (!h.managed)
            unmanaged << h.source.toString();
    if (unmanaged.isEmpty())
        return {};
    return {{LintRules::tr("%1 are not managed: libvirt does not detach them from their host drivers, so the VM starts only "
                    "after someone unbinds them by hand.").arg(unmanaged.join(u", "_s))}};
}

QList<LintHit> error43(const LintContext &c)
{
    QList<LintHit> hits;
    const bool fixed = (c.facts.vendorIdSet || c.facts.hypervPassthrough) && c.facts.kvmHidden;
    for (const Gpu *gpu : passedGpus(c.facts, *c.host))
        if (gpu->vendorId == 0x10de && !fixed)
            hits << LintHit{LintRules::tr("An NVIDIA GPU without the Error 43 fix: drivers before 465 refuse to run in a VM they "
                                   "recognise. (Newer drivers do not need it.)")};
    return hits;
}

QList<LintHit> iommuGroup(const LintContext &c)
{
    const QSet<PciAddress> functions = passed(c.facts);
    for (const PciAddress &address : c.facts.pciHostdevs) {
        const PciDevice *device = c.host->pciDevice(address);
        const IommuGroup *group = device && device->iommuGroup ? c.host->iommu.group(*device->iommuGroup) : nullptr;
        if (!group)
            continue;
        QStringList left;
        for (const PciAddress &member : group->devices) {
            const PciDevice *other = c.host->pciDevice(member);
            if (!functions.contains(member) && !(other && other->isBridge()))
                left << member.toString();
        }
        if (!left.isEmpty())
            return {{LintRules::tr("IOMMU group %1 is not passed whole: %2 stay with the host, and the VM will not start (or the "
                            "host loses them anyway).").arg(group->id).arg(left.join(u", "_s))}};
    }
    return {};
}

} // namespace

namespace LintAreas {

QList<LintRule> passthroughRules()
{
    const QString article = LintSources::article(), libvirt = LintSources::libvirtDocs(), wiki = LintSources::archWiki();
    return {
        {"hyperv", S::Warning, false, libvirt, hyperv, "hyperv"},
        {"gpu-functions", S::Error, true, wiki, gpuFunctions, "gpu-functions"},
        {"error43", S::Warning, true, article, error43, "error43"},
        {"iommu-group", S::Error, true, wiki, iommuGroup},
        {"gpu-guest-slot", S::Warning, false, wiki, gpuGuestSlot, "gpu-guest-slot"},
        {"unmanaged-hostdev", S::Info, false, libvirt, unmanagedHostdev, "managed"},
    };
}

QList<LintFix> passthroughFixes()
{
    return {
        {"gpu-functions", true,
         [](QDomElement domain, const DomainFacts &facts, const HostScan *host) -> Result<void> {
             for (const Gpu *gpu : passedGpus(facts, *host))
                 DomainPatches::addGpu(domain, gpu->functions);
             return {};
         }},
        {"gpu-guest-slot", false,
         [](QDomElement domain, const DomainFacts &facts, const HostScan *) -> Result<void> {
             // Passing the slot's functions again puts them on one guest slot, in order.
             QSet<PciAddress> done;
             for (const DomainFacts::Hostdev &first : facts.hostdevs) {
                 const PciAddress slot{first.source.domain, first.source.bus, first.source.device, 0};
                 if (done.contains(slot))
                     continue;
                 done.insert(slot);
                 QList<PciAddress> functions;
                 for (const DomainFacts::Hostdev &h : facts.hostdevs)
                     if (h.source.sameSlot(slot))
                         functions << h.source;
                 std::sort(functions.begin(), functions.end());
                 if (functions.size() > 1)
                     DomainPatches::addGpu(domain, functions);
             }
             return {};
         }},
        {"managed", false,
         [](QDomElement domain, const DomainFacts &, const HostScan *) -> Result<void> {
             DomainPatches::managedHostdevs(domain);
             return {};
         }},
        {"error43", false,
         [](QDomElement domain, const DomainFacts &, const HostScan *) -> Result<void> {
             DomainPatches::fixError43(domain, VmSpec::Error43Fix::defaultVendorId);
             return {};
         }},
        {"hyperv", false,
         [](QDomElement domain, const DomainFacts &, const HostScan *) -> Result<void> {
             DomainPatches::hypervEnlightenments(domain);
             return {};
         }},
    };
}

} // namespace LintAreas
