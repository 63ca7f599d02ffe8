#include "scan/sysfsreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// sysfs attributes are at most a page; /proc/cpuinfo of a 512-thread host is about 1 MiB.
constexpr qsizetype maxFileSize = 8 * 1024 * 1024;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool shouldWarn(int error, SysfsReader::Presence presence)
{
    switch (presence) {
    case SysfsReader::Presence::Required: return true;
    case SysfsReader::Presence::Optional: return error != ENOENT;
    case SysfsReader::Presence::Silent: return false;
    }
    return true;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SysfsReader)
};

} // namespace

SysfsReader::SysfsReader(HostRoot root) : m_root(std::move(root)) {}

std::optional<QByteArray> SysfsReader::read(QStringView hostPath, Presence presence)
{
    const QByteArray path = QFile::encodeName(m_root.path(hostPath));
    // O_NONBLOCK: a FIFO planted in a broken tree must not hang the scan.
    const int fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (shouldWarn(error, presence))
            warn(Tr::tr("%1: cannot open: %2").arg(hostPath, systemError(error)));
        return std::nullopt;
    }
    // A short read is the end of a sysfs attribute or a regular file; procfs hands out
    // longer files (cpuinfo) in pieces, so only there does the loop read until it gets 0.
    const bool readsInPieces = hostPath.startsWith(u"/proc/");
    QByteArray contents;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd);
            if (error == EISDIR)
                warn(Tr::tr("%1: not a regular file").arg(hostPath));
            else
                warn(Tr::tr("%1: cannot read: %2").arg(hostPath, systemError(error)));
            return std::nullopt;
        }
        contents.append(buffer, n);
        if (contents.size() > maxFileSize) {
            ::close(fd);
            warn(Tr::tr("%1: larger than %2 bytes, ignored").arg(hostPath).arg(maxFileSize));
            return std::nullopt;
        }
        if (n == 0 || (!readsInPieces && size_t(n) < sizeof buffer))
            break;
    }
    if (contents.isEmpty()) {
        // Empty is rare enough to afford the check that it is not a FIFO or a device.
        struct stat info {};
        if (::fstat(fd, &info) == 0 && !S_ISREG(info.st_mode)) {
            ::close(fd);
            warn(Tr::tr("%1: not a regular file").arg(hostPath));
            return std::nullopt;
        }
    }
    ::close(fd);
    return contents;
}

std::optional<QString> SysfsReader::readLine(QStringView hostPath, Presence presence)
{
    auto contents = read(hostPath, presence);
    if (!contents)
        return std::nullopt;
    const qsizetype newline = contents->indexOf('\n');
    if (newline >= 0)
        contents->truncate(newline);
    return QString::fromUtf8(contents->trimmed());
}

std::optional<qint64> SysfsReader::readInteger(QStringView hostPath, Presence presence)
{
    const auto line = readLine(hostPath, presence);
    if (!line)
        return std::nullopt;
    bool ok = false;
    const qint64 value = line->startsWith(QLatin1String("0x")) ? line->mid(2).toLongLong(&ok, 16)
                                                               : line->toLongLong(&ok, 10);
    if (!ok) {
        warn(Tr::tr("%1: not a number: \"%2\"").arg(hostPath, line->left(40)));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> SysfsReader::linkTarget(QStringView hostPath, Presence presence)
{
    const QByteArray path = QFile::encodeName(m_root.path(hostPath));
    char target[4096];
    const ssize_t n = ::readlink(path.constData(), target, sizeof target - 1);
    if (n < 0) {
        const int error = errno;
        if (shouldWarn(error, presence))
            warn(Tr::tr("%1: cannot read link: %2").arg(hostPath, systemError(error)));
        return std::nullopt;
    }
    return QFile::decodeName(QByteArray(target, n));
}

std::optional<QString> SysfsReader::linkDestination(QStringView hostPath, Presence presence)
{
    const auto target = linkTarget(hostPath, presence);
    if (!target)
        return std::nullopt;
    if (target->startsWith(u'/'))
        return QDir::cleanPath(*target);
    // The link's directory may itself be reached through links (/sys/class/net/eno2 is one),
    // and a relative target counts from where the directory really is.
    QString directory = hostPath.left(hostPath.lastIndexOf(u'/')).toString();
    if (m_canonicalRoot.isEmpty())
        m_canonicalRoot = QFileInfo(m_root.directory()).canonicalFilePath();
    auto cached = m_canonicalDirectories.constFind(directory);
    if (cached == m_canonicalDirectories.cend())
        cached = m_canonicalDirectories.insert(directory, QFileInfo(m_root.path(directory)).canonicalFilePath());
    const QString real = *cached;
    if (!real.isEmpty() && !m_canonicalRoot.isEmpty()) {
        if (m_canonicalRoot == QLatin1String("/"))
            directory = real;
        else if (real.startsWith(m_canonicalRoot + u'/'))
            directory = real.mid(m_canonicalRoot.size());
    }
    return QDir::cleanPath(directory + u'/' + *target);
}

QStringList SysfsReader::entries(QStringView hostPath, Presence presence)
{
    // Scanners share directories (the NUMA nodes hold CPUs and hugepage pools): list each once.
    const QString key = hostPath.toString();
    if (const auto cached = m_listings.constFind(key); cached != m_listings.cend())
        return *cached;
    QStringList names;
    const QByteArray path = QFile::encodeName(m_root.path(hostPath));
    DIR *dir = ::opendir(path.constData());
    if (!dir) {
        const int error = errno;
        if (shouldWarn(error, presence))
            warn(Tr::tr("%1: cannot list: %2").arg(hostPath, systemError(error)));
        return names;
    }
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] == '.'
            && (entry->d_name[1] == '\0' || (entry->d_name[1] == '.' && entry->d_name[2] == '\0')))
            continue;
        names.append(QFile::decodeName(entry->d_name));
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    m_listings.insert(key, names);
    return names;
}

bool SysfsReader::exists(QStringView hostPath) const
{
    const QByteArray path = QFile::encodeName(m_root.path(hostPath));
    struct stat info {};
    return ::lstat(path.constData(), &info) == 0;
}

bool SysfsReader::resolves(QStringView hostPath) const
{
    const QByteArray path = QFile::encodeName(m_root.path(hostPath));
    struct stat info {};
    if (::stat(path.constData(), &info) == 0)
        return true;
    if (errno == ELOOP)
        return false;
    // A saved tree's link may name its target absolutely (/sys/bus/...), as it did on its
    // machine: look for that target inside the root.
    char target[4096];
    const ssize_t n = ::readlink(path.constData(), target, sizeof target - 1);
    if (n <= 0 || target[0] != '/')
        return false;
    const QByteArray inside = QFile::encodeName(m_root.path(QFile::decodeName(QByteArray(target, n))));
    return ::stat(inside.constData(), &info) == 0;
}
