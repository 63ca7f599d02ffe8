#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

/// A saved host tree (a mirror of `/` with sysfs's symlinks) in a tar archive, as `tar` or
/// `cmake -E tar` write it: the demo carries a sample machine as a Qt resource and unpacks it
/// where the scanner can read it.
namespace HostTreeArchive {

/// Recreates the tree of a tar (plain or compressed) under `directory`. Entries that would land
/// outside it (`..`, absolute paths, paths through a link) and links that leave the tree are
/// refused with a message naming the entry; devices, fifos and hard links are not expected.
Result<void> unpack(const QByteArray &archive, const QString &directory);

} // namespace HostTreeArchive
