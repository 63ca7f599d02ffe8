#include "domain/model/element.h"

void Element::remove()
{
    QDomNode parent = m_element.parentNode();
    if (!parent.isNull())
        parent.removeChild(m_element);
}

bool Element::isEmpty() const
{
    return m_element.attributes().isEmpty() && m_element.firstChildElement().isNull();
}

void Element::clearContent()
{
    while (m_element.hasChildNodes())
        m_element.removeChild(m_element.firstChild());
}
