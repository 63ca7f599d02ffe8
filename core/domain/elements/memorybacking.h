#pragma once

#include "domain/model/element.h"

/// <memoryBacking><hugepages><page size=... unit=.../></hugepages>: what backs guest memory.
class HugepagePage : public Element
{
public:
    static constexpr char16_t tag[] = u"page";
    using Element::Element;

    static inline const Property<Codec::Int> size{tag, u"@size"};
    static inline const Property<Codec::Text> unit{tag, u"@unit"};
};

class Hugepages : public Element
{
public:
    static constexpr char16_t tag[] = u"hugepages";
    using Element::Element;
};

class MemoryBacking : public Element
{
public:
    static constexpr char16_t tag[] = u"memoryBacking";
    using Element::Element;

    static inline const ChildOrder order{tag, {u"hugepages", u"nosharepages", u"locked", u"source", u"access", u"allocation", u"discard"}};

    /// The hugepage size the domain asks for in KiB; 0 for the host's default size, nullopt
    /// when the memory is not on hugepages at all.
    std::optional<qint64> hugepageKiB() const;
    /// One page size for all guest memory (replacing any per-node sizes); 0 KiB turns hugepages off.
    void setHugepageKiB(qint64 kib);
};
