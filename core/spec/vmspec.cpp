#include "spec/vmspec.h"

#include "util/safename.h"
#include <algorithm>

qint64 VmSpec::hugepageSizeKiB() const
{
    switch (memory.hugepages) {
    case HugepageSize::Size2M: return 2048;
    case HugepageSize::Size1G: return 1024 * 1024;
    case HugepageSize::Off: break;
    }
    return 0;
}

QString VmSpec::stagingDiskPath(const QString &vmName)
{
    return QStringLiteral("/var/lib/libvirt/images/") + SafeName::fileName(vmName) + QStringLiteral("-virtio-staging.img");
}

VmSpec::Disk VmSpec::stagingDisk(const QString &vmName)
{
    Disk staging;
    staging.path = stagingDiskPath(vmName);
    staging.io = QStringLiteral("threads");
    staging.sizeBytes = stagingDiskBytes;
    return staging;
}

qint64 VmSpec::cellMemoryMiB(qsizetype index) const
{
    const auto &cells = cpu.numaCells;
    if (index < 0 || index >= cells.size())
        return 0;
    qsizetype vcpus = 0;
    for (const NumaCell &cell : cells)
        vcpus += cell.vcpus.size();
    const qint64 unitMiB = std::max<qint64>(1, hugepageSizeKiB() / 1024);
    const qint64 units = memory.sizeMiB / unitMiB;
    qint64 given = 0;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const qint64 share = i + 1 == cells.size() ? memory.sizeMiB - given
                                                   : (vcpus > 0 ? units * cells[i].vcpus.size() / vcpus : units / cells.size()) * unitMiB;
        if (i == index)
            return share;
        given += share;
    }
    return 0;
}

QMap<int, qint64> VmSpec::hugepagesPerNode() const
{
    QMap<int, qint64> pages;
    const qint64 pageKiB = hugepageSizeKiB();
    if (memory.hostNodes.isEmpty() || pageKiB <= 0)
        return pages;
    if (cpu.numaCells.isEmpty()) {
        pages.insert(memory.hostNodes.first(), memory.hugepageCount);
        return pages;
    }
    for (qsizetype i = 0; i < cpu.numaCells.size(); ++i)
        pages[cpu.numaCells[i].hostNode] += (cellMemoryMiB(i) * 1024 + pageKiB - 1) / pageKiB;
    return pages;
}
