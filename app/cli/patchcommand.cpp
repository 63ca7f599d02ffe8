#include "cli/clioutput.h"
#include "cli/clitr.h"
#include "cli/commands.h"
#include "spec/enumnames.h"
#include "spec/fieldchecks.h"

#include "domain/domainpatches.h"
#include "domain/model/domainxml.h"
#include "lint/linter.h"
#include "plan/vmplanner.h"
#include "scan/hostscanner.h"
#include "util/cpulist.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>

namespace Commands {

using namespace Qt::Literals::StringLiterals;

namespace {


struct PatchOptions
{
    QCommandLineOption error43{QStringLiteral("fix-error43"), Cli::tr("Hyper-V vendor id and hidden KVM (NVIDIA Error 43).")};
    QCommandLineOption vendorId{QStringLiteral("vendor-id"), Cli::tr("The vendor id for --fix-error43 (1-12 characters)."), Cli::tr("ID"), QStringLiteral("0123456789ab")};
    QCommandLineOption topology{QStringLiteral("topology"), Cli::tr("Guest topology; the vCPU count becomes their product and the current count the maximum."), Cli::tr("S,D,C,T")};
    QCommandLineOption pins{QStringLiteral("pins"), Cli::tr("Host CPU of each vCPU, in vCPU order."), Cli::tr("LIST")};
    QCommandLineOption emulatorPins{QStringLiteral("emulator-pins"), Cli::tr("Host CPUs for the emulator threads."), Cli::tr("CPUS")};
    QCommandLineOption iothreadPins{QStringLiteral("iothread-pins"), Cli::tr("Host CPUs for the I/O threads."), Cli::tr("CPUS")};
    QCommandLineOption hugepages{QStringLiteral("hugepages"), Cli::tr("Back the memory with hugepages: 1G or 2M."), Cli::tr("SIZE")};
    QCommandLineOption balloon{QStringLiteral("memballoon-none"), Cli::tr("Remove the memory balloon.")};
    QCommandLineOption hyperv{QStringLiteral("hyperv"), Cli::tr("Turn on the Hyper-V enlightenments.")};
    QCommandLineOption passthrough{QStringLiteral("host-passthrough"), Cli::tr("Give the guest the host's CPU model.")};
    QCommandLineOption topoext{QStringLiteral("topoext"), Cli::tr("Require topoext (SMT on AMD hosts).")};
    QCommandLineOption nic{QStringLiteral("virtio-nic"), Cli::tr("Make the first NIC virtio.")};
    QCommandLineOption bridge{QStringLiteral("bridge"), Cli::tr("With --virtio-nic: put it on this bridge."), Cli::tr("NAME")};
    QCommandLineOption iso{QStringLiteral("virtio-iso"), Cli::tr("Attach the virtio-win ISO as a CD-ROM."), Cli::tr("PATH")};
    QCommandLineOption staging{QStringLiteral("staging-disk"), Cli::tr("Add a small virtio disk (driver staging) backed by this image."), Cli::tr("PATH")};
    QCommandLineOption disk{QStringLiteral("tune-disk"), Cli::tr("The disk (its target, like sda) the next options tune."), Cli::tr("TARGET")};
    QCommandLineOption cache{QStringLiteral("cache"), Cli::tr("With --tune-disk: the cache mode."), Cli::tr("MODE")};
    QCommandLineOption bus{QStringLiteral("bus"), Cli::tr("With --tune-disk: virtio, scsi or sata."), Cli::tr("BUS")};
    QCommandLineOption io{QStringLiteral("io"), Cli::tr("With --tune-disk: the I/O mode."), Cli::tr("MODE")};
    QCommandLineOption discard{QStringLiteral("discard"), Cli::tr("With --tune-disk: on or off."), Cli::tr("on|off")};
    QCommandLineOption rotation{QStringLiteral("rotation-rate"), Cli::tr("With --tune-disk: the rotation rate (1 for an SSD, 0 removes it)."), Cli::tr("RPM")};
    QCommandLineOption addGpu{QStringLiteral("add-gpu"), Cli::tr("Pass these functions of a GPU (comma-separated addresses)."), Cli::tr("ADDRS")};
    QCommandLineOption removeGpu{QStringLiteral("remove-gpu"), Cli::tr("Stop passing the GPU in this slot."), Cli::tr("ADDR")};
    QCommandLineOption fix{QStringLiteral("fix"), Cli::tr("Apply a lint finding's fix (repeat for more)."), Cli::tr("ID")};
    QCommandLineOption root{QStringLiteral("root"), Cli::tr("With --fix: the host tree the fixes plan for (default: this machine)."), Cli::tr("DIR"), QStringLiteral("/")};

    QList<QCommandLineOption> all() const
    {
        return {error43, vendorId, topology, pins, emulatorPins, iothreadPins, hugepages, balloon, hyperv, passthrough,
                topoext, nic, bridge, iso, staging, disk, cache, bus, io, discard, rotation, addGpu, removeGpu, fix, root};
    }
};

std::optional<QList<int>> numbers(const QString &text)
{
    QList<int> list;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 0)
            return std::nullopt;
        list << n;
    }
    return list;
}

/// Applies the options to the domain; the first option that makes no sense is the error.
Result<void> apply(const QCommandLineParser &parser, const PatchOptions &o, QDomElement domain)
{
    if (parser.isSet(o.error43)) {
        if (const QString why = FieldChecks::vendorId(parser.value(o.vendorId)); !why.isEmpty())
            return Error{why};
        DomainPatches::fixError43(domain, parser.value(o.vendorId));
    }
    if (parser.isSet(o.topology)) {
        const auto t = numbers(parser.value(o.topology));
        if (!t || t->size() != 4 || t->contains(0))
            return Error{Cli::tr("--topology: \"%1\" is not SOCKETS,DIES,CORES,THREADS").arg(parser.value(o.topology))};
        DomainPatches::setTopology(domain, (*t)[0] * (*t)[1] * (*t)[2] * (*t)[3], (*t)[0], (*t)[1], (*t)[2], (*t)[3]);
    }
    if (parser.isSet(o.pins) || parser.isSet(o.emulatorPins) || parser.isSet(o.iothreadPins)) {
        const auto pins = numbers(parser.value(o.pins));
        const auto emulator = CpuList::parse(parser.value(o.emulatorPins));
        const auto iothread = CpuList::parse(parser.value(o.iothreadPins));
        if (!pins || !emulator || !iothread)
            return Error{Cli::tr("--pins, --emulator-pins, --iothread-pins: CPU numbers like 2,6,3,7 or 0,4")};
        DomainPatches::setPinning(domain, *pins, *emulator, *iothread);
    }
    if (parser.isSet(o.hugepages)) {
        // Hugepages on: a page size (patching "off" would be no fix).
        const auto size = Names::hugepages.value(parser.value(o.hugepages), Qt::CaseInsensitive);
        if (!size || *size == VmSpec::HugepageSize::Off)
            return Error{Cli::tr("--hugepages: \"%1\" is not 1G or 2M").arg(parser.value(o.hugepages))};
        DomainPatches::setHugepages(domain, *size);
    }
    if (parser.isSet(o.balloon))
        DomainPatches::memballoonNone(domain);
    if (parser.isSet(o.hyperv))
        DomainPatches::hypervEnlightenments(domain);
    if (parser.isSet(o.passthrough))
        DomainPatches::hostPassthrough(domain);
    if (parser.isSet(o.topoext))
        DomainPatches::topoext(domain);
    if (parser.isSet(o.nic))
        DomainPatches::virtioNic(domain, parser.value(o.bridge));
    if (parser.isSet(o.iso))
        DomainPatches::addVirtioIso(domain, parser.value(o.iso));
    if (parser.isSet(o.staging))
        DomainPatches::addStagingDisk(domain, parser.value(o.staging));
    if (parser.isSet(o.disk)) {
        DomainPatches::DiskTuning tuning;
        if (parser.isSet(o.cache))
            tuning.cache = parser.value(o.cache);
        if (parser.isSet(o.io))
            tuning.io = parser.value(o.io);
        if (parser.isSet(o.bus)) {
            // The bus as libvirt names it, as everything else patch takes.
            tuning.bus = Names::diskBus.fromLibvirt(parser.value(o.bus));
            if (!tuning.bus)
                return Error{Cli::tr("--%1: \"%2\" is not one of %3").arg(u"bus"_s, parser.value(o.bus), Names::diskBus.libvirtNames().join(u", "_s))};
        }
        if (parser.isSet(o.discard))
            tuning.discard = parser.value(o.discard) == QLatin1String("on");
        if (parser.isSet(o.rotation)) {
            const auto rate = numbers(parser.value(o.rotation));
            if (!rate || rate->size() != 1)
                return Error{Cli::tr("--rotation-rate: \"%1\" is not a number").arg(parser.value(o.rotation))};
            tuning.rotationRate = rate->first();
        }
        if (!DomainPatches::tuneDisk(domain, parser.value(o.disk), tuning))
            return Error{Cli::tr("--tune-disk: the domain has no disk %1").arg(parser.value(o.disk))};
    }
    if (parser.isSet(o.addGpu)) {
        QList<PciAddress> functions;
        for (const QString &text : parser.value(o.addGpu).split(u',', Qt::SkipEmptyParts)) {
            const auto address = PciAddress::parse(text);
            if (!address)
                return Error{Cli::tr("--add-gpu: \"%1\" is not a PCI address").arg(text)};
            functions << *address;
        }
        DomainPatches::addGpu(domain, functions);
    }
    if (parser.isSet(o.removeGpu)) {
        const auto address = PciAddress::parse(parser.value(o.removeGpu));
        if (!address)
            return Error{Cli::tr("--remove-gpu: \"%1\" is not a PCI address").arg(parser.value(o.removeGpu))};
        DomainPatches::removeGpu(domain, *address);
    }
    return {};
}

} // namespace

int patch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Changes what the options name in a domain XML and prints the result; "
                                        "everything else stays as it was."));
    parser.addHelpOption();
    const PatchOptions o;
    parser.addOptions(o.all());
    parser.addPositionalArgument(Cli::tr("FILE.xml"), Cli::tr("The domain XML."));
    if (const auto done = CliOutput::parse(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        CliOutput::error(Cli::tr("patch: one FILE.xml is needed"));
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    const std::optional<QString> contents = CliOutput::readFile(path);
    if (!contents)
        return 1;
    QDomDocument document;
    QString parseError;
    int line = 0;
    if (!document.setContent(*contents, &parseError, &line)) {
        CliOutput::error(Cli::tr("%1:%2: %3").arg(path).arg(line).arg(parseError));
        return 1;
    }
    if (document.documentElement().tagName() != QLatin1String("domain")) {
        CliOutput::error(Cli::tr("%1: not a libvirt domain").arg(path));
        return 1;
    }
    if (const Result<void> applied = apply(parser, o, document.documentElement()); !applied) {
        CliOutput::error(path + QStringLiteral(": ") + applied.error());
        return 2;
    }
    if (parser.isSet(o.fix)) {
        const Result<HostScan> host = HostScanner(HostRoot(parser.value(o.root))).scan();
        for (const QString &id : parser.values(o.fix)) {
            if (const Result<void> fixed = Linter::fix(document, id, host ? &*host : nullptr); !fixed) {
                CliOutput::error(path + QStringLiteral(": ") + fixed.error());
                return 2;
            }
        }
    }
    CliOutput::out(DomainXml::toText(document));
    return 0;
}

} // namespace Commands
