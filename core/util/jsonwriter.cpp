#include "util/jsonwriter.h"

void JsonWriter::newline()
{
    m_out.append('\n');
    m_out.append(m_levels.size() * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    if (!m_levels.back().empty)
        m_out.append(',');
    m_levels.back().empty = false;
    newline();
}

void JsonWriter::key(const char *name)
{
    if (!m_levels.back().empty)
        m_out.append(',');
    m_levels.back().empty = false;
    newline();
    m_out.append('"').append(name).append("\": ");
    m_afterKey = true;
}

void JsonWriter::open(char bracket, bool object)
{
    beforeValue();
    m_out.append(bracket);
    m_levels.append({object, true});
}

void JsonWriter::close(char bracket)
{
    const bool empty = m_levels.back().empty;
    m_levels.removeLast();
    if (!empty)
        newline();
    m_out.append(bracket);
    if (m_levels.isEmpty())
        m_out.append('\n');
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    m_out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"': m_out.append("\\\""); break;
        case '\\': m_out.append("\\\\"); break;
        case '\n': m_out.append("\\n"); break;
        case '\r': m_out.append("\\r"); break;
        case '\t': m_out.append("\\t"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_out.append("\\u00").append(hex[(c >> 4) & 0xf]).append(hex[c & 0xf]);
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::value(const std::optional<int> &number)
{
    if (number)
        value(qint64(*number));
    else
        null();
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
}
