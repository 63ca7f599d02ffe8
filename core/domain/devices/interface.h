#pragma once

#include "domain/model/element.h"

/// <interface type=...>: a NIC on a bridge, a libvirt network, or a direct (macvtap) device.
class Interface : public Element
{
public:
    static constexpr char16_t tag[] = u"interface";
    using Element::Element;

    static inline const ChildOrder order{tag, {u"mac", u"source", u"virtualport", u"target", u"model", u"driver", u"address"}};

    static inline const Property<Codec::Text> type{tag, u"@type"};
    static inline const Property<Codec::Text> mac{tag, u"mac/@address"};
    static inline const Property<Codec::Text> sourceNetwork{tag, u"source/@network"};
    static inline const Property<Codec::Text> sourceBridge{tag, u"source/@bridge"};
    static inline const Property<Codec::Text> sourceDev{tag, u"source/@dev"};
    static inline const Property<Codec::Text> sourceMode{tag, u"source/@mode"};
    static inline const Property<Codec::Text> sourcePortgroup{tag, u"source/@portgroup"};
    static inline const Property<Codec::Text> model{tag, u"model/@type"};

    static constexpr char16_t network[] = u"network";
    static constexpr char16_t bridge[] = u"bridge";

    bool isNetwork() const;
    bool isBridge() const;
    /// type direct: macvtap on a host NIC.
    bool isDirect() const;
    /// The network or bridge (or direct device) the NIC is on.
    QString source() const;
    /// On a bridge; every source attribute of another kind goes (one list for every change).
    void setBridge(const QString &name);
    /// On a libvirt network (NAT: "default").
    void setNetwork(const QString &name);
};
