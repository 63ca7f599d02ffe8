#include "pages/gpupage.h"
#include "spec/fieldchecks.h"

#include "plan/passthroughplanner.h"
#include "plan/vmplanner.h"
#include "wizard.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

GpuPage::GpuPage(Wizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_tree(new QTreeWidget(this)), m_verdict(new QLabel(this)),
      m_error43(new QCheckBox(tr("Fix Error 43"), this)), m_vendorId(new QLineEdit(this)), m_rom(new QLineEdit(this))
{
    setTitle(tr("GPU"));
    setSubTitle(tr("The graphics card the VM gets. An IOMMU group goes to the guest whole, so the card should sit in a "
                   "group of its own (PCI bridges aside)."));
    m_tree->setHeaderLabels({tr("Device"), tr("Class"), tr("IDs"), tr("Driver")});
    m_tree->setToolTip(tr("IOMMU groups and their devices. Choose a GPU: all functions of its slot go with it."));
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_verdict->setWordWrap(true);
    m_verdict->setToolTip(tr("Whether the chosen GPU's group can be passed through, and what to do if not."));
    m_error43->setToolTip(tr("NVIDIA drivers before 465 (and some AMD ones) refuse to run in a VM they recognise and "
                             "report Error 43. This sets a Hyper-V vendor id and hides KVM from the driver."));
    m_vendorId->setMaxLength(12);
    m_vendorId->setToolTip(tr("Any 1-12 characters but \"Microsoft Hv\"."));
    m_rom->setPlaceholderText(tr("optional"));
    m_rom->setToolTip(tr("A ROM file for cards whose own ROM cannot be read in a VM."));
    auto *browse = new QPushButton(tr("Browse…", "button"), this);
    browse->setToolTip(tr("Choose a GPU ROM file."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("GPU ROM file"), QString(), tr("ROM files (*.rom *.bin);;All files (*)"));
        if (!file.isEmpty())
            m_rom->setText(file);
    });
    auto *romRow = new QHBoxLayout;
    romRow->addWidget(m_rom, 1);
    romRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(m_error43);
    form->addRow(tr("Vendor id:"), m_vendorId);
    form->addRow(tr("ROM file:"), romRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_verdict);
    layout->addLayout(form);

    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant address = item->data(0, Qt::UserRole);
        if (address.isValid())
            choose(PciAddress::parse(address.toString()));
    });
    connect(m_error43, &QCheckBox::toggled, m_vendorId, &QWidget::setEnabled);
}

void GpuPage::initializePage()
{
    m_tree->clear();
    if (!m_wizard->host())
        return;
    const HostScan &host = *m_wizard->host();
    for (const IommuGroup &group : host.iommu.groups) {
        auto *groupItem = new QTreeWidgetItem(m_tree, {group.safe ? tr("IOMMU group %1").arg(group.id)
                                                                  : tr("IOMMU group %1 (shared)").arg(group.id)});
        for (const PciAddress &address : group.devices) {
            const PciDevice *d = host.pciDevice(address);
            if (!d)
                continue;
            auto *item = new QTreeWidgetItem(groupItem, {address.toString() + u' ' + d->deviceName, d->className,
                                                         QStringLiteral("%1:%2").arg(d->vendorId, 4, 16, QLatin1Char('0')).arg(d->deviceId, 4, 16, QLatin1Char('0')),
                                                         d->driver});
            if (d->isDisplay()) {
                item->setData(0, Qt::UserRole, address.toString());
                QFont bold = item->font(0);
                bold.setBold(true);
                item->setFont(0, bold);
                if (d->bootVga)
                    item->setText(0, item->text(0) + tr(" (the host's boot GPU)"));
            }
        }
        groupItem->setExpanded(true);
    }
    if (host.iommu.groups.isEmpty())
        m_verdict->setText(tr("The IOMMU is off: no device can be passed through until %1 is on the kernel command line "
                              "(the NixOS module adds it) and VT-d/AMD-Vi is on in the firmware.").arg(host.iommu.enableParameter));
    const VmSpec &spec = m_wizard->spec();
    m_error43->setChecked(spec.error43.enabled);
    m_vendorId->setText(spec.error43.vendorId);
    m_vendorId->setEnabled(spec.error43.enabled);
    m_rom->setText(spec.gpu.romFile);
    choose(spec.gpu.address);
}

void GpuPage::choose(const std::optional<PciAddress> &gpu)
{
    if (!m_wizard->host())
        return;
    VmSpec trial = m_wizard->spec();
    // Another card: the planner's default for it (on for NVIDIA); the same one: the toggle as set.
    const bool sameGpu = gpu && m_wizard->spec().gpu.address && gpu->sameSlot(*m_wizard->spec().gpu.address);
    const std::optional<bool> fix = sameGpu ? std::optional<bool>(m_error43->isChecked()) : std::nullopt;
    const PlanNotes notes = PassthroughPlanner::plan(*m_wizard->host(), {gpu ? std::optional<QString>(gpu->toString()) : QStringLiteral("none"),
                                                                         fix, m_rom->text()}, trial);
    QStringList text;
    for (const PlanNote &note : notes)
        text << note.text;
    m_usable = !hasErrors(notes);
    // The chosen card's row stays selected, so the tree shows what the verdict is about.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).isValid())
            (*it)->setSelected(gpu && PciAddress::parse((*it)->data(0, Qt::UserRole).toString()) == gpu);
    if (m_usable) {
        m_wizard->spec().gpu = trial.gpu;
        m_error43->setChecked(trial.error43.enabled);
    }
    if (m_wizard->host()->iommu.enabled || gpu)
        m_verdict->setText(text.join(u'\n'));
    emit completeChanged();
}

bool GpuPage::isComplete() const
{
    return m_usable;
}

bool GpuPage::validatePage()
{
    VmSpec &spec = m_wizard->spec();
    spec.error43.enabled = m_error43->isChecked() && spec.gpu.address.has_value();
    spec.error43.vendorId = m_vendorId->text();
    spec.gpu.romFile = m_rom->text();
    if (spec.error43.enabled) {
        if (const QString why = FieldChecks::vendorId(spec.error43.vendorId); !why.isEmpty()) {
            m_verdict->setText(why);
            return false;
        }
    }
    return true;
}
