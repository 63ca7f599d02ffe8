#include "domain/model/domainxml.h"

#include <QHash>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace DomainXml {

namespace {

qsizetype rank(const QStringList &order, const QString &tag)
{
    const qsizetype index = order.indexOf(tag);
    return index < 0 ? order.size() : index;
}

/// Attributes people look for first lead; the rest follow alphabetically.
QStringList sortedAttributes(const QDomNamedNodeMap &attributes)
{
    static const QStringList leading = {u"type"_s, u"device"_s, u"model"_s, u"mode"_s, u"name"_s, u"managed"_s,
                                        u"placement"_s, u"state"_s, u"vcpu"_s, u"iothread"_s, u"value"_s, u"size"_s,
                                        u"unit"_s, u"domain"_s, u"bus"_s, u"slot"_s, u"function"_s};
    QStringList names;
    for (int i = 0; i < attributes.count(); ++i)
        names << attributes.item(i).nodeName();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const qsizetype ra = rank(leading, a), rb = rank(leading, b);
        return ra != rb ? ra < rb : a < b;
    });
    return names;
}

void writeNode(QXmlStreamWriter &out, const QDomNode &node)
{
    if (node.isComment()) {
        out.writeComment(node.nodeValue());
        return;
    }
    if (node.isProcessingInstruction()) {
        const QDomProcessingInstruction pi = node.toProcessingInstruction();
        out.writeProcessingInstruction(pi.target(), pi.data());
        return;
    }
    if (node.isText() || node.isCDATASection()) {
        if (!node.nodeValue().trimmed().isEmpty())
            out.writeCharacters(node.nodeValue());
        return;
    }
    if (!node.isElement())
        return;
    const QDomElement element = node.toElement();
    bool hasChildren = false;
    for (QDomNode c = element.firstChild(); !c.isNull(); c = c.nextSibling())
        if (c.isElement() || c.isComment() || !c.nodeValue().trimmed().isEmpty())
            hasChildren = true;
    if (hasChildren)
        out.writeStartElement(element.tagName());
    else
        out.writeEmptyElement(element.tagName());
    const QDomNamedNodeMap attributes = element.attributes();
    for (const QString &name : sortedAttributes(attributes))
        out.writeAttribute(name, attributes.namedItem(name).nodeValue());
    if (!hasChildren)
        return;
    for (QDomNode c = element.firstChild(); !c.isNull(); c = c.nextSibling())
        writeNode(out, c);
    out.writeEndElement();
}

} // namespace

QList<QDomElement> children(const QDomElement &parent, const QString &tag)
{
    QList<QDomElement> list;
    for (QDomElement e = parent.firstChildElement(tag); !e.isNull(); e = e.nextSiblingElement(tag))
        list << e;
    return list;
}

QString toText(const QDomDocument &document)
{
    QString text;
    QXmlStreamWriter out(&text);
    out.setAutoFormatting(true);
    out.setAutoFormattingIndent(2);
    for (QDomNode node = document.firstChild(); !node.isNull(); node = node.nextSibling())
        writeNode(out, node);
    out.writeEndDocument();
    // Auto-formatting starts the first element on a new line.
    while (text.startsWith(u'\n'))
        text.remove(0, 1);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text;
}

} // namespace DomainXml
