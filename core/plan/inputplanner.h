#pragma once

#include "plan/plannote.h"
#include "spec/vmspec.h"

#include <QStringList>

#include <optional>

struct HostScan;

/// Gives a VM whose screen is the passed GPU a keyboard and mouse: by default the host's own
/// (evdev, switched between host and guest with both Ctrl keys), or a whole USB controller when
/// asked and its IOMMU group can go to the guest. A VM without a GPU is shown in a window and
/// needs neither.
class InputPlanner
{
public:
    struct Request
    {
        std::optional<QStringList> evdev;           ///< empty: the host's keyboards and mice
        bool noEvdev = false;
        std::optional<PciAddress> usbController;
    };

    static PlanNotes plan(const HostScan &host, const Request &request, VmSpec &spec);
    /// Why a USB controller cannot go to the guest, or empty when it can.
    static QString usbControllerObstacle(const HostScan &host, const PciAddress &address);
    /// The host's USB controllers (class 0c03).
    static QList<PciAddress> usbControllers(const HostScan &host);
};
