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

    static constexpr char16_t tablet[] = u"tablet";

    bool isTablet() const;
    /// A USB tablet: the pointer follows the host's exactly in a VNC or SPICE window.
    static Input addTablet(QDomElement devices);
};
