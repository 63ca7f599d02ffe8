#include "pages/storagepage.h"

#include "widgets/fieldmessage.h"
#include "widgets/overridedialog.h"
#include "wizard.h"
#include "wizard/steps/storagestep.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

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

QString StoragePage::stepTitle()
{
    return tr("Storage");
}

StoragePage::StoragePage(Wizard *wizard, StorageStep *step)
    : StepPage(wizard, step), m_step(step), m_source(new QComboBox(this)), m_imagePath(new QLineEdit(this)), m_imageSize(new QSpinBox(this)),
      m_fromIso(new QRadioButton(tr("From an &installer ISO:"), this)), m_installIso(new QLineEdit(this)),
      m_installed(new QRadioButton(tr("The disk already holds an installed &system (it boots as it is)"), this)),
      m_bus(new QComboBox(this)), m_cache(new QComboBox(this)), m_io(new QComboBox(this)),
      m_discard(new QCheckBox(tr("Pass discard (&TRIM) to the storage"), this)), m_virtioIso(new QLineEdit(this)),
      m_staging(new QCheckBox(tr("Driver sta&ging"), this))
{
    setTitle(stepTitle());
    setSubTitle(tr("The guest's boot disk and what installs the system on it. A whole disk, zvol or logical volume given raw is "
                   "fastest; an image file is the easiest to move and back up."));
    m_source->setToolTip(tr("Where the guest's disk lives, with its size and whether it is an SSD or spins."));
    m_source->setMinimumWidth(fontMetrics().horizontalAdvance(u'x') * 44);
    // Sized for a disk's name, not for the longest reason the host needs one (that is in the
    // row's tooltip too): the page must not outgrow a laptop's screen.
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(44);
    m_imagePath->setToolTip(tr("The image file: an existing one is used as it is, a new one is created on Apply."));
    m_imageSize->setRange(1, 64 * 1024);
    m_imageSize->setSuffix(tr(" GiB"));
    m_imageSize->setKeyboardTracking(false);
    m_imageSize->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000 GiB")) + 60);
    m_imageSize->setToolTip(tr("The size of a new image file; it is sparse and grows as the guest writes."));
    auto *installWay = new QButtonGroup(this);
    installWay->addButton(m_fromIso);
    installWay->addButton(m_installed);
    m_installIso->setPlaceholderText(tr("Windows or Linux installer, e.g. Win10_22H2_English_x64.iso"));
    m_installIso->setToolTip(tr("Attached as a CD-ROM and booted first; the disk comes after it."));
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
    m_virtioIso->setToolTip(tr("The virtio-win ISO with the Windows drivers, attached as a second CD-ROM."));
    m_staging->setToolTip(tr("Windows cannot boot from a virtio disk before it has the driver: with staging the boot disk stays on "
                             "SATA and a small virtio disk makes Windows install the driver; then switch the boot disk."));

    auto *browseImage = new QPushButton(tr("Bro&wse…", "button"), this);
    browseImage->setToolTip(tr("Choose an image file, existing or new."));
    connect(browseImage, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Disk image"), m_imagePath->text(), tr("Disk images (*.img *.raw);;All files (*)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty()) {
            m_step->setSource(QString());
            m_step->setImagePath(path);
        }
    });
    auto *browseInstaller = new QPushButton(tr("Browse…", "button"), this);
    browseInstaller->setToolTip(tr("Choose the installer ISO."));
    connect(browseInstaller, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Installer ISO"), m_installIso->text(), tr("ISO images (*.iso);;All files (*)"));
        if (!path.isEmpty())
            m_step->setInstallIso(path);
    });
    auto *browseVirtio = new QPushButton(tr("Browse…", "button"), this);
    browseVirtio->setToolTip(tr("Choose the virtio-win ISO."));
    connect(browseVirtio, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("virtio-win ISO"), m_virtioIso->text(), tr("ISO images (*.iso);;All files (*)"));
        if (!path.isEmpty())
            m_step->setVirtioIso(path);
    });

    auto *anyway = new QPushButton(tr("Use a dis&k the host needs…", "button"), this);
    anyway->setObjectName(u"overrideButton"_s);
    anyway->setAutoDefault(false);
    anyway->setToolTip(tr("Disks the host itself uses are not offered: giving one to the VM destroys what the host keeps on "
                          "it. For a disk you know is spare, confirm it here."));
    connect(anyway, &QPushButton::clicked, this, [this] {
        QList<OverrideDialog::Item> items;
        for (const StorageStep::Source &source : m_step->sources())
            if (source.overridable)
                items << OverrideDialog::Item{source.path, source.label, source.loss};
        if (items.isEmpty())
            return;
        OverrideDialog dialog(tr("Use a disk the host needs"),
                              tr("These disks hold something the host uses. The VM overwrites what it gets: only continue "
                                 "for a disk whose contents you no longer need."), items, this);
        if (dialog.exec() == QDialog::Accepted && !dialog.chosen().isEmpty())
            m_step->setSourceAnyway(dialog.chosen());
    });
    m_anyway = anyway;

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QFormLayout;
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(anyway);
    // What the host uses the disks not offered for, readable in full: in the drop-down it would
    // make the list wider than the window.
    m_refused = new QLabel(this);
    m_refused->setWordWrap(true);
    auto *sourceColumn = new QVBoxLayout;
    sourceColumn->addLayout(sourceRow);
    sourceColumn->addWidget(m_refused);
    form->addRow(label(tr("Boot &disk:"), m_source), sourceColumn);
    form->addRow(label(tr("Image &file:"), m_imagePath), withBrowse(m_imagePath, browseImage));
    form->addRow(QString(), fieldMessage(m_imagePath, StorageStep::imageField));
    form->addRow(label(tr("New image si&ze:"), m_imageSize), m_imageSize);
    auto *install = new QGroupBox(tr("Installing the system"), this);
    auto *installLayout = new QFormLayout(install);
    installLayout->addRow(m_fromIso, withBrowse(m_installIso, browseInstaller));
    installLayout->addRow(QString(), fieldMessage(m_installIso, StorageStep::installIsoField));
    installLayout->addRow(m_installed);
    installLayout->addRow(label(tr("&virtio-win ISO:"), m_virtioIso), withBrowse(m_virtioIso, browseVirtio));
    installLayout->addRow(QString(), fieldMessage(m_virtioIso, StorageStep::virtioIsoField));
    installLayout->addRow(m_staging);
    auto *attach = new QGroupBox(tr("How the disk is attached"), this);
    auto *attachLayout = new QFormLayout(attach);
    attachLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    attachLayout->addRow(label(tr("B&us:"), m_bus), m_bus);
    attachLayout->addRow(label(tr("&Cache:"), m_cache), m_cache);
    attachLayout->addRow(label(tr("I/&O mode:"), m_io), m_io);
    attachLayout->addRow(m_discard);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addWidget(install);
    layout->addWidget(attach);
    layout->addWidget(messages());
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // no invisible Tab stop: focus goes to its fields, which it scrolls to
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] { m_step->setSource(m_source->currentData().toString()); });
    connect(m_imagePath, &QLineEdit::editingFinished, this, [this] { m_step->setImagePath(m_imagePath->text()); });
    connect(m_imageSize, &QSpinBox::valueChanged, m_step, &StorageStep::setImageGiB);
    connect(m_fromIso, &QRadioButton::toggled, m_step, &StorageStep::setInstallFromIso);
    // Chosen with Alt+I or a click: the path is what comes next, so the keyboard goes there.
    connect(m_fromIso, &QRadioButton::clicked, this, [this](bool on) {
        if (on)
            m_installIso->setFocus(Qt::ShortcutFocusReason);
    });
    // Checked as typed: Next comes on with the last letter of a good path, not when focus leaves.
    connect(m_installIso, &QLineEdit::textEdited, m_step, &StorageStep::setInstallIso);
    connect(m_virtioIso, &QLineEdit::textEdited, m_step, &StorageStep::setVirtioIso);
    connect(m_bus, &QComboBox::currentIndexChanged, this, [this] { m_step->setBus(VmSpec::DiskBus(m_bus->currentData().toInt())); });
    connect(m_cache, &QComboBox::currentIndexChanged, this, [this] { m_step->setCache(m_cache->currentData().toString()); });
    connect(m_io, &QComboBox::currentIndexChanged, this, [this] { m_step->setIo(m_io->currentData().toString()); });
    connect(m_discard, &QCheckBox::toggled, m_step, &StorageStep::setDiscard);
    connect(m_staging, &QCheckBox::toggled, m_step, &StorageStep::setStaging);
}

QString StoragePage::helpText() const
{
    return tr("<p>The boot disk: a zvol, logical volume or whole disk given to the VM raw is fastest; an image file is easiest. "
              "Disks the host itself uses are not offered.</p><p>To install a new system, choose its installer ISO: it boots "
              "first. If the disk already holds an installed Windows (as in the article this tool starts from), it boots as "
              "it is.</p><p>Windows needs the virtio drivers from the virtio-win ISO. <b>Driver staging</b> keeps the boot "
              "disk on SATA until Windows has them, then you switch it to virtio.</p>");
}

void StoragePage::showModel()
{
    m_source->clear();
    QStringList refused;
    for (const StorageStep::Source &source : m_step->sources()) {
        const QString reason = withoutCommandLine(source.obstacle);
        m_source->addItem(source.usable ? source.label : tr("%1 (the host uses it)").arg(source.label), source.path);
        m_source->setItemData(m_source->count() - 1, source.usable ? source.label : reason, Qt::ToolTipRole);
        if (!source.usable) {
            m_source->setItemData(m_source->count() - 1, 0, Qt::UserRole - 1);
            refused << tr("<b>%1</b>: %2").arg(source.label.toHtmlEscaped(), (source.loss.isEmpty() ? reason : source.loss).toHtmlEscaped());
        }
    }
    m_refused->setText(refused.isEmpty() ? QString() : tr("Not offered, the host uses them:<br>%1").arg(refused.join(u"<br>"_s)));
    m_refused->setVisible(!refused.isEmpty());
    m_source->setCurrentIndex(std::max(0, m_source->findData(m_step->source())));
    const QList<StorageStep::Source> sources = m_step->sources();
    m_anyway->setVisible(std::any_of(sources.begin(), sources.end(), [](const StorageStep::Source &s) { return s.overridable; }));
    const bool image = m_step->source().isEmpty();
    const VmSpec::Disk disk = m_step->disk();
    m_imagePath->setEnabled(image);
    if (m_imagePath->text() != m_step->imagePath())
        m_imagePath->setText(m_step->imagePath());
    m_imageSize->setEnabled(image && disk.sizeBytes > 0);
    m_imageSize->setValue(m_step->imageGiB());
    (m_step->installFromIso() ? m_fromIso : m_installed)->setChecked(true);
    m_installIso->setEnabled(m_step->installFromIso());
    if (m_installIso->text() != m_step->installIso())
        m_installIso->setText(m_step->installIso());
    m_bus->setCurrentIndex(m_bus->findData(int(disk.bus)));
    selectValue(m_cache, disk.cache);
    selectValue(m_io, disk.io);
    m_discard->setChecked(disk.discard);
    const bool windows = m_step->windows();
    m_virtioIso->setEnabled(windows);
    if (m_virtioIso->text() != m_step->virtioIso())
        m_virtioIso->setText(m_step->virtioIso());
    m_staging->setEnabled(windows);
    m_staging->setChecked(m_step->staging());
}
