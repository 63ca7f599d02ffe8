#include "domain/elements/domainelement.h"

using namespace Qt::Literals::StringLiterals;

DomainElement DomainElement::of(const QDomDocument &document)
{
    const QDomElement root = document.documentElement();
    return DomainElement(root.tagName() == QStringView(tag) ? root : QDomElement());
}

QDomDocument DomainElement::create()
{
    QDomDocument document;
    QDomElement root = document.createElement(QString::fromUtf16(tag));
    document.appendChild(root);
    DomainElement(root).set(type, u"kvm"_s);
    return document;
}

qint64 DomainElement::toKiB(qint64 value, const QString &unit)
{
    const QString u = unit.toLower();
    if (u.isEmpty() || u == u"k"_s || u == u"kib"_s)
        return value;
    if (u == u"b"_s || u == u"bytes"_s)
        return value / 1024;
    if (u == u"kb"_s)
        return value * 1000 / 1024;
    if (u == u"m"_s || u == u"mib"_s)
        return value * 1024;
    if (u == u"mb"_s)
        return value * 1000 * 1000 / 1024;
    if (u == u"g"_s || u == u"gib"_s)
        return value * 1024 * 1024;
    if (u == u"gb"_s)
        return value * 1000 * 1000 * 1000 / 1024;
    if (u == u"t"_s || u == u"tib"_s)
        return value * 1024 * 1024 * 1024;
    return value;
}

qint64 DomainElement::memoryKiB() const
{
    return toKiB(get(memory).value_or(0), get(memoryUnit));
}

void DomainElement::setMemoryMiB(qint64 mib)
{
    set(memory, mib);
    set(memoryUnit, u"MiB"_s);
    set(currentMemory, mib);
    set(currentMemoryUnit, u"MiB"_s);
}

QString DomainElement::osInfoId() const
{
    // <metadata><libosinfo:libosinfo ...><libosinfo:os id="..."/>: namespaced, so by position.
    return m_element.firstChildElement(u"metadata"_s).firstChildElement().firstChildElement().attribute(u"id"_s);
}
