#include "util/safename.h"

#include <QCryptographicHash>

namespace SafeName {

namespace {

QString shortHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

bool keptByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '_' || c == '.';
}

} // namespace

QString systemdEscape(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray bytes = text.toUtf8();
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '/') {
            out += u'-';
        } else if (keptByte(c) && !(i == 0 && c == '.')) {
            out += QLatin1Char(c);
        } else {
            const auto b = uchar(c);
            out += QLatin1String("\\x");
            out += QLatin1Char(hex[b >> 4]);
            out += QLatin1Char(hex[b & 0xf]);
        }
    }
    return out;
}

QString systemdUnit(const QString &prefix, const QString &text, const QString &suffix)
{
    constexpr qsizetype unitNameMax = 255; // systemd's UNIT_NAME_MAX less its terminating NUL
    const QString escaped = systemdEscape(text);
    if (prefix.size() + escaped.size() + suffix.size() <= unitNameMax)
        return prefix + escaped + suffix;
    const QString tail = u'_' + shortHash(text);
    qsizetype keep = unitNameMax - prefix.size() - suffix.size() - tail.size();
    // Not in the middle of a \xNN escape.
    for (qsizetype back = 1; back <= 3 && keep - back >= 0; ++back)
        if (escaped.mid(keep - back, 2) == QLatin1String("\\x")) {
            keep -= back;
            break;
        }
    return prefix + escaped.left(keep) + tail + suffix;
}

QString fileName(const QString &vmName)
{
    constexpr qsizetype maxBytes = 200;
    QString name;
    for (const QChar c : vmName)
        name += c == u'/' || c == QChar(0) || c.category() == QChar::Other_Control ? u'_' : c;
    if (name.isEmpty())
        name = QStringLiteral("_");
    if (name.startsWith(u'.') || name.startsWith(u'-'))
        name.prepend(u'_');
    if (name.toUtf8().size() > maxBytes || name != vmName) {
        // Cut by characters until the UTF-8 fits, then tell apart names that were cut or changed.
        const QString tail = u'-' + shortHash(vmName);
        while (!name.isEmpty() && (name + tail).toUtf8().size() > maxBytes)
            name.chop(name.back().isLowSurrogate() && name.size() > 1 ? 2 : 1);
        name += tail;
    }
    return name;
}

} // namespace SafeName
