#pragma once

#include <QString>

/// The directory that stands for `/` when a host is scanned: `/` itself, or a saved tree of
/// another machine that mirrors it (`ROOT/sys`, `ROOT/proc`, `ROOT/dev`), as hwloc's
/// HWLOC_FSROOT does. Every reader takes one; none reads a global.
class HostRoot
{
public:
    explicit HostRoot(QString directory = QStringLiteral("/"));

    const QString &directory() const { return m_directory; }
    bool isLiveSystem() const { return m_directory == QLatin1String("/"); }

    /// The path of an absolute host path (`/sys/...`) inside this root.
    QString path(QStringView hostPath) const;

private:
    QString m_directory;
};
