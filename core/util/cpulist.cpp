#include "util/cpulist.h"

#include <QStringList>

#include <algorithm>

namespace CpuList {

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

std::optional<QList<int>> parse(QStringView text)
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

QString format(QList<int> cpus)
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

std::optional<QList<int>> parseMask(QStringView text)
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

QString formatMask(const QList<int> &cpus)
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

} // namespace CpuList
