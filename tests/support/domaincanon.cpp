#include "support/domaincanon.h"

#include <QList>

#include <algorithm>

namespace DomainCanon {

namespace {

struct Segment
{
    QString tag;
    QStringList predicates;
};

QList<QDomElement> matching(const QDomElement &parent, const Segment &segment)
{
    QList<QDomElement> found;
    for (QDomElement e = parent.firstChildElement(segment.tag); !e.isNull(); e = e.nextSiblingElement(segment.tag))
        found << e;
    for (const QString &predicate : segment.predicates) {
        bool isIndex = false;
        const int index = predicate.toInt(&isIndex);
        if (isIndex) {
            found = index < found.size() ? QList<QDomElement>{found[index]} : QList<QDomElement>{};
        } else if (predicate == QLatin1String("last")) {
            found = found.isEmpty() ? found : QList<QDomElement>{found.last()};
        } else {
            const QString attribute = predicate.section(u'=', 0, 0);
            const QString value = predicate.section(u'=', 1);
            QList<QDomElement> kept;
            for (const QDomElement &e : std::as_const(found))
                if (e.attribute(attribute) == value)
                    kept << e;
            found = kept;
        }
    }
    return found;
}

QString canonicalElement(const QDomElement &element);

QList<QDomElement> select(QDomElement domain, const QString &elementPath);

void prune(QDomElement domain, const QString &path, const QStringList &keepIfIn = {}, bool onlyNew = false)
{
    QString elementPath = path;
    QString attribute;
    if (const qsizetype at = path.lastIndexOf(u'@'); at >= 0) {
        elementPath = path.left(at);
        attribute = path.mid(at + 1);
    }
    QList<QDomElement> current = select(domain, elementPath);
    for (QDomElement e : current) {
        if (onlyNew && keepIfIn.contains(canonicalElement(e)))
            continue;
        if (attribute.isEmpty())
            e.parentNode().removeChild(e);
        else
            e.removeAttribute(attribute);
    }
}

QList<QDomElement> select(QDomElement domain, const QString &elementPath)
{
    QList<Segment> segments;
    for (const QString &part : elementPath.split(u'/', Qt::SkipEmptyParts)) {
        Segment segment;
        const qsizetype bracket = part.indexOf(u'[');
        segment.tag = bracket < 0 ? part : part.left(bracket);
        if (bracket >= 0)
            for (const QString &p : part.mid(bracket + 1).chopped(1).split(QStringLiteral("][")))
                segment.predicates << p;
        segments << segment;
    }
    QList<QDomElement> current{domain};
    for (const Segment &segment : std::as_const(segments)) {
        QList<QDomElement> next;
        for (const QDomElement &e : std::as_const(current))
            next += matching(e, segment);
        current = next;
    }
    return current;
}

bool removeEmpty(QDomElement element)
{
    for (QDomElement child = element.firstChildElement(); !child.isNull();) {
        QDomElement next = child.nextSiblingElement();
        if (removeEmpty(child))
            element.removeChild(child);
        child = next;
    }
    bool hasContent = element.attributes().count() > 0;
    for (QDomNode n = element.firstChild(); !n.isNull() && !hasContent; n = n.nextSibling())
        hasContent = n.isElement() || n.isComment() || !n.nodeValue().trimmed().isEmpty();
    return !hasContent;
}

void write(const QDomNode &node, int depth, QString &out)
{
    const QString indent(depth * 2, u' ');
    if (node.isComment()) {
        out += indent + QStringLiteral("<!--") + node.nodeValue().simplified() + QStringLiteral("-->\n");
        return;
    }
    if (node.isText() || node.isCDATASection()) {
        if (!node.nodeValue().trimmed().isEmpty())
            out += indent + node.nodeValue().trimmed() + u'\n';
        return;
    }
    if (!node.isElement())
        return;
    const QDomElement e = node.toElement();
    QStringList attributes;
    const QDomNamedNodeMap map = e.attributes();
    for (int i = 0; i < map.count(); ++i)
        attributes << map.item(i).nodeName() + QStringLiteral("=\"") + map.item(i).nodeValue() + u'"';
    std::sort(attributes.begin(), attributes.end());
    out += indent + u'<' + e.tagName() + (attributes.isEmpty() ? QString() : u' ' + attributes.join(u' ')) + QStringLiteral(">\n");
    for (QDomNode c = e.firstChild(); !c.isNull(); c = c.nextSibling())
        write(c, depth + 1, out);
}

QString canonicalElement(const QDomElement &element)
{
    QString out;
    write(element, 0, out);
    return out;
}

QString finish(QDomDocument &copy, bool pruned)
{
    if (pruned)
        removeEmpty(copy.documentElement());
    QString out;
    for (QDomNode n = copy.firstChild(); !n.isNull(); n = n.nextSibling())
        write(n, 0, out);
    return out;
}

} // namespace

QString canonical(const QDomDocument &document, const QStringList &allowed)
{
    QDomDocument copy = document.cloneNode(true).toDocument();
    for (const QString &path : allowed)
        prune(copy.documentElement(), path);
    return finish(copy, !allowed.isEmpty());
}

std::pair<QString, QString> canonicalPair(const QDomDocument &original, const QDomDocument &patched, const QStringList &allowed)
{
    QDomDocument before = original.cloneNode(true).toDocument();
    QDomDocument after = patched.cloneNode(true).toDocument();
    for (const QString &path : allowed) {
        if (!path.startsWith(u'+')) {
            prune(before.documentElement(), path);
            prune(after.documentElement(), path);
            continue;
        }
        QStringList existing;
        for (const QDomElement &e : select(before.documentElement(), path.mid(1)))
            existing << canonicalElement(e);
        prune(after.documentElement(), path.mid(1), existing, true);
    }
    return {finish(before, !allowed.isEmpty()), finish(after, !allowed.isEmpty())};
}

} // namespace DomainCanon
