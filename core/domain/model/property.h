#pragma once

#include "domain/model/codecs.h"
#include "domain/model/xmlpath.h"

#include <QDomElement>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

/// One property of a libvirt element, declared once with its owner, path, codec and fallback,
/// and used for both reading and writing (virtinst's XMLProperty). Every declared property is
/// listed in all(); whether it was read and written in this process is recorded, so a test can
/// fail on a property the program declares but never uses both ways.
class PropertyBase
{
public:
    PropertyBase(const char16_t *owner, const char16_t *path);
    PropertyBase(const PropertyBase &) = delete;
    PropertyBase &operator=(const PropertyBase &) = delete;

    QString owner() const { return QString::fromUtf16(m_owner); }
    QString path() const { return QString::fromUtf16(m_path); }
    const XmlPath &xmlPath() const { return m_xmlPath; }
    bool wasRead() const { return m_read.load(std::memory_order_relaxed); }
    bool wasWritten() const { return m_written.load(std::memory_order_relaxed); }

    static const QList<const PropertyBase *> &all();

    /// The raw text at the path (attribute or element text), or nullopt when it is not there.
    std::optional<QString> readText(const QDomElement &element) const;
    /// Writes the raw text, creating what is missing; nullopt removes the attribute (or, for a
    /// path that ends in an element, the element).
    void writeText(QDomElement element, const std::optional<QString> &text) const;
    bool readPresence(const QDomElement &element) const;
    void writePresence(QDomElement element, bool present) const;

private:
    const char16_t *m_owner;
    const char16_t *m_path;
    XmlPath m_xmlPath;
    // Atomic: Apply reads domains on a worker thread while the GUI thread may write one.
    mutable std::atomic<bool> m_read = false;
    mutable std::atomic<bool> m_written = false;
};

template<typename C>
class Property : public PropertyBase
{
public:
    using Value = typename C::Value;

    Property(const char16_t *owner, const char16_t *path, Value fallback = {})
        : PropertyBase(owner, path), m_fallback(std::move(fallback))
    {
    }

    const Value &fallback() const { return m_fallback; }

    Value get(const QDomElement &element) const
    {
        if constexpr (Codec::PresenceCodec<C>) {
            return readPresence(element);
        } else {
            const std::optional<QString> text = readText(element);
            if (!text)
                return m_fallback;
            return C::decode(*text).value_or(m_fallback);
        }
    }

    void set(QDomElement element, const Value &value) const
    {
        if constexpr (Codec::PresenceCodec<C>)
            writePresence(element, value);
        else
            writeText(element, C::encode(value));
    }

private:
    Value m_fallback;
};
