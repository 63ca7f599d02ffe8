#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

/// Colours domain XML, Nix and diffs on the review page, in colours that read on light and
/// dark themes alike (picked from the palette's lightness).
class SyntaxHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Language { Xml, Nix, Diff };

    SyntaxHighlighter(Language language, QTextDocument *document, bool darkTheme);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };

    Language m_language;
    QList<Rule> m_rules;
    QTextCharFormat m_added;
    QTextCharFormat m_removed;
    QTextCharFormat m_hunk;
};
