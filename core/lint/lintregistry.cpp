#include "lint/lintregistry.h"

namespace LintRegistry {

const QList<LintRule> &rules()
{
    static const QList<LintRule> all = LintAreas::platformRules() + LintAreas::cpuRules() + LintAreas::placementRules()
                                       + LintAreas::memoryRules() + LintAreas::deviceRules() + LintAreas::passthroughRules();
    return all;
}

const QList<LintFix> &fixes()
{
    static const QList<LintFix> all = LintAreas::platformFixes() + LintAreas::cpuFixes() + LintAreas::placementFixes()
                                      + LintAreas::memoryFixes() + LintAreas::deviceFixes() + LintAreas::passthroughFixes();
    return all;
}

const LintRule *rule(const QString &id)
{
    for (const LintRule &r : rules())
        if (id == QLatin1String(r.id))
            return &r;
    return nullptr;
}

const LintFix *fix(const QString &id)
{
    for (const LintFix &f : fixes())
        if (id == QLatin1String(f.id))
            return &f;
    return nullptr;
}

} // namespace LintRegistry
