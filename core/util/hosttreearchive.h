#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

/// A saved host tree (a mirror of `/` with sysfs's symlinks) packed into one blob, so the demo
/// can carry a sample machine as a Qt resource and unpack it where the scanner can read it.
namespace HostTreeArchive {

/// Files, symlinks (as links, never followed) and empty directories under `directory`, in a
/// stable order.
Result<QByteArray> pack(const QString &directory);
/// Recreates the tree under `directory`; refuses entries that would land outside it.
Result<void> unpack(const QByteArray &archive, const QString &directory);

} // namespace HostTreeArchive
