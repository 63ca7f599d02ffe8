#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

#include <optional>

/// Writes indented JSON text straight into a buffer. The scan of a large host is mostly PCI
/// functions, and building a QJsonObject per function cost more than reading the host.
class JsonWriter
{
public:
    void beginObject() { open('{', true); }
    void endObject() { close('}'); }
    void beginArray() { open('[', false); }
    void endArray() { close(']'); }
    /// The next member's name; names are ASCII literals.
    void key(const char *name);

    void value(QStringView text);
    void value(const char *text) { value(QString::fromUtf8(text)); }
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void value(const std::optional<int> &number);
    void null();

    /// The text so far, ending in a newline once the outermost value is closed.
    const QByteArray &text() const { return m_out; }

private:
    struct Level
    {
        bool object;
        bool empty;
    };
    void open(char bracket, bool object);
    void close(char bracket);
    void beforeValue();
    void newline();

    QByteArray m_out;
    QVarLengthArray<Level, 8> m_levels;
    bool m_afterKey = false;
};
