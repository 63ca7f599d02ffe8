#include "lint/linter.h"

#include "domain/domainfacts.h"
#include "lint/lintregistry.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Linter)
};

} // namespace

namespace LintSources {

QString article()
{
    return Tr::tr("%1 (the article this project starts from)").arg(u"Windows-on-NixOS, part 2"_s);
}

QString libvirtDocs()
{
    return u"libvirt: Domain XML format"_s;
}

QString archWiki()
{
    return u"Arch Wiki: PCI passthrough via OVMF"_s;
}

QString url(const QString &source)
{
    if (source == article())
        return u"https://nixos.mayflower.consulting/blog/2020/06/17/windows-vm-performance/"_s;
    if (source == libvirtDocs())
        return u"https://libvirt.org/formatdomain.html"_s;
    if (source == archWiki())
        return u"https://wiki.archlinux.org/title/PCI_passthrough_via_OVMF"_s;
    return {};
}

} // namespace LintSources

QList<LintFinding> Linter::lint(const QDomDocument &domain, const HostScan *host, const QStringList *scrubbingPools)
{
    const DomainFacts facts = DomainFacts::read(domain);
    const LintContext context{facts, host, scrubbingPools};
    QList<LintFinding> findings;
    for (const LintRule &rule : LintRegistry::rules()) {
        if (rule.needsHost && !host)
            continue;
        for (const LintHit &hit : rule.check(context))
            findings << LintFinding{QString::fromLatin1(rule.id), rule.severity, hit.message, rule.source,
                                    rule.fix && hit.fixable ? QString::fromLatin1(rule.fix) : QString()};
    }
    return findings;
}

QStringList Linter::fixIds()
{
    QStringList ids;
    for (const LintFix &fix : LintRegistry::fixes())
        ids << QString::fromLatin1(fix.id);
    return ids;
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
    const LintFix *fix = LintRegistry::fix(fixId);
    if (!fix)
        return Error{Tr::tr("no fix called %1; the fixes are: %2").arg(fixId, fixIds().join(u", "_s))};
    if (fix->needsHost && !host)
        return Error{Tr::tr("fix %1 needs the host's facts: run it on the host, or give its saved tree (--root DIR)").arg(fixId)};
    return fix->apply(document.documentElement(), DomainFacts::read(document), host);
}
