#pragma once

#include "host/hostscan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// Whether a disk, or a GPU with its whole IOMMU group, may be given to the VM without taking
/// something the host uses (HostScan's `hostUses`), and why not. The user's explicit consent
/// (`--allow-host-use DEVICE`, the GUI's confirmation) is a list of devices: disk paths or
/// kernel names, PCI addresses. The planners refuse with `reason`, say `loss` in the plan's
/// notes when a consent let a use through, and lint uses the same phrases.
class HostUseGuard
{
    Q_DECLARE_TR_FUNCTIONS(HostUseGuard)

public:
    struct Verdict
    {
        bool allowed = true;
        /// Refused: one sentence naming the device, each use and the ways out.
        QString reason;
        /// What the host uses it for ("/dev/nvme0n1 holds /boot and ZFS pool tank (/, /nix)"),
        /// the first half of `reason`; for an allowed device with uses, what the host loses.
        QString uses;
        /// Allowed although the host uses it (every use consented to): what the host loses.
        QString loss;
        /// The devices whose uses stand in the way, as --allow-host-use takes them.
        QStringList blocking;
    };

    /// The scanned block device a path names: its stable path, /dev/NAME, NAME, or any link
    /// below the scanned root's /dev that leads to it (/dev/mapper/..., /dev/disk/by-uuid/...).
    static const BlockDevice *findBlockDevice(const HostScan &host, const QString &path);

    /// May the disk (or partition, zvol, LV, ...) at `path` be the VM's? A path the scan does not
    /// know (an image file, a new volume) holds nothing the host uses.
    static Verdict disk(const HostScan &host, const QString &path, const QStringList &allowed);
    /// May the GPU at `gpu` (any function) go to the VM with every device of its IOMMU group?
    /// Only host uses are judged here; PassthroughPlanner::obstacle() adds whether the group
    /// holds other devices at all.
    static Verdict gpuGroup(const HostScan &host, const PciAddress &gpu, const QStringList &allowed);

    static bool allows(const HostScan &host, const QStringList &allowed, const BlockDevice &device);
    static bool allows(const QStringList &allowed, const PciAddress &address);

    /// "the USB controller 0000:02:00.0 with your keyboard (Cherry ...) and your mouse (...)".
    static QString devicePhrase(const PciDevice &device);
    /// "your keyboard (...)", "the host's display on DP-1", "disk sda (/home)", "/boot", ...
    static QString usePhrase(const HostUse &use);
    /// "a, b and c".
    static QString joinAnd(const QStringList &items);
};
