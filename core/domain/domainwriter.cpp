#include "domain/domainwriter.h"

#include "domain/domainpieces.h"
#include "domain/domainxml.h"
#include "spec/vmspec.h"

using namespace Qt::Literals::StringLiterals;

QDomDocument DomainWriter::document(const VmSpec &spec)
{
    QDomDocument document;
    QDomElement domain = document.createElement(u"domain"_s);
    domain.setAttribute(u"type"_s, u"kvm"_s);
    document.appendChild(domain);
    // The name goes in as a text node: the DOM escapes whatever the user typed.
    DomainXml::setText(DomainXml::child(domain, u"name"_s), spec.name);

    DomainPieces::memory(domain, spec);
    DomainPieces::vcpus(domain, spec);
    DomainPieces::cputune(domain, spec);
    DomainPieces::os(domain, spec);
    DomainPieces::features(domain, spec);
    DomainPieces::cpu(domain, spec);
    DomainPieces::clock(domain, spec);
    DomainXml::setText(DomainXml::child(domain, u"on_poweroff"_s), u"destroy"_s);
    DomainXml::setText(DomainXml::child(domain, u"on_reboot"_s), u"restart"_s);
    DomainXml::setText(DomainXml::child(domain, u"on_crash"_s), u"destroy"_s);
    QDomElement pm = DomainXml::child(domain, u"pm"_s);
    DomainXml::child(pm, u"suspend-to-mem"_s).setAttribute(u"enabled"_s, u"no"_s);
    DomainXml::child(pm, u"suspend-to-disk"_s).setAttribute(u"enabled"_s, u"no"_s);

    QDomElement devices = DomainXml::child(domain, u"devices"_s);
    DomainPieces::disks(domain, spec);
    QDomElement usb = DomainXml::append(devices, u"controller"_s);
    usb.setAttribute(u"type"_s, u"usb"_s);
    usb.setAttribute(u"model"_s, u"qemu-xhci"_s);
    DomainPieces::interface(domain, spec);
    DomainPieces::tpm(domain, spec);
    DomainPieces::display(domain, spec);
    DomainPieces::hostdevs(domain, spec);
    DomainPieces::memballoon(domain, spec);
    return document;
}

QString DomainWriter::write(const VmSpec &spec)
{
    return DomainXml::toText(document(spec));
}
