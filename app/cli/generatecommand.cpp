#include "cli/clioutput.h"
#include "cli/clitr.h"
#include "cli/commands.h"
#include "spec/enumnames.h"
#include "spec/fieldchecks.h"

#include "apply/vmoutput.h"
#include "domain/domainwriter.h"
#include "plan/vmplanner.h"
#include "scan/hostscanner.h"
#include "spec/vmspecjson.h"
#include "util/filewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Commands {

using namespace Qt::Literals::StringLiterals;

namespace {


struct Options
{
    QCommandLineOption root{QStringLiteral("root"), Cli::tr("Plan for the saved host tree DIR instead of this machine."), Cli::tr("DIR"), QStringLiteral("/")};
    QCommandLineOption profile{QStringLiteral("profile"), Cli::tr("Start from a saved plan; options change only their part."), Cli::tr("FILE")};
    QCommandLineOption name{QStringLiteral("name"), Cli::tr("The VM's name (default win10)."), Cli::tr("NAME")};
    QCommandLineOption os{QStringLiteral("os"), Cli::tr("windows10, windows11 or linux."), Cli::tr("OS")};
    QCommandLineOption gpu{QStringLiteral("gpu"), Cli::tr("The GPU to pass through (a PCI address), or none."), Cli::tr("ADDR")};
    QCommandLineOption fix{QStringLiteral("fix-error43"), Cli::tr("Hide the hypervisor from the GPU driver (NVIDIA Error 43).")};
    QCommandLineOption noFix{QStringLiteral("no-fix-error43"), Cli::tr("Do not hide the hypervisor.")};
    QCommandLineOption vendorId{QStringLiteral("vendor-id"), Cli::tr("The Hyper-V vendor id for the Error 43 fix (1-12 characters)."), Cli::tr("ID")};
    QCommandLineOption vcpus{QStringLiteral("vcpus"), Cli::tr("Number of vCPUs."), Cli::tr("N")};
    QCommandLineOption reserve{QStringLiteral("reserve-cores"), Cli::tr("Physical cores kept for the host (default 1)."), Cli::tr("N")};
    QCommandLineOption noIsolation{QStringLiteral("no-isolation"), Cli::tr("Let the host's own tasks run on the vCPUs' threads while the VM runs (no libvirt hook).")};
    QCommandLineOption memory{QStringLiteral("memory"), Cli::tr("Guest memory in GiB."), Cli::tr("GiB")};
    QCommandLineOption hugepages{QStringLiteral("hugepages"), Cli::tr("Hugepage size: 1G, 2M or off."), Cli::tr("SIZE")};
    QCommandLineOption bridge{QStringLiteral("bridge"), Cli::tr("The bridge to join (created over the uplink if missing)."), Cli::tr("NAME")};
    QCommandLineOption uplink{QStringLiteral("uplink"), Cli::tr("The NIC a new bridge is built over."), Cli::tr("IF")};
    QCommandLineOption nat{QStringLiteral("nat"), Cli::tr("Use libvirt's NAT network instead of a bridge.")};
    QCommandLineOption disk{QStringLiteral("disk"), Cli::tr("A disk: zvol, logical volume, whole disk or image file (repeat for more; the first boots)."), Cli::tr("PATH")};
    QCommandLineOption iso{QStringLiteral("virtio-iso"), Cli::tr("The virtio-win driver ISO."), Cli::tr("PATH")};
    QCommandLineOption installIso{QStringLiteral("install-iso"), Cli::tr("An installer ISO (Windows or Linux), attached as a CD-ROM and booted first."), Cli::tr("PATH")};
    QCommandLineOption evdev{QStringLiteral("evdev"), Cli::tr("A keyboard or mouse of the host for the VM (/dev/input/by-id/...; repeat for more; default: all of them)."), Cli::tr("DEV")};
    QCommandLineOption noEvdev{QStringLiteral("no-evdev"), Cli::tr("Give the VM none of the host's keyboards and mice.")};
    QCommandLineOption usbController{QStringLiteral("usb-controller"), Cli::tr("A whole USB controller for the VM's keyboard and mouse (a PCI address)."), Cli::tr("ADDR")};
    QCommandLineOption staging{QStringLiteral("driver-staging"), Cli::tr("Keep the boot disk on SATA and add a small virtio disk until Windows has the driver.")};
    QCommandLineOption user{QStringLiteral("user"), Cli::tr("The user to put into the libvirtd group."), Cli::tr("NAME")};
    QCommandLineOption defineAtBoot{QStringLiteral("define-at-boot"), Cli::tr("Let the NixOS module define the VM at boot.")};
    QCommandLineOption out{QStringLiteral("out"), Cli::tr("Where to write NAME.xml, NAME.nix and NAME.profile.json."), Cli::tr("DIR")};
    QCommandLineOption force{QStringLiteral("force"), Cli::tr("Replace files that exist.")};
    QCommandLineOption allowHostUse{QStringLiteral("allow-host-use"),
                                    Cli::tr("Give the VM a disk or PCI device although the host uses it (repeat for more); "
                                            "the host loses what it holds."),
                                    Cli::tr("DEVICE")};

    QList<QCommandLineOption> all() const
    {
        return {root, profile, name, os, gpu, fix, noFix, vendorId, vcpus, reserve, noIsolation, memory, hugepages, bridge, uplink,
                nat, disk, iso, installIso, evdev, noEvdev, usbController, staging, user, defineAtBoot, out, force, allowHostUse};
    }
};

std::optional<int> positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option, QString *error)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0) {
        *error = Cli::tr("--%1: \"%2\" is not a whole number").arg(option.names().first(), parser.value(option));
        return std::nullopt;
    }
    return value;
}

/// The request the options make, or the first option that makes no sense.
Result<PlanRequest> requestFrom(const QCommandLineParser &parser, const Options &o)
{
    PlanRequest request;
    QString error;
    request.name = parser.value(o.name);
    if (parser.isSet(o.os)) {
        request.os = Names::os.value(parser.value(o.os));
        if (!request.os)
            return Error{Cli::tr("--%1: \"%2\" is not one of %3").arg(u"os"_s, parser.value(o.os), Names::os.names().join(u", "_s))};
    }
    if (parser.isSet(o.gpu))
        request.gpu = parser.value(o.gpu);
    if (parser.isSet(o.fix) && parser.isSet(o.noFix))
        return Error{Cli::tr("--fix-error43 and --no-fix-error43 contradict each other")};
    if (parser.isSet(o.fix) || parser.isSet(o.noFix))
        request.fixError43 = parser.isSet(o.fix);
    request.vcpus = positiveNumber(parser, o.vcpus, &error);
    request.reservedCores = positiveNumber(parser, o.reserve, &error);
    if (parser.isSet(o.noIsolation))
        request.isolateHost = false;
    if (const auto gib = positiveNumber(parser, o.memory, &error))
        request.memoryMiB = qint64(*gib) * 1024;
    if (!error.isEmpty())
        return Error{error};
    if (parser.isSet(o.hugepages)) {
        request.hugepages = Names::hugepages.value(parser.value(o.hugepages), Qt::CaseInsensitive);
        if (!request.hugepages)
            return Error{Cli::tr("--%1: \"%2\" is not one of %3").arg(u"hugepages"_s, parser.value(o.hugepages), Names::hugepages.names().join(u", "_s))};
    }
    if (parser.isSet(o.bridge))
        request.bridge = parser.value(o.bridge);
    if (parser.isSet(o.uplink))
        request.uplink = parser.value(o.uplink);
    if (parser.isSet(o.nat))
        request.nat = true;
    request.disks = parser.values(o.disk);
    request.virtioIso = parser.value(o.iso);
    request.installIso = parser.value(o.installIso);
    if (parser.isSet(o.evdev) && parser.isSet(o.noEvdev))
        return Error{Cli::tr("--evdev and --no-evdev contradict each other")};
    if (parser.isSet(o.evdev))
        request.evdev = parser.values(o.evdev);
    request.noEvdev = parser.isSet(o.noEvdev);
    if (parser.isSet(o.usbController)) {
        request.usbController = PciAddress::parse(parser.value(o.usbController));
        if (!request.usbController)
            return Error{Cli::tr("--usb-controller: \"%1\" is not a PCI address").arg(parser.value(o.usbController))};
    }
    if (parser.isSet(o.staging))
        request.driverStaging = true;
    request.user = parser.value(o.user);
    request.allowHostUse = parser.values(o.allowHostUse);
    return request;
}

QString severityPrefix(PlanNote::Severity severity)
{
    switch (severity) {
    case PlanNote::Severity::Info: return QString();
    case PlanNote::Severity::Warning: return Cli::tr("warning: ");
    case PlanNote::Severity::Error: return Cli::tr("error: ");
    }
    return {};
}

} // namespace

int generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Plans a VM for this host and writes its domain XML, NixOS module and profile."));
    parser.addHelpOption();
    const Options o;
    parser.addOptions(o.all());
    if (const auto done = CliOutput::parse(parser, arguments))
        return *done;
    if (!parser.isSet(o.out)) {
        CliOutput::error(Cli::tr("generate: --out DIR is needed"));
        return 2;
    }
    const Result<PlanRequest> request = requestFrom(parser, o);
    if (!request) {
        CliOutput::error(request.error());
        return 2;
    }

    std::optional<VmSpec> base;
    if (parser.isSet(o.profile)) {
        const QString path = parser.value(o.profile);
        const std::optional<QString> contents = CliOutput::readFile(path);
        if (!contents)
            return 1;
        QStringList unknown;
        Result<VmSpec> loaded = VmSpecJson::fromJson(contents->toUtf8(), path, &unknown);
        if (!loaded) {
            CliOutput::error(loaded.error());
            return 1;
        }
        for (const QString &key : unknown)
            CliOutput::out(Cli::tr("warning: %1: unknown key %2 ignored\n").arg(path, key));
        base = *loaded;
    }

    const HostRoot root(parser.value(o.root));
    const Result<HostScan> scan = HostScanner(root).scan();
    if (!scan) {
        CliOutput::error(scan.error());
        return 1;
    }
    VmPlan plan = VmPlanner::plan(*scan, root, *request, base ? &*base : nullptr);
    if (parser.isSet(o.vendorId)) {
        plan.spec.error43.vendorId = parser.value(o.vendorId);
        if (const QString why = FieldChecks::vendorId(plan.spec.error43.vendorId); !why.isEmpty())
            plan.notes << PlanNote::error(QStringLiteral("gpu"), why);
    }
    if (parser.isSet(o.defineAtBoot))
        plan.spec.defineAtBoot = true;

    for (const QString &warning : scan->warnings)
        CliOutput::out(Cli::tr("warning: %1\n").arg(warning));
    for (const PlanNote &note : std::as_const(plan.notes)) {
        if (note.severity == PlanNote::Severity::Error)
            CliOutput::error(note.text);
        else
            CliOutput::out(QStringLiteral("%1%2: %3\n").arg(severityPrefix(note.severity), note.topic, note.text));
    }
    if (!plan.ok())
        return 1;

    const QString dir = parser.value(o.out);
    const QList<VmOutput::File> files = VmOutput::files(dir, plan.spec, *scan, DomainWriter::write(plan.spec));
    const auto overwrite = parser.isSet(o.force) ? FileWriter::Overwrite::Yes : FileWriter::Overwrite::No;
    if (const Result<void> written = VmOutput::write(dir, files, overwrite); !written) {
        CliOutput::error(VmOutput::existing(VmOutput::pathsOf(files)).isEmpty() ? written.error()
                                                             : Cli::tr("%1 (--force replaces it)").arg(written.error()));
        return 1;
    }
    for (const VmOutput::File &file : files)
        CliOutput::out(Cli::tr("wrote %1\n").arg(file.path));
    return 0;
}

} // namespace Commands
