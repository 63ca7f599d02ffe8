#include "scan/hostscanner.h"

#include "scan/cpuscanner.h"
#include "scan/inputscanner.h"
#include "scan/kvmscanner.h"
#include "scan/hostusescanner.h"
#include "scan/memoryscanner.h"
#include "scan/networkscanner.h"
#include "scan/pciscanner.h"
#include "scan/storagescanner.h"
#include "scan/sysfsreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <functional>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostScanner)
};

IommuState scanIommu(SysfsReader &reader, const HostScan &scan)
{
    IommuState iommu;
    const QString groupsDir = QStringLiteral("/sys/kernel/iommu_groups");
    for (const QString &name : reader.entries(groupsDir, SysfsReader::Presence::Optional)) {
        bool ok = false;
        const int id = name.toInt(&ok);
        if (!ok)
            continue;
        IommuGroup group;
        group.id = id;
        for (const QString &entry : reader.entries(groupsDir + u'/' + name + QStringLiteral("/devices"))) {
            if (const auto address = PciAddress::parse(entry))
                group.devices.append(*address);
        }
        std::sort(group.devices.begin(), group.devices.end());
        iommu.groups.append(group);
    }
    judgeIommuGroups(iommu.groups, scan.pci);
    std::sort(iommu.groups.begin(), iommu.groups.end(),
              [](const IommuGroup &a, const IommuGroup &b) { return a.id < b.id; });
    iommu.enabled = !iommu.groups.isEmpty();
    iommu.enableParameter = scan.cpu.isAmd() ? QStringLiteral("amd_iommu=on") : QStringLiteral("intel_iommu=on");
    iommu.enabledOnCommandLine = scan.commandLine.value(scan.cpu.isAmd() ? u"amd_iommu" : u"intel_iommu")
                                     .value_or(QString()).split(u',').contains(QLatin1String("on"));
    iommu.passthroughMode = scan.commandLine.value(u"iommu") == QLatin1String("pt");

    QHash<PciAddress, int> groupOfDevice;
    for (const IommuGroup &group : std::as_const(iommu.groups))
        for (const PciAddress &address : group.devices)
            groupOfDevice.insert(address, group.id);
    for (const PciDevice &device : scan.pci) {
        if (device.iommuGroup && groupOfDevice.value(device.address, -1) != *device.iommuGroup)
            reader.warn(Tr::tr("/sys/bus/pci/devices/%1/iommu_group: names group %2, which %3 does not list it in")
                            .arg(device.address.toString()).arg(*device.iommuGroup).arg(groupsDir));
    }
    return iommu;
}

/// The libvirt qemu hooks that set AllowedCPUs=: the `qemu` hook itself and the scripts of its
/// qemu.d/ collection (libvirt runs every one; the per-VM layout nests them three deep).
QStringList scanIsolationHooks(SysfsReader &reader)
{
    using P = SysfsReader::Presence;
    QStringList found;
    const std::function<void(const QString &, int)> visit = [&](const QString &path, int depth) {
        const QStringList entries = reader.entries(path, P::Silent);
        if (entries.isEmpty()) {
            const auto text = reader.read(path, P::Silent);
            if (text && text->size() < (1 << 20) && text->contains("AllowedCPUs"))
                found << path;
            return;
        }
        if (depth < 5)
            for (const QString &entry : entries)
                visit(path + u'/' + entry, depth + 1);
    };
    for (const QString &dir : {QStringLiteral("/etc/libvirt/hooks"), QStringLiteral("/var/lib/libvirt/hooks")}) {
        if (!reader.exists(dir))
            continue;
        if (reader.exists(dir + QStringLiteral("/qemu")))
            visit(dir + QStringLiteral("/qemu"), 4);
        if (reader.exists(dir + QStringLiteral("/qemu.d")))
            visit(dir + QStringLiteral("/qemu.d"), 0);
    }
    return found;
}

} // namespace

Result<HostScan> HostScanner::scan() const
{
    const QFileInfo rootInfo(m_root.directory());
    if (!rootInfo.exists())
        return Error{Tr::tr("%1: no such directory").arg(m_root.directory())};
    if (!rootInfo.isDir())
        return Error{Tr::tr("%1: not a directory").arg(m_root.directory())};

    SysfsReader reader(m_root);
    HostScan scan;
    scan.root = m_root.directory();
    scan.cpu = CpuScanner(reader).scan();
    scan.kvm = KvmScanner::read(reader, scan.cpu);
    scan.memory = MemoryScanner(reader).scan();
    if (const auto line = reader.readLine(u"/proc/cmdline"))
        scan.commandLine = KernelCommandLine::parse(*line);
    scan.pci = PciScanner(reader).scan();
    scan.iommu = scanIommu(reader, scan);
    scan.gpus = findGpus(scan.pci);
    scan.network = NetworkScanner(reader).scan();
    scan.storage = StorageScanner(reader).scan();
    scan.inputs = InputScanner(reader).scan();
    HostUseScanner(reader).scan(scan);
    scan.isolationHooks = scanIsolationHooks(reader);
    scan.warnings = reader.warnings();
    return scan;
}
