#include "libvirt/domaindefiner.h"

#include "domain/elements/domainelement.h"
#include "domain/model/domainxml.h"

#include <QCoreApplication>
#include <QDomDocument>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DomainDefiner)
};

} // namespace

Result<DomainDefiner::Outcome> DomainDefiner::define(const QString &xml)
{
    QDomDocument document;
    QString parseError;
    int line = 0;
    if (!document.setContent(xml, &parseError, &line))
        return Error{Tr::tr("the domain XML, line %1: %2").arg(line).arg(parseError)};
    DomainElement domain = DomainElement::of(document);
    const QString name = domain.get(DomainElement::name);
    if (domain.isNull() || name.isEmpty())
        return Error{Tr::tr("the XML is not a libvirt domain with a name")};

    Outcome outcome;
    QString definition = xml;
    if (m_connection.hasDomain(name)) {
        const Result<QString> old = m_connection.domainXml(name);
        if (!old)
            return Error{old.error()};
        const Result<QString> saved = m_backups.save(name, *old);
        if (!saved)
            return Error{Tr::tr("%1; the domain was left as it was").arg(saved.error())};
        outcome.backupPath = *saved;
        // A replacement without a UUID is the same domain: libvirt would otherwise make up a
        // new UUID and refuse the name as taken.
        if (!domain.has(DomainElement::uuid)) {
            QDomDocument oldDocument;
            oldDocument.setContent(*old);
            const QString uuid = DomainElement::of(oldDocument).get(DomainElement::uuid);
            if (!uuid.isEmpty()) {
                domain.set(DomainElement::uuid, uuid);
                definition = DomainXml::toText(document);
            }
        }
    }
    const Result<LibvirtConnection::Defined> defined = m_connection.define(definition);
    if (!defined) {
        if (outcome.backupPath.isEmpty())
            return Error{defined.error()};
        return Error{Tr::tr("%1 (the previous definition is saved in %2)").arg(defined.error(), outcome.backupPath)};
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
