#include "util/hosttreearchive.h"

#include <QCoreApplication>
#include <QDir>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace HostTreeArchive {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostTreeArchive)
};

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct WriterDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};

QString message(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : Tr::tr("unknown error");
}

/// Whether a link written at `entry` (relative to the tree) points inside the tree.
bool linkStaysInside(const QString &entry, const QString &target)
{
    if (target.isEmpty() || target.startsWith(u'/'))
        return false;
    int depth = int(entry.count(u'/')); // the link's directory, counted from the root
    for (const QString &part : target.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".."_s)
            --depth;
        else if (part != u"."_s)
            ++depth;
        if (depth < 0)
            return false;
    }
    return true;
}

/// Reads the compressed stream to its end, trailer included. The tar reader stops at the
/// archive's end marker and never looks at what follows, so a gzip stream cut inside its
/// trailer (a lost last byte) would pass unnoticed.
std::optional<QString> streamDamage(const QByteArray &bytes)
{
    std::unique_ptr<archive, ArchiveDeleter> raw(archive_read_new());
    archive_read_support_format_raw(raw.get());
    archive_read_support_filter_all(raw.get());
    if (archive_read_open_memory(raw.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK)
        return message(raw.get());
    archive_entry *entry = nullptr;
    if (archive_read_next_header(raw.get(), &entry) != ARCHIVE_OK)
        return message(raw.get());
    const void *block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    int read = ARCHIVE_OK;
    while ((read = archive_read_data_block(raw.get(), &block, &size, &offset)) == ARCHIVE_OK) {
    }
    if (read != ARCHIVE_EOF)
        return message(raw.get());
    return std::nullopt;
}

} // namespace

Result<void> unpack(const QByteArray &bytes, const QString &directory)
{
    if (!QDir().mkpath(directory))
        return Error{Tr::tr("%1: cannot create the directory").arg(directory)};
    if (const auto damage = streamDamage(bytes))
        return Error{Tr::tr("the host tree archive is cut short or damaged: %1").arg(*damage)};
    std::unique_ptr<archive, ArchiveDeleter> in(archive_read_new());
    archive_read_support_format_tar(in.get());
    archive_read_support_filter_all(in.get());
    if (archive_read_open_memory(in.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK)
        return Error{Tr::tr("the host tree archive cannot be read: %1").arg(message(in.get()))};
    // libarchive's own guards: no "..", no absolute paths, nothing written through a link.
    std::unique_ptr<archive, WriterDeleter> out(archive_write_disk_new());
    // (Entries get the tree's absolute path below, so absolute paths are refused by hand.)
    archive_write_disk_set_options(out.get(), ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_PERM);
    // Canonical: a link among the directory's own parents would make libarchive refuse every entry.
    const QString root = QDir(directory).canonicalPath() + u'/';
    int entries = 0;
    for (;;) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(in.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK)
            return Error{Tr::tr("the host tree archive is broken after %1 entries: %2").arg(entries).arg(message(in.get()))};
        const QString path = QString::fromUtf8(archive_entry_pathname(entry));
        const mode_t type = archive_entry_filetype(entry);
        if (type != AE_IFREG && type != AE_IFDIR && type != AE_IFLNK)
            return Error{Tr::tr("%1: not a file, directory or link in a host tree archive").arg(path)};
        if (archive_entry_hardlink(entry))
            return Error{Tr::tr("%1: a hard link in a host tree archive").arg(path)};
        if (path.isEmpty() || path.startsWith(u'/') || path.split(u'/').contains(u".."_s))
            return Error{Tr::tr("%1: unsafe path in the host tree archive").arg(path)};
        if (type == AE_IFLNK) {
            const QString target = QString::fromUtf8(archive_entry_symlink(entry));
            if (!linkStaysInside(path, target))
                return Error{Tr::tr("%1: unsafe link to %2 in the host tree archive (it leaves the tree)").arg(path, target)};
        }
        archive_entry_set_pathname(entry, (root + path).toUtf8().constData());
        if (archive_write_header(out.get(), entry) != ARCHIVE_OK)
            return Error{Tr::tr("%1: unsafe or unwritable entry: %2").arg(path, message(out.get()))};
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        int read = ARCHIVE_OK;
        while ((read = archive_read_data_block(in.get(), &block, &size, &offset)) == ARCHIVE_OK)
            if (archive_write_data_block(out.get(), block, size, offset) != ARCHIVE_OK)
                return Error{Tr::tr("%1: %2").arg(path, message(out.get()))};
        if (read != ARCHIVE_EOF)
            return Error{Tr::tr("%1: the archive ends inside the file: %2").arg(path, message(in.get()))};
        if (archive_write_finish_entry(out.get()) != ARCHIVE_OK)
            return Error{Tr::tr("%1: %2").arg(path, message(out.get()))};
        ++entries;
    }
    if (entries == 0)
        return Error{Tr::tr("the host tree archive is empty")};
    return {};
}

} // namespace HostTreeArchive
