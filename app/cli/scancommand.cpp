#include "cli/clioutput.h"
#include "cli/clitr.h"
#include "cli/commands.h"

#include "host/hostscanjson.h"
#include "host/scansummary.h"
#include "scan/hostscanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Commands {

int scan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Scans a host for GPU passthrough."));
    parser.addHelpOption();
    const QCommandLineOption root(QStringLiteral("root"), Cli::tr("Scan the saved tree DIR that mirrors / instead of this machine."),
                                  Cli::tr("DIR"), QStringLiteral("/"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print one JSON object."));
    parser.addOptions({root, json});
    if (const auto done = CliOutput::parse(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        CliOutput::error(Cli::tr("scan: unexpected argument %1").arg(parser.positionalArguments().first()));
        return 2;
    }
    const Result<HostScan> scan = HostScanner(HostRoot(parser.value(root))).scan();
    if (!scan) {
        CliOutput::error(scan.error());
        return 1;
    }
    if (parser.isSet(json))
        CliOutput::out(HostScanJson::toJson(*scan));
    else
        CliOutput::out(ScanSummary::text(*scan));
    return 0;
}

} // namespace Commands
