#include "domain/elements/cputune.h"

#include <QMap>

QMap<int, QList<int>> Cputune::vcpuPins() const
{
    QMap<int, QList<int>> pins;
    for (const VcpuPin &pin : children<VcpuPin>())
        pins.insert(int(pin.get(VcpuPin::vcpu).value_or(-1)), pin.get(VcpuPin::cpuset).value_or(QList<int>{}));
    return pins;
}

std::optional<QList<int>> Cputune::onePinEach(int vcpus) const
{
    const QMap<int, QList<int>> pins = vcpuPins();
    QList<int> map;
    for (int vcpu = 0; vcpu < vcpus; ++vcpu) {
        const QList<int> set = pins.value(vcpu);
        if (set.size() != 1)
            return std::nullopt;
        map << set.first();
    }
    return map;
}

QList<int> Cputune::emulatorPins() const
{
    return existing<EmulatorPin>().get(EmulatorPin::cpuset).value_or(QList<int>{});
}

QList<int> Cputune::iothreadPins() const
{
    // The pins of I/O thread 1 (the one the generated VM has), else of the first one pinned.
    const QList<IothreadPin> pins = children<IothreadPin>();
    for (const IothreadPin &pin : pins)
        if (pin.get(IothreadPin::iothread) == 1)
            return pin.get(IothreadPin::cpuset).value_or(QList<int>{});
    return pins.isEmpty() ? QList<int>{} : pins.first().get(IothreadPin::cpuset).value_or(QList<int>{});
}

void Cputune::setPins(const QList<int> &vcpuPins, const QList<int> &emulatorPins, const QList<int> &iothreadPins, int iothreads)
{
    removeChildren<VcpuPin>();
    removeChildren<EmulatorPin>();
    removeChildren<IothreadPin>();
    for (qsizetype vcpu = 0; vcpu < vcpuPins.size(); ++vcpu) {
        VcpuPin pin = append<VcpuPin>();
        pin.set(VcpuPin::vcpu, vcpu);
        pin.set(VcpuPin::cpuset, QList<int>{vcpuPins[vcpu]});
    }
    if (!emulatorPins.isEmpty())
        append<EmulatorPin>().set(EmulatorPin::cpuset, emulatorPins);
    if (!iothreadPins.isEmpty()) {
        for (int thread = 1; thread <= iothreads; ++thread) {
            IothreadPin pin = append<IothreadPin>();
            pin.set(IothreadPin::iothread, thread);
            pin.set(IothreadPin::cpuset, iothreadPins);
        }
    }
}
