#include "domain/model/property.h"

namespace {

QList<const PropertyBase *> &registry()
{
    static QList<const PropertyBase *> properties;
    return properties;
}

} // namespace

PropertyBase::PropertyBase(const char16_t *owner, const char16_t *path)
    : m_owner(owner), m_path(path), m_xmlPath(QStringView(path))
{
    registry().append(this);
}

const QList<const PropertyBase *> &PropertyBase::all()
{
    return registry();
}

std::optional<QString> PropertyBase::readText(const QDomElement &element) const
{
    m_read.store(true, std::memory_order_relaxed);
    const QDomElement target = m_xmlPath.find(element);
    if (target.isNull())
        return std::nullopt;
    if (m_xmlPath.attribute().isEmpty())
        return target.text();
    if (!target.hasAttribute(m_xmlPath.attribute()))
        return std::nullopt;
    return target.attribute(m_xmlPath.attribute());
}

void PropertyBase::writeText(QDomElement element, const std::optional<QString> &text) const
{
    m_written.store(true, std::memory_order_relaxed);
    if (!text) {
        QDomElement target = m_xmlPath.find(element);
        if (target.isNull())
            return;
        if (m_xmlPath.attribute().isEmpty()) {
            if (target != element)
                target.parentNode().removeChild(target);
            return;
        }
        target.removeAttribute(m_xmlPath.attribute());
        // An element the path led to that now says nothing goes too (<hidden/> without its
        // state is not valid): up to, not including, the element the property belongs to.
        while (target != element && target.attributes().isEmpty() && !target.hasChildNodes()) {
            QDomElement parent = target.parentNode().toElement();
            parent.removeChild(target);
            target = parent;
        }
        return;
    }
    QDomElement target = m_xmlPath.make(element);
    if (target.isNull())
        return;
    if (!m_xmlPath.attribute().isEmpty()) {
        target.setAttribute(m_xmlPath.attribute(), *text);
        return;
    }
    while (target.hasChildNodes())
        target.removeChild(target.firstChild());
    // A text node: the DOM escapes whatever the user typed.
    target.appendChild(target.ownerDocument().createTextNode(*text));
}

bool PropertyBase::readPresence(const QDomElement &element) const
{
    m_read.store(true, std::memory_order_relaxed);
    return !m_xmlPath.find(element).isNull();
}

void PropertyBase::writePresence(QDomElement element, bool present) const
{
    m_written.store(true, std::memory_order_relaxed);
    if (present) {
        m_xmlPath.make(element);
        return;
    }
    QDomElement target = m_xmlPath.find(element);
    if (!target.isNull() && target != element)
        target.parentNode().removeChild(target);
}
