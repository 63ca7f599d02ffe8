#include "hostscanner.h"

#include "cpuscanner.h"
#include "memoryscanner.h"
#include "networkscanner.h"
#include "pciscanner.h"
#include "storagescanner.h"
#include "sysfsreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HostScanner", text);
}

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
            reader.warn(QCoreApplication::translate("HostScanner", "/sys/bus/pci/devices/%1/iommu_group: names group %2, which %3 does not list it in")
                            .arg(device.address.toString()).arg(*device.iommuGroup).arg(groupsDir));
    }
    return iommu;
}

} // namespace

Result<HostScan> HostScanner::scan() const
{
    const QFileInfo rootInfo(m_root.directory());
    if (!rootInfo.exists())
        return Error{tr("%1: no such directory").arg(m_root.directory())};
    if (!rootInfo.isDir())
        return Error{tr("%1: not a directory").arg(m_root.directory())};

    SysfsReader reader(m_root);
    HostScan scan;
    scan.root = m_root.directory();
    scan.cpu = CpuScanner(reader).scan();
    scan.kvm = KvmAccess::read(reader, scan.cpu);
    scan.memory = MemoryScanner(reader).scan();
    if (const auto line = reader.readLine(u"/proc/cmdline"))
        scan.commandLine = KernelCommandLine::parse(*line);
    scan.pci = PciScanner(reader).scan();
    scan.iommu = scanIommu(reader, scan);
    scan.gpus = findGpus(scan.pci);
    scan.network = NetworkScanner(reader).scan();
    scan.storage = StorageScanner(reader).scan();
    scan.warnings = reader.warnings();
    return scan;
}
