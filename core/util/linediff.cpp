#include "util/linediff.h"

#include <vector>

using namespace Qt::Literals::StringLiterals;

QList<LineDiff::Line> LineDiff::diff(const QStringList &before, const QStringList &after)
{
    // Common prefix and suffix first: a wizard edit touches a few lines of a long domain, so the
    // quadratic table below only spans the changed middle.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
           && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    const qsizetype n = before.size() - head - tail;
    const qsizetype m = after.size() - head - tail;

    // lcs[i][j]: the longest common subsequence of before[head+i..] and after[head+j..].
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = before[head + i] == after[head + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);

    QList<Line> lines;
    lines.reserve(before.size() + m);
    for (qsizetype i = 0; i < head; ++i)
        lines.append({Kind::Same, before[i]});
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before[head + i] == after[head + j]) {
            lines.append({Kind::Same, before[head + i]});
            ++i, ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            lines.append({Kind::Removed, before[head + i]}); // removals first, as diff -u shows them
            ++i;
        } else {
            lines.append({Kind::Added, after[head + j]});
            ++j;
        }
    }
    for (qsizetype k = before.size() - tail; k < before.size(); ++k)
        lines.append({Kind::Same, before[k]});
    return lines;
}

int LineDiff::changedLines(const QList<Line> &lines)
{
    return int(std::count_if(lines.begin(), lines.end(), [](const Line &l) { return l.kind != Kind::Same; }));
}

QString LineDiff::unified(const QString &before, const QString &after, int context)
{
    const QList<Line> lines = diff(before.split(u'\n'), after.split(u'\n'));
    QList<bool> shown(lines.size(), false);
    for (qsizetype k = 0; k < lines.size(); ++k) {
        if (lines[k].kind == Kind::Same)
            continue;
        for (qsizetype c = std::max<qsizetype>(0, k - context); c <= std::min(lines.size() - 1, k + context); ++c)
            shown[c] = true;
    }
    QString text;
    bool inHunk = false;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        if (!shown[k]) {
            inHunk = false;
            continue;
        }
        if (!inHunk)
            text += u"@@\n"_s;
        inHunk = true;
        const QChar mark = lines[k].kind == Kind::Added ? u'+' : lines[k].kind == Kind::Removed ? u'-' : u' ';
        text += mark + lines[k].text + u'\n';
    }
    return text;
}
