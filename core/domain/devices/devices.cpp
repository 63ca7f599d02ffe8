#include "domain/devices/devices.h"

#include "domain/devices/disk.h"
#include "domain/devices/hostdev.h"
#include "domain/devices/interface.h"

using namespace Qt::Literals::StringLiterals;

void Devices::removeHostResources()
{
    removeChildren<Hostdev>();
    removeChildren<Disk>();
    removeChildren<Interface>();
    // Devices the model has no other use for: named here only.
    for (const QString &tag : {u"filesystem"_s, u"redirdev"_s, u"smartcard"_s}) {
        for (QDomElement e = m_element.firstChildElement(tag); !e.isNull(); e = m_element.firstChildElement(tag))
            m_element.removeChild(e);
    }
}
