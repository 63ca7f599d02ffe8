#pragma once

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

/// A cache's `size` ("32768K", as the kernel writes it; "96M" and bytes are read too) in KiB.
std::optional<qint64> cacheSizeKiB(QStringView text);

} // namespace SysfsParse
