#pragma once

#include "domain/model/childorder.h"
#include "domain/model/property.h"

#include <QDomElement>
#include <QList>
#include <QString>

/// A libvirt element in a domain document: a thin typed view over a QDomElement. Subclasses
/// declare their tag, the order of their children and their properties (each once, with path,
/// codec and fallback); everything reads and writes through those declarations. A view of a
/// missing element is null: reading it gives fallbacks, writing it does nothing.
class Element
{
public:
    Element() = default;
    explicit Element(QDomElement element) : m_element(std::move(element)) {}

    bool isNull() const { return m_element.isNull(); }
    const QDomElement &dom() const { return m_element; }
    QDomElement &dom() { return m_element; }

    template<typename C>
    typename C::Value get(const Property<C> &property) const
    {
        return property.get(m_element);
    }
    template<typename C>
    void set(const Property<C> &property, const typename C::Value &value)
    {
        if (!m_element.isNull())
            property.set(m_element, value);
    }
    /// Whether the attribute or element the property names is there at all.
    bool has(const PropertyBase &property) const { return property.readText(m_element).has_value(); }
    /// Removes what the property names (the attribute, or the element at its end).
    template<typename C>
    void clear(const Property<C> &property)
    {
        if constexpr (Codec::PresenceCodec<C>)
            set(property, false);
        else
            set(property, typename C::Value{});
    }

    /// The first child of type E, created where libvirt writes it when missing.
    template<typename E>
    E child()
    {
        return E(m_element.isNull() ? QDomElement() : ChildOrder::child(m_element, QString::fromUtf16(E::tag)));
    }
    /// The first child of type E, or a null view.
    template<typename E>
    E existing() const
    {
        return E(m_element.firstChildElement(QString::fromUtf16(E::tag)));
    }
    template<typename E>
    QList<E> children() const
    {
        QList<E> list;
        const QString tag = QString::fromUtf16(E::tag);
        for (QDomElement e = m_element.firstChildElement(tag); !e.isNull(); e = e.nextSiblingElement(tag))
            list.append(E(e));
        return list;
    }
    /// A new child of type E after the others of its kind.
    template<typename E>
    E append()
    {
        return E(m_element.isNull() ? QDomElement() : ChildOrder::append(m_element, QString::fromUtf16(E::tag)));
    }
    template<typename E>
    void removeChildren()
    {
        for (E child : children<E>())
            child.remove();
    }

    /// Takes the element out of its parent.
    void remove();
    /// No attributes and no child elements: nothing left to say.
    bool isEmpty() const;
    /// Drops every child node (text, comments, elements); the attributes stay.
    void clearContent();

protected:
    QDomElement m_element;
};
