#include "cli/cli.h"

#include "cli/clioutput.h"
#include "cli/clitr.h"
#include "cli/commands.h"
#include "modules/modules.h"

#include <QCoreApplication>

namespace CommandLine {

namespace {


QString usage()
{
    return Cli::tr("Usage: vfio-wizard [--demo] [--root DIR] [--connect URI]   start the wizard\n"
              "       vfio-wizard scan [--root DIR | --connect URI] [--json]\n"
              "       vfio-wizard generate [--root DIR] [--profile FILE] [options] --out DIR\n"
              "       vfio-wizard patch [changes] FILE.xml\n"
              "       vfio-wizard lint [--root DIR] [--json] FILE.xml | --connect URI --domain NAME\n"
              "       vfio-wizard fix --connect URI --domain NAME FIXID...\n"
              "       vfio-wizard test-boot --connect URI FILE.xml | --domain NAME\n"
              "       vfio-wizard define [--connect URI] FILE.xml\n"
              "       vfio-wizard restore [--connect URI] [--domain NAME] [BACKUP]\n"
              "\n"
              "Commands:\n"
              "  scan      what the host offers for GPU passthrough: CPU, memory, IOMMU groups,\n"
              "            GPUs, network and storage\n"
              "  generate  plan a VM and write its domain XML, NixOS module and profile\n"
              "  patch     change only what the options name in a domain XML (patched XML on stdout)\n"
              "  lint      judge a domain against best practice; each finding names its fix\n"
              "  fix       apply fixes to a domain in libvirt (the old definition is saved first)\n"
              "  test-boot start a throwaway copy and check topology, pinning and hugepages\n"
              "  define    define a domain through libvirt, saving the definition it replaces\n"
              "  restore   list saved definitions, or define one again\n"
              "\n"
              "vfio-wizard COMMAND --help lists a command's options.\n");
}

} // namespace

bool isCommand(const QString &firstArgument)
{
    static const QStringList commands = {QStringLiteral("scan"), QStringLiteral("generate"), QStringLiteral("patch"), QStringLiteral("lint"), QStringLiteral("fix"), QStringLiteral("test-boot"), QStringLiteral("define"),
                                         QStringLiteral("restore"), QStringLiteral("help"),
                                         QStringLiteral("--help"), QStringLiteral("-h"),
                                         QStringLiteral("--version")};
    return commands.contains(firstArgument);
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + u' ' + command} + arguments.mid(2);
    // Commands that talk to libvirt live in a module, so the others never load libvirt.
    static const QStringList libvirtCommands = {QStringLiteral("define"), QStringLiteral("restore"), QStringLiteral("fix"),
                                                QStringLiteral("test-boot")};
    const bool remote = (command == QLatin1String("lint") || command == QLatin1String("scan"))
                        && std::any_of(rest.begin(), rest.end(), [](const QString &a) { return a.startsWith(QLatin1String("--connect")); });
    if (libvirtCommands.contains(command) || remote) {
        QString error;
        using Entry = int (*)(const QStringList &);
        if (auto entry = reinterpret_cast<Entry>(Modules::resolve(QStringLiteral("vfio-wizard-virt"), "vfioWizardVirtCommand", &error)))
            return entry(rest);
        CliOutput::error(Cli::tr("cannot load the libvirt module: %1").arg(error));
        return 1;
    }
    if (command == QLatin1String("scan"))
        return Commands::scan(rest);
    if (command == QLatin1String("generate"))
        return Commands::generate(rest);
    if (command == QLatin1String("patch"))
        return Commands::patch(rest);
    if (command == QLatin1String("lint"))
        return Commands::lint(rest);
    if (command == QLatin1String("--version")) {
        CliOutput::out(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n');
        return 0;
    }
    CliOutput::out(usage());
    return 0;
}

} // namespace CommandLine
