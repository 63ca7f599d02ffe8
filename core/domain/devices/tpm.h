#pragma once

#include "domain/model/element.h"

/// <tpm model='tpm-crb'><backend type='emulator' version='2.0'/>: what Windows 11 requires.
class Tpm : public Element
{
public:
    static constexpr char16_t tag[] = u"tpm";
    using Element::Element;

    static inline const Property<Codec::Text> model{tag, u"@model"};
    static inline const Property<Codec::Text> backendType{tag, u"backend/@type"};
    static inline const Property<Codec::Text> backendVersion{tag, u"backend/@version"};

    void makeEmulated2();
};
