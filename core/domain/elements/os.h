#pragma once

#include "domain/model/element.h"

/// <os><firmware><feature enabled=... name=.../>: a firmware feature libvirt matches OVMF by.
class FirmwareFeature : public Element
{
public:
    static constexpr char16_t tag[] = u"feature";
    using Element::Element;

    static inline const Property<Codec::Text> name{tag, u"@name"};
    static inline const Property<Codec::YesNo> enabled{tag, u"@enabled"};
};

class Firmware : public Element
{
public:
    static constexpr char16_t tag[] = u"firmware";
    using Element::Element;
};

/// <os>: machine type, firmware (OVMF through firmware='efi') and Secure Boot.
class Os : public Element
{
public:
    static constexpr char16_t tag[] = u"os";
    using Element::Element;

    static inline const ChildOrder order{tag,
        {u"type", u"firmware", u"loader", u"nvram", u"kernel", u"initrd", u"cmdline", u"dtb", u"boot", u"bootmenu", u"smbios", u"bios"}};

    static inline const Property<Codec::Text> firmwareKind{tag, u"@firmware"};
    static inline const Property<Codec::Text> arch{tag, u"type/@arch"};
    static inline const Property<Codec::Text> machine{tag, u"type/@machine"};
    static inline const Property<Codec::Text> type{tag, u"type"};
    static inline const Property<Codec::YesNo> secureLoader{tag, u"loader/@secure"};
    /// The firmware image of a domain that names it itself (older virt-manager: OVMF by path).
    static inline const Property<Codec::Text> loaderType{tag, u"loader/@type"};
    static inline const Property<Codec::Presence> nvram{tag, u"nvram"};

    /// OVMF with enrolled keys and Secure Boot on, or neither.
    void setSecureBoot(bool on);
    bool secureBoot() const;
    /// UEFI (OVMF): chosen by libvirt (firmware='efi') or a pflash loader named by path.
    bool uefi() const;
    /// q35: PCI Express, which a passed-through GPU's driver expects.
    bool q35() const;
};
