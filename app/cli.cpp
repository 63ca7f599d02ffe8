#include "cli.h"

#include "clioutput.h"
#include "commands.h"

#include <QCoreApplication>

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString usage()
{
    return tr("Usage: vfio-wizard [--demo]              start the wizard\n"
              "       vfio-wizard scan [--root DIR] [--json]\n"
              "       vfio-wizard generate [--root DIR] [--profile FILE] [options] --out DIR\n"
              "\n"
              "Commands:\n"
              "  scan      what the host offers for GPU passthrough: CPU, memory, IOMMU groups,\n"
              "            GPUs, network and storage\n"
              "  generate  plan a VM and write its domain XML, NixOS module and profile\n"
              "\n"
              "vfio-wizard COMMAND --help lists a command's options.\n");
}

} // namespace

bool isCommand(const QString &firstArgument)
{
    static const QStringList commands = {QStringLiteral("scan"), QStringLiteral("generate"), QStringLiteral("help"),
                                         QStringLiteral("--help"), QStringLiteral("-h"),
                                         QStringLiteral("--version")};
    return commands.contains(firstArgument);
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + u' ' + command} + arguments.mid(2);
    if (command == QLatin1String("scan"))
        return Commands::scan(rest);
    if (command == QLatin1String("generate"))
        return Commands::generate(rest);
    if (command == QLatin1String("--version")) {
        CliOutput::out(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n');
        return 0;
    }
    CliOutput::out(usage());
    return 0;
}

} // namespace Cli
