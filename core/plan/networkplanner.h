#pragma once

#include "plan/plannote.h"
#include "spec/vmspec.h"

struct HostScan;

/// Puts the VM on the LAN: an existing bridge with a physical port, else a new bridge over
/// the uplink NIC (the one with the default route), else libvirt's NAT network.
class NetworkPlanner
{
public:
    struct Request
    {
        std::optional<QString> bridge;
        std::optional<QString> uplink;
        bool nat = false;
    };

    static QString defaultBridgeName() { return QStringLiteral("br0"); }
    static PlanNotes plan(const HostScan &host, const Request &request, VmSpec::Network &network);
};
