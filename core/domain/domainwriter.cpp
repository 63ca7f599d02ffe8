#include "domain/domainwriter.h"

#include "domain/devices/controller.h"
#include "domain/devices/devices.h"
#include "domain/domainpieces.h"
#include "domain/elements/domainelement.h"
#include "domain/model/domainxml.h"
#include "spec/vmspec.h"

using namespace Qt::Literals::StringLiterals;

QDomDocument DomainWriter::document(const VmSpec &spec)
{
    QDomDocument document = DomainElement::create();
    DomainElement root = DomainElement::of(document);
    QDomElement domain = root.dom();
    root.set(DomainElement::name, spec.name);

    DomainPieces::memory(domain, spec);
    DomainPieces::vcpus(domain, spec);
    DomainPieces::cputune(domain, spec);
    DomainPieces::numa(domain, spec);
    DomainPieces::os(domain, spec);
    DomainPieces::features(domain, spec);
    DomainPieces::cpu(domain, spec);
    DomainPieces::clock(domain, spec);
    root.set(DomainElement::onPoweroff, u"destroy"_s);
    root.set(DomainElement::onReboot, u"restart"_s);
    root.set(DomainElement::onCrash, u"destroy"_s);
    // Suspending a VM with a passed-through GPU rarely resumes it: the guest cannot sleep.
    root.set(DomainElement::suspendToMem, false);
    root.set(DomainElement::suspendToDisk, false);

    Devices devices = root.child<Devices>();
    DomainPieces::disks(domain, spec);
    Controller::addUsb(devices.dom());
    DomainPieces::interface(domain, spec);
    DomainPieces::tpm(domain, spec);
    DomainPieces::display(domain, spec);
    DomainPieces::hostdevs(domain, spec);
    DomainPieces::input(domain, spec);
    DomainPieces::memballoon(domain, spec);
    return document;
}

QString DomainWriter::write(const VmSpec &spec)
{
    return DomainXml::toText(document(spec));
}
