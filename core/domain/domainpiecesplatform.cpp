// The firmware, features and clock pieces of a domain.
#include "domain/domainpieces.h"

#include "domain/domainxml.h"
#include "spec/vmspec.h"

using namespace Qt::Literals::StringLiterals;

namespace DomainPieces {

namespace {

void onOff(QDomElement element, bool on)
{
    element.setAttribute(u"state"_s, on ? u"on"_s : u"off"_s);
}

QDomElement childWithAttribute(QDomElement parent, const QString &tag, const QString &attribute, const QString &value)
{
    for (const QDomElement &e : DomainXml::children(parent, tag))
        if (e.attribute(attribute) == value)
            return e;
    QDomElement e = DomainXml::append(parent, tag);
    e.setAttribute(attribute, value);
    return e;
}

} // namespace

void os(QDomElement domain, const VmSpec &spec)
{
    QDomElement os = DomainXml::child(domain, u"os"_s);
    // firmware='efi' lets libvirt pick the OVMF build (and its NVRAM template) that matches.
    os.setAttribute(u"firmware"_s, u"efi"_s);
    QDomElement type = DomainXml::child(os, u"type"_s);
    type.setAttribute(u"arch"_s, u"x86_64"_s);
    type.setAttribute(u"machine"_s, u"q35"_s);
    DomainXml::setText(type, u"hvm"_s);
    QDomElement firmware = DomainXml::existing(os, u"firmware"_s);
    if (spec.secureBoot) {
        firmware = DomainXml::child(os, u"firmware"_s);
        for (const QString &name : {u"enrolled-keys"_s, u"secure-boot"_s})
            childWithAttribute(firmware, u"feature"_s, u"name"_s, name).setAttribute(u"enabled"_s, u"yes"_s);
        DomainXml::child(os, u"loader"_s).setAttribute(u"secure"_s, u"yes"_s);
    } else if (!firmware.isNull()) {
        os.removeChild(firmware);
        QDomElement loader = DomainXml::existing(os, u"loader"_s);
        if (!loader.isNull())
            loader.removeAttribute(u"secure"_s);
    }
}

void features(QDomElement domain, const VmSpec &spec)
{
    QDomElement features = DomainXml::child(domain, u"features"_s);
    DomainXml::child(features, u"acpi"_s);
    DomainXml::child(features, u"apic"_s);
    if (spec.isWindows())
        DomainPieces::hyperv(domain);
    onOff(DomainXml::child(features, u"vmport"_s), false);
    DomainXml::child(features, u"ioapic"_s).setAttribute(u"driver"_s, u"kvm"_s);
    if (spec.secureBoot)
        onOff(DomainXml::child(features, u"smm"_s), true);
    error43(domain, spec);
}

void hyperv(QDomElement domain)
{
    QDomElement hyperv = DomainXml::child(DomainXml::child(domain, u"features"_s), u"hyperv"_s);
    if (hyperv.attribute(u"mode"_s) == u"passthrough"_s)
        return; // passthrough already gives every enlightenment the host has, and allows no children
    if (!hyperv.hasAttribute(u"mode"_s))
        hyperv.setAttribute(u"mode"_s, u"custom"_s);
    for (const QString &tag : {u"relaxed"_s, u"vapic"_s, u"vpindex"_s, u"runtime"_s, u"synic"_s, u"reset"_s,
                               u"frequencies"_s, u"tlbflush"_s, u"ipi"_s})
        onOff(DomainXml::child(hyperv, tag), true);
    QDomElement spinlocks = DomainXml::child(hyperv, u"spinlocks"_s);
    onOff(spinlocks, true);
    spinlocks.setAttribute(u"retries"_s, u"8191"_s);
    QDomElement stimer = DomainXml::child(hyperv, u"stimer"_s);
    onOff(stimer, true);
    onOff(DomainXml::child(stimer, u"direct"_s), true);
}

void error43(QDomElement domain, const VmSpec &spec)
{
    QDomElement features = DomainXml::child(domain, u"features"_s);
    if (spec.error43.enabled) {
        QDomElement hyperv = DomainXml::child(features, u"hyperv"_s);
        if (!hyperv.hasAttribute(u"mode"_s))
            hyperv.setAttribute(u"mode"_s, u"custom"_s);
        // In passthrough mode QEMU reports its own vendor, not "Microsoft Hv", and the schema
        // allows no vendor_id there: hiding KVM is what is left to do.
        if (hyperv.attribute(u"mode"_s) != u"passthrough"_s) {
            QDomElement vendor = DomainXml::child(hyperv, u"vendor_id"_s);
            onOff(vendor, true);
            vendor.setAttribute(u"value"_s, spec.error43.vendorId);
        }
        onOff(DomainXml::child(DomainXml::child(features, u"kvm"_s), u"hidden"_s), true);
        return;
    }
    QDomElement hyperv = DomainXml::existing(features, u"hyperv"_s);
    if (!hyperv.isNull())
        DomainXml::removeChildren(hyperv, u"vendor_id"_s);
    QDomElement kvm = DomainXml::existing(features, u"kvm"_s);
    if (!kvm.isNull()) {
        DomainXml::removeChildren(kvm, u"hidden"_s);
        if (kvm.firstChildElement().isNull())
            features.removeChild(kvm);
    }
}

void clock(QDomElement domain, const VmSpec &spec)
{
    QDomElement clock = DomainXml::child(domain, u"clock"_s);
    // Windows keeps the hardware clock in local time; Linux in UTC.
    clock.setAttribute(u"offset"_s, spec.isWindows() ? u"localtime"_s : u"utc"_s);
    const struct { const char16_t *name; const char16_t *attribute; const char16_t *value; } timers[] = {
        {u"rtc", u"tickpolicy", u"catchup"},
        {u"pit", u"tickpolicy", u"delay"},
        {u"hpet", u"present", u"no"},
    };
    for (const auto &timer : timers)
        childWithAttribute(clock, u"timer"_s, u"name"_s, QString::fromUtf16(timer.name))
            .setAttribute(QString::fromUtf16(timer.attribute), QString::fromUtf16(timer.value));
    if (spec.isWindows())
        childWithAttribute(clock, u"timer"_s, u"name"_s, u"hypervclock"_s).setAttribute(u"present"_s, u"yes"_s);
}

} // namespace DomainPieces
