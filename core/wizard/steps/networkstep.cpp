#include "wizard/steps/networkstep.h"

#include "plan/networkplanner.h"
#include "spec/fieldchecks.h"
#include "wizard/wizardsession.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NetworkStep)
};

} // namespace

QList<NetworkStep::Interface> NetworkStep::bridges() const
{
    QList<Interface> list;
    if (m_session->host())
        for (const NetInterface &nic : m_session->host()->network)
            if (nic.bridge)
                list << Interface{nic.name, nic.members.isEmpty() ? Tr::tr("%1 (no ports)").arg(nic.name)
                                                                   : Tr::tr("%1 (ports: %2)").arg(nic.name, nic.members.join(u", "_s)),
                                  true};
    // An opened VM's bridge the scan does not know (another host's) stays on offer.
    const VmSpec::Network &network = m_session->spec().network;
    if (network.mode == VmSpec::NetworkMode::ExistingBridge
        && std::none_of(list.begin(), list.end(), [&](const Interface &i) { return i.name == network.bridge; }))
        list << Interface{network.bridge, Tr::tr("%1 (not on the scanned host)").arg(network.bridge), true};
    return list;
}

QList<NetworkStep::Interface> NetworkStep::uplinks() const
{
    QList<Interface> list;
    if (!m_session->host())
        return list;
    for (const NetInterface &nic : m_session->host()->network)
        if (!nic.bridge && nic.physical && nic.master.isEmpty())
            list << Interface{nic.name, nic.wireless ? Tr::tr("%1 (Wi-Fi: cannot carry a bridge)").arg(nic.name)
                                        : nic.defaultRoute ? Tr::tr("%1 (default route)").arg(nic.name) : nic.name,
                              !nic.wireless};
    return list;
}

VmSpec::NetworkMode NetworkStep::mode() const
{
    return m_session->spec().network.mode;
}

QString NetworkStep::bridge() const
{
    return m_session->spec().network.bridge;
}

QString NetworkStep::uplink() const
{
    // Not on a new bridge yet (NAT, an existing bridge): the NIC a new one would be built over,
    // the one with the default route, so that choosing "new bridge" again does not take the
    // first NIC in the list.
    const VmSpec::Network &network = m_session->spec().network;
    if (network.mode == VmSpec::NetworkMode::NewBridge || !m_session->host())
        return network.uplink;
    for (const NetInterface &nic : m_session->host()->network)
        if (nic.defaultRoute && !nic.bridge && nic.physical && nic.master.isEmpty() && !nic.wireless)
            return nic.name;
    return network.uplink;
}

QString NetworkStep::model() const
{
    return m_model;
}

void NetworkStep::replan(VmSpec::NetworkMode mode, const QString &bridge, const QString &uplink)
{
    if (!m_session->host())
        return;
    const HostScan &host = *m_session->host();
    StepMessages fields;
    if (mode == VmSpec::NetworkMode::NewBridge)
        addFieldError(fields, QString::fromLatin1(bridgeNameField), FieldChecks::bridgeName(bridge));
    addFieldError(fields, QString::fromLatin1(macField), FieldChecks::mac(m_mac));
    const bool opened = m_session->existing().has_value();
    change([&](VmSpec &spec) {
        const VmSpec::Network kept = spec.network;
        NetworkPlanner::Request request;
        if (mode == VmSpec::NetworkMode::Nat)
            request.nat = true;
        else
            request.bridge = bridge;
        if (mode == VmSpec::NetworkMode::NewBridge)
            request.uplink = uplink;
        PlanNotes notes;
        if (mode == VmSpec::NetworkMode::ExistingBridge && opened && !host.interface(bridge)) {
            // An opened VM's bridge that is not on this host: the VM keeps it.
            spec.network.mode = mode;
            spec.network.bridge = bridge;
            notes << PlanNote::info(topic(), Tr::tr("Bridge %1 is not on the scanned host; the VM keeps it.").arg(bridge));
        } else {
            notes = NetworkPlanner::plan(host, request, spec.network);
        }
        spec.network.model = m_model.isEmpty() ? kept.model : m_model;
        spec.network.mac = m_mac.toLower();
        return notes;
    }, fields);
}

StepMessages NetworkStep::checkFields() const
{
    StepMessages fields;
    if (mode() == VmSpec::NetworkMode::NewBridge)
        addFieldError(fields, QString::fromLatin1(bridgeNameField), FieldChecks::bridgeName(m_newBridgeName));
    addFieldError(fields, QString::fromLatin1(macField), FieldChecks::mac(m_mac));
    return fields;
}

void NetworkStep::useBridge(const QString &bridge)
{
    replan(VmSpec::NetworkMode::ExistingBridge, bridge, QString());
}

void NetworkStep::useNewBridge(const QString &name, const QString &uplink)
{
    m_newBridgeName = name;
    replan(VmSpec::NetworkMode::NewBridge, name, uplink);
}

void NetworkStep::useNat()
{
    replan(VmSpec::NetworkMode::Nat, QString(), QString());
}

void NetworkStep::setModel(const QString &model)
{
    m_model = model;
    replan(mode(), mode() == VmSpec::NetworkMode::NewBridge ? m_newBridgeName : bridge(), uplink());
}

void NetworkStep::setMac(const QString &mac)
{
    m_mac = mac.trimmed();
    replan(mode(), mode() == VmSpec::NetworkMode::NewBridge ? m_newBridgeName : bridge(), uplink());
}

void NetworkStep::refresh()
{
    const VmSpec::Network &network = m_session->spec().network;
    m_mac = network.mac;
    m_model = network.model;
    m_newBridgeName = network.mode == VmSpec::NetworkMode::NewBridge ? network.bridge : NetworkPlanner::defaultBridgeName();
    StepModel::refresh();
}
