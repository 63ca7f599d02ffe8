#include "pages/gpupage.h"

#include "widgets/fieldmessage.h"
#include "widgets/wrappingdelegate.h"
#include "widgets/overridedialog.h"
#include "wizard.h"
#include "wizard/steps/gpustep.h"
#include "wizard/wizardsession.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int addressRole = Qt::UserRole;
constexpr int choiceRole = Qt::UserRole + 1;

} // namespace

QString GpuPage::stepTitle()
{
    return tr("GPU");
}

GpuPage::GpuPage(Wizard *wizard, GpuStep *step)
    : StepPage(wizard, step), m_step(step), m_tree(new QTreeWidget(this)), m_error43(new QCheckBox(tr("Fix &Error 43"), this)),
      m_error43Text(new QLabel(this)), m_vendorId(new QLineEdit(this)), m_rom(new QLineEdit(this))
{
    setTitle(stepTitle());
    setSubTitle(tr("The graphics card the VM gets. An IOMMU group goes to the guest whole, so the card should sit in a group of "
                   "its own (PCI bridges aside)."));
    m_tree->setHeaderLabels({tr("Card and its IOMMU group"), tr("Can it go to the VM?")});
    m_tree->setToolTip(tr("Choose with the mouse or the arrow keys: the selected card is the VM's. Every function of its slot "
                          "(HDMI audio, USB) goes with it."));
    m_tree->setAccessibleName(tr("GPUs"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree, 1)); // a card's reason whole, on more lines

    m_error43->setToolTip(tr("NVIDIA drivers before 465 (and some AMD ones) refuse to run in a VM they recognise and report "
                             "Error 43. This sets a Hyper-V vendor id and hides KVM from the driver."));
    m_error43Text->setWordWrap(true);
    m_vendorId->setToolTip(tr("Any 1-12 printable characters but \"Microsoft Hv\"."));
    m_vendorId->setMaximumWidth(fontMetrics().horizontalAdvance(u'x') * 24);
    auto *vendorLabel = new QLabel(tr("&Vendor id:"), this);
    vendorLabel->setBuddy(m_vendorId);
    m_rom->setPlaceholderText(tr("optional"));
    m_rom->setToolTip(tr("A ROM file for cards whose own ROM cannot be read in a VM."));
    auto *browse = new QPushButton(tr("Bro&wse…", "button"), this);
    browse->setToolTip(tr("Choose a GPU ROM file."));
    auto *romLabel = new QLabel(tr("&ROM file:"), this);
    romLabel->setBuddy(m_rom);
    auto *romRow = new QHBoxLayout;
    romRow->addWidget(m_rom, 1);
    romRow->addWidget(browse);

    auto *fix = new QGroupBox(tr("Error 43"), this);
    auto *fixForm = new QFormLayout(fix);
    fixForm->addRow(m_error43);
    fixForm->addRow(m_error43Text);
    fixForm->addRow(vendorLabel, m_vendorId);
    fixForm->addRow(QString(), fieldMessage(m_vendorId, GpuStep::vendorIdField));
    auto *form = new QFormLayout;
    form->addRow(romLabel, romRow);
    form->addRow(QString(), fieldMessage(m_rom, GpuStep::romField));

    m_anyway = new QPushButton(tr("&Pass a card the host needs…", "button"), this);
    m_anyway->setObjectName(QStringLiteral("overrideButton"));
    m_anyway->setAutoDefault(false);
    m_anyway->setToolTip(tr("A card whose IOMMU group holds devices the host uses is not offered. If you can do without them "
                            "while the VM exists, confirm it here."));
    connect(m_anyway, &QPushButton::clicked, this, [this] {
        QList<OverrideDialog::Item> items;
        for (const GpuStep::Choice &choice : m_step->choices())
            if (choice.overridable && choice.address)
                items << OverrideDialog::Item{choice.address->toString(), tr("%1  %2").arg(choice.address->toString(), choice.name), choice.loss};
        if (items.isEmpty())
            return;
        OverrideDialog dialog(tr("Pass a card the host needs"),
                              tr("An IOMMU group goes to the VM whole: the host loses every device in it while the VM exists, "
                                 "and may be left without its screen, keyboard, disks or network."), items, this);
        if (dialog.exec() == QDialog::Accepted && !dialog.chosen().isEmpty())
            if (const auto address = PciAddress::parse(dialog.chosen()))
                m_step->chooseAnyway(*address);
    });
    auto *treeButtons = new QHBoxLayout;
    treeButtons->addStretch();
    treeButtons->addWidget(m_anyway);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(treeButtons);
    layout->addWidget(messages());
    layout->addWidget(fix);
    layout->addLayout(form);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || m_showing)
            return;
        // A group member's row stands for its card.
        while (item->parent())
            item = item->parent();
        if (!item->data(0, choiceRole).toBool())
            return;
        const QString address = item->data(0, addressRole).toString();
        m_step->choose(address.isEmpty() ? std::nullopt : PciAddress::parse(address));
    });
    connect(m_error43, &QCheckBox::toggled, m_step, &GpuStep::setError43);
    connect(m_vendorId, &QLineEdit::textEdited, m_step, &GpuStep::setVendorId);
    connect(m_rom, &QLineEdit::editingFinished, this, [this] { m_step->setRomFile(m_rom->text()); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("GPU ROM file"), QString(), tr("ROM files (*.rom *.bin);;All files (*)"));
        if (!file.isEmpty())
            m_step->setRomFile(file);
    });
    connect(m_step->session(), &WizardSession::hostChanged, this, [this] { m_filled = false; });
}

QString GpuPage::helpText() const
{
    return tr("<p>Choose the card the VM gets, with the mouse or the arrow keys. A card can go to a VM when its IOMMU group "
              "holds nothing else the host needs; the second column says why one cannot. The card the host shows its "
              "screen on is marked: giving it away leaves the host without a display.</p><p><b>Fix Error 43</b>: NVIDIA "
              "drivers before 465 stop with \"Error 43\" in a VM they recognise. The fix hides the VM from them; it does no "
              "harm with newer drivers.</p>");
}

void GpuPage::fillTree()
{
    m_tree->clear();
    const auto &host = m_wizard->host();
    for (const GpuStep::Choice &choice : m_step->choices()) {
        QString verdict = choice.usable ? tr("yes") : withoutCommandLine(choice.obstacle);
        if (choice.hostDisplay && choice.usable)
            verdict = tr("yes, but it is the host's screen");
        auto *item = new QTreeWidgetItem(m_tree, {choice.address ? tr("%1  %2").arg(choice.address->toString(), choice.name) : choice.name, verdict});
        item->setData(0, addressRole, choice.address ? choice.address->toString() : QString());
        item->setData(0, choiceRole, choice.usable);
        item->setToolTip(1, verdict);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        // A card that cannot be chosen is skipped by the arrow keys too (they pass over
        // disabled rows only): the highlight never rests where the plan cannot follow.
        if (!choice.usable)
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        if (!host || !choice.iommuGroup)
            continue;
        if (const IommuGroup *group = host->iommu.group(*choice.iommuGroup)) {
            for (const PciAddress &member : group->devices) {
                const PciDevice *device = host->pciDevice(member);
                auto *child = new QTreeWidgetItem(item, {tr("%1  %2 (%3)").arg(member.toString(), device ? device->deviceName : QString(),
                                                                               device ? device->className : QString())});
                child->setToolTip(0, tr("IOMMU group %1").arg(group->id));
                child->setFlags(child->flags() & ~(choice.usable ? Qt::ItemIsSelectable : Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            }
        }
        item->setExpanded(!choice.usable);
    }
    m_filled = true;
    const QList<GpuStep::Choice> choices = m_step->choices();
    m_anyway->setVisible(std::any_of(choices.begin(), choices.end(), [](const GpuStep::Choice &c) { return c.overridable; }));
}

void GpuPage::showModel()
{
    // Refilled each time: an override or a new scan changes what can be chosen.
    fillTree();
    const auto chosen = m_step->chosen();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const QString address = item->data(0, addressRole).toString();
        const bool selected = chosen ? address == chosen->toString() : address.isEmpty();
        if (selected)
            m_tree->setCurrentItem(item);
    }
    const bool gpu = chosen.has_value();
    m_error43->setEnabled(gpu);
    m_error43->setChecked(m_step->error43());
    m_error43Text->setText(m_step->error43Text());
    m_vendorId->setEnabled(gpu && m_step->error43());
    if (m_vendorId->text() != m_step->vendorId())
        m_vendorId->setText(m_step->vendorId());
    m_rom->setEnabled(gpu);
    if (m_rom->text() != m_step->romFile())
        m_rom->setText(m_step->romFile());
}
