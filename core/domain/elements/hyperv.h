#pragma once

#include "domain/model/element.h"

/// <features><hyperv>: the Hyper-V enlightenments Windows uses, and the vendor id of the
/// Error 43 fix.
class Hyperv : public Element
{
public:
    static constexpr char16_t tag[] = u"hyperv";
    using Element::Element;

    static inline const ChildOrder order{tag,
        {u"relaxed", u"vapic", u"spinlocks", u"vpindex", u"runtime", u"synic", u"stimer", u"reset", u"vendor_id",
         u"frequencies", u"reenlightenment", u"tlbflush", u"ipi", u"evmcs", u"avic"}};

    /// custom: the enlightenments listed; passthrough: every one the host has (no children allowed).
    static inline const Property<Codec::Text> mode{tag, u"@mode", QStringLiteral("custom")};
    static inline const Property<Codec::Int> spinlockRetries{tag, u"spinlocks/@retries"};
    static inline const Property<Codec::OnOff> stimerDirect{tag, u"stimer/direct/@state"};
    static inline const Property<Codec::Presence> hasVendorId{tag, u"vendor_id"};
    static inline const Property<Codec::OnOff> vendorIdState{tag, u"vendor_id/@state"};
    static inline const Property<Codec::Text> vendorId{tag, u"vendor_id/@value"};

    /// The enlightenments the generated VM switches on, in libvirt's order; each is a child
    /// element with state='on'.
    static const QList<const Property<Codec::OnOff> *> &enlightenments();
    /// The enlightenment's name: its element's tag.
    static QString nameOf(const Property<Codec::OnOff> &enlightenment);

    bool isPassthrough() const;
    /// Switches every enlightenment on (spinlocks with 8191 retries, stimer with direct mode);
    /// nothing to do in passthrough mode.
    void enableEnlightenments();
    /// The names of the enlightenments that are not on.
    QStringList missingEnlightenments() const;
    /// Sets or removes the vendor id (not allowed in passthrough mode, where it is left alone).
    void setVendorId(const QString &value);
};

/// <features><kvm><hidden state='on'/>: hide the KVM signature from the guest.
class Kvm : public Element
{
public:
    static constexpr char16_t tag[] = u"kvm";
    using Element::Element;

    static inline const Property<Codec::OnOff> hidden{tag, u"hidden/@state"};
};
