#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

/// The saved definitions of domains, one file each before VFIO Wizard replaces a definition:
/// `<directory>/<name>-<UTC timestamp>.xml`, the name made safe for a file name
/// (SafeName::fileName, the same for plain names). The directory is the caller's to choose
/// ($XDG_DATA_HOME/vfio-wizard/backups for the app, a temporary one in tests).
class DefinitionBackups
{
public:
    struct Entry
    {
        QString path;
        QString domain;    ///< as the file names it (SafeName::fileName of the domain's name)
        QDateTime savedAt; ///< UTC
    };

    /// $XDG_DATA_HOME/vfio-wizard/backups: where the app keeps them unless told otherwise.
    static QString defaultDirectory();

    explicit DefinitionBackups(QString directory) : m_directory(std::move(directory)) {}

    const QString &directory() const { return m_directory; }
    /// Saves a definition; returns the file's path.
    Result<QString> save(const QString &domain, const QString &xml, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// Every backup, newest first; `domain` filters.
    QList<Entry> list(const QString &domain = {}) const;
    Result<QString> read(const QString &path) const;

private:
    QString m_directory;
};
