// The memory rules: hugepages, whether the host reserved them, the balloon.
#include "lint/lintrule.h"

#include "domain/domainfacts.h"
#include "domain/domainpatches.h"
#include "host/hostscan.h"

using namespace Qt::Literals::StringLiterals;


namespace {

using S = LintFinding::Severity;

QList<LintHit> noHugepages(const LintContext &c)
{
    if (c.facts.hugepages)
        return {};
    return {{LintRules::tr("The guest's memory is in 4 KiB pages: hugepages cut the cost of address translation.")}};
}

QList<LintHit> memballoon(const LintContext &c)
{
    if ((c.facts.hugepages || !c.facts.pciHostdevs.isEmpty()) && !c.facts.memballoonNone)
        return {{LintRules::tr("A memory balloon with hugepages or passed-through devices cannot give memory back and only "
                        "costs: remove it.")}};
    return {};
}

QList<LintHit> hugepagesNotReserved(const LintContext &c)
{
    if (!c.facts.hugepages)
        return {};
    const qint64 pageKiB = c.facts.hugepageKiB > 0 ? c.facts.hugepageKiB : c.host->memory.defaultHugepageKiB;
    qint64 reserved = 0;
    for (const HugepagePool &pool : c.host->memory.hugepages)
        if (pool.sizeKiB == pageKiB)
            reserved = pool.total * pool.sizeKiB;
    if (reserved < c.facts.memoryKiB)
        return {{LintRules::tr("The domain wants %1 MiB in hugepages of %2 KiB, but the host reserves %3 MiB of them: the VM "
                               "will not start. Reserve them at boot (the NixOS module's hugepages= does).")
                     .arg(c.facts.memoryKiB / 1024).arg(pageKiB).arg(reserved / 1024)}};
    // Memory bound strictly to nodes takes its pages from those nodes' pools only.
    if (!c.facts.numatuneStrict || c.facts.numatuneNodes.isEmpty() || c.host->memory.nodeHugepages.isEmpty())
        return {};
    qint64 onNodes = 0;
    for (const HugepagePool &pool : c.host->memory.nodeHugepages)
        if (pool.sizeKiB == pageKiB && pool.node && c.facts.numatuneNodes.contains(*pool.node))
            onNodes += pool.total * pool.sizeKiB;
    if (onNodes >= c.facts.memoryKiB)
        return {};
    QStringList nodes;
    for (int node : c.facts.numatuneNodes)
        nodes << QString::number(node);
    return {{LintRules::tr("The domain's memory is bound to NUMA node %1, but the host reserves %2 MiB of hugepages of %3 KiB "
                           "there (%4 MiB in all): the VM will not start. Reserve them on that node "
                           "(hugepages=<node>:<count>, as the NixOS module does).")
                 .arg(nodes.join(u", "_s)).arg(onNodes / 1024).arg(pageKiB).arg(reserved / 1024)}};
}

} // namespace

namespace LintAreas {

QList<LintRule> memoryRules()
{
    const QString article = LintSources::article(), wiki = LintSources::archWiki();
    return {
        {"no-hugepages", S::Warning, false, article, noHugepages, "hugepages"},
        {"memballoon", S::Warning, false, wiki, memballoon, "memballoon-none"},
        {"hugepages-not-reserved", S::Warning, true, article, hugepagesNotReserved},
    };
}

QList<LintFix> memoryFixes()
{
    return {
        {"hugepages", false,
         [](QDomElement domain, const DomainFacts &facts, const HostScan *host) -> Result<void> {
             const bool gib = host && host->cpu.pdpe1gb && facts.memoryKiB % (1024 * 1024) == 0;
             DomainPatches::setHugepages(domain, gib ? VmSpec::HugepageSize::Size1G : VmSpec::HugepageSize::Size2M);
             return {};
         }},
        {"memballoon-none", false,
         [](QDomElement domain, const DomainFacts &, const HostScan *) -> Result<void> {
             DomainPatches::memballoonNone(domain);
             return {};
         }},
    };
}

} // namespace LintAreas
