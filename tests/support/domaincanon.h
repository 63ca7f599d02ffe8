#pragma once

#include <QDomDocument>
#include <QString>
#include <QStringList>

/// Compares domain documents the way the lossless tests need: attributes sorted, white space
/// ignored, comments kept, and the parts an operation may change cut out of both sides first.
namespace DomainCanon {

/// Paths relative to <domain>: `devices/disk[0]/driver@cache`, `cpu/feature[name=topoext]`,
/// `devices/disk[last]`, `devices/hostdev[type=pci]`. A segment's predicates: an index, `last`,
/// or `attribute=value`; `@attribute` at the end names an attribute instead of the element.
/// Elements left empty by the cuts go too, so a container an operation created does not count.
QString canonical(const QDomDocument &document, const QStringList &allowed = {});

/// The original and the patched document, canonical, with the allowed parts cut from both; a
/// path starting with `+` names what the operation may add: matching elements of the patched
/// side that the original does not have are cut.
std::pair<QString, QString> canonicalPair(const QDomDocument &original, const QDomDocument &patched, const QStringList &allowed);

} // namespace DomainCanon
