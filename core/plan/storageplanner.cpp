#include "plan/storageplanner.h"

#include "host/hostscan.h"
#include "host/scansummary.h"
#include "plan/hostuseguard.h"
#include "util/safename.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoragePlanner)
};

VmSpec::Disk imageDisk(const QString &path, qint64 sizeBytes)
{
    VmSpec::Disk disk;
    disk.source = VmSpec::DiskSource::ImageFile;
    disk.path = path;
    // Native AIO on a file in a filesystem blocks where the filesystem allocates; threads do not.
    disk.io = QStringLiteral("threads");
    disk.sizeBytes = sizeBytes;
    return disk;
}

} // namespace

QString StoragePlanner::defaultVirtioIso()
{
    return imageDirectory() + QStringLiteral("/virtio-win.iso");
}

QString StoragePlanner::defaultImagePath(const QString &vmName)
{
    return imageDirectory() + u'/' + SafeName::fileName(vmName) + QStringLiteral(".img");
}

PlanNotes StoragePlanner::plan(const HostScan &host, const HostRoot &root, const Request &request, VmSpec &spec)
{
    PlanNotes notes;
    const QString topic = QString::fromUtf16(StoragePlanner::topic);
    spec.disks.clear();
    QStringList paths = request.disks;
    if (paths.isEmpty()) {
        const QString image = defaultImagePath(spec.name);
        paths << image;
        notes << PlanNote::info(topic, Tr::tr("No disk chosen: a new %1 image file %2. A zvol, logical volume or whole disk is "
                                          "faster.")
                                           .arg(ScanSummary::formatBytes(defaultImageBytes), image));
    }

    for (const QString &path : std::as_const(paths)) {
        // Nothing the host uses becomes the VM's disk without the user's explicit consent.
        const HostUseGuard::Verdict verdict = HostUseGuard::disk(host, path, request.allowHostUse);
        if (!verdict.allowed) {
            notes << PlanNote::error(topic, verdict.reason);
            continue;
        }
        if (!verdict.loss.isEmpty())
            notes << PlanNote::warning(topic, verdict.loss);
        const BlockDevice *device = HostUseGuard::findBlockDevice(host, path);
        if (!device && !path.startsWith(QLatin1String("/dev/"))) {
            const bool exists = QFileInfo::exists(root.path(path));
            spec.disks << imageDisk(path, exists ? 0 : defaultImageBytes);
            if (!exists && spec.disks.size() > 1)
                spec.disks.last().sizeBytes = defaultImageBytes;
            continue;
        }
        VmSpec::Disk disk;
        disk.path = device ? device->path : path;
        disk.io = QStringLiteral("native");
        disk.source = VmSpec::DiskSource::WholeDisk;
        if (!device) {
            notes << PlanNote::warning(topic, Tr::tr("%1 is not a block device the scan found; it is used as it is.").arg(path));
        } else if (device->kind == BlockDevice::Kind::Zvol) {
            disk.source = VmSpec::DiskSource::Zvol;
            notes << PlanNote::info(topic, Tr::tr("While the VM runs, do not scrub pool %1: a scrub reads every disk of the "
                                              "pool and the guest's I/O waits behind it.").arg(device->pool));
        } else if (device->kind == BlockDevice::Kind::Lvm) {
            disk.source = VmSpec::DiskSource::LogicalVolume;
        }
        if (device && device->backedByRotational) {
            // virtio-blk has no rotation rate; virtio-scsi tells the guest it is a spinning disk.
            disk.bus = VmSpec::DiskBus::VirtioScsi;
            disk.rotationRate = 7200;
            notes << PlanNote::warning(topic, Tr::tr("%1 lives on spinning disks. The guest is told so (rotation rate 7200 on "
                                                 "virtio-scsi), so Windows schedules for an HDD instead of an SSD; an SSD "
                                                 "pool is still much faster for a system disk.").arg(disk.path));
        } else if (device) {
            disk.rotationRate = 1; // an SSD: Windows then trims it and does not defragment it
        }
        spec.disks << disk;
    }

    spec.installIso = request.installIso;
    if (!request.installIso.isEmpty() && !QFileInfo::exists(root.path(request.installIso)))
        notes << PlanNote::warning(topic, Tr::tr("The installer %1 is not there yet: the VM cannot start until it is.").arg(request.installIso));
    const bool emptyDisk = !spec.disks.isEmpty() && spec.disks.first().sizeBytes > 0;
    if (emptyDisk && request.installIso.isEmpty())
        notes << PlanNote::warning(topic, Tr::tr("The boot disk is a new, empty image and no installer ISO is attached: the VM "
                                                 "has nothing to boot. Choose an installer ISO."));
    else if (!emptyDisk && request.installIso.isEmpty() && !spec.disks.isEmpty())
        notes << PlanNote::info(topic, Tr::tr("%1 boots as it is: an installed system (like the article's Windows disk) "
                                              "starts directly.").arg(spec.disks.first().path));

    const bool staging = request.driverStaging.value_or(false) && spec.isWindows();
    spec.driverStaging = staging;
    if (staging) {
        notes << PlanNote::info(topic, Tr::tr("Driver staging: the boot disk stays on SATA and a small virtio disk is added. "
                                          "Windows installs the virtio driver for it from the ISO; once it has, switch "
                                          "the boot disk to virtio. Switching first leaves Windows unable to boot."));
    }

    if (spec.isWindows()) {
        spec.virtioIso = request.virtioIso.isEmpty() ? defaultVirtioIso() : request.virtioIso;
        notes << PlanNote::info(topic, Tr::tr("Windows has no virtio drivers of its own: the virtio-win ISO (%1) is attached "
                                          "as a CD-ROM to install them from.").arg(spec.virtioIso));
    } else {
        spec.virtioIso = request.virtioIso;
    }
    return notes;
}
