// `vfio-wizard lint`: compiled into the main program (for files) and into the libvirt module
// (for --connect), so both print findings the same way.
#include "cli/lintcommand.h"

#include "cli/clioutput.h"
#include "cli/clitr.h"

#include "lint/linter.h"
#include "scan/hostscanner.h"
#include "scan/zpoolstatus.h"
#include "util/jsonwriter.h"

#include <QProcess>
#include <QStandardPaths>

#include <QDomDocument>

namespace LintCommand {

QList<QCommandLineOption> options()
{
    return {{QStringLiteral("root"), Cli::tr("Judge against the host tree DIR (default: this machine)."), Cli::tr("DIR"), QStringLiteral("/")},
            {QStringLiteral("no-host"), Cli::tr("Judge the XML alone, without the host's facts.")},
            {QStringLiteral("json"), Cli::tr("Print the findings as JSON.")}};
}

int report(const QCommandLineParser &parser, const QString &xml, const QString &source)
{
    QDomDocument document;
    QString parseError;
    int line = 0;
    if (!document.setContent(xml, &parseError, &line) || document.documentElement().tagName() != QLatin1String("domain")) {
        CliOutput::error(Cli::tr("%1:%2: not a libvirt domain: %3").arg(source).arg(line).arg(parseError));
        return 1;
    }
    std::optional<HostScan> host;
    if (!parser.isSet(QStringLiteral("no-host"))) {
        Result<HostScan> scan = HostScanner(HostRoot(parser.value(QStringLiteral("root")))).scan();
        if (!scan) {
            CliOutput::error(scan.error());
            return 1;
        }
        host = std::move(*scan);
    }
    // zpool is the tool that knows whether a pool scrubs; without it the rule notes it skipped.
    std::optional<QStringList> scrubbing;
    const QString zpool = QStandardPaths::findExecutable(QStringLiteral("zpool"));
    if (!zpool.isEmpty() && xml.contains(QLatin1String("/dev/zvol/"))) {
        QProcess process;
        process.start(zpool, {QStringLiteral("status")});
        if (process.waitForFinished(10000) && process.exitCode() == 0)
            scrubbing = ZpoolStatus::scrubbingPools(QString::fromUtf8(process.readAllStandardOutput()));
    }
    const QList<LintFinding> findings = Linter::lint(document, host ? &*host : nullptr, scrubbing ? &*scrubbing : nullptr);
    if (parser.isSet(QStringLiteral("json"))) {
        JsonWriter json;
        json.beginObject();
        json.key("domain"), json.value(document.documentElement().firstChildElement(QStringLiteral("name")).text());
        json.key("findings");
        json.beginArray();
        for (const LintFinding &f : findings) {
            json.beginObject();
            json.key("rule"), json.value(f.rule);
            json.key("severity"), json.value(Linter::severityName(f.severity));
            json.key("message"), json.value(f.message);
            json.key("source"), json.value(f.source);
            json.key("fix");
            if (f.fix.isEmpty())
                json.null();
            else
                json.value(f.fix);
            json.endObject();
        }
        json.endArray();
        json.endObject();
        CliOutput::out(json.text());
        return 0;
    }
    if (findings.isEmpty())
        CliOutput::out(Cli::tr("%1: nothing to improve\n").arg(source));
    for (const LintFinding &f : findings) {
        CliOutput::out(QStringLiteral("%1: %2 [%3] %4\n").arg(source, Linter::severityName(f.severity), f.rule, f.message));
        CliOutput::out(f.fix.isEmpty() ? Cli::tr("    advice: %1\n").arg(f.source)
                                       : Cli::tr("    advice: %1; fix: %2\n").arg(f.source, f.fix));
    }
    return 0;
}

} // namespace LintCommand
