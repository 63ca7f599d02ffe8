#include "plan/networkplanner.h"

#include "host/hostscan.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NetworkPlanner)
};

bool hasPhysicalPort(const HostScan &host, const NetInterface &bridge)
{
    for (const QString &member : bridge.members)
        if (const NetInterface *port = host.interface(member); port && port->physical)
            return true;
    return false;
}

const NetInterface *defaultUplink(const HostScan &host)
{
    const NetInterface *firstUp = nullptr;
    for (const NetInterface &nic : host.network) {
        if (!nic.physical || nic.wireless || nic.bridge || !nic.master.isEmpty())
            continue;
        if (nic.defaultRoute)
            return &nic;
        if (!firstUp && nic.state == QLatin1String("up"))
            firstUp = &nic;
    }
    return firstUp;
}

PlanNotes nat(VmSpec::Network &network, const QString &why)
{
    network.mode = VmSpec::NetworkMode::Nat;
    network.bridge.clear();
    network.uplink.clear();
    return {PlanNote::info(QStringLiteral("network"),
                           why + u' ' + Tr::tr("The VM uses libvirt's NAT network \"default\": it reaches out, but services "
                                           "in it (a game server, remote desktop) need port forwarding to be reached."))};
}

} // namespace

PlanNotes NetworkPlanner::plan(const HostScan &host, const Request &request, VmSpec::Network &network)
{
    const QString topic = QStringLiteral("network");
    network.model = QStringLiteral("virtio");
    if (request.nat)
        return nat(network, Tr::tr("NAT chosen."));

    if (request.bridge) {
        const NetInterface *existing = host.interface(*request.bridge);
        if (existing && existing->bridge) {
            network.mode = VmSpec::NetworkMode::ExistingBridge;
            network.bridge = existing->name;
            PlanNotes notes{PlanNote::info(topic, Tr::tr("The VM joins bridge %1.").arg(existing->name))};
            if (!hasPhysicalPort(host, *existing))
                notes << PlanNote::warning(topic, Tr::tr("Bridge %1 has no physical port: the VM will not reach the LAN through it.")
                                                      .arg(existing->name));
            return notes;
        }
        if (existing)
            return {PlanNote::error(topic, Tr::tr("%1 is a network interface, not a bridge: choose a bridge, or build a new one over %1 as its uplink.")
                                               .arg(existing->name))};
    } else if (!request.uplink) {
        // An existing bridge over a physical NIC is what the user set up for VMs.
        const NetInterface *chosen = nullptr;
        for (const NetInterface &nic : host.network)
            if (nic.bridge && hasPhysicalPort(host, nic) && (!chosen || nic.defaultRoute))
                chosen = &nic;
        if (chosen) {
            network.mode = VmSpec::NetworkMode::ExistingBridge;
            network.bridge = chosen->name;
            return {PlanNote::info(topic, Tr::tr("The VM joins bridge %1 (over %2) and appears on the LAN like any other machine.")
                                              .arg(chosen->name, chosen->members.join(QLatin1String(", "))))};
        }
    }

    const NetInterface *uplink = request.uplink ? host.interface(*request.uplink) : defaultUplink(host);
    if (request.uplink && !uplink)
        return {PlanNote::error(topic, Tr::tr("The host has no interface %1.").arg(*request.uplink))};
    if (uplink && uplink->wireless)
        return {PlanNote::error(topic, Tr::tr("%1 is a wireless NIC: Wi-Fi cannot carry a bridge's other addresses. Use a wired "
                                          "uplink, or NAT.").arg(uplink->name))};
    if (!uplink)
        return nat(network, Tr::tr("The host has no wired NIC to build a bridge over."));
    if (!uplink->master.isEmpty()) {
        network.mode = VmSpec::NetworkMode::ExistingBridge;
        network.bridge = uplink->master;
        return {PlanNote::info(topic, Tr::tr("%1 is already a port of bridge %2: the VM joins that bridge.").arg(uplink->name, uplink->master))};
    }
    network.mode = VmSpec::NetworkMode::NewBridge;
    network.bridge = request.bridge.value_or(defaultBridgeName());
    network.uplink = uplink->name;
    PlanNotes notes;
    if (uplink->defaultRoute)
        notes << PlanNote::info(topic, Tr::tr("A new bridge %1 over %2 (the NIC with the default route): the VM appears on the LAN "
                                          "like any other machine, no port forwarding. The NixOS module creates it; the host's "
                                          "address moves from %2 to %1.").arg(network.bridge, uplink->name));
    else
        notes << PlanNote::info(topic, Tr::tr("A new bridge %1 over %2: the VM appears on whatever network %2 is plugged into. The "
                                          "NixOS module creates it.").arg(network.bridge, uplink->name));
    if (uplink->state == QLatin1String("down"))
        notes << PlanNote::warning(topic, Tr::tr("%1 is down (no cable, or switched off): the VM has no network until it is up.")
                                              .arg(uplink->name));
    return notes;
}
