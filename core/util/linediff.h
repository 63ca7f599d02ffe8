#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// A line diff of two texts (longest common subsequence), for showing what the wizard changes
/// in an existing VM's definition.
class LineDiff
{
public:
    enum class Kind { Same, Removed, Added };
    struct Line
    {
        Kind kind = Kind::Same;
        QString text;
        bool operator==(const Line &) const = default;
    };

    static QList<Line> diff(const QStringList &before, const QStringList &after);
    /// `diff -u` style: changed lines with `context` unchanged lines around them, hunks
    /// separated by `@@` lines; empty when the texts are equal.
    static QString unified(const QString &before, const QString &after, int context = 3);
    static int changedLines(const QList<Line> &lines);
};
