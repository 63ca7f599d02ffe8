#pragma once

#include "domain/model/element.h"

/// <controller type=... index=... model=...>: USB, PCIe root ports, SCSI.
class Controller : public Element
{
public:
    static constexpr char16_t tag[] = u"controller";
    using Element::Element;

    static inline const ChildOrder order{tag, {u"model", u"target", u"driver", u"address"}};

    static inline const Property<Codec::Text> type{tag, u"@type"};
    static inline const Property<Codec::Int> index{tag, u"@index"};
    static inline const Property<Codec::Text> model{tag, u"@model"};
    static inline const Property<Codec::Int> iothread{tag, u"driver/@iothread"};

    static constexpr char16_t scsi[] = u"scsi";
    static constexpr char16_t virtioScsi[] = u"virtio-scsi";

    bool isVirtioScsi() const;

    /// The virtio-scsi controller under `devices`, added when there is none: with the next free
    /// SCSI index (an emulated SCSI controller may hold index 0) and on I/O thread 1 when the
    /// domain has one. One rule for new domains and for a disk moved to virtio-scsi.
    static Controller ensureVirtioScsi(QDomElement devices, bool iothread);
    /// A PCIe root port with the next free PCI index, for a passed-through device of its own.
    static Controller addRootPort(QDomElement devices);
    /// A USB 3 controller (qemu-xhci).
    static Controller addUsb(QDomElement devices);
};
