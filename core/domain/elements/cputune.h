#pragma once

#include "domain/model/element.h"

#include <QMap>

/// <vcpupin vcpu=... cpuset=.../>
class VcpuPin : public Element
{
public:
    static constexpr char16_t tag[] = u"vcpupin";
    using Element::Element;

    static inline const Property<Codec::Int> vcpu{tag, u"@vcpu"};
    static inline const Property<Codec::CpuSet> cpuset{tag, u"@cpuset"};
};

class EmulatorPin : public Element
{
public:
    static constexpr char16_t tag[] = u"emulatorpin";
    using Element::Element;

    static inline const Property<Codec::CpuSet> cpuset{tag, u"@cpuset"};
};

class IothreadPin : public Element
{
public:
    static constexpr char16_t tag[] = u"iothreadpin";
    using Element::Element;

    static inline const Property<Codec::Int> iothread{tag, u"@iothread"};
    static inline const Property<Codec::CpuSet> cpuset{tag, u"@cpuset"};
};

/// <cputune>: where each vCPU, the emulator threads and the I/O threads run on the host.
class Cputune : public Element
{
public:
    static constexpr char16_t tag[] = u"cputune";
    using Element::Element;

    static inline const ChildOrder order{tag,
        {u"shares", u"period", u"quota", u"global_period", u"global_quota", u"emulator_period", u"emulator_quota",
         u"iothread_period", u"iothread_quota", u"vcpupin", u"emulatorpin", u"iothreadpin", u"vcpusched",
         u"iothreadsched", u"emulatorsched", u"cachetune", u"memorytune"}};

    /// vCPU -> host CPUs, as the vcpupin elements say.
    QMap<int, QList<int>> vcpuPins() const;
    /// The vCPU -> host CPU map when every one of `vcpus` vCPUs is pinned to exactly one host
    /// CPU (what the wizard's grid and the planner work with); nullopt otherwise.
    std::optional<QList<int>> onePinEach(int vcpus) const;
    QList<int> emulatorPins() const;
    QList<int> iothreadPins() const;

    /// Replaces every vcpupin, emulatorpin and iothreadpin (I/O threads 1..iothreads).
    void setPins(const QList<int> &vcpuPins, const QList<int> &emulatorPins, const QList<int> &iothreadPins, int iothreads);
};
