#include "cli.h"

#include "hostscanjson.h"
#include "hostscanner.h"
#include "scansummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

void printError(const QString &message)
{
    QTextStream(stderr) << "vfio-wizard: " << message << '\n';
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString usage()
{
    return tr("Usage: vfio-wizard [--demo]              start the wizard\n"
              "       vfio-wizard scan [--root DIR] [--json]\n"
              "\n"
              "Commands:\n"
              "  scan    what the host offers for GPU passthrough: CPU, memory, IOMMU groups,\n"
              "          GPUs, network and storage\n");
}

int scanCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Scans a host for GPU passthrough."));
    parser.addHelpOption();
    const QCommandLineOption root(QStringLiteral("root"), tr("Scan the saved tree DIR that mirrors / instead of this machine."),
                                  tr("DIR"), QStringLiteral("/"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({root, json});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText().toUtf8());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("scan: unexpected argument %1").arg(parser.positionalArguments().first()));
        return 2;
    }
    const HostScanner scanner{HostRoot(parser.value(root))};
    const Result<HostScan> scan = scanner.scan();
    if (!scan) {
        printError(scan.error());
        return 1;
    }
    if (parser.isSet(json))
        writeOut(HostScanJson::toJson(*scan));
    else
        writeOut(ScanSummary::text(*scan).toUtf8());
    return 0;
}

} // namespace

bool isCommand(const QString &firstArgument)
{
    static const QStringList commands = {QStringLiteral("scan"), QStringLiteral("help"),
                                         QStringLiteral("--help"), QStringLiteral("-h"),
                                         QStringLiteral("--version")};
    return commands.contains(firstArgument);
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + u' ' + command} + arguments.mid(2);
    if (command == QLatin1String("scan"))
        return scanCommand(rest);
    if (command == QLatin1String("--version")) {
        writeOut((QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n').toUtf8());
        return 0;
    }
    writeOut(usage().toUtf8());
    return 0;
}

} // namespace Cli
