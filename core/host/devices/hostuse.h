#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// One thing the host itself uses a disk or a PCI device for: what giving that device to a VM
/// would take from the host. The scan finds them (HostUseScanner); the planners and lint refuse
/// to hand them over without the user's explicit consent.
struct HostUse
{
    enum class Kind {
        Mount,        ///< name: the mount point
        Swap,         ///< name: the swap device (kernel, dm or zvol name)
        ZfsPool,      ///< name: the pool; details: its mounted datasets and its zvols
        Lvm,          ///< name: the volume group; details: what its volumes are used for
        Raid,         ///< name: the md array; details: what it is used for
        Crypt,        ///< name: the dm-crypt mapping; details: what it is used for
        DeviceMapper, ///< name: another device-mapper mapping; details: what it is used for
        Holder,       ///< name: another device built on this one (bcache, ...); details: its uses
        Display,      ///< details: the connected connectors; none: the firmware's boot console
        Keyboard,     ///< name: the input device's name
        Mouse,        ///< name: the input device's name
        Network,      ///< name: the NIC; details: the bridges (or bonds) it carries the default route through
        Disk,         ///< a storage controller's: name: the disk; details: the disk's uses as words
    };

    Kind kind = Kind::Mount;
    QString name;
    QStringList details;

    /// The short, stable, untranslated words of `scan --json` (`hostUses`): "/home",
    /// "ZFS pool tank (/, /nix)", "keyboard (Logitech USB Keyboard)", "display (DP-1)", ...
    QString word() const;
    static QStringList words(const QList<HostUse> &uses);
    /// Adds a use, merging the details of one of the same kind and name.
    static void add(QList<HostUse> &uses, const HostUse &use);

    bool operator==(const HostUse &) const = default;
};
