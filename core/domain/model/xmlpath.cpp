#include "domain/model/xmlpath.h"

#include "domain/model/childorder.h"

XmlPath::XmlPath(QStringView path)
{
    const QList<QStringView> parts = path.split(u'/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts[i];
        if (part.isEmpty() || part == u".")
            continue;
        if (part.startsWith(u'@')) {
            Q_ASSERT(i == parts.size() - 1); // an attribute ends a path
            m_attribute = part.mid(1).toString();
            continue;
        }
        Step step;
        const qsizetype bracket = part.indexOf(u'[');
        if (bracket < 0) {
            step.tag = part.toString();
        } else {
            // tag[@key='value']
            step.tag = part.left(bracket).toString();
            const QStringView predicate = part.mid(bracket + 1, part.size() - bracket - 2);
            const qsizetype equals = predicate.indexOf(u'=');
            Q_ASSERT(predicate.startsWith(u'@') && equals > 0);
            step.keyAttribute = predicate.mid(1, equals - 1).toString();
            step.keyValue = predicate.mid(equals + 2, predicate.size() - equals - 3).toString();
        }
        m_steps.append(step);
    }
}

QDomElement XmlPath::findStep(const QDomElement &parent, const Step &step)
{
    for (QDomElement e = parent.firstChildElement(step.tag); !e.isNull(); e = e.nextSiblingElement(step.tag))
        if (step.keyAttribute.isEmpty() || e.attribute(step.keyAttribute) == step.keyValue)
            return e;
    return {};
}

QDomElement XmlPath::find(const QDomElement &from) const
{
    QDomElement e = from;
    for (const Step &step : m_steps) {
        if (e.isNull())
            return {};
        e = findStep(e, step);
    }
    return e;
}

QDomElement XmlPath::make(QDomElement from) const
{
    QDomElement e = from;
    for (const Step &step : m_steps) {
        if (e.isNull())
            return {};
        QDomElement next = findStep(e, step);
        if (next.isNull()) {
            next = ChildOrder::append(e, step.tag);
            if (!step.keyAttribute.isEmpty())
                next.setAttribute(step.keyAttribute, step.keyValue);
        }
        e = next;
    }
    return e;
}
