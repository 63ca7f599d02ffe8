#include "support/libvirttesthost.h"

#include "domain/domainxml.h"

#include <QFile>

namespace LibvirtTestHost {

QString uri()
{
    return qEnvironmentVariable("VFIO_WIZARD_LIBVIRT_URI");
}

bool required()
{
    return qEnvironmentVariableIntValue("VFIO_WIZARD_REQUIRE_LIBVIRTD") == 1;
}

void adaptToThisMachine(QDomDocument &document)
{
    QDomElement domain = document.documentElement();
    if (!QFile::exists(QStringLiteral("/dev/kvm"))) {
        domain.setAttribute(QStringLiteral("type"), QStringLiteral("qemu"));
        QDomElement cpu = DomainXml::child(domain, QStringLiteral("cpu"));
        cpu.setAttribute(QStringLiteral("mode"), QStringLiteral("custom"));
        cpu.setAttribute(QStringLiteral("match"), QStringLiteral("exact"));
        cpu.removeAttribute(QStringLiteral("migratable"));
        DomainXml::removeChildren(cpu, QStringLiteral("cache"));
        QDomElement model = DomainXml::child(cpu, QStringLiteral("model"));
        model.setAttribute(QStringLiteral("fallback"), QStringLiteral("allow"));
        DomainXml::setText(model, QStringLiteral("qemu64"));
        for (QDomElement feature : DomainXml::children(cpu, QStringLiteral("feature")))
            feature.setAttribute(QStringLiteral("policy"), QStringLiteral("optional"));
    }
    QDomElement devices = domain.firstChildElement(QStringLiteral("devices"));
    DomainXml::removeChildren(devices, QStringLiteral("hostdev"));
    DomainXml::removeChildren(devices, QStringLiteral("emulator")); // another machine's QEMU path
    QDomElement page = domain.firstChildElement(QStringLiteral("memoryBacking"))
                           .firstChildElement(QStringLiteral("hugepages")).firstChildElement(QStringLiteral("page"));
    if (!page.isNull()) {
        page.setAttribute(QStringLiteral("size"), QStringLiteral("2"));
        page.setAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
    }
}

} // namespace LibvirtTestHost
