#include "apply/definitionbackups.h"

#include "util/filewriter.h"
#include "util/safename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DefinitionBackups)
};

const QString timestampFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

} // namespace

Result<QString> DefinitionBackups::save(const QString &domain, const QString &xml, const QDateTime &now) const
{
    if (!QDir().mkpath(m_directory))
        return Error{Tr::tr("%1: cannot create the backup directory").arg(m_directory)};
    const QString stem = QDir(m_directory).filePath(SafeName::fileName(domain) + u'-' + now.toUTC().toString(timestampFormat));
    QString path = stem + QStringLiteral(".xml");
    for (int n = 1; QFile::exists(path); ++n)
        path = stem + u'-' + QString::number(n) + QStringLiteral(".xml");
    if (const Result<void> written = FileWriter::write(path, xml.toUtf8()); !written)
        return Error{written.error()};
    return path;
}

QList<DefinitionBackups::Entry> DefinitionBackups::list(const QString &domain) const
{
    static const QRegularExpression pattern(QStringLiteral("^(.+)-(\\d{8}T\\d{6}Z)(-\\d+)?\\.xml$"));
    QList<Entry> entries;
    const QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("*.xml")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch() || (!domain.isEmpty() && match.captured(1) != SafeName::fileName(domain)))
            continue;
        QDateTime time = QDateTime::fromString(match.captured(2), timestampFormat);
        time.setTimeSpec(Qt::UTC);
        entries << Entry{file.filePath(), match.captured(1), time};
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.savedAt != b.savedAt ? a.savedAt > b.savedAt : a.path > b.path;
    });
    return entries;
}

Result<QString> DefinitionBackups::read(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1: cannot read: %2").arg(path, file.errorString())};
    return QString::fromUtf8(file.readAll());
}

QString DefinitionBackups::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/vfio-wizard/backups");
}
