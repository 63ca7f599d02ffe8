#include "plan/pinmap.h"

#include "util/cpulist.h"

#include <QCoreApplication>
#include <QSet>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PinMap)
};

} // namespace

PinMap::PinMap(int vcpus, int threadsPerGuestCore) : m_pins(std::max(0, vcpus)), m_threads(std::max(1, threadsPerGuestCore)) {}

std::optional<int> PinMap::hostCpu(int vcpu) const
{
    return vcpu >= 0 && vcpu < m_pins.size() ? m_pins[vcpu] : std::nullopt;
}

QList<int> PinMap::vcpusOn(int cpu) const
{
    QList<int> found;
    for (qsizetype v = 0; v < m_pins.size(); ++v)
        if (m_pins[v] == cpu)
            found << int(v);
    return found;
}

void PinMap::assign(int vcpu, int cpu)
{
    if (vcpu >= 0 && vcpu < m_pins.size())
        m_pins[vcpu] = cpu;
}

void PinMap::clear(int vcpu)
{
    if (vcpu >= 0 && vcpu < m_pins.size())
        m_pins[vcpu].reset();
}

void PinMap::clearCpu(int cpu)
{
    for (std::optional<int> &pin : m_pins)
        if (pin == cpu)
            pin.reset();
}

QList<int> PinMap::pins() const
{
    QList<int> pins;
    for (const std::optional<int> &pin : m_pins) {
        if (!pin)
            return {};
        pins << *pin;
    }
    return pins;
}

PinMap PinMap::fromPins(const QList<int> &pins, int threadsPerGuestCore)
{
    PinMap map(int(pins.size()), threadsPerGuestCore);
    for (qsizetype v = 0; v < pins.size(); ++v)
        map.m_pins[v] = pins[v];
    return map;
}

QString PinMap::vcpuNames(const QList<int> &vcpus)
{
    QStringList numbers;
    for (int v : vcpus)
        numbers << QString::number(v);
    if (numbers.size() == 1)
        return Tr::tr("vCPU %1").arg(numbers.first());
    const QString last = numbers.takeLast();
    return Tr::tr("vCPUs %1 and %2").arg(numbers.join(QLatin1String(", ")), last);
}

QList<PinMap::Conflict> PinMap::conflicts(const CpuTopology &host, const QList<int> &reserved) const
{
    using Kind = Conflict::Kind;
    QList<Conflict> found;
    QList<int> unpinned;
    QSet<int> l3, nodes;
    QList<int> used;
    for (qsizetype v = 0; v < m_pins.size(); ++v) {
        if (!m_pins[v]) {
            unpinned << int(v);
            continue;
        }
        const int cpu = *m_pins[v];
        used << cpu;
        if (const CpuThread *t = host.thread(cpu)) {
            l3.insert(t->l3.value_or(-1));
            nodes.insert(t->node);
        }
    }
    if (!unpinned.isEmpty())
        found << Conflict{Kind::Unpinned, unpinned, {}, (unpinned.size() == 1 ? Tr::tr("Without a host thread: %1 (the host's scheduler moves it about).")
                                                                         : Tr::tr("Without a host thread: %1 (the host's scheduler moves them about)."))
                                                        .arg(vcpuNames(unpinned))};
    QSet<int> reported;
    for (int cpu : std::as_const(used)) {
        const QList<int> on = vcpusOn(cpu);
        if (on.size() > 1 && !reported.contains(cpu)) {
            reported.insert(cpu);
            found << Conflict{Kind::SharedThread, on, {cpu},
                              Tr::tr("%1 share host thread %2 and take turns on it.").arg(vcpuNames(on)).arg(cpu)};
        }
    }
    QList<int> onReserved, reservedCpus;
    for (qsizetype v = 0; v < m_pins.size(); ++v)
        if (m_pins[v] && reserved.contains(*m_pins[v])) {
            onReserved << int(v);
            reservedCpus << *m_pins[v];
        }
    if (!onReserved.isEmpty())
        found << Conflict{Kind::OnReserved, onReserved, reservedCpus,
                          Tr::tr("On threads kept for the host and QEMU's emulator and I/O thread (%2): %1, competing with "
                                 "them.").arg(vcpuNames(onReserved), CpuList::format(reservedCpus))};
    if (m_threads > 1) {
        for (qsizetype first = 0; first + m_threads <= m_pins.size(); first += m_threads) {
            QList<int> group, cpus;
            for (int i = 0; i < m_threads; ++i)
                if (m_pins[first + i]) {
                    group << int(first + i);
                    cpus << *m_pins[first + i];
                }
            const CpuThread *anchor = cpus.isEmpty() ? nullptr : host.thread(cpus.first());
            const bool split = anchor && std::any_of(cpus.begin(), cpus.end(), [&](int c) { return !anchor->siblings.contains(c); });
            if (split)
                found << Conflict{Kind::SplitSiblings, group, cpus,
                                  Tr::tr("%1 are one core in the guest but not SMT siblings on the host.").arg(vcpuNames(group))};
        }
    }
    if (l3.size() > 1)
        found << Conflict{Kind::CrossesL3, {}, used, Tr::tr("The vCPUs span more than one L3 cache.")};
    if (nodes.size() > 1)
        found << Conflict{Kind::CrossesNode, {}, used, Tr::tr("The vCPUs span more than one NUMA node.")};
    return found;
}

QList<PinMap::Conflict> PinMap::conflictsAt(const CpuTopology &host, int cpu, const QList<int> &reserved) const
{
    QList<Conflict> at;
    for (const Conflict &c : conflicts(host, reserved))
        if (c.cpus.contains(cpu))
            at << c;
    return at;
}
