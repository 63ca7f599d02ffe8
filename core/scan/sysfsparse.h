#pragma once

#include "util/pciaddress.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Pure parsers for the value formats of sysfs and procfs; none touches a file.
namespace SysfsParse {

/// `/proc/meminfo` as field -> number (kB for fields with that unit, a count otherwise).
QHash<QString, qint64> meminfo(const QByteArray &text);

/// The fields of `/proc/cpuinfo` that the scan uses, taken from the first processor block.
struct CpuinfoFields
{
    QString vendor;
    QString model;
    QStringList flags;
};
CpuinfoFields cpuinfo(const QByteArray &text);

/// `KEY=VALUE` lines (uevent files, os-release).
QHash<QString, QString> keyValueLines(const QByteArray &text);

/// The interface of the default route in `/proc/net/route` (lowest metric); empty if none.
QString defaultRouteInterface(const QByteArray &routeTable);

/// The `E:KEY=VALUE` properties of a udev database entry (`/run/udev/data/b8:1`).
QHash<QString, QString> udevProperties(const QByteArray &text);

/// The page size in KiB from a hugepage pool directory name ("hugepages-2048kB").
std::optional<qint64> hugepageDirSizeKiB(QStringView name);

/// One line of `/proc/self/mountinfo` (or `/proc/mounts`, which has no device number or root).
struct MountEntry
{
    QString device;     ///< "major:minor" from mountinfo; empty from /proc/mounts
    QString root;       ///< the directory of the filesystem mounted here ("/" unless a bind mount)
    QString mountPoint; ///< octal escapes (\040 for a space) decoded
    QString fsType;
    QString source;     ///< /dev/sda1, tank/home, tmpfs, ...
};
/// `/proc/self/mountinfo`: fields before " - " are id, parent, major:minor, root, mount point,
/// options and optional tags; after it come type, source and super options. Malformed lines are skipped.
QList<MountEntry> mountinfo(const QByteArray &text);
/// `/proc/mounts` (the fstab format): source, mount point, type, options.
QList<MountEntry> mounts(const QByteArray &text);
/// A field of the mount and swap tables with the kernel's octal escapes (`\040`) decoded.
QString unescapeOctal(QByteArrayView field);

/// `/proc/swaps` after its header: each active swap's path (decoded) and type (partition, file).
struct SwapEntry
{
    QString path;
    QString type;
};
QList<SwapEntry> swaps(const QByteArray &text);

/// An input device's capability bitmap (`capabilities/ev`, `key`, `rel`): hexadecimal words of
/// the kernel's `long` (64 bits on x86-64), the most significant first. Empty when malformed.
std::optional<QList<quint64>> inputBitmap(QByteArrayView text);
bool bitmapHas(const QList<quint64> &bitmap, int bit);

/// What an input device is, from its capabilities, the way udev's input_id tells them apart:
/// a keyboard has EV_KEY and the keys Esc to D (bits 1 to 31 of the key bitmap); a mouse has
/// EV_REL with REL_X and REL_Y and the left button (BTN_MOUSE).
enum class InputKind { Other, Keyboard, Mouse };
InputKind inputKind(QByteArrayView ev, QByteArrayView key, QByteArrayView rel);

/// The PCI device a sysfs device path hangs below: its last component that is a full PCI
/// address (`/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/...` -> 0000:00:14.0).
std::optional<PciAddress> lastPciAddress(QStringView devicePath);
/// A cache's `size` ("32768K", as the kernel writes it; "96M" and bytes are read too) in KiB.
std::optional<qint64> cacheSizeKiB(QStringView text);

} // namespace SysfsParse
