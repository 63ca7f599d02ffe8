// The subcommands that talk to libvirt, built as the module vfio-wizard-virt.
#include "cli/clioutput.h"
#include "cli/clitr.h"
#include "cli/lintcommand.h"

#include "apply/definitionbackups.h"
#include "domain/model/domainxml.h"
#include "host/hostscanjson.h"
#include "host/scansummary.h"
#include "libvirt/domaindefiner.h"
#include "libvirt/libvirtconnection.h"
#include "libvirt/libvirthostsource.h"
#include "libvirt/testboot.h"
#include "lint/linter.h"
#include "scan/hostscanner.h"
#include "util/cpulist.h"

#include <QDomDocument>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace {


QCommandLineOption connectOption()
{
    return {QStringLiteral("connect"), Cli::tr("The libvirt URI (default qemu:///system)."), Cli::tr("URI"), QStringLiteral("qemu:///system")};
}

QCommandLineOption backupsOption()
{
    return {QStringLiteral("backups"), Cli::tr("Where backups of replaced definitions go (default %1).").arg(DefinitionBackups::defaultDirectory()),
            Cli::tr("DIR"), DefinitionBackups::defaultDirectory()};
}

/// The connection the --connect option names, or nothing after telling the user why not.
std::optional<LibvirtConnection> connect(const QCommandLineParser &parser)
{
    Result<LibvirtConnection> connection = LibvirtConnection::open(parser.value(QStringLiteral("connect")));
    if (!connection) {
        CliOutput::error(connection.error());
        return std::nullopt;
    }
    return std::move(connection).value();
}

/// A domain's definition, or nothing after telling the user why not.
std::optional<QString> definitionOf(const LibvirtConnection &connection, const QString &name)
{
    const Result<QString> xml = connection.domainXml(name);
    if (!xml) {
        CliOutput::error(xml.error());
        return std::nullopt;
    }
    return *xml;
}

/// The connection and the named domain's definition, or nothing after telling the user why not.
std::optional<std::pair<LibvirtConnection, QString>> connectAndFetch(const QCommandLineParser &parser, const QString &name)
{
    std::optional<LibvirtConnection> connection = connect(parser);
    if (!connection)
        return std::nullopt;
    std::optional<QString> xml = definitionOf(*connection, name);
    if (!xml)
        return std::nullopt;
    return std::pair{std::move(*connection), std::move(*xml)};
}

/// Says what a definition did (or why it failed, naming `what`); returns the exit status.
int reportDefined(const Result<DomainDefiner::Outcome> &result, const QString &what)
{
    if (!result) {
        CliOutput::error(what + QStringLiteral(": ") + result.error());
        return 1;
    }
    const DomainDefiner::Outcome &outcome = *result;
    CliOutput::out(outcome.defined.replaced ? Cli::tr("redefined %1\n").arg(outcome.defined.name)
                                            : Cli::tr("defined %1\n").arg(outcome.defined.name));
    if (!outcome.backupPath.isEmpty())
        CliOutput::out(Cli::tr("the previous definition is saved in %1\n").arg(outcome.backupPath));
    if (outcome.defined.running)
        CliOutput::out(Cli::tr("%1 is running: the new definition takes effect when it next starts\n").arg(outcome.defined.name));
    return 0;
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
    const std::optional<QString> contents = CliOutput::readFile(path);
    if (!contents)
        return 1;
    std::optional<LibvirtConnection> connection = connect(parser);
    if (!connection)
        return 1;
    const DefinitionBackups backups(parser.value(QStringLiteral("backups")));
    return reportDefined(DomainDefiner(*connection, backups).define(*contents), path);
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
    std::optional<LibvirtConnection> connection = connect(parser);
    if (!connection)
        return 1;
    const QString path = parser.positionalArguments().first();
    return reportDefined(DomainDefiner(*connection, backups).restore(path), path);
}

int lint(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Judges a domain that libvirt holds against GPU-passthrough best practice."));
    parser.addHelpOption();
    const QCommandLineOption domain(QStringLiteral("domain"), Cli::tr("The domain to judge."), Cli::tr("NAME"));
    parser.addOptions(LintCommand::options() + QList<QCommandLineOption>{connectOption(), domain});
    if (const auto done = CliOutput::parse(parser, arguments))
        return *done;
    if (!parser.isSet(domain)) {
        CliOutput::error(Cli::tr("lint: --domain NAME is needed with --connect"));
        return 2;
    }
    const auto fetched = connectAndFetch(parser, parser.value(domain));
    if (!fetched)
        return 1;
    return LintCommand::report(parser, fetched->second, parser.value(domain));
}

int fix(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Applies lint fixes to a domain that libvirt holds, saving its definition first."));
    parser.addHelpOption();
    const QCommandLineOption domain(QStringLiteral("domain"), Cli::tr("The domain to fix."), Cli::tr("NAME"));
    const QCommandLineOption root(QStringLiteral("root"), Cli::tr("The host tree the fixes plan for (default: this machine)."), Cli::tr("DIR"), QStringLiteral("/"));
    parser.addOptions({connectOption(), backupsOption(), domain, root});
    parser.addPositionalArgument(Cli::tr("FIXID"), Cli::tr("The fixes to apply, as lint names them."), Cli::tr("FIXID..."));
    if (const auto done = CliOutput::parse(parser, arguments))
        return *done;
    if (!parser.isSet(domain) || parser.positionalArguments().isEmpty()) {
        CliOutput::error(Cli::tr("fix: --domain NAME and at least one FIXID are needed"));
        return 2;
    }
    auto fetched = connectAndFetch(parser, parser.value(domain));
    if (!fetched)
        return 1;
    LibvirtConnection &connection = fetched->first;
    QDomDocument document;
    document.setContent(fetched->second);
    const Result<HostScan> host = HostScanner(HostRoot(parser.value(root))).scan();
    for (const QString &id : parser.positionalArguments()) {
        if (const Result<void> fixed = Linter::fix(document, id, host ? &*host : nullptr); !fixed) {
            CliOutput::error(parser.value(domain) + QStringLiteral(": ") + fixed.error());
            return 2;
        }
    }
    const DefinitionBackups backups(parser.value(QStringLiteral("backups")));
    return reportDefined(DomainDefiner(connection, backups).define(DomainXml::toText(document)), parser.value(domain));
}

int testBoot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Starts a throwaway copy of a VM without its devices and disks, and checks "
                                             "its topology, pinning and hugepages against the XML."));
    parser.addHelpOption();
    const QCommandLineOption domain(QStringLiteral("domain"), Cli::tr("Test the definition of this domain."), Cli::tr("NAME"));
    parser.addOptions({connectOption(), domain});
    parser.addPositionalArgument(Cli::tr("FILE.xml"), Cli::tr("The domain XML."), Cli::tr("[FILE.xml]"));
    if (const auto done = CliOutput::parse(parser, arguments))
        return *done;
    if (parser.isSet(domain) == !parser.positionalArguments().isEmpty()) {
        CliOutput::error(Cli::tr("test-boot: give FILE.xml or --domain NAME"));
        return 2;
    }
    std::optional<LibvirtConnection> connection = connect(parser);
    if (!connection)
        return 1;
    QString xml;
    QString source = parser.value(domain);
    if (parser.isSet(domain)) {
        const std::optional<QString> fetched = definitionOf(*connection, source);
        if (!fetched)
            return 1;
        xml = *fetched;
    } else {
        source = parser.positionalArguments().first();
        const std::optional<QString> contents = CliOutput::readFile(source);
        if (!contents)
            return 1;
        xml = *contents;
    }
    const Result<TestBoot::Report> report = TestBoot::run(*connection, xml);
    if (!report) {
        CliOutput::error(source + QStringLiteral(": ") + report.error());
        return 1;
    }
    CliOutput::out(Cli::tr("test boot of %1 as %2 (destroyed again)\n").arg(source, report->copyName));
    if (report->accelerator == TestBoot::Accelerator::Tcg && !report->kvmRefusal.isEmpty())
        CliOutput::out(Cli::tr("ran under TCG with the CPU model qemu64: KVM could not run it (%1)\n").arg(report->kvmRefusal));
    CliOutput::out(Cli::tr("topology in the XML: %1 socket(s) x %2 cores x %3 threads\n").arg(report->sockets).arg(report->cores).arg(report->threads));
    for (const TestBoot::Vcpu &v : report->vcpus)
        CliOutput::out(Cli::tr("  vCPU %1: socket %2 core %3 thread %4, host thread %5 runs on %6 (pinned to %7)\n")
                           .arg(v.index).arg(v.socket).arg(v.core).arg(v.thread).arg(v.hostThreadId)
                           .arg(CpuList::format(v.threadAffinity), CpuList::format(v.expectedPins)));
    CliOutput::out(report->hugepageMapping.isEmpty() ? Cli::tr("memory: no hugetlbfs mapping\n")
                                                     : Cli::tr("memory: %1\n").arg(report->hugepageMapping));
    for (const QString &mismatch : report->mismatches)
        CliOutput::error(source + QStringLiteral(": ") + mismatch);
    for (const QString &unproven : report->unproven)
        CliOutput::out(Cli::tr("not proven by this run: %1\n").arg(unproven));
    if (report->ok())
        CliOutput::out(report->unproven.isEmpty() ? Cli::tr("everything as the XML says\n")
                                                  : Cli::tr("everything this run could check is as the XML says\n"));
    return report->ok() ? 0 : 1;
}

int scanRemote(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Scans a host through libvirt (for hosts reached by a qemu+ssh:// URI)."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print one JSON object."));
    parser.addOptions({connectOption(), json});
    if (const auto done = CliOutput::parse(parser, arguments))
        return *done;
    std::optional<LibvirtConnection> connection = connect(parser);
    if (!connection)
        return 1;
    const Result<HostScan> scan = LibvirtHostSource::scan(*connection);
    if (!scan) {
        CliOutput::error(scan.error());
        return 1;
    }
    CliOutput::out(parser.isSet(json) ? HostScanJson::toJson(*scan) : ScanSummary::text(*scan).toUtf8());
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
    if (command == QLatin1String("lint"))
        return lint(arguments);
    if (command == QLatin1String("fix"))
        return fix(arguments);
    if (command == QLatin1String("test-boot"))
        return testBoot(arguments);
    if (command == QLatin1String("scan"))
        return scanRemote(arguments);
    CliOutput::error(Cli::tr("unknown command %1").arg(command));
    return 2;
}
