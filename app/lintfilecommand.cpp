#include "clioutput.h"
#include "clitr.h"
#include "commands.h"
#include "lintcommand.h"

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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CliOutput::error(Cli::tr("%1: cannot read: %2").arg(path, file.errorString()));
        return 1;
    }
    return LintCommand::report(parser, QString::fromUtf8(file.readAll()), path);
}

} // namespace Commands
