#pragma once

#include "lint/lintrule.h"

/// Every lint rule and fix, in the order findings are reported. Linter runs the rules and
/// dispatches fixes through it; the list of fix ids is its list.
namespace LintRegistry {
const QList<LintRule> &rules();
const QList<LintFix> &fixes();
const LintRule *rule(const QString &id);
const LintFix *fix(const QString &id);
} // namespace LintRegistry
