#include "wizard/steps/storagestep.h"

#include "host/scansummary.h"
#include "plan/hostuseguard.h"
#include "plan/storageplanner.h"
#include "spec/fieldchecks.h"
#include "wizard/wizardsession.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StorageStep)
};

} // namespace

QList<StorageStep::Source> StorageStep::sources() const
{
    QList<Source> list;
    if (m_session->host()) {
        for (const BlockDevice &device : m_session->host()->storage) {
            if (device.kind != BlockDevice::Kind::Disk && device.kind != BlockDevice::Kind::Zvol && device.kind != BlockDevice::Kind::Lvm)
                continue;
            if (device.removable)
                continue;
            const QString medium = device.rotational || device.backedByRotational ? Tr::tr("HDD") : Tr::tr("SSD");
            const QString name = device.kind == BlockDevice::Kind::Zvol ? Tr::tr("zvol %1/%2").arg(device.pool, device.volumeName)
                                 : device.kind == BlockDevice::Kind::Lvm ? Tr::tr("LV %1/%2").arg(device.volumeGroup, device.volumeName)
                                                                         : Tr::tr("disk %1 %2").arg(device.name, device.model).trimmed();
            const HostUseGuard::Verdict verdict = HostUseGuard::disk(*m_session->host(), device.path, m_session->spec().allowedHostUse);
            list << Source{device.path, Tr::tr("%1, %2, %3").arg(name, ScanSummary::formatBytes(device.sizeBytes), medium),
                           verdict.allowed, verdict.reason, !verdict.allowed, verdict.uses};
        }
    }
    // An opened VM's disk the scan does not know stays on offer.
    const QString current = m_session->spec().disks.value(0).path;
    const bool image = m_session->spec().disks.value(0).source == VmSpec::DiskSource::ImageFile;
    if (!current.isEmpty() && !image && std::none_of(list.begin(), list.end(), [&](const Source &s) { return s.path == current; }))
        list << Source{current, Tr::tr("%1 (not on the scanned host)").arg(current), true, {}, false, {}};
    list << Source{QString(), Tr::tr("An image file"), true, {}, false, {}};
    return list;
}

bool StorageStep::windows() const
{
    return m_session->spec().isWindows();
}

bool StorageStep::staging() const
{
    // The user's choice, not the plan's: while a field is wrong the plan waits, and the box must
    // not untick itself meanwhile. Only Windows stages drivers.
    return m_staging && windows();
}

VmSpec::Disk StorageStep::disk() const
{
    return m_session->spec().disks.value(0);
}

StepMessages StorageStep::checkFields() const
{
    const bool live = m_session->root().isLiveSystem();
    StepMessages fields;
    if (m_installFromIso && m_installIso.isEmpty())
        fields << StepMessage::error(QString::fromLatin1(installIsoField),
                                     Tr::tr("Choose the installer ISO (Windows or Linux), or say that the disk already holds an "
                                            "installed system."));
    else if (m_installFromIso && live)
        addFieldError(fields, QString::fromLatin1(installIsoField), FieldChecks::readableFile(m_installIso, Tr::tr("The installer ISO")));
    if (m_source.isEmpty() && m_imagePath.isEmpty())
        fields << StepMessage::error(QString::fromLatin1(imageField), Tr::tr("Name the image file."));
    else if (m_source.isEmpty() && live && !QFileInfo::exists(m_imagePath))
        addFieldError(fields, QString::fromLatin1(imageField), FieldChecks::outputFolder(QFileInfo(m_imagePath).absolutePath()));
    if (!m_virtioIso.isEmpty() && live && !QFileInfo::exists(m_virtioIso))
        fields << StepMessage::warning(QString::fromLatin1(virtioIsoField),
                                       Tr::tr("%1 is not there yet: download virtio-win.iso from the Fedora project's virtio-win "
                                              "page and put it there before the VM starts.").arg(m_virtioIso));
    return fields;
}

void StorageStep::replan()
{
    if (!m_session->host())
        return;
    const HostScan &host = *m_session->host();
    const StepMessages fields = checkFields();
    const QString path = m_source.isEmpty() ? m_imagePath : m_source;
    change([&](VmSpec &spec) {
        const StoragePlanner::Request request{{path}, m_virtioIso, m_installFromIso ? m_installIso : QString(), m_staging,
                                              spec.allowedHostUse};
        PlanNotes notes = StoragePlanner::plan(host, m_session->root(), request, spec);
        if (spec.disks.isEmpty())
            return notes;
        // Only the boot disk is edited here; an opened VM's other disks stay as they are.
        const QList<VmSpec::Disk> others = m_session->spec().disks.mid(1);
        VmSpec::Disk &disk = spec.disks.first();
        if (disk.sizeBytes > 0)
            disk.sizeBytes = qint64(m_imageGiB) << 30;
        if (m_bus)
            disk.bus = *m_bus;
        if (m_cache)
            disk.cache = *m_cache;
        if (m_io)
            disk.io = *m_io;
        if (m_discard)
            disk.discard = *m_discard;
        if (disk.bus != VmSpec::DiskBus::VirtioScsi && disk.rotationRate > 1)
            notes << PlanNote::warning(topic(), Tr::tr("The disk spins, but only virtio-scsi tells the guest so: on this bus "
                                                       "Windows takes it for an SSD."));
        spec.disks = spec.disks.mid(0, 1) + others;
        return notes;
    }, fields);
}

void StorageStep::setSource(const QString &path)
{
    m_source = path;
    m_bus.reset(); // another disk: the planner's bus for it
    m_io.reset();
    // Until an installer is chosen: a new image needs one, an existing disk (the article's
    // Windows zvol) boots as it is.
    if (m_installIso.isEmpty())
        m_installFromIso = path.isEmpty();
    replan();
}

void StorageStep::setSourceAnyway(const QString &path)
{
    if (!m_session->host())
        return;
    VmSpec spec = m_session->spec();
    for (const QString &device : HostUseGuard::disk(*m_session->host(), path, spec.allowedHostUse).blocking)
        if (!spec.allowedHostUse.contains(device))
            spec.allowedHostUse << device;
    m_session->setSpec(spec);
    setSource(path);
}

void StorageStep::setImagePath(const QString &path)
{
    m_imagePath = path;
    if (m_source.isEmpty())
        replan();
}

void StorageStep::setImageGiB(int gib)
{
    m_imageGiB = gib;
    replan();
}

void StorageStep::setBus(VmSpec::DiskBus bus)
{
    m_bus = bus;
    replan();
}

void StorageStep::setCache(const QString &cache)
{
    m_cache = cache;
    replan();
}

void StorageStep::setIo(const QString &io)
{
    m_io = io;
    replan();
}

void StorageStep::setDiscard(bool discard)
{
    m_discard = discard;
    replan();
}

void StorageStep::setInstallFromIso(bool fromIso)
{
    m_installFromIso = fromIso;
    replan();
}

void StorageStep::setInstallIso(const QString &path)
{
    m_installIso = path;
    m_installFromIso = true;
    replan();
}

void StorageStep::setVirtioIso(const QString &path)
{
    m_virtioIso = path;
    replan();
}

void StorageStep::setStaging(bool on)
{
    m_staging = on;
    replan();
}

void StorageStep::refresh()
{
    const VmSpec &spec = m_session->spec();
    const VmSpec::Disk disk = spec.disks.value(0);
    const bool image = disk.source == VmSpec::DiskSource::ImageFile;
    m_source = image ? QString() : disk.path;
    m_imagePath = image && !disk.path.isEmpty() ? disk.path : StoragePlanner::defaultImagePath(spec.name);
    m_imageGiB = int((disk.sizeBytes > 0 ? disk.sizeBytes : StoragePlanner::defaultImageBytes) >> 30);
    m_installIso = spec.installIso;
    // An existing disk (not a new image) boots as it is unless an installer was chosen.
    m_installFromIso = !spec.installIso.isEmpty() || (image && disk.sizeBytes > 0);
    m_virtioIso = spec.virtioIso;
    m_staging = spec.driverStaging;
    m_bus = disk.bus;
    m_cache = disk.cache;
    m_io = disk.io;
    m_discard = disk.discard;
    StepModel::refresh();
}
