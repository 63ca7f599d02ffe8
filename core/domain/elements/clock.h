#pragma once

#include "domain/model/element.h"

/// <clock offset=...> and its timers, each picked by name.
class Clock : public Element
{
public:
    static constexpr char16_t tag[] = u"clock";
    using Element::Element;

    static inline const ChildOrder order{tag, {u"timer"}};

    static inline const Property<Codec::Text> offset{tag, u"@offset"};
    static inline const Property<Codec::Text> rtcTickpolicy{tag, u"timer[@name='rtc']/@tickpolicy"};
    static inline const Property<Codec::Text> pitTickpolicy{tag, u"timer[@name='pit']/@tickpolicy"};
    static inline const Property<Codec::YesNo> hpetPresent{tag, u"timer[@name='hpet']/@present"};
    static inline const Property<Codec::YesNo> hypervclockPresent{tag, u"timer[@name='hypervclock']/@present"};
    /// The Hyper-V reference clock's timer element; only a guest with Hyper-V features can have it.
    static inline const Property<Codec::Presence> hypervclock{tag, u"timer[@name='hypervclock']"};

    /// The timers a VM keeps time best with: RTC catching up, PIT delayed, no HPET, and for
    /// Windows the Hyper-V reference clock.
    void setTimers(bool windows);
};
