#pragma once

#include "domain/model/element.h"

/// <devices>: the order of its children, and what a throwaway copy of a domain must not take
/// from the host.
class Devices : public Element
{
public:
    static constexpr char16_t tag[] = u"devices";
    using Element::Element;

    static inline const ChildOrder order{tag,
        {u"emulator", u"disk", u"controller", u"lease", u"filesystem", u"interface", u"smartcard", u"serial",
         u"parallel", u"console", u"channel", u"input", u"tpm", u"graphics", u"sound", u"audio", u"video", u"hostdev",
         u"redirdev", u"redirfilter", u"hub", u"watchdog", u"memballoon", u"rng", u"panic", u"shmem", u"memory",
         u"iommu", u"vsock"}};

    /// Another machine's QEMU binary: a domain moved between hosts drops it.
    static inline const Property<Codec::Text> emulatorPath{tag, u"emulator"};

    /// Removes every device that uses something of the host's: passed-through devices, disks,
    /// NICs, shared folders, redirected USB and smartcards.
    void removeHostResources();
};
