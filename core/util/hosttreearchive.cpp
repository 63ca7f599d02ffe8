#include "util/hosttreearchive.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace HostTreeArchive {

namespace {

constexpr quint32 magic = 0x76687374; // "vhst"
constexpr quint32 version = 1;
enum class EntryType : quint8 { Directory = 1, File = 2, Symlink = 3 };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostTreeArchive)
};

bool safeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/'))
        return false;
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.begin(), parts.end(), [](const QString &p) { return p.isEmpty() || p == u".."_s || p == u"."_s; });
}

/// The link's own text, relative as sysfs writes it (QFileInfo only gives the resolved path).
std::optional<QString> linkText(const QString &path)
{
    char buffer[4096];
    const ssize_t length = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer);
    if (length < 0 || size_t(length) >= sizeof buffer)
        return std::nullopt;
    return QFile::decodeName(QByteArray(buffer, length));
}

} // namespace

Result<QByteArray> pack(const QString &directory)
{
    const QDir root(directory);
    if (!root.exists())
        return Error{Tr::tr("%1: no such directory").arg(directory)};
    QStringList paths;
    QDirIterator it(directory, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << root.relativeFilePath(it.next());
    std::sort(paths.begin(), paths.end());

    QByteArray archive;
    QDataStream out(&archive, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << version << quint32(paths.size());
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(root.filePath(path));
        if (info.isSymLink()) {
            const std::optional<QString> target = linkText(info.filePath());
            if (!target)
                return Error{Tr::tr("%1: cannot read the link").arg(info.filePath())};
            out << quint8(EntryType::Symlink) << path << *target;
        } else if (info.isDir()) {
            out << quint8(EntryType::Directory) << path;
        } else {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly))
                return Error{Tr::tr("%1: cannot read: %2").arg(info.filePath(), file.errorString())};
            out << quint8(EntryType::File) << path << file.readAll();
        }
    }
    return archive;
}

Result<void> unpack(const QByteArray &archive, const QString &directory)
{
    QDataStream in(archive);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 fileMagic = 0, fileVersion = 0, count = 0;
    in >> fileMagic >> fileVersion >> count;
    if (fileMagic != magic || fileVersion != version)
        return Error{Tr::tr("not a host tree archive (or a newer one)")};
    const QDir root(directory);
    if (!root.mkpath(u"."_s))
        return Error{Tr::tr("%1: cannot create the directory").arg(directory)};
    for (quint32 i = 0; i < count; ++i) {
        quint8 type = 0;
        QString path;
        in >> type >> path;
        if (in.status() != QDataStream::Ok)
            return Error{Tr::tr("the host tree archive ends early, at entry %1").arg(i)};
        if (!safeRelativePath(path))
            return Error{Tr::tr("the host tree archive names an unsafe path: %1").arg(path)};
        const QString target = root.filePath(path);
        if (!root.mkpath(QFileInfo(path).path()))
            return Error{Tr::tr("%1: cannot create the directory").arg(QFileInfo(target).path())};
        switch (EntryType(type)) {
        case EntryType::Directory:
            if (!root.mkpath(path))
                return Error{Tr::tr("%1: cannot create the directory").arg(target)};
            break;
        case EntryType::File: {
            QByteArray contents;
            in >> contents;
            QFile file(target);
            if (in.status() != QDataStream::Ok || !file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
                return Error{Tr::tr("%1: cannot write: %2").arg(target, file.errorString())};
            break;
        }
        case EntryType::Symlink: {
            QString link;
            in >> link;
            if (in.status() != QDataStream::Ok || ::symlink(QFile::encodeName(link).constData(), QFile::encodeName(target).constData()) != 0)
                return Error{Tr::tr("%1: cannot create the link").arg(target)};
            break;
        }
        default:
            return Error{Tr::tr("the host tree archive has an unknown entry at %1").arg(path)};
        }
    }
    return {};
}

} // namespace HostTreeArchive
