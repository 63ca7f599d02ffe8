#pragma once

#include "domain/model/element.h"

#include <QMap>

/// <numatune><memnode cellid=... mode=... nodeset=.../>: the host nodes one guest NUMA cell's
/// memory comes from.
class Memnode : public Element
{
public:
    static constexpr char16_t tag[] = u"memnode";
    using Element::Element;

    static inline const Property<Codec::Int> cellid{tag, u"@cellid"};
    /// libvirt's default mode is strict: allocate there or fail.
    static inline const Property<Codec::Text> mode{tag, u"@mode", QStringLiteral("strict")};
    static inline const Property<Codec::CpuSet> nodeset{tag, u"@nodeset"};
};

/// <numatune>: the host NUMA nodes the guest's memory is allocated on.
class Numatune : public Element
{
public:
    static constexpr char16_t tag[] = u"numatune";
    using Element::Element;

    static inline const ChildOrder order{tag, {u"memory", u"memnode"}};

    static inline const Property<Codec::Text> memoryMode{tag, u"memory/@mode", QStringLiteral("strict")};
    static inline const Property<Codec::CpuSet> memoryNodeset{tag, u"memory/@nodeset"};
    static constexpr char16_t strict[] = u"strict";

    /// The nodes of <memory nodeset>, empty when there is none (automatic placement, or none).
    QList<int> nodes() const;
    bool isStrict() const;
    /// The memory and every memnode strict.
    bool allStrict() const;
    /// Guest cell -> host nodes, as the memnode elements say.
    QMap<int, QList<int>> cellNodes() const;
    /// Strict placement on `nodes`, and each guest cell (index = cell id) on its host node;
    /// every other memnode goes.
    void setStrict(const QList<int> &nodes, const QList<int> &cellHostNodes);
};
