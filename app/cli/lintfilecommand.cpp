#include "cli/clioutput.h"
#include "cli/clitr.h"
#include "cli/commands.h"
#include "cli/lintcommand.h"

#include <QFile>

namespace Commands {

int lint(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Judges a domain against GPU-passthrough best practice and names the fix for each finding."));
    parser.addHelpOption();
    parser.addOptions(LintCommand::options());
    parser.addPositionalArgument(Cli::tr("FILE.xml"), Cli::tr("The domain XML."));
    if (const auto done = CliOutput::parse(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        CliOutput::error(Cli::tr("lint: one FILE.xml is needed (or --connect URI --domain NAME)"));
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    const std::optional<QString> contents = CliOutput::readFile(path);
    if (!contents)
        return 1;
    return LintCommand::report(parser, *contents, path);
}

} // namespace Commands
