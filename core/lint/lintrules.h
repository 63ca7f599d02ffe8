#pragma once

#include "domain/domainfacts.h"
#include "lint/linter.h"

struct HostScan;

/// The lint rules, by the part of the domain they judge. Rules that need the host skip
/// themselves when it is not given.
namespace LintRules {

void cpu(const DomainFacts &facts, const HostScan *host, QList<LintFinding> &findings);
void memory(const DomainFacts &facts, const HostScan *host, QList<LintFinding> &findings);
void devices(const DomainFacts &facts, const HostScan *host, QList<LintFinding> &findings);
void passthrough(const DomainFacts &facts, const HostScan *host, QList<LintFinding> &findings);
void zfsScrub(const DomainFacts &facts, const QStringList *scrubbingPools, QList<LintFinding> &findings);

/// A bridge of the host with a physical port (the one with the default route first), or empty.
QString lanBridge(const HostScan &host);
/// The disk caches in the host's page cache as well as in the guest's.
bool doubleCaches(const DomainFacts::Disk &disk);
/// The disk's data is on spinning disks, and the guest is not told so.
bool needsRotationRate(const DomainFacts::Disk &disk, const HostScan &host);

} // namespace LintRules
