#include "pages/storagepage.h"

#include "host/scansummary.h"
#include "plan/storageplanner.h"
#include "wizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString imageFileItem = u"image-file"_s; ///< the source item that stands for any image file

QHBoxLayout *withBrowse(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

/// Selects a value, adding it when an opened VM has one the list lacks (or none), so showing
/// the page never changes the VM.
void selectValue(QComboBox *box, const QString &value)
{
    if (box->findData(value) < 0)
        box->addItem(value.isEmpty() ? StoragePage::tr("(hypervisor default)") : value, value);
    box->setCurrentIndex(box->findData(value));
}

} // namespace

StoragePage::StoragePage(Wizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_source(new QComboBox(this)), m_imagePath(new QLineEdit(this)),
      m_imageSize(new QSpinBox(this)), m_bus(new QComboBox(this)), m_cache(new QComboBox(this)), m_io(new QComboBox(this)),
      m_discard(new QCheckBox(tr("Pass discard (TRIM) to the storage"), this)), m_iso(new QLineEdit(this)),
      m_staging(new QCheckBox(tr("Driver staging"), this)), m_status(new QLabel(this))
{
    setTitle(tr("Storage"));
    setSubTitle(tr("The guest's boot disk. A whole disk, zvol or logical volume given raw is fastest; an image file is "
                   "the easiest to move and back up."));
    m_source->setToolTip(tr("Where the guest's disk lives, with its size and whether it is an SSD or spins."));
    m_imagePath->setToolTip(tr("The image file: an existing one is used as it is, a new one is created on Apply."));
    m_imageSize->setRange(1, 64 * 1024);
    m_imageSize->setSuffix(tr(" GiB"));
    m_imageSize->setToolTip(tr("The size of a new image file; it is sparse and grows as the guest writes."));
    m_bus->addItem(tr("virtio-blk (fastest)"), int(VmSpec::DiskBus::VirtioBlk));
    m_bus->addItem(tr("virtio-scsi (discard, rotation rate)"), int(VmSpec::DiskBus::VirtioScsi));
    m_bus->addItem(tr("SATA (no driver needed)"), int(VmSpec::DiskBus::Sata));
    m_bus->setToolTip(tr("virtio needs the driver from the virtio-win ISO; SATA works without, but slower."));
    for (const QString &mode : {u"none"_s, u"writeback"_s, u"directsync"_s})
        m_cache->addItem(mode, mode);
    m_cache->setToolTip(tr("none: the guest's writes go straight to the disk, safe and fast for raw storage."));
    for (const QString &mode : {u"native"_s, u"threads"_s, u"io_uring"_s})
        m_io->addItem(mode, mode);
    m_io->setToolTip(tr("native (Linux AIO) suits block devices; threads suits image files."));
    m_discard->setToolTip(tr("Lets the guest free blocks it no longer uses, on SSDs, thin LVs, zvols and sparse images."));
    m_iso->setToolTip(tr("The virtio-win ISO with the Windows drivers, attached as a CD-ROM."));
    m_staging->setToolTip(tr("Windows cannot boot from a virtio disk before it has the driver: with staging the boot disk stays "
                             "on SATA and a small virtio disk makes Windows install the driver; then switch the boot disk."));
    m_status->setWordWrap(true);
    m_status->setToolTip(tr("What the chosen storage means for the VM."));

    auto *browseImage = new QPushButton(tr("Browse…", "button"), this);
    browseImage->setToolTip(tr("Choose an image file, existing or new."));
    connect(browseImage, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Disk image"), m_imagePath->text(), tr("Disk images (*.img *.qcow2 *.raw);;All files (*)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            chooseSource(path);
    });
    auto *browseIso = new QPushButton(tr("Browse…", "button"), this);
    browseIso->setToolTip(tr("Choose the virtio-win ISO."));
    connect(browseIso, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("virtio-win ISO"), m_iso->text(), tr("ISO images (*.iso);;All files (*)"));
        if (!path.isEmpty())
            m_iso->setText(path);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Image file:"), withBrowse(m_imagePath, browseImage));
    form->addRow(tr("New image size:"), m_imageSize);
    form->addRow(tr("Bus:"), m_bus);
    form->addRow(tr("Cache:"), m_cache);
    form->addRow(tr("I/O mode:"), m_io);
    form->addRow(m_discard);
    form->addRow(tr("virtio-win ISO:"), withBrowse(m_iso, browseIso));
    form->addRow(m_staging);
    auto *stagingWhy = new QLabel(tr("Windows cannot boot from a virtio disk until it has the driver: switching the boot disk "
                                     "first leaves it unbootable. Staging adds a small virtio disk so the driver gets installed."),
                                  this);
    stagingWhy->setWordWrap(true);
    form->addRow(stagingWhy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_source, &QComboBox::currentIndexChanged, this, &StoragePage::replan);
    connect(m_imagePath, &QLineEdit::editingFinished, this, &StoragePage::replan);
    connect(m_staging, &QCheckBox::toggled, this, &StoragePage::replan);
}

void StoragePage::initializePage()
{
    if (!m_wizard->host())
        return;
    m_filling = true;
    const HostScan &host = *m_wizard->host();
    m_source->clear();
    for (const BlockDevice &device : host.storage) {
        if (device.kind != BlockDevice::Kind::Disk && device.kind != BlockDevice::Kind::Zvol && device.kind != BlockDevice::Kind::Lvm)
            continue;
        if (device.removable)
            continue;
        const QString medium = device.rotational || device.backedByRotational ? tr("HDD") : tr("SSD");
        const QString name = device.kind == BlockDevice::Kind::Zvol ? tr("zvol %1/%2").arg(device.pool, device.volumeName)
                             : device.kind == BlockDevice::Kind::Lvm ? tr("LV %1/%2").arg(device.volumeGroup, device.volumeName)
                                                                     : tr("disk %1 %2").arg(device.name, device.model);
        m_source->addItem(tr("%1, %2, %3").arg(name.trimmed(), ScanSummary::formatBytes(device.sizeBytes), medium), device.path);
    }
    m_source->addItem(tr("Image file"), imageFileItem);
    const VmSpec &spec = m_wizard->spec();
    const VmSpec::Disk disk = spec.disks.value(0);
    const int index = m_source->findData(disk.path);
    m_source->setCurrentIndex(index >= 0 ? index : m_source->count() - 1);
    m_imagePath->setText(disk.source == VmSpec::DiskSource::ImageFile ? disk.path : StoragePlanner::imageDirectory() + u'/' + spec.name + u".img"_s);
    m_imageSize->setValue(int((disk.sizeBytes > 0 ? disk.sizeBytes : StoragePlanner::defaultImageBytes) >> 30));
    m_iso->setText(spec.virtioIso);
    m_iso->setEnabled(spec.isWindows());
    m_staging->setEnabled(spec.isWindows());
    m_staging->setChecked(spec.driverStaging);
    m_filling = false;
    m_status->setText(m_wizard->notesText(u"storage"_s));
    showDisk();
}

void StoragePage::chooseSource(const QString &path)
{
    const int index = m_source->findData(path);
    if (index < 0) {
        m_imagePath->setText(path);
        if (m_source->currentData() == imageFileItem)
            replan();
        else
            m_source->setCurrentIndex(m_source->findData(imageFileItem));
    } else {
        m_source->setCurrentIndex(index);
    }
}

void StoragePage::replan()
{
    if (m_filling || !m_wizard->host())
        return;
    const bool image = m_source->currentData() == imageFileItem;
    const QString path = image ? m_imagePath->text() : m_source->currentData().toString();
    VmSpec &spec = m_wizard->spec();
    VmSpec trial = spec;
    StoragePlanner::Request request{{path}, m_iso->text(), m_staging->isChecked()};
    const PlanNotes notes = StoragePlanner::plan(*m_wizard->host(), HostRoot(m_wizard->options().root), request, trial);
    QStringList lines;
    for (const PlanNote &note : notes)
        lines << note.text;
    m_usable = !hasErrors(notes) && !path.isEmpty();
    if (path.isEmpty())
        lines << tr("Choose where the disk lives.");
    m_status->setText(lines.join(u'\n'));
    if (m_usable) {
        // Only the boot disk is edited here; an opened VM's other disks stay as they are.
        const QList<VmSpec::Disk> others = spec.disks.mid(1);
        spec.disks = trial.disks.mid(0, 1) + others;
        spec.driverStaging = trial.driverStaging;
        spec.virtioIso = trial.virtioIso;
    }
    showDisk();
    emit completeChanged();
}

void StoragePage::showDisk()
{
    const VmSpec::Disk disk = m_wizard->spec().disks.value(0);
    const bool image = m_source->currentData() == imageFileItem;
    m_imagePath->setEnabled(image);
    m_imageSize->setEnabled(image && disk.sizeBytes > 0);
    m_bus->setCurrentIndex(m_bus->findData(int(disk.bus)));
    selectValue(m_cache, disk.cache);
    selectValue(m_io, disk.io);
    m_discard->setChecked(disk.discard);
    m_iso->setText(m_wizard->spec().virtioIso);
}

bool StoragePage::isComplete() const
{
    return m_usable;
}

bool StoragePage::validatePage()
{
    VmSpec &spec = m_wizard->spec();
    if (spec.disks.isEmpty())
        return false;
    VmSpec::Disk &disk = spec.disks.first();
    disk.bus = VmSpec::DiskBus(m_bus->currentData().toInt());
    disk.cache = m_cache->currentData().toString();
    disk.io = m_io->currentData().toString();
    disk.discard = m_discard->isChecked();
    if (disk.sizeBytes > 0)
        disk.sizeBytes = qint64(m_imageSize->value()) << 30;
    spec.virtioIso = m_iso->text();
    if (disk.bus != VmSpec::DiskBus::VirtioScsi && disk.rotationRate > 1)
        m_status->setText(tr("The rotation rate only reaches the guest on virtio-scsi; on this bus Windows takes the disk for an SSD."));
    return true;
}
