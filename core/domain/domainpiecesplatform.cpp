// The firmware, features and clock pieces of a domain.
#include "domain/domainpieces.h"

#include "domain/elements/clock.h"
#include "domain/elements/domainelement.h"
#include "domain/elements/features.h"
#include "domain/elements/hyperv.h"
#include "domain/elements/os.h"
#include "spec/vmspec.h"

using namespace Qt::Literals::StringLiterals;

namespace DomainPieces {

void os(QDomElement domain, const VmSpec &spec)
{
    Os os = DomainElement(domain).child<Os>();
    // firmware='efi' lets libvirt pick the OVMF build (and its NVRAM template) that matches.
    os.set(Os::firmwareKind, u"efi"_s);
    os.set(Os::arch, u"x86_64"_s);
    os.set(Os::machine, u"q35"_s);
    os.set(Os::type, u"hvm"_s);
    os.setSecureBoot(spec.secureBoot);
}

void features(QDomElement domain, const VmSpec &spec)
{
    Features features = DomainElement(domain).child<Features>();
    features.set(Features::acpi, true);
    features.set(Features::apic, true);
    if (spec.isWindows())
        DomainPieces::hyperv(domain);
    features.set(Features::vmport, false);
    features.set(Features::ioapicDriver, QString::fromUtf16(Features::kernelIoapic));
    if (spec.secureBoot)
        features.set(Features::smm, true);
    error43(domain, spec);
}

void hyperv(QDomElement domain)
{
    DomainElement(domain).child<Features>().child<Hyperv>().enableEnlightenments();
}

void error43(QDomElement domain, const VmSpec &spec)
{
    Features features = DomainElement(domain).child<Features>();
    if (spec.error43.enabled) {
        Hyperv hyperv = features.child<Hyperv>();
        if (!hyperv.has(Hyperv::mode))
            hyperv.set(Hyperv::mode, u"custom"_s);
        // In passthrough mode QEMU reports its own vendor, not "Microsoft Hv", and the schema
        // allows no vendor_id there: hiding KVM is what is left to do.
        hyperv.setVendorId(spec.error43.vendorId);
        features.child<Kvm>().set(Kvm::hidden, true);
        return;
    }
    features.existing<Hyperv>().setVendorId(QString());
    Kvm kvm = features.existing<Kvm>();
    if (!kvm.isNull()) {
        kvm.clear(Kvm::hidden);
        if (kvm.dom().firstChildElement().isNull())
            kvm.remove();
    }
}

void clock(QDomElement domain, const VmSpec &spec)
{
    Clock clock = DomainElement(domain).child<Clock>();
    // Windows keeps the hardware clock in local time; Linux in UTC.
    clock.set(Clock::offset, spec.isWindows() ? u"localtime"_s : u"utc"_s);
    clock.setTimers(spec.isWindows());
}

} // namespace DomainPieces
