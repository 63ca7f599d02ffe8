#include "pages/networkpage.h"

#include "widgets/fieldmessage.h"
#include "wizard.h"
#include "wizard/steps/networkstep.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

QString NetworkPage::stepTitle()
{
    return tr("Network");
}

NetworkPage::NetworkPage(Wizard *wizard, NetworkStep *step)
    : StepPage(wizard, step), m_step(step), m_existing(new QRadioButton(tr("&Join an existing bridge"), this)),
      m_new(new QRadioButton(tr("&Create a bridge over a NIC"), this)), m_nat(new QRadioButton(tr("NA&T (libvirt's default network)"), this)),
      m_bridges(new QComboBox(this)), m_newBridge(new QLineEdit(this)), m_uplinks(new QComboBox(this)), m_model(new QComboBox(this)),
      m_mac(new QLineEdit(this))
{
    setTitle(stepTitle());
    setSubTitle(tr("A bridge puts the VM on the LAN like any other machine, which game streaming and LAN play need; NAT works "
                   "anywhere but hides the VM behind the host."));
    auto *modes = new QButtonGroup(this);
    for (QRadioButton *button : {m_existing, m_new, m_nat})
        modes->addButton(button);
    m_existing->setToolTip(tr("A bridge the host already has, with a physical NIC in it."));
    m_new->setToolTip(tr("The NixOS module creates the bridge and moves the host's address onto it."));
    m_nat->setToolTip(tr("Outgoing traffic works; reaching services in the VM needs port forwarding."));
    m_bridges->setToolTip(tr("The host's bridges and their ports."));
    m_newBridge->setToolTip(tr("The new bridge's name: up to 15 characters, no spaces."));
    m_uplinks->setToolTip(tr("The wired NIC the bridge is built over; Wi-Fi cannot carry a bridge."));
    m_model->addItem(tr("virtio (recommended)"), u"virtio"_s);
    m_model->addItem(tr("e1000e (works without drivers)"), u"e1000e"_s);
    m_model->setToolTip(tr("virtio is fastest and needs the driver from the virtio-win ISO; e1000e works out of the box."));
    m_mac->setPlaceholderText(tr("chosen by libvirt"));
    m_mac->setToolTip(tr("Keep a MAC address to keep the guest's DHCP lease and licence activations."));
    const int width = fontMetrics().horizontalAdvance(u'x') * 30;
    for (QWidget *w : {static_cast<QWidget *>(m_bridges), static_cast<QWidget *>(m_newBridge), static_cast<QWidget *>(m_uplinks),
                       static_cast<QWidget *>(m_model), static_cast<QWidget *>(m_mac)})
        w->setMinimumWidth(width);

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_existing);
    form->addRow(label(tr("B&ridge:"), m_bridges), m_bridges);
    form->addRow(m_new);
    form->addRow(label(tr("New bridge nam&e:"), m_newBridge), m_newBridge);
    form->addRow(QString(), fieldMessage(m_newBridge, NetworkStep::bridgeNameField));
    form->addRow(label(tr("&Uplink NIC:"), m_uplinks), m_uplinks);
    form->addRow(m_nat);
    form->addRow(label(tr("NIC &model:"), m_model), m_model);
    form->addRow(label(tr("MAC &address:"), m_mac), m_mac);
    form->addRow(QString(), fieldMessage(m_mac, NetworkStep::macField));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(messages());
    layout->addStretch();

    for (QRadioButton *button : {m_existing, m_new, m_nat})
        connect(button, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                choose();
        });
    connect(m_bridges, &QComboBox::currentIndexChanged, this, &NetworkPage::choose);
    connect(m_uplinks, &QComboBox::currentIndexChanged, this, &NetworkPage::choose);
    connect(m_newBridge, &QLineEdit::textEdited, this, &NetworkPage::choose);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] { m_step->setModel(m_model->currentData().toString()); });
    connect(m_mac, &QLineEdit::textEdited, m_step, &NetworkStep::setMac);
}

QString NetworkPage::helpText() const
{
    return tr("<p>On a <b>bridge</b> the VM is a machine on your LAN: it gets an address from your router, and game streaming, "
              "remote desktop or a game server in it are reachable without port forwarding. The wizard can create the "
              "bridge over your wired NIC (the NixOS module moves the host's address onto it).</p><p><b>NAT</b> works "
              "anywhere, Wi-Fi included, but hides the VM behind the host.</p>");
}

void NetworkPage::choose()
{
    if (m_showing)
        return;
    if (m_existing->isChecked())
        m_step->useBridge(m_bridges->currentData().toString());
    else if (m_new->isChecked())
        m_step->useNewBridge(m_newBridge->text(), m_uplinks->currentData().toString());
    else
        m_step->useNat();
}

QWidget *NetworkPage::initialFocus() const
{
    // The chosen way, not the first one: Space there would change the choice.
    for (QRadioButton *mode : {m_existing, m_new, m_nat})
        if (mode->isChecked())
            return mode;
    return nullptr;
}

void NetworkPage::showModel()
{
    m_bridges->clear();
    for (const NetworkStep::Interface &bridge : m_step->bridges())
        m_bridges->addItem(bridge.label, bridge.name);
    m_uplinks->clear();
    for (const NetworkStep::Interface &uplink : m_step->uplinks()) {
        m_uplinks->addItem(uplink.label, uplink.name);
        if (!uplink.usable)
            m_uplinks->setItemData(m_uplinks->count() - 1, 0, Qt::UserRole - 1);
    }
    m_existing->setEnabled(m_bridges->count() > 0);
    m_new->setEnabled(m_uplinks->count() > 0);
    const VmSpec::NetworkMode mode = m_step->mode();
    (mode == VmSpec::NetworkMode::ExistingBridge ? m_existing : mode == VmSpec::NetworkMode::NewBridge ? m_new : m_nat)->setChecked(true);
    m_bridges->setCurrentIndex(std::max(0, m_bridges->findData(m_step->bridge())));
    m_uplinks->setCurrentIndex(std::max(0, m_uplinks->findData(m_step->uplink())));
    if (m_newBridge->text() != m_step->newBridgeName())
        m_newBridge->setText(m_step->newBridgeName());
    if (m_model->findData(m_step->model()) < 0)
        m_model->addItem(m_step->model(), m_step->model()); // an opened VM's model stays on offer
    m_model->setCurrentIndex(m_model->findData(m_step->model()));
    if (m_mac->text() != m_step->mac())
        m_mac->setText(m_step->mac());
    m_bridges->setEnabled(m_existing->isChecked());
    m_newBridge->setEnabled(m_new->isChecked());
    m_uplinks->setEnabled(m_new->isChecked());
}
