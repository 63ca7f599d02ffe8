#pragma once

#include "domain/model/element.h"

/// <video><model type=.../>: none when the passed GPU is the screen, else a virtio GPU.
class Video : public Element
{
public:
    static constexpr char16_t tag[] = u"video";
    using Element::Element;

    static inline const ChildOrder order{tag, {u"driver", u"model", u"address"}};

    static inline const Property<Codec::Text> model{tag, u"model/@type"};
    static inline const Property<Codec::Int> heads{tag, u"model/@heads"};
    static inline const Property<Codec::YesNo> primary{tag, u"model/@primary"};
};

/// <graphics type='vnc'>: the window the VM is shown in when no GPU is passed.
class Graphics : public Element
{
public:
    static constexpr char16_t tag[] = u"graphics";
    using Element::Element;

    static inline const Property<Codec::Text> type{tag, u"@type"};
    static inline const Property<Codec::Int> port{tag, u"@port"};
    static inline const Property<Codec::YesNo> autoport{tag, u"@autoport"};
    static inline const Property<Codec::Text> listenType{tag, u"listen/@type"};
    static inline const Property<Codec::Text> listenAddress{tag, u"listen/@address"};

    /// A VNC display on a free port, reachable from this host only.
    static Graphics addLocalVnc(QDomElement devices);
};
