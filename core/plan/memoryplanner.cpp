#include "plan/memoryplanner.h"

#include "host/cputopology.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MemoryPlanner)
};

QString gib(qint64 kib)
{
    return QString::number(double(kib) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

qint64 MemoryPlanner::hostReserveKiB(qint64 totalKiB)
{
    return std::max<qint64>(4LL * 1024 * 1024, totalKiB / 10);
}

PlanNotes MemoryPlanner::plan(const MemoryInfo &host, const CpuTopology &cpu, const Request &request, VmSpec::Memory &memory)
{
    PlanNotes notes;
    const QString topic = QStringLiteral("memory");
    const qint64 reserveKiB = hostReserveKiB(host.totalKiB);
    qint64 sizeMiB = request.sizeMiB;
    if (sizeMiB <= 0) {
        sizeMiB = std::max<qint64>(1024, (host.totalKiB / 2) / (1024 * 1024) * 1024);
        sizeMiB = std::min(sizeMiB, std::max<qint64>(1024, (host.totalKiB - reserveKiB) / 1024 / 1024 * 1024));
    }
    memory.sizeMiB = sizeMiB;
    const qint64 sizeKiB = sizeMiB * 1024;
    if (host.totalKiB > 0 && host.totalKiB - sizeKiB < reserveKiB) {
        notes << PlanNote::error(topic, Tr::tr("%1 GiB for the VM leaves the host %2 GiB of its %3 GiB; it needs at least "
                                           "%4 GiB (4 GiB or 10%, whichever is larger). Give the VM at most %5 GiB.")
                                            .arg(gib(sizeKiB), gib(host.totalKiB - sizeKiB), gib(host.totalKiB), gib(reserveKiB),
                                                 gib((host.totalKiB - reserveKiB) / (1024 * 1024) * 1024 * 1024)));
        return notes;
    }

    VmSpec::HugepageSize size = request.hugepages.value_or(
        cpu.pdpe1gb && sizeMiB % 1024 == 0 ? VmSpec::HugepageSize::Size1G : VmSpec::HugepageSize::Size2M);
    if (size == VmSpec::HugepageSize::Size1G && sizeMiB % 1024 != 0) {
        notes << PlanNote::warning(topic, Tr::tr("%1 MiB is not a whole number of GiB: 2 MiB pages instead of 1 GiB pages.").arg(sizeMiB));
        size = VmSpec::HugepageSize::Size2M;
    }
    if (size == VmSpec::HugepageSize::Size1G && !cpu.pdpe1gb) {
        notes << PlanNote::warning(topic, Tr::tr("This CPU has no 1 GiB pages (pdpe1gb): 2 MiB pages instead."));
        size = VmSpec::HugepageSize::Size2M;
    }
    memory.hugepages = size;
    if (size == VmSpec::HugepageSize::Off) {
        memory.hugepageCount = 0;
        notes << PlanNote::info(topic, Tr::tr("No hugepages: the guest's memory is ordinary, swappable host memory."));
        return notes;
    }
    const qint64 pageKiB = size == VmSpec::HugepageSize::Size1G ? 1024 * 1024 : 2048;
    memory.hugepageCount = (sizeKiB + pageKiB - 1) / pageKiB;
    qint64 freeNow = 0;
    for (const HugepagePool &pool : host.hugepages)
        if (pool.sizeKiB == pageKiB)
            freeNow = pool.free;
    const QString pageName = size == VmSpec::HugepageSize::Size1G ? Tr::tr("1 GiB") : Tr::tr("2 MiB");
    if (freeNow >= memory.hugepageCount)
        notes << PlanNote::info(topic, Tr::tr("%1 pages of %2 back the guest; the host has %3 of them free now.")
                                           .arg(memory.hugepageCount).arg(pageName).arg(freeNow));
    else
        notes << PlanNote::info(topic, Tr::tr("%1 pages of %2 back the guest; the host has %3 free now, so the NixOS module "
                                          "reserves them at boot (reserving them later fails once memory is fragmented).")
                                           .arg(memory.hugepageCount).arg(pageName).arg(freeNow));
    return notes;
}
