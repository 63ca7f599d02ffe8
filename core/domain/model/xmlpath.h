#pragma once

#include <QDomElement>
#include <QList>
#include <QString>

/// Where a property lives below an element, in a small subset of XPath that covers what
/// libvirt's domain needs: element steps, each optionally picked by one attribute value, then an
/// attribute or the last element's text.
///
///     "@mode"                      an attribute of the element itself
///     "topology/@sockets"          an attribute of a child
///     "vcpu"                       the text of a child
///     "timer[@name='hpet']/@present"  the child whose name is hpet (created with that name)
///     "readonly"                   with a presence codec: whether the child exists
///
/// Reading never creates anything; writing creates the missing elements at the position
/// libvirt writes them in (ChildOrder).
class XmlPath
{
public:
    struct Step
    {
        QString tag;
        QString keyAttribute; ///< empty: the first child with that tag
        QString keyValue;
    };

    explicit XmlPath(QStringView path);

    const QList<Step> &steps() const { return m_steps; }
    /// The attribute at the end of the path; empty when the path ends in an element.
    const QString &attribute() const { return m_attribute; }

    /// The element the path's steps lead to from `from`, or a null element.
    QDomElement find(const QDomElement &from) const;
    /// The same element, created (with its key attributes) where it is missing.
    QDomElement make(QDomElement from) const;

    static QDomElement findStep(const QDomElement &parent, const Step &step);

private:
    QList<Step> m_steps;
    QString m_attribute;
};
