#pragma once

#include "util/cpulist.h"

#include <QList>
#include <QString>

#include <optional>

/// How a property's value is spelled in XML. decode() turns the text into the value (nullopt
/// for text that does not parse, which reads as the property's fallback); encode() spells a
/// value, and nullopt there removes the attribute or element: an empty value is never written.
namespace Codec {

struct Text
{
    using Value = QString;
    static std::optional<Value> decode(const QString &text) { return text; }
    static std::optional<QString> encode(const Value &value)
    {
        return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
    }
};

/// A decimal number ("4"), or a hexadecimal one with its prefix ("0x4").
struct Int
{
    using Value = std::optional<qint64>;
    static std::optional<Value> decode(const QString &text)
    {
        bool ok = false;
        const QString trimmed = text.trimmed();
        const qint64 n = trimmed.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? trimmed.mid(2).toLongLong(&ok, 16)
                                                                                     : trimmed.toLongLong(&ok, 10);
        return ok ? std::optional<Value>(n) : std::nullopt;
    }
    static std::optional<QString> encode(const Value &value)
    {
        return value ? std::optional<QString>(QString::number(*value)) : std::nullopt;
    }
};

/// A hexadecimal number written with its prefix and `Width` digits (PCI addresses: 0x0000, 0x04).
template<int Width>
struct Hex
{
    using Value = std::optional<qint64>;
    static std::optional<Value> decode(const QString &text) { return Int::decode(text); }
    static std::optional<QString> encode(const Value &value)
    {
        return value ? std::optional<QString>(QStringLiteral("0x%1").arg(*value, Width, 16, QLatin1Char('0'))) : std::nullopt;
    }
};

template<const char16_t *Yes, const char16_t *No>
struct Boolean
{
    using Value = std::optional<bool>;
    static std::optional<Value> decode(const QString &text)
    {
        if (text == QStringView(Yes))
            return Value(true);
        if (text == QStringView(No))
            return Value(false);
        return std::nullopt;
    }
    static std::optional<QString> encode(const Value &value)
    {
        return value ? std::optional<QString>(QString::fromUtf16(*value ? Yes : No)) : std::nullopt;
    }
};

inline constexpr char16_t yes[] = u"yes";
inline constexpr char16_t no[] = u"no";
inline constexpr char16_t on[] = u"on";
inline constexpr char16_t off[] = u"off";
using YesNo = Boolean<yes, no>;
using OnOff = Boolean<on, off>;

/// A set of host CPUs in the kernel's list syntax ("0-3,8").
struct CpuSet
{
    using Value = std::optional<QList<int>>;
    static std::optional<Value> decode(const QString &text)
    {
        const auto cpus = CpuList::parse(text);
        return cpus ? std::optional<Value>(cpus) : std::nullopt;
    }
    static std::optional<QString> encode(const Value &value)
    {
        return value && !value->isEmpty() ? std::optional<QString>(CpuList::format(*value)) : std::nullopt;
    }
};

/// Whether an element is there at all (<readonly/>, <acpi/>): written as an empty element.
struct Presence
{
    using Value = bool;
    static constexpr bool presence = true;
};

template<typename C>
concept PresenceCodec = requires { C::presence; };

} // namespace Codec
