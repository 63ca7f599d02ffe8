#include "libvirt/domaindefiner.h"

#include "domain/domainxml.h"

#include <QCoreApplication>
#include <QDomDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DomainDefiner", text);
}

} // namespace

Result<DomainDefiner::Outcome> DomainDefiner::define(const QString &xml)
{
    QDomDocument document;
    QString parseError;
    int line = 0;
    if (!document.setContent(xml, &parseError, &line))
        return Error{tr("the domain XML, line %1: %2").arg(line).arg(parseError)};
    const QString name = document.documentElement().firstChildElement(QStringLiteral("name")).text();
    if (document.documentElement().tagName() != QLatin1String("domain") || name.isEmpty())
        return Error{tr("the XML is not a libvirt domain with a name")};

    Outcome outcome;
    QString definition = xml;
    if (m_connection.hasDomain(name)) {
        const Result<QString> old = m_connection.domainXml(name);
        if (!old)
            return Error{old.error()};
        const Result<QString> saved = m_backups.save(name, *old);
        if (!saved)
            return Error{tr("%1; the domain was left as it was").arg(saved.error())};
        outcome.backupPath = *saved;
        // A replacement without a UUID is the same domain: libvirt would otherwise make up a
        // new UUID and refuse the name as taken.
        QDomElement domain = document.documentElement();
        if (DomainXml::existing(domain, QStringLiteral("uuid")).isNull()) {
            QDomDocument oldDocument;
            oldDocument.setContent(*old);
            const QString uuid = oldDocument.documentElement().firstChildElement(QStringLiteral("uuid")).text();
            if (!uuid.isEmpty()) {
                DomainXml::setText(DomainXml::child(domain, QStringLiteral("uuid")), uuid);
                definition = DomainXml::toText(document);
            }
        }
    }
    const Result<LibvirtConnection::Defined> defined = m_connection.define(definition);
    if (!defined) {
        if (outcome.backupPath.isEmpty())
            return Error{defined.error()};
        return Error{tr("%1 (the previous definition is saved in %2)").arg(defined.error(), outcome.backupPath)};
    }
    outcome.defined = *defined;
    return outcome;
}

Result<DomainDefiner::Outcome> DomainDefiner::restore(const QString &backupPath)
{
    const Result<QString> xml = m_backups.read(backupPath);
    if (!xml)
        return Error{xml.error()};
    return define(*xml);
}
