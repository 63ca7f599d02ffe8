#pragma once

#include <QDomDocument>
#include <QDomElement>
#include <QString>
#include <QStringList>

/// Small tools for editing a libvirt domain document in place: find-or-create an element at
/// the position libvirt itself writes it in, and write the document in a stable order.
namespace DomainXml {

/// The first child element named `tag`, created at its canonical position when missing.
QDomElement child(QDomElement parent, const QString &tag);
/// The first child element named `tag`, or a null element.
QDomElement existing(const QDomElement &parent, const QString &tag);
/// Every child element named `tag`.
QList<QDomElement> children(const QDomElement &parent, const QString &tag);
/// A new child element at the canonical position among its siblings (after others of its kind).
QDomElement append(QDomElement parent, const QString &tag);
void removeChildren(QDomElement parent, const QString &tag);
void setText(QDomElement element, const QString &text);

/// The document as text: two-space indentation, attributes in a fixed order, comments kept.
QString toText(const QDomDocument &document);

/// A PCI address as libvirt writes it: domain='0x0000' bus='0x04' slot='0x00' function='0x1'.
void setPciAddress(QDomElement address, int domain, int bus, int slot, int function);

} // namespace DomainXml
