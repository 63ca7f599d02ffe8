#include "libvirt/capabilities.h"

#include "domain/model/domainxml.h"

#include <QDomDocument>

using namespace Qt::Literals::StringLiterals;

namespace Capabilities {

bool offersKvm(const QString &capabilities, const QString &arch)
{
    QDomDocument document;
    if (!document.setContent(capabilities))
        return false;
    for (const QDomElement &guest : DomainXml::children(document.documentElement(), u"guest"_s)) {
        const QDomElement archElement = guest.firstChildElement(u"arch"_s);
        if (!arch.isEmpty() && archElement.attribute(u"name"_s) != arch)
            continue;
        for (const QDomElement &domain : DomainXml::children(archElement, u"domain"_s))
            if (domain.attribute(u"type"_s) == u"kvm"_s)
                return true;
    }
    return false;
}

} // namespace Capabilities
