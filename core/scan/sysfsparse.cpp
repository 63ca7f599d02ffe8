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

QString unescapeOctal(QByteArrayView field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (c == '\\' && i + 3 < field.size()) {
            const QByteArrayView digits = field.sliced(i + 1, 3);
            bool octal = digits.size() == 3;
            for (char d : digits)
                octal = octal && d >= '0' && d <= '7';
            if (octal) {
                out.append(char(((digits[0] - '0') << 6) | ((digits[1] - '0') << 3) | (digits[2] - '0')));
                i += 3;
                continue;
            }
        }
        out.append(c);
    }
    return QString::fromUtf8(out);
}

QList<MountEntry> mountinfo(const QByteArray &text)
{
    QList<MountEntry> entries;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        // id parent major:minor root mountpoint options [tags...] - type source superoptions
        const qsizetype separator = fields.indexOf(QByteArray("-"), 6);
        if (fields.size() < 7 || separator < 0 || separator + 2 >= fields.size())
            continue;
        if (!fields[2].contains(':'))
            continue;
        entries.append({QString::fromLatin1(fields[2]), unescapeOctal(fields[3]), unescapeOctal(fields[4]),
                        unescapeOctal(fields[separator + 1]), unescapeOctal(fields[separator + 2])});
    }
    return entries;
}

QList<MountEntry> mounts(const QByteArray &text)
{
    QList<MountEntry> entries;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 3)
            continue;
        entries.append({QString(), QStringLiteral("/"), unescapeOctal(fields[1]), unescapeOctal(fields[2]), unescapeOctal(fields[0])});
    }
    return entries;
}

QList<SwapEntry> swaps(const QByteArray &text)
{
    QList<SwapEntry> entries;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first line names the columns
        // The path is padded with spaces, and a space inside it is escaped: split on white space.
        const QList<QByteArray> fields = lines[i].simplified().split(' ');
        if (fields.size() < 2 || fields[0].isEmpty())
            continue;
        entries.append({unescapeOctal(fields[0]), QString::fromLatin1(fields[1])});
    }
    return entries;
}

std::optional<QList<quint64>> inputBitmap(QByteArrayView text)
{
    QList<quint64> words;
    const QList<QByteArray> parts = text.toByteArray().simplified().split(' ');
    // Most significant word first: the last one holds bits 0-63.
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        if (it->isEmpty() || it->size() > 16)
            return std::nullopt;
        bool ok = false;
        const quint64 word = it->toULongLong(&ok, 16);
        if (!ok)
            return std::nullopt;
        words.append(word);
    }
    return words;
}

bool bitmapHas(const QList<quint64> &bitmap, int bit)
{
    const qsizetype word = bit / 64;
    return bit >= 0 && word < bitmap.size() && (bitmap[word] >> (bit % 64)) & 1;
}

InputKind inputKind(QByteArrayView ev, QByteArrayView key, QByteArrayView rel)
{
    constexpr int evKey = 1, evRel = 2, relX = 0, relY = 1, btnMouse = 0x110;
    const QList<quint64> events = inputBitmap(ev).value_or(QList<quint64>());
    const QList<quint64> keys = inputBitmap(key).value_or(QList<quint64>());
    const QList<quint64> axes = inputBitmap(rel).value_or(QList<quint64>());
    if (bitmapHas(events, evKey) && !keys.isEmpty() && (keys[0] & 0xfffffffeULL) == 0xfffffffeULL)
        return InputKind::Keyboard;
    if (bitmapHas(events, evRel) && bitmapHas(axes, relX) && bitmapHas(axes, relY) && bitmapHas(keys, btnMouse))
        return InputKind::Mouse;
    return InputKind::Other;
}

std::optional<PciAddress> lastPciAddress(QStringView devicePath)
{
    const QList<QStringView> components = devicePath.split(u'/', Qt::SkipEmptyParts);
    for (auto it = components.crbegin(); it != components.crend(); ++it)
        // Only the full form (domain:bus:device.function): a USB interface ("1-2:1.0") is none.
        if (it->count(u':') == 2 && it->contains(u'.'))
            if (const auto address = PciAddress::parse(*it))
                return address;
    return std::nullopt;
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
