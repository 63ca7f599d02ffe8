#include "nix/nixstring.h"

namespace NixString {

QString quote(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'"')
            out += QStringLiteral("\\\"");
        else if (c == u'$' && i + 1 < text.size() && text[i + 1] == u'{')
            out += QStringLiteral("\\$"); // "${" would start an interpolation
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else
            out += c;
    }
    out += u'"';
    return out;
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return QStringLiteral("[ ]");
    QStringList quoted;
    for (const QString &item : items)
        quoted << quote(item);
    return QStringLiteral("[ ") + quoted.join(u' ') + QStringLiteral(" ]");
}

QString indented(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\'')
            out += QStringLiteral("''\\'");
        else if (c == u'$' && i + 1 < text.size() && text[i + 1] == u'{')
            out += QStringLiteral("''$");
        else if (c == u'\r')
            out += QStringLiteral("''\\r");
        else
            out += c;
    }
    return out;
}

} // namespace NixString
