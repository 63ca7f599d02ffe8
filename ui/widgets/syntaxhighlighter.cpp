#include "widgets/syntaxhighlighter.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QTextCharFormat coloured(const QColor &colour, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    return f;
}

} // namespace

SyntaxHighlighter::SyntaxHighlighter(Language language, QTextDocument *document, bool darkTheme)
    : QSyntaxHighlighter(document), m_language(language)
{
    const QColor tag = darkTheme ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1a, 0x4f, 0x9c);
    const QColor attribute = darkTheme ? QColor(0xe0, 0xb0, 0x6c) : QColor(0x8a, 0x4b, 0x00);
    const QColor string = darkTheme ? QColor(0x9c, 0xdc, 0x8c) : QColor(0x1f, 0x6e, 0x1f);
    const QColor comment = darkTheme ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x6a, 0x6a, 0x6a);
    const QColor keyword = darkTheme ? QColor(0xd6, 0x9c, 0xf0) : QColor(0x6f, 0x2d, 0x91);
    switch (language) {
    case Language::Xml:
        m_rules << Rule{QRegularExpression(u"</?[A-Za-z_][\\w:.-]*|/?>"_s), coloured(tag, true)}
                << Rule{QRegularExpression(u"\\b[A-Za-z_][\\w:.-]*(?==)"_s), coloured(attribute)}
                << Rule{QRegularExpression(u"'[^']*'|\"[^\"]*\""_s), coloured(string)}
                << Rule{QRegularExpression(u"<!--.*-->"_s), coloured(comment)};
        break;
    case Language::Nix:
        m_rules << Rule{QRegularExpression(u"\\b(let|in|with|rec|inherit|if|then|else|import|true|false|null)\\b"_s), coloured(keyword, true)}
                << Rule{QRegularExpression(u"\\b[A-Za-z_][\\w'-]*(\\.[A-Za-z_\"][\\w'\"-]*)*(?=\\s*=)"_s), coloured(attribute)}
                << Rule{QRegularExpression(u"\"([^\"\\\\]|\\\\.)*\""_s), coloured(string)}
                << Rule{QRegularExpression(u"#.*$"_s), coloured(comment)};
        break;
    case Language::Diff:
        break;
    }
    m_added = coloured(darkTheme ? QColor(0x8c, 0xe0, 0x8c) : QColor(0x0a, 0x6e, 0x0a));
    m_added.setBackground(darkTheme ? QColor(0x1e, 0x3a, 0x1e) : QColor(0xe6, 0xff, 0xe6));
    m_removed = coloured(darkTheme ? QColor(0xff, 0x9c, 0x9c) : QColor(0x9c, 0x0a, 0x0a));
    m_removed.setBackground(darkTheme ? QColor(0x44, 0x1e, 0x1e) : QColor(0xff, 0xe6, 0xe6));
    m_hunk = coloured(comment, true);
}

void SyntaxHighlighter::highlightBlock(const QString &text)
{
    if (m_language == Language::Diff) {
        if (text.startsWith(u'+'))
            setFormat(0, int(text.size()), m_added);
        else if (text.startsWith(u'-'))
            setFormat(0, int(text.size()), m_removed);
        else if (text.startsWith(u"@@"_s))
            setFormat(0, int(text.size()), m_hunk);
        return;
    }
    for (const Rule &rule : std::as_const(m_rules)) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), rule.format);
        }
    }
}
