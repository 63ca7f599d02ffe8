#include "util/hostroot.h"

#include <QDir>

HostRoot::HostRoot(QString directory)
{
    QString cleaned = QDir::cleanPath(directory.isEmpty() ? QStringLiteral("/") : directory);
    m_directory = cleaned;
}

QString HostRoot::path(QStringView hostPath) const
{
    if (isLiveSystem())
        return hostPath.toString();
    if (hostPath.startsWith(u'/'))
        return m_directory + hostPath.toString();
    return m_directory + u'/' + hostPath.toString();
}
