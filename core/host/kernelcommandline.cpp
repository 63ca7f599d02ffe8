#include "host/kernelcommandline.h"

namespace {

bool sameName(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QChar x = a[i] == u'-' ? u'_' : a[i];
        const QChar y = b[i] == u'-' ? u'_' : b[i];
        if (x != y)
            return false;
    }
    return true;
}

} // namespace

KernelCommandLine KernelCommandLine::parse(QStringView text)
{
    KernelCommandLine line;
    QString token;
    bool inQuotes = false;
    bool haveToken = false;
    auto finish = [&] {
        if (!haveToken)
            return;
        const qsizetype equals = token.indexOf(u'=');
        Parameter parameter;
        parameter.name = equals < 0 ? token : token.left(equals);
        if (equals >= 0)
            parameter.value = token.mid(equals + 1);
        line.m_parameters.append(parameter);
        token.clear();
        haveToken = false;
    };
    for (QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
            haveToken = true;
        } else if (c.isSpace() && !inQuotes) {
            finish();
        } else {
            token.append(c);
            haveToken = true;
        }
    }
    finish();
    return line;
}

bool KernelCommandLine::contains(QStringView name) const
{
    for (const Parameter &p : m_parameters)
        if (sameName(p.name, name))
            return true;
    return false;
}

std::optional<QString> KernelCommandLine::value(QStringView name) const
{
    std::optional<QString> found;
    for (const Parameter &p : m_parameters)
        if (sameName(p.name, name))
            found = p.value.value_or(QString());
    return found;
}

QStringList KernelCommandLine::values(QStringView name) const
{
    QStringList found;
    for (const Parameter &p : m_parameters)
        if (sameName(p.name, name))
            found.append(p.value.value_or(QString()));
    return found;
}
