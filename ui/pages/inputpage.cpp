#include "pages/inputpage.h"

#include "wizard.h"
#include "wizard/steps/inputstep.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

QString InputPage::stepTitle()
{
    return tr("Keyboard and mouse");
}

InputPage::InputPage(Wizard *wizard, InputStep *step)
    : StepPage(wizard, step), m_step(step), m_intro(new QLabel(this)),
      m_evdev(new QRadioButton(tr("The host's &keyboard and mouse, switched with both Ctrl keys"), this)), m_devices(new QListWidget(this)),
      m_usb(new QRadioButton(tr("A whole &USB controller, with what is plugged into it"), this)), m_controllers(new QComboBox(this)),
      m_none(new QRadioButton(tr("N&one (a remote desktop only)"), this))
{
    setTitle(stepTitle());
    m_intro->setWordWrap(true);
    auto *modes = new QButtonGroup(this);
    for (QRadioButton *button : {m_evdev, m_usb, m_none})
        modes->addButton(button);
    m_evdev->setToolTip(tr("While the VM runs it takes these devices; pressing both Ctrl keys hands them back to the host and "
                           "again to the VM."));
    m_devices->setToolTip(tr("The keyboards and mice under /dev/input/by-id; tick the ones the VM takes."));
    m_devices->setAccessibleName(tr("Keyboards and mice"));
    m_devices->setMaximumHeight(fontMetrics().height() * 8);
    m_usb->setToolTip(tr("The controller's ports belong to the VM while it runs: plug a spare keyboard and mouse in there."));
    m_controllers->setToolTip(tr("USB controllers whose IOMMU group the VM can take whole."));
    m_controllers->setAccessibleName(tr("USB controller"));
    // Sized for a controller's name, not for the longest reason one cannot be passed: that
    // would widen the whole window past a laptop's screen (the reason is in the tooltip too).
    m_controllers->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_controllers->setMinimumContentsLength(48);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_evdev);
    layout->addWidget(m_devices);
    layout->addWidget(m_usb);
    layout->addWidget(m_controllers, 0, Qt::AlignLeft);
    // Why a controller is not offered, in full: the drop-down is narrow, and greyed out when
    // none can go, with nothing else on the page to say why.
    m_controllersRefused = new QLabel(this);
    m_controllersRefused->setWordWrap(true);
    layout->addWidget(m_controllersRefused);
    layout->addWidget(m_none);
    layout->addWidget(messages());
    layout->addStretch();

    connect(m_evdev, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            useEvdev();
    });
    connect(m_devices, &QListWidget::itemChanged, this, [this] { useEvdev(); });
    auto useController = [this] {
        if (const auto address = PciAddress::parse(m_controllers->currentData().toString()); address && m_usb->isChecked())
            m_step->useUsbController(*address);
    };
    connect(m_usb, &QRadioButton::toggled, this, [useController](bool on) {
        if (on)
            useController();
    });
    connect(m_controllers, &QComboBox::currentIndexChanged, this, useController);
    connect(m_none, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_step->useNone();
    });
}

QString InputPage::helpText() const
{
    return tr("<p>With a passed-through GPU the VM has no window on the host: its picture goes to the monitor on the GPU. "
              "The VM then takes the host's keyboard and mouse while it runs; press <b>both Ctrl keys</b> to switch them "
              "between the host and the VM.</p><p>Instead, a whole USB controller can go to the VM with a second keyboard "
              "and mouse plugged into it, if its IOMMU group holds nothing else.</p>");
}

void InputPage::useEvdev()
{
    if (m_showing)
        return;
    QStringList chosen;
    for (int i = 0; i < m_devices->count(); ++i)
        if (m_devices->item(i)->checkState() == Qt::Checked)
            chosen << m_devices->item(i)->data(Qt::UserRole).toString();
    m_step->useEvdev(chosen);
}

void InputPage::showModel()
{
    const bool needed = m_step->needed();
    // The subtitle says why the page matters, as it does for this VM.
    setSubTitle(needed ? tr("The VM shows on the passed GPU's monitor, not in a window: it needs a keyboard and mouse of its own.")
                       : tr("The VM is shown in a window: it uses the host's keyboard and mouse there."));
    m_intro->setText(tr("No GPU is passed through: the VM is shown in a window on the host, with the host's keyboard and "
                        "mouse. Nothing to choose here."));
    m_intro->setVisible(!needed);
    for (QWidget *w : {static_cast<QWidget *>(m_evdev), static_cast<QWidget *>(m_devices), static_cast<QWidget *>(m_usb),
                       static_cast<QWidget *>(m_controllers), static_cast<QWidget *>(m_none)})
        w->setVisible(needed);
    const QStringList chosen = m_step->chosenDevices();
    m_devices->clear();
    for (const InputStep::Device &device : m_step->devices()) {
        auto *item = new QListWidgetItem(device.keyboard ? tr("Keyboard: %1").arg(device.name) : tr("Mouse: %1").arg(device.name), m_devices);
        item->setData(Qt::UserRole, device.path);
        item->setToolTip(device.path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(device.path) || (m_step->mode() != InputStep::Mode::Evdev) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_devices->count() == 0)
        new QListWidgetItem(tr("(no keyboard or mouse found under /dev/input/by-id)"), m_devices);
    const QString current = m_step->chosenController() ? m_step->chosenController()->toString() : m_controllers->currentData().toString();
    m_controllers->clear();
    QStringList refused;
    for (const InputStep::Controller &controller : m_step->controllers()) {
        const QString name = tr("%1  %2").arg(controller.address.toString(), controller.name);
        m_controllers->addItem(name, controller.address.toString());
        m_controllers->setItemData(m_controllers->count() - 1, controller.usable ? name : controller.obstacle, Qt::ToolTipRole);
        if (!controller.usable) {
            m_controllers->setItemData(m_controllers->count() - 1, 0, Qt::UserRole - 1); // disabled, the reason below
            refused << tr("<b>%1</b>: %2").arg(name.toHtmlEscaped(), controller.obstacle.toHtmlEscaped());
        }
    }
    m_controllersRefused->setText(refused.isEmpty() ? QString() : tr("Not offered:<br>%1").arg(refused.join(QStringLiteral("<br>"))));
    m_controllersRefused->setVisible(needed && !refused.isEmpty());
    m_controllers->setCurrentIndex(std::max(0, m_controllers->findData(current)));
    const QList<InputStep::Controller> controllers = m_step->controllers();
    m_usb->setEnabled(std::any_of(controllers.begin(), controllers.end(), [](const InputStep::Controller &c) { return c.usable; }));
    switch (m_step->mode()) {
    case InputStep::Mode::Evdev: m_evdev->setChecked(true); break;
    case InputStep::Mode::UsbController: m_usb->setChecked(true); break;
    case InputStep::Mode::None: m_none->setChecked(true); break;
    }
    m_devices->setEnabled(m_evdev->isChecked());
    m_controllers->setEnabled(m_usb->isChecked());
}
