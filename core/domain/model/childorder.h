#pragma once

#include <QDomElement>
#include <QString>
#include <QStringList>

#include <initializer_list>

/// The order libvirt writes an element's children in. Each element type declares the order of
/// its own children (as virtinst's _XML_PROP_ORDER does), and every element the model creates
/// goes where libvirt would put it; children it does not know keep their place.
class ChildOrder
{
public:
    ChildOrder(const char16_t *parent, std::initializer_list<const char16_t *> children);

    /// A new child element after the others of its kind, before the first one libvirt writes later.
    static QDomElement append(QDomElement parent, const QString &tag);
    /// The first child element named `tag`, appended where libvirt writes it when missing.
    static QDomElement child(QDomElement parent, const QString &tag);
    /// The declared order of a parent's children (empty when none is declared).
    static QStringList of(const QString &parent);
};
