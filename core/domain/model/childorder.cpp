#include "domain/model/childorder.h"

#include <QHash>

namespace {

QHash<QString, QStringList> &orders()
{
    static QHash<QString, QStringList> table;
    return table;
}

qsizetype rank(const QStringList &order, const QString &tag)
{
    const qsizetype index = order.indexOf(tag);
    return index < 0 ? order.size() : index;
}

} // namespace

ChildOrder::ChildOrder(const char16_t *parent, std::initializer_list<const char16_t *> children)
{
    QStringList &order = orders()[QString::fromUtf16(parent)];
    for (const char16_t *child : children)
        order.append(QString::fromUtf16(child));
}

QStringList ChildOrder::of(const QString &parent)
{
    return orders().value(parent);
}

QDomElement ChildOrder::append(QDomElement parent, const QString &tag)
{
    // A null parent has no document to create in: QDom would follow a null pointer.
    if (parent.isNull())
        return {};
    QDomElement element = parent.ownerDocument().createElement(tag);
    const QStringList order = of(parent.tagName());
    const qsizetype myRank = rank(order, tag);
    for (QDomElement sibling = parent.firstChildElement(); !sibling.isNull(); sibling = sibling.nextSiblingElement()) {
        if (order.contains(sibling.tagName()) && rank(order, sibling.tagName()) > myRank) {
            parent.insertBefore(element, sibling);
            return element;
        }
    }
    parent.appendChild(element);
    return element;
}

QDomElement ChildOrder::child(QDomElement parent, const QString &tag)
{
    const QDomElement found = parent.firstChildElement(tag);
    return found.isNull() ? append(parent, tag) : found;
}
