#pragma once

#include "domain/model/element.h"

/// <input type=... bus=...>: a tablet for a VM shown in a window, or a host keyboard or mouse
/// passed through with evdev.
class Input : public Element
{
public:
    static constexpr char16_t tag[] = u"input";
    using Element::Element;

    static inline const ChildOrder order{tag, {u"source", u"address"}};

    static inline const Property<Codec::Text> type{tag, u"@type"};
    static inline const Property<Codec::Text> bus{tag, u"@bus"};
    static inline const Property<Codec::Text> sourceDev{tag, u"source/@dev"};
    static inline const Property<Codec::Text> grab{tag, u"source/@grab"};
    static inline const Property<Codec::Text> grabToggle{tag, u"source/@grabToggle"};
    static inline const Property<Codec::OnOff> repeat{tag, u"source/@repeat"};

    static constexpr char16_t tablet[] = u"tablet";
    static constexpr char16_t evdev[] = u"evdev";

    bool isTablet() const;
    bool isEvdev() const;
    /// A host input device passed with evdev. A keyboard repeats held keys (libvirt 7.4 or
    /// later); the one that grabs takes every passed device and both Ctrl keys switch them
    /// between host and guest.
    static Input addEvdev(QDomElement devices, const QString &device, bool keyboard, bool grabs);
    /// A USB tablet: the pointer follows the host's exactly in a VNC or SPICE window.
    static Input addTablet(QDomElement devices);
};
