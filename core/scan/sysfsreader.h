#pragma once

#include "util/hostroot.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

/// Thin file access below a HostRoot. Every failure becomes a warning that names the host path
/// (`/sys/...`), and the caller goes on with the fact it could not read left empty; parsing
/// lives elsewhere (sysfsparse.h) so that it can be tested without files.
class SysfsReader
{
public:
    /// Whether a failure is worth a warning: a sysfs attribute that only some devices have
    /// (`boot_vga`, `reset`) is Optional (missing is fine, unreadable is not); one that the
    /// kernel refuses in some states by design (a NIC's `speed` while down) is Silent.
    enum class Presence { Required, Optional, Silent };

    explicit SysfsReader(HostRoot root);

    const HostRoot &root() const { return m_root; }

    std::optional<QByteArray> read(QStringView hostPath, Presence presence = Presence::Required);
    /// The file's first line without surrounding white space.
    std::optional<QString> readLine(QStringView hostPath, Presence presence = Presence::Required);
    /// A decimal (or 0x-prefixed hex) integer; garbage is a warning.
    std::optional<qint64> readInteger(QStringView hostPath, Presence presence = Presence::Required);
    /// The target of a symbolic link as written, without following it.
    std::optional<QString> linkTarget(QStringView hostPath, Presence presence = Presence::Required);
    /// Where a symbolic link points, as a clean host path (`/sys/devices/...`), resolved by
    /// its text alone so that a dangling link still names its target.
    std::optional<QString> linkDestination(QStringView hostPath, Presence presence = Presence::Required);
    /// The names in a directory, sorted, without `.` and `..`.
    QStringList entries(QStringView hostPath, Presence presence = Presence::Required);
    bool exists(QStringView hostPath) const;
    /// Whether the path, links followed, leads to something (false for a link loop or a
    /// dangling link).
    bool resolves(QStringView hostPath) const;

    void warn(const QString &message) { m_warnings.append(message); }
    const QStringList &warnings() const { return m_warnings; }

private:
    HostRoot m_root;
    QString m_canonicalRoot;
    QHash<QString, QString> m_canonicalDirectories;
    QHash<QString, QStringList> m_listings;
    QStringList m_warnings;
};
