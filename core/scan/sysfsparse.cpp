#include "scan/sysfsparse.h"

#include <algorithm>

namespace SysfsParse {

QHash<QString, qint64> meminfo(const QByteArray &text)
{
    QHash<QString, qint64> fields;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray value = line.mid(colon + 1).trimmed();
        if (value.endsWith(" kB"))
            value.chop(3);
        bool ok = false;
        const qint64 number = value.trimmed().toLongLong(&ok);
        if (ok)
            fields.insert(QString::fromLatin1(line.left(colon).trimmed()), number);
    }
    return fields;
}

CpuinfoFields cpuinfo(const QByteArray &text)
{
    CpuinfoFields fields;
    bool flagsSeen = false;
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed().isEmpty()) {
            if (!fields.vendor.isEmpty() || flagsSeen)
                break; // the first processor block is enough: flags are the same on every thread
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed();
        const QString value = QString::fromUtf8(line.mid(colon + 1).trimmed());
        if (key == "vendor_id" && fields.vendor.isEmpty())
            fields.vendor = value;
        else if (key == "model name" && fields.model.isEmpty())
            fields.model = value;
        else if (key == "flags" && !flagsSeen) {
            fields.flags = value.split(u' ', Qt::SkipEmptyParts);
            flagsSeen = true;
        }
    }
    return fields;
}

QHash<QString, QString> keyValueLines(const QByteArray &text)
{
    QHash<QString, QString> values;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            continue;
        QByteArray value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.mid(1, value.size() - 2);
        values.insert(QString::fromUtf8(line.left(equals).trimmed()), QString::fromUtf8(value));
    }
    return values;
}

QString defaultRouteInterface(const QByteArray &routeTable)
{
    QString best;
    qint64 bestMetric = -1;
    const QList<QByteArray> lines = routeTable.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first line names the columns
        const QList<QByteArray> fields = lines[i].simplified().split(' ');
        if (fields.size() < 8)
            continue;
        bool ok = false;
        const qint64 metric = fields[6].toLongLong(&ok);
        // Destination and mask 0: the default route. Flags bit 0 (RTF_UP) must be set.
        if (fields[1] != "00000000" || fields[7] != "00000000" || !ok || !(fields[3].toInt(nullptr, 16) & 1))
            continue;
        if (bestMetric < 0 || metric < bestMetric) {
            best = QString::fromUtf8(fields[0]);
            bestMetric = metric;
        }
    }
    return best;
}

QHash<QString, QString> udevProperties(const QByteArray &text)
{
    QHash<QString, QString> properties;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith("E:"))
            continue;
        const qsizetype equals = line.indexOf('=');
        if (equals > 2)
            properties.insert(QString::fromUtf8(line.mid(2, equals - 2)), QString::fromUtf8(line.mid(equals + 1)));
    }
    return properties;
}

std::optional<qint64> hugepageDirSizeKiB(QStringView name)
{
    if (!name.startsWith(u"hugepages-") || !name.endsWith(u"kB"))
        return std::nullopt;
    bool ok = false;
    const qint64 size = name.mid(10, name.size() - 12).toLongLong(&ok);
    if (!ok || size <= 0)
        return std::nullopt;
    return size;
}

std::optional<qint64> cacheSizeKiB(QStringView text)
{
    QStringView number = text.trimmed();
    qint64 scale = 0; // 0: bytes
    if (!number.isEmpty()) {
        switch (number.back().toUpper().unicode()) {
        case u'K': scale = 1; break;
        case u'M': scale = 1024; break;
        case u'G': scale = 1024 * 1024; break;
        default: break;
        }
        if (scale > 0)
            number.chop(1);
    }
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    if (!ok || value <= 0 || value > (qint64(1) << 40))
        return std::nullopt;
    return scale > 0 ? value * scale : value / 1024;
}

} // namespace SysfsParse
