#include "scan/sysfsparse.h"

#include <algorithm>

namespace SysfsParse {

namespace {

// Linux allows at most 8192 CPUs (NR_CPUS with MAXSMP); anything far beyond is garbage, and
// overlapping ranges up to a larger bound let a few bytes of a file ask for gigabytes.
constexpr int maxCpuId = 1 << 16;

std::optional<int> cpuId(QStringView text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok, 10);
    if (!ok || value < 0 || value >= maxCpuId)
        return std::nullopt;
    return value;
}

void sortUnique(QList<int> &ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

} // namespace

std::optional<QList<int>> cpuList(QStringView text)
{
    QList<int> ids;
    text = text.trimmed();
    if (text.isEmpty())
        return ids;
    for (QStringView part : text.split(u',')) {
        const qsizetype dash = part.indexOf(u'-');
        if (dash < 0) {
            const auto id = cpuId(part);
            if (!id)
                return std::nullopt;
            ids.append(*id);
            continue;
        }
        const auto first = cpuId(part.left(dash));
        const auto last = cpuId(part.mid(dash + 1));
        if (!first || !last || *last < *first)
            return std::nullopt;
        if (ids.size() + (*last - *first) >= maxCpuId)
            return std::nullopt; // more ids than CPUs can exist: overlapping garbage
        for (int id = *first; id <= *last; ++id)
            ids.append(id);
    }
    sortUnique(ids);
    return ids;
}

QString formatCpuList(QList<int> cpus)
{
    sortUnique(cpus);
    QStringList parts;
    for (qsizetype i = 0; i < cpus.size();) {
        qsizetype j = i;
        while (j + 1 < cpus.size() && cpus[j + 1] == cpus[j] + 1)
            ++j;
        parts.append(j == i ? QString::number(cpus[i])
                            : QStringLiteral("%1-%2").arg(cpus[i]).arg(cpus[j]));
        i = j + 1;
    }
    return parts.join(u',');
}

std::optional<QList<int>> cpuMask(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QList<int> ids;
    const QList<QStringView> words = text.split(u',');
    if (words.size() * 32 > maxCpuId)
        return std::nullopt;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QStringView word = words[w];
        if (word.isEmpty() || word.size() > 8)
            return std::nullopt;
        bool ok = false;
        const quint32 bits = word.toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        const int base = int(words.size() - 1 - w) * 32;
        for (int bit = 0; bit < 32; ++bit)
            if (bits & (quint32(1) << bit))
                ids.append(base + bit);
    }
    sortUnique(ids);
    return ids;
}

QString formatCpuMask(const QList<int> &cpus)
{
    const int highest = cpus.isEmpty() ? 0 : *std::max_element(cpus.begin(), cpus.end());
    QList<quint32> words(highest / 32 + 1, 0);
    for (int id : cpus)
        words[id / 32] |= quint32(1) << (id % 32);
    QStringList parts;
    for (qsizetype w = words.size() - 1; w >= 0; --w)
        parts.append(QStringLiteral("%1").arg(words[w], 8, 16, QLatin1Char('0')));
    return parts.join(u',');
}

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

} // namespace SysfsParse
