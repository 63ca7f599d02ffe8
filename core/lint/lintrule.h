#pragma once

#include "lint/linter.h"
#include "spec/vmspec.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDomElement>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct DomainFacts;
struct HostScan;

/// What a rule sees: the domain's facts and, for rules that need them, the host and the
/// ZFS pools `zpool status` says are scrubbing (null: zpool could not be asked).
struct LintContext
{
    const DomainFacts &facts;
    const HostScan *host;
    const QStringList *scrubbingPools;
};

/// One finding of a rule: its words, and whether the rule's fix would remove it here.
struct LintHit
{
    QString message;
    bool fixable = true;
};

/// One rule of the doctor, declared once: its id, severity, whether it needs the host, where
/// its advice comes from, its check and the fix that removes what it finds (empty for advice
/// only the user can act on).
struct LintRule
{
    const char *id;
    LintFinding::Severity severity;
    bool needsHost;
    QString source;
    std::function<QList<LintHit>(const LintContext &)> check;
    const char *fix = nullptr;
};

/// One fix: a narrow patch that touches only what it names.
struct LintFix
{
    const char *id;
    bool needsHost;
    std::function<Result<void>(QDomElement domain, const DomainFacts &facts, const HostScan *host)> apply;
};

/// The translation context of every rule's words.
struct LintRules
{
    Q_DECLARE_TR_FUNCTIONS(LintRules)
};

/// What the planners would make of a domain on a host, for fixes and for offering them only
/// where they help (lint/rules/cpurules.cpp).
namespace LintPlans {
/// The passed GPU of a domain: its first passed display function the host knows, else its
/// first hostdev.
std::optional<PciAddress> gpu(const DomainFacts &facts, const HostScan &host);
/// The pinning planner's answer for the domain's vCPU count, its GPU's node considered.
std::optional<VmSpec::Cpu> pinning(const DomainFacts &facts, const HostScan &host);
/// The host nodes the domain's memory belongs on, for its pins as they are; nullopt when the
/// host has one node, the vCPUs are not pinned, or the memory does not fit there.
std::optional<QList<int>> memoryNodes(const DomainFacts &facts, const HostScan &host, const VmSpec::Cpu &placement);
/// The domain's pins and cells as a planned VmSpec::Cpu (what memoryNodes() takes).
VmSpec::Cpu placementOf(const DomainFacts &facts, const HostScan &host);
/// The domain's memory as a VmSpec::Memory: size and hugepage size.
VmSpec::Memory memoryOf(const DomainFacts &facts);
} // namespace LintPlans

/// Where the advice comes from, named once.
namespace LintSources {
QString article();
QString libvirtDocs();
QString archWiki();
/// Where a source can be read (empty for one without a page).
QString url(const QString &source);
} // namespace LintSources

/// The rules and fixes by area, each file its own list; LintRegistry puts them together.
namespace LintAreas {
QList<LintRule> platformRules();
QList<LintFix> platformFixes();
QList<LintRule> cpuRules();
QList<LintFix> cpuFixes();
QList<LintRule> memoryRules();
QList<LintFix> memoryFixes();
QList<LintRule> deviceRules();
QList<LintFix> deviceFixes();
QList<LintRule> passthroughRules();
QList<LintFix> passthroughFixes();
QList<LintRule> placementRules();
QList<LintFix> placementFixes();
} // namespace LintAreas
