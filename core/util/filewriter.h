#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

/// Writes files whole or not at all (QSaveFile: a temporary file renamed over the target),
/// so a crash or a full disk never leaves half a file.
namespace FileWriter {

enum class Overwrite { No, Yes };

Result<void> write(const QString &path, const QByteArray &contents, Overwrite overwrite = Overwrite::No);
/// A sparse file of the given size (a new raw disk image), never over an existing file.
Result<void> createSparse(const QString &path, qint64 size);

} // namespace FileWriter
