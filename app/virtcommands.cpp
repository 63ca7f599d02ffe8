// The subcommands that talk to libvirt, built as the module vfio-wizard-virt.
#include "clioutput.h"
#include "clitr.h"

#include "definitionbackups.h"
#include "domaindefiner.h"
#include "libvirtconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace {


QString defaultBackupDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/vfio-wizard/backups");
}

QCommandLineOption connectOption()
{
    return {QStringLiteral("connect"), Cli::tr("The libvirt URI (default qemu:///system)."), Cli::tr("URI"), QStringLiteral("qemu:///system")};
}

QCommandLineOption backupsOption()
{
    return {QStringLiteral("backups"), Cli::tr("Where backups of replaced definitions go (default %1).").arg(defaultBackupDirectory()),
            Cli::tr("DIR"), defaultBackupDirectory()};
}

void reportDefined(const DomainDefiner::Outcome &outcome)
{
    CliOutput::out(outcome.defined.replaced ? Cli::tr("redefined %1\n").arg(outcome.defined.name)
                                            : Cli::tr("defined %1\n").arg(outcome.defined.name));
    if (!outcome.backupPath.isEmpty())
        CliOutput::out(Cli::tr("the previous definition is saved in %1\n").arg(outcome.backupPath));
    if (outcome.defined.running)
        CliOutput::out(Cli::tr("%1 is running: the new definition takes effect when it next starts\n").arg(outcome.defined.name));
}

int define(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Defines a domain from its XML, saving the definition it replaces first."));
    parser.addHelpOption();
    parser.addOptions({connectOption(), backupsOption()});
    parser.addPositionalArgument(Cli::tr("FILE.xml"), Cli::tr("The domain XML."));
    if (const auto done = CliOutput::parse(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        CliOutput::error(Cli::tr("define: one FILE.xml is needed"));
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CliOutput::error(Cli::tr("%1: cannot read: %2").arg(path, file.errorString()));
        return 1;
    }
    Result<LibvirtConnection> connection = LibvirtConnection::open(parser.value(QStringLiteral("connect")));
    if (!connection) {
        CliOutput::error(connection.error());
        return 1;
    }
    const DefinitionBackups backups(parser.value(QStringLiteral("backups")));
    const Result<DomainDefiner::Outcome> outcome = DomainDefiner(*connection, backups).define(QString::fromUtf8(file.readAll()));
    if (!outcome) {
        CliOutput::error(path + QStringLiteral(": ") + outcome.error());
        return 1;
    }
    reportDefined(*outcome);
    return 0;
}

int restore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists the saved definitions, or defines one again."));
    parser.addHelpOption();
    const QCommandLineOption domain(QStringLiteral("domain"), Cli::tr("Only the backups of this domain."), Cli::tr("NAME"));
    parser.addOptions({connectOption(), backupsOption(), domain});
    parser.addPositionalArgument(Cli::tr("BACKUP"), Cli::tr("The backup to define again (a path from the list)."), Cli::tr("[BACKUP]"));
    if (const auto done = CliOutput::parse(parser, arguments))
        return *done;
    const DefinitionBackups backups(parser.value(QStringLiteral("backups")));
    if (parser.positionalArguments().isEmpty()) {
        const auto entries = backups.list(parser.value(domain));
        if (entries.isEmpty())
            CliOutput::out(Cli::tr("no backups in %1\n").arg(backups.directory()));
        for (const DefinitionBackups::Entry &entry : entries)
            CliOutput::out(QStringLiteral("%1  %2  %3\n").arg(entry.savedAt.toString(Qt::ISODate), entry.domain, entry.path));
        return 0;
    }
    Result<LibvirtConnection> connection = LibvirtConnection::open(parser.value(QStringLiteral("connect")));
    if (!connection) {
        CliOutput::error(connection.error());
        return 1;
    }
    const QString path = parser.positionalArguments().first();
    const Result<DomainDefiner::Outcome> outcome = DomainDefiner(*connection, backups).restore(path);
    if (!outcome) {
        CliOutput::error(path + QStringLiteral(": ") + outcome.error());
        return 1;
    }
    reportDefined(*outcome);
    return 0;
}

} // namespace

extern "C" Q_DECL_EXPORT int vfioWizardVirtCommand(const QStringList &arguments)
{
    const QString command = arguments.value(0).section(u' ', -1);
    if (command == QLatin1String("define"))
        return define(arguments);
    if (command == QLatin1String("restore"))
        return restore(arguments);
    CliOutput::error(Cli::tr("unknown command %1").arg(command));
    return 2;
}
