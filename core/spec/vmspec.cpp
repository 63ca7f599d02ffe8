#include "spec/vmspec.h"

#include "util/safename.h"

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
