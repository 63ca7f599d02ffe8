// The lint rules on arbitrary domains against the article's host. Invariant: every fix the
// linter offers removes its finding when applied.
#include "fuzzdomain.h"
#include "lint/linter.h"
#include "scan/hostscanner.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const HostScan &host()
{
    static const HostScan scan = *HostScanner(HostRoot(QStringLiteral(VFIO_TEST_HOSTS_DIR "/article"))).scan();
    return scan;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QDomDocument> parsed = domainFromBytes(data, size);
    if (!parsed)
        return 0;
    const QDomDocument &document = *parsed;
    const QStringList noScrubs;
    const QList<LintFinding> findings = Linter::lint(document, &host(), &noScrubs);
    for (const LintFinding &finding : findings) {
        if (finding.fix.isEmpty())
            continue;
        QDomDocument fixed = document.cloneNode(true).toDocument();
        if (!Linter::fix(fixed, finding.fix, &host()))
            continue;
        for (const LintFinding &after : Linter::lint(fixed, &host(), &noScrubs)) {
            if (after.rule == finding.rule) {
                std::fprintf(stderr, "fix %s left finding %s: %s\n", qPrintable(finding.fix), qPrintable(after.rule), qPrintable(after.message));
                std::abort();
            }
        }
    }
    return 0;
}
