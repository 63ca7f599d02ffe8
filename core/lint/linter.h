#pragma once

#include "util/result.h"
#include "util/severity.h"

#include <QDomDocument>
#include <QList>
#include <QString>
#include <QStringList>

struct HostScan;

/// One thing a domain does against GPU-passthrough best practice.
struct LintFinding
{
    using Severity = ::Severity;

    QString rule;     ///< stable id: current-vcpus, split-siblings, ...
    Severity severity = Severity::Warning;
    QString message;  ///< what is wrong and why it matters, in plain words
    QString source;   ///< where the advice comes from
    QString fix;      ///< the fix id that removes it; empty when only the user can
};

/// The "doctor": rules over a domain's XML and, where they need one, the host it runs on.
/// Every fix it offers removes its finding (tested rule by rule).
class Linter
{
public:
    /// `scrubbingPools`: the ZFS pools `zpool status` says are scrubbing; null when zpool could
    /// not be asked, which skips that rule with a note.
    static QList<LintFinding> lint(const QDomDocument &domain, const HostScan *host, const QStringList *scrubbingPools = nullptr);
    static QStringList fixIds();
    /// Applies one fix in place, touching only what it names.
    static Result<void> fix(QDomDocument &domain, const QString &fixId, const HostScan *host);
    static QString severityName(LintFinding::Severity severity);
};
