#pragma once

#include "plan/plannote.h"
#include "spec/vmspec.h"
#include "util/hostroot.h"

struct HostScan;

/// Turns disk paths into disks an expert would configure: block devices raw with
/// cache='none' io='native', image files with io='threads', discard on, the real rotation
/// rate for spinning backing storage; the virtio-win ISO and driver staging for Windows.
class StoragePlanner
{
public:
    struct Request
    {
        QStringList disks;                 ///< the first one boots; empty: a new image file
        QString virtioIso;
        QString installIso;                ///< an installer booted first; empty: the disk holds a system
        std::optional<bool> driverStaging;
        QStringList allowHostUse = {};     ///< disks the user gave the VM although the host uses them
    };

    static constexpr qint64 defaultImageBytes = 64LL << 30;
    /// The topic of the planner's notes.
    static constexpr char16_t topic[] = u"storage";
    static QString imageDirectory() { return QStringLiteral("/var/lib/libvirt/images"); }
    /// The new image a VM gets when no disk is chosen: its name made safe for a file.
    static QString defaultImagePath(const QString &vmName);
    /// Where Windows VMs get the virtio-win driver ISO from unless the user names another.
    static QString defaultVirtioIso();

    static PlanNotes plan(const HostScan &host, const HostRoot &root, const Request &request, VmSpec &spec);
};
