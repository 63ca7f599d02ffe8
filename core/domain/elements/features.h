#pragma once

#include "domain/model/element.h"

/// <features>: ACPI, APIC, the I/O APIC, SMM for Secure Boot, VMware's port switched off.
/// Hyper-V and KVM have elements of their own (hyperv.h).
class Features : public Element
{
public:
    static constexpr char16_t tag[] = u"features";
    using Element::Element;

    static inline const ChildOrder order{tag,
        {u"acpi", u"apic", u"pae", u"hap", u"viridian", u"privnet", u"hyperv", u"kvm", u"xen", u"pvspinlock",
         u"capabilities", u"pmu", u"vmport", u"gic", u"smm", u"ioapic", u"hpt", u"htm", u"nested-hv", u"msrs",
         u"ccf-assist", u"cfpc", u"sbbc", u"ibs", u"tcg"}};

    static inline const Property<Codec::Presence> acpi{tag, u"acpi"};
    static inline const Property<Codec::Presence> apic{tag, u"apic"};
    static inline const Property<Codec::OnOff> vmport{tag, u"vmport/@state"};
    static inline const Property<Codec::Presence> ioapic{tag, u"ioapic"};
    static inline const Property<Codec::Text> ioapicDriver{tag, u"ioapic/@driver"};
    /// The I/O APIC in the kernel (KVM) rather than in QEMU.
    static constexpr char16_t kernelIoapic[] = u"kvm";
    static inline const Property<Codec::OnOff> smm{tag, u"smm/@state"};
};
