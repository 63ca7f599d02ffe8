#pragma once

#include "domain/model/element.h"

/// <cpu><feature policy=... name=.../>
class CpuFeature : public Element
{
public:
    static constexpr char16_t tag[] = u"feature";
    using Element::Element;

    static inline const Property<Codec::Text> name{tag, u"@name"};
    /// libvirt's default policy for a feature element is require.
    static inline const Property<Codec::Text> policy{tag, u"@policy", QStringLiteral("require")};

    bool isRequired() const;
};

/// <cpu><model fallback=...>qemu64</model>
class CpuModel : public Element
{
public:
    static constexpr char16_t tag[] = u"model";
    using Element::Element;

    static inline const Property<Codec::Text> name{tag, u"."};
    static inline const Property<Codec::Text> fallback{tag, u"@fallback"};
};

/// <cpu><numa><cell id=... cpus=... memory=... unit=.../>: one NUMA node of the guest.
class GuestNumaCell : public Element
{
public:
    static constexpr char16_t tag[] = u"cell";
    using Element::Element;

    static inline const Property<Codec::Int> id{tag, u"@id"};
    static inline const Property<Codec::CpuSet> cpus{tag, u"@cpus"};
    static inline const Property<Codec::Int> memory{tag, u"@memory"};
    /// libvirt reads a cell's memory in KiB unless a unit says otherwise.
    static inline const Property<Codec::Text> unit{tag, u"@unit", QStringLiteral("KiB")};

    qint64 memoryKiB() const;
};

class GuestNuma : public Element
{
public:
    static constexpr char16_t tag[] = u"numa";
    using Element::Element;
};

/// The guest CPU: mode, topology, cache and features.
class Cpu : public Element
{
public:
    static constexpr char16_t tag[] = u"cpu";
    using Element::Element;

    static inline const ChildOrder order{tag, {u"model", u"vendor", u"topology", u"cache", u"maxphysaddr", u"feature", u"numa"}};

    static inline const Property<Codec::Text> mode{tag, u"@mode"};
    static inline const Property<Codec::Text> check{tag, u"@check"};
    static inline const Property<Codec::OnOff> migratable{tag, u"@migratable"};
    static inline const Property<Codec::Text> match{tag, u"@match"};
    static inline const Property<Codec::Presence> hasTopology{tag, u"topology"};
    /// A topology attribute that is missing counts as 1, as libvirt reads it.
    static inline const Property<Codec::Int> sockets{tag, u"topology/@sockets", 1};
    static inline const Property<Codec::Int> dies{tag, u"topology/@dies", 1};
    static inline const Property<Codec::Int> cores{tag, u"topology/@cores", 1};
    static inline const Property<Codec::Int> threads{tag, u"topology/@threads", 1};
    static inline const Property<Codec::Presence> cache{tag, u"cache"};
    static inline const Property<Codec::Text> cacheMode{tag, u"cache/@mode"};
    static inline const Property<Codec::Presence> vendor{tag, u"vendor"};

    /// The guest sees the host's CPU as it is. One rule for every writer: a host-passthrough
    /// CPU takes no model, vendor or match (libvirt ignores or rejects them).
    void makeHostPassthrough();
    /// A named model instead (TCG cannot pass the host's CPU through): features become optional.
    void makeNamedModel(const QString &model);
    void setTopology(int sockets, int dies, int cores, int threads);

    /// The feature element with this name, or a null view.
    CpuFeature feature(const QString &name) const;
    /// Requires a feature (adding it after the other features when missing).
    void requireFeature(const QString &name);
    void removeFeature(const QString &name);
    /// The names of the features the guest must or is forced to have.
    QStringList requiredFeatures() const;

    /// The guest's NUMA cells in id order: vCPUs and memory.
    struct Cell
    {
        QList<int> vcpus;
        qint64 memoryKiB = 0;
    };
    QList<Cell> numaCells() const;
    /// Replaces the guest's NUMA cells (cell i gets id i); none removes <numa>.
    void setNumaCells(const QList<Cell> &cells);
    /// Gives the existing cells (in id order) these sizes, touching nothing else of them.
    void setNumaCellMemory(const QList<qint64> &kib);
};
