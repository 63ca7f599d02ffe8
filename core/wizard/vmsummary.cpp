#include "wizard/vmsummary.h"

#include "host/hostscan.h"
#include "host/scansummary.h"
#include "spec/enumnames.h"
#include "util/cpulist.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace VmSummary {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VmSummary)
};

QString cpuLine(const VmSpec &spec, const HostScan *host)
{
    if (spec.cpu.pins.isEmpty())
        return Tr::tr("%n vCPU(s), not pinned", nullptr, spec.cpu.vcpus);
    QSet<int> cores;
    bool wholeCores = host != nullptr;
    if (host) {
        const QSet<int> pinned(spec.cpu.pins.begin(), spec.cpu.pins.end());
        for (int id : spec.cpu.pins)
            if (const CpuThread *t = host->cpu.thread(id)) {
                cores.insert(t->siblings.isEmpty() ? id : t->siblings.first());
                for (int sibling : t->siblings)
                    wholeCores = wholeCores && pinned.contains(sibling);
            }
    }
    const QString threads = CpuList::format(spec.cpu.pins);
    const QString where = wholeCores && spec.cpu.threads > 1
                              ? Tr::tr("on %n whole host core(s) (threads %1)", nullptr, int(cores.size())).arg(threads)
                              : Tr::tr("on host threads %1").arg(threads);
    QString line = Tr::tr("%n vCPU(s)", nullptr, spec.cpu.vcpus) + u' ' + where;
    if (!spec.cpu.emulatorPins.isEmpty())
        line += Tr::tr("; QEMU's own threads on %1").arg(CpuList::format(spec.cpu.emulatorPins));
    return line;
}

QString memoryLine(const VmSpec &spec)
{
    const QString size = ScanSummary::formatBytes(spec.memory.sizeMiB << 20);
    switch (spec.memory.hugepages) {
    case VmSpec::HugepageSize::Size1G: return Tr::tr("%1 of memory on 1 GiB pages").arg(size);
    case VmSpec::HugepageSize::Size2M: return Tr::tr("%1 of memory on 2 MiB pages").arg(size);
    case VmSpec::HugepageSize::Off: break;
    }
    return Tr::tr("%1 of memory").arg(size);
}

QString gpuLine(const VmSpec &spec, const HostScan *host)
{
    if (!spec.gpu.address)
        return Tr::tr("No GPU passed through: the VM is shown in a window");
    QString name = spec.gpu.address->toString();
    if (host)
        for (const Gpu &gpu : host->gpus)
            if (gpu.address.sameSlot(*spec.gpu.address))
                name = gpu.name;
    // The card's other functions by what the host says they are (audio only, on most cards).
    QStringList kinds;
    int others = 0;
    for (const PciAddress &function : spec.gpu.functions) {
        if (function == *spec.gpu.address)
            continue;
        ++others;
        const PciDevice *device = host ? host->pciDevice(function) : nullptr;
        const QString kind = !device                     ? QString()
                             : device->baseClass() == 0x04 ? Tr::tr("audio")
                             : device->isUsbController()   ? Tr::tr("USB")
                             : (device->classId >> 8) == 0x0c80 ? Tr::tr("USB-C")
                                                                : Tr::tr("other");
        if (!kind.isEmpty() && !kinds.contains(kind))
            kinds << kind;
    }
    QString line = name;
    if (others > 0 && !kinds.isEmpty())
        line = Tr::tr("%1 with %n more function(s) of the card (%2)", nullptr, others).arg(name, kinds.join(QStringLiteral(", ")));
    else if (others > 0)
        line = Tr::tr("%1 with %n more function(s) of the card", nullptr, others).arg(name);
    if (spec.error43.enabled)
        line += Tr::tr(", Error 43 fix on");
    return line;
}

QString inputLine(const VmSpec &spec)
{
    if (spec.input.usbController)
        return Tr::tr("Keyboard and mouse: the USB controller %1").arg(spec.input.usbController->toString());
    if (!spec.input.evdev.isEmpty())
        return Tr::tr("Keyboard and mouse: %n of the host's, switched with both Ctrl keys", nullptr, int(spec.input.evdev.size()));
    return spec.gpu.address ? Tr::tr("No keyboard or mouse") : QString();
}

QString networkLine(const VmSpec &spec)
{
    switch (spec.network.mode) {
    case VmSpec::NetworkMode::ExistingBridge: return Tr::tr("%1 NIC on bridge %2").arg(spec.network.model, spec.network.bridge);
    case VmSpec::NetworkMode::NewBridge:
        return Tr::tr("%1 NIC on a new bridge %2 over %3").arg(spec.network.model, spec.network.bridge, spec.network.uplink);
    case VmSpec::NetworkMode::Nat: break;
    }
    return Tr::tr("%1 NIC behind NAT").arg(spec.network.model);
}

QString diskLine(const VmSpec &spec, const HostScan *host)
{
    if (spec.disks.isEmpty())
        return Tr::tr("No disk");
    const VmSpec::Disk &disk = spec.disks.first();
    QString where = disk.path;
    if (host)
        for (const BlockDevice &device : host->storage)
            if (device.path == disk.path) {
                const QString medium = device.rotational || device.backedByRotational ? Tr::tr("HDD") : Tr::tr("SSD");
                where = device.kind == BlockDevice::Kind::Zvol ? Tr::tr("zvol %1/%2 on %3").arg(device.pool, device.volumeName, medium)
                        : device.kind == BlockDevice::Kind::Lvm ? Tr::tr("LV %1/%2 on %3").arg(device.volumeGroup, device.volumeName, medium)
                                                                : Tr::tr("disk %1 (%2)").arg(device.name, medium);
            }
    if (disk.source == VmSpec::DiskSource::ImageFile)
        where = disk.sizeBytes > 0 ? Tr::tr("a new %1 image %2").arg(ScanSummary::formatBytes(disk.sizeBytes), disk.path)
                                   : Tr::tr("the image %1").arg(disk.path);
    QString line = Tr::tr("Boot disk: %1").arg(where);
    line += spec.installIso.isEmpty() ? Tr::tr(", booted as it is") : Tr::tr(", installed from %1").arg(spec.installIso);
    if (spec.driverStaging)
        line += Tr::tr("; driver staging");
    return line;
}

/// How the boot disk is attached, for the changes of an opened VM (a new VM's summary leaves
/// it to the planner's defaults).
QString attachmentLine(const VmSpec &spec)
{
    if (spec.disks.isEmpty())
        return {};
    const VmSpec::Disk &disk = spec.disks.first();
    return Tr::tr("Boot disk on %1, cache %2, I/O %3, discard %4")
        .arg(Names::diskBus.name(disk.bus), disk.cache, disk.io, disk.discard ? Tr::tr("on") : Tr::tr("off"));
}

QString macLine(const VmSpec &spec)
{
    return spec.network.mac.isEmpty() ? QString() : Tr::tr("MAC address %1").arg(spec.network.mac);
}

} // namespace

QString topology(const VmSpec::Cpu &cpu)
{
    return Tr::tr("%n socket(s)", nullptr, cpu.sockets) + QStringLiteral(", ") + Tr::tr("%n core(s)", nullptr, cpu.cores * cpu.dies)
           + QStringLiteral(", ") + Tr::tr("%n thread(s) per core", nullptr, cpu.threads);
}

QString heading(const VmSpec &spec)
{
    const QString guest = spec.os == VmSpec::Os::Windows10   ? Tr::tr("Windows 10")
                          : spec.os == VmSpec::Os::Windows11 ? Tr::tr("Windows 11")
                                                             : Tr::tr("Linux");
    return Tr::tr("%1, for %2").arg(spec.name, guest);
}

QStringList changes(const VmSpec &before, const VmSpec &after, const HostScan *host)
{
    QStringList result;
    const auto compare = [&](const QString &was, const QString &now) {
        if (was == now)
            return;
        if (was.isEmpty())
            result << Tr::tr("%1 (new)").arg(now);
        else if (now.isEmpty())
            result << Tr::tr("No longer: %1").arg(was);
        else
            result << Tr::tr("%1 (was: %2)").arg(now, was);
    };
    compare(cpuLine(before, host), cpuLine(after, host));
    if (const QString was = topology(before.cpu), now = topology(after.cpu); was != now)
        result << Tr::tr("Topology: %1 (was: %2)").arg(now, was);
    compare(memoryLine(before), memoryLine(after));
    compare(gpuLine(before, host), gpuLine(after, host));
    compare(inputLine(before), inputLine(after));
    compare(networkLine(before), networkLine(after));
    compare(macLine(before), macLine(after));
    compare(diskLine(before, host), diskLine(after, host));
    compare(attachmentLine(before), attachmentLine(after));
    return result;
}

QStringList lines(const VmSpec &spec, const HostScan *host)
{
    QStringList result = {cpuLine(spec, host), memoryLine(spec), gpuLine(spec, host), inputLine(spec), networkLine(spec),
                          diskLine(spec, host)};
    if (spec.os == VmSpec::Os::Windows11)
        result << Tr::tr("UEFI with Secure Boot and an emulated TPM 2.0");
    result.removeAll(QString());
    return result;
}

} // namespace VmSummary
