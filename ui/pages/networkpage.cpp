#include "pages/networkpage.h"

#include "plan/networkplanner.h"
#include "wizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

const QRegularExpression macPattern(u"^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$"_s);

} // namespace

NetworkPage::NetworkPage(Wizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_existing(new QRadioButton(tr("Join an existing bridge"), this)),
      m_new(new QRadioButton(tr("Create a bridge over a NIC"), this)), m_nat(new QRadioButton(tr("NAT (libvirt's default network)"), this)),
      m_bridges(new QComboBox(this)), m_newBridge(new QLineEdit(this)), m_uplinks(new QComboBox(this)), m_model(new QComboBox(this)),
      m_mac(new QLineEdit(this)), m_status(new QLabel(this))
{
    setTitle(tr("Network"));
    setSubTitle(tr("A bridge puts the VM on the LAN like any other machine, which game streaming and LAN play need; NAT "
                   "works anywhere but hides the VM behind the host."));
    auto *modes = new QButtonGroup(this);
    for (QRadioButton *button : {m_existing, m_new, m_nat})
        modes->addButton(button);
    m_existing->setToolTip(tr("A bridge the host already has, with a physical NIC in it."));
    m_new->setToolTip(tr("The NixOS module creates the bridge and moves the host's address onto it."));
    m_nat->setToolTip(tr("Outgoing traffic works; reaching services in the VM needs port forwarding."));
    m_bridges->setToolTip(tr("The host's bridges and their ports."));
    m_newBridge->setToolTip(tr("The new bridge's name."));
    m_uplinks->setToolTip(tr("The wired NIC the bridge is built over; Wi-Fi cannot carry a bridge."));
    m_model->addItem(tr("virtio (recommended)"), u"virtio"_s);
    m_model->addItem(tr("e1000e (works without drivers)"), u"e1000e"_s);
    m_model->setToolTip(tr("virtio is fastest and needs the driver from the virtio-win ISO; e1000e works out of the box."));
    m_mac->setPlaceholderText(tr("chosen by libvirt"));
    m_mac->setValidator(new QRegularExpressionValidator(macPattern, m_mac));
    m_mac->setToolTip(tr("Keep a MAC address to keep the guest's DHCP lease and licence activations."));
    m_status->setWordWrap(true);
    m_status->setToolTip(tr("What this choice means for the VM."));

    auto *form = new QFormLayout;
    form->addRow(m_existing);
    form->addRow(tr("Bridge:"), m_bridges);
    form->addRow(m_new);
    form->addRow(tr("New bridge name:"), m_newBridge);
    form->addRow(tr("Uplink NIC:"), m_uplinks);
    form->addRow(m_nat);
    form->addRow(tr("NIC model:"), m_model);
    form->addRow(tr("MAC address:"), m_mac);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();

    for (QRadioButton *button : {m_existing, m_new, m_nat})
        connect(button, &QRadioButton::toggled, this, &NetworkPage::replan);
    connect(m_bridges, &QComboBox::currentIndexChanged, this, &NetworkPage::replan);
    connect(m_uplinks, &QComboBox::currentIndexChanged, this, &NetworkPage::replan);
    connect(m_newBridge, &QLineEdit::textChanged, this, &NetworkPage::replan);
    connect(m_mac, &QLineEdit::textChanged, this, &NetworkPage::completeChanged);
}

void NetworkPage::initializePage()
{
    if (!m_wizard->host())
        return;
    m_filling = true;
    const HostScan &host = *m_wizard->host();
    const VmSpec::Network &network = m_wizard->spec().network;
    m_bridges->clear();
    m_uplinks->clear();
    for (const NetInterface &nic : host.network) {
        if (nic.bridge)
            m_bridges->addItem(nic.members.isEmpty() ? tr("%1 (no ports)").arg(nic.name) : tr("%1 (ports: %2)").arg(nic.name, nic.members.join(u", "_s)),
                               nic.name);
        else if (nic.physical && nic.master.isEmpty())
            m_uplinks->addItem(nic.wireless ? tr("%1 (Wi-Fi)").arg(nic.name)
                                            : nic.defaultRoute ? tr("%1 (default route)").arg(nic.name) : nic.name,
                               nic.name);
    }
    // An opened VM's bridge the scan does not know (another host's) is still offered.
    if (network.mode == VmSpec::NetworkMode::ExistingBridge && m_bridges->findData(network.bridge) < 0)
        m_bridges->addItem(network.bridge, network.bridge);
    m_existing->setEnabled(m_bridges->count() > 0);
    m_new->setEnabled(m_uplinks->count() > 0);
    m_newBridge->setText(network.mode == VmSpec::NetworkMode::NewBridge ? network.bridge : NetworkPlanner::defaultBridgeName());
    m_bridges->setCurrentIndex(std::max(0, m_bridges->findData(network.bridge)));
    m_uplinks->setCurrentIndex(std::max(0, m_uplinks->findData(network.uplink)));
    if (m_model->findData(network.model) < 0)
        m_model->addItem(network.model, network.model); // an opened VM's model stays on offer
    m_model->setCurrentIndex(m_model->findData(network.model));
    m_mac->setText(network.mac);
    (network.mode == VmSpec::NetworkMode::ExistingBridge ? m_existing : network.mode == VmSpec::NetworkMode::NewBridge ? m_new : m_nat)
        ->setChecked(true);
    m_filling = false;
    replan();
}

void NetworkPage::replan()
{
    if (m_filling || !m_wizard->host())
        return;
    m_bridges->setEnabled(m_existing->isChecked());
    m_newBridge->setEnabled(m_new->isChecked());
    m_uplinks->setEnabled(m_new->isChecked());
    NetworkPlanner::Request request;
    if (m_existing->isChecked())
        request.bridge = m_bridges->currentData().toString();
    else if (m_new->isChecked()) {
        request.bridge = m_newBridge->text();
        request.uplink = m_uplinks->currentData().toString();
    } else
        request.nat = true;
    VmSpec::Network network = m_wizard->spec().network;
    PlanNotes notes = NetworkPlanner::plan(*m_wizard->host(), request, network);
    if (m_new->isChecked() && m_newBridge->text().isEmpty())
        notes << PlanNote::error(u"network"_s, tr("The new bridge needs a name."));
    QStringList lines;
    for (const PlanNote &note : notes)
        lines << note.text;
    // An opened VM's bridge is not on this host: keep it and say so, rather than refuse.
    if (m_existing->isChecked() && !m_wizard->host()->interface(*request.bridge) && m_wizard->existing()) {
        notes.clear();
        network.mode = VmSpec::NetworkMode::ExistingBridge;
        network.bridge = *request.bridge;
        lines = QStringList{tr("Bridge %1 is not on the scanned host; the VM keeps it.").arg(network.bridge)};
    }
    m_status->setText(lines.join(u'\n'));
    m_usable = !hasErrors(notes);
    if (m_usable) {
        const QString mac = m_wizard->spec().network.mac;
        m_wizard->spec().network = network;
        m_wizard->spec().network.mac = mac;
    }
    emit completeChanged();
}

bool NetworkPage::isComplete() const
{
    return m_usable && (m_mac->text().isEmpty() || macPattern.match(m_mac->text()).hasMatch());
}

bool NetworkPage::validatePage()
{
    VmSpec::Network &network = m_wizard->spec().network;
    network.model = m_model->currentData().toString();
    network.mac = m_mac->text().toLower();
    return true;
}
