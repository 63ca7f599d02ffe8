#pragma once

#include "domain/model/element.h"
#include "util/pciaddress.h"

#include <optional>

/// <hostdev mode='subsystem' type='pci'>: a host PCI function passed to the guest, with the
/// guest address it gets.
class Hostdev : public Element
{
public:
    static constexpr char16_t tag[] = u"hostdev";
    using Element::Element;

    static inline const ChildOrder order{tag, {u"driver", u"source", u"boot", u"rom", u"address"}};

    static inline const Property<Codec::Text> mode{tag, u"@mode", QStringLiteral("subsystem")};
    static inline const Property<Codec::Text> type{tag, u"@type"};
    static inline const Property<Codec::YesNo> managed{tag, u"@managed"};
    static inline const Property<Codec::Hex<4>> sourceDomain{tag, u"source/address/@domain", 0};
    static inline const Property<Codec::Hex<2>> sourceBus{tag, u"source/address/@bus"};
    static inline const Property<Codec::Hex<2>> sourceSlot{tag, u"source/address/@slot"};
    static inline const Property<Codec::Hex<1>> sourceFunction{tag, u"source/address/@function"};
    static inline const Property<Codec::Text> romFile{tag, u"rom/@file"};
    static inline const Property<Codec::Presence> guestAddressPresent{tag, u"address"};
    static inline const Property<Codec::Text> guestType{tag, u"address/@type"};
    static inline const Property<Codec::Hex<4>> guestDomain{tag, u"address/@domain"};
    static inline const Property<Codec::Hex<2>> guestBus{tag, u"address/@bus"};
    static inline const Property<Codec::Hex<2>> guestSlot{tag, u"address/@slot"};
    static inline const Property<Codec::Hex<1>> guestFunction{tag, u"address/@function"};
    static inline const Property<Codec::OnOff> multifunction{tag, u"address/@multifunction"};

    bool isPci() const;
    /// A USB device passed by itself (type usb).
    bool isUsb() const;
    /// The host function passed, when the source address is a whole, valid PCI address (the
    /// domain defaults to 0); nullopt for anything else. One rule for every reader.
    std::optional<PciAddress> pciSource() const;
    /// A managed PCI hostdev of this host function.
    void setPciSource(const PciAddress &function);
    /// Where the guest sees it: a PCI address on the guest's bus.
    void setGuestAddress(int bus, int slot, int function, bool multifunction);
    /// The guest PCI address, when one is given.
    std::optional<PciAddress> guestAddress() const;
};
