#include "util/filewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace FileWriter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)
};

} // namespace

Result<void> write(const QString &path, const QByteArray &contents, Overwrite overwrite)
{
    if (overwrite == Overwrite::No && QFileInfo::exists(path))
        return Error{Tr::tr("%1: exists already").arg(path)};
    QSaveFile file(path);
    // Unbuffered: Qt 6.4's buffered QSaveFile loses a write error (ENOSPC) in its final flush
    // and commits an empty file; written straight through, write() itself reports it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error{Tr::tr("%1: cannot write: %2").arg(path, file.errorString())};
    if (file.write(contents) != contents.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{Tr::tr("%1: cannot write: %2").arg(path, reason)};
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return Error{Tr::tr("%1: cannot write: %2").arg(path, file.errorString())};
    return {};
}

Result<void> createSparse(const QString &path, qint64 size)
{
    if (QFileInfo::exists(path))
        return Error{Tr::tr("%1: exists already; it is used as it is").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{Tr::tr("%1: cannot create: %2").arg(path, file.errorString())};
    if (!file.resize(size)) {
        const QString reason = file.errorString();
        file.remove();
        return Error{Tr::tr("%1: cannot size it to %2 bytes: %3").arg(path).arg(size).arg(reason)};
    }
    return {};
}

} // namespace FileWriter
