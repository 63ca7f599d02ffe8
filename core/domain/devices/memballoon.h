#pragma once

#include "domain/model/element.h"

/// <memballoon model=...>: none when the memory is pinned (hugepages, a passed-through device).
class Memballoon : public Element
{
public:
    static constexpr char16_t tag[] = u"memballoon";
    using Element::Element;

    static inline const Property<Codec::Text> model{tag, u"@model"};
    static constexpr char16_t none[] = u"none";

    bool isNone() const;
    void makeNone();
    /// A virtio balloon, unless the domain already names another model.
    void makeVirtioUnlessSet();
};
