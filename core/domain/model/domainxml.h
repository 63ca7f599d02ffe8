#pragma once

#include <QDomDocument>
#include <QDomElement>
#include <QList>
#include <QString>

/// Reading plain XML (libvirt's capabilities and node devices) and writing any document the
/// way libvirt does; a domain's elements go through the element model (domain/elements/).
namespace DomainXml {

/// Every child element named `tag`.
QList<QDomElement> children(const QDomElement &parent, const QString &tag);

/// The document as text: two-space indentation, attributes in a fixed order, comments kept.
QString toText(const QDomDocument &document);

} // namespace DomainXml
