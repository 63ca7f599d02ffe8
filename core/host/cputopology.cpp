#include "host/cputopology.h"

#include <QMap>
#include <QSet>

#include <algorithm>

bool CpuTopology::isHybrid() const
{
    return std::any_of(threads.begin(), threads.end(),
                       [](const CpuThread &t) { return t.kind != CoreKind::Uniform; });
}

int CpuTopology::sockets() const
{
    QSet<int> packages;
    for (const CpuThread &t : threads)
        packages.insert(t.package);
    return int(packages.size());
}

int CpuTopology::coresPerSocket() const
{
    QMap<int, QSet<std::pair<int, int>>> coresByPackage;
    for (const CpuThread &t : threads)
        coresByPackage[t.package].insert({t.die, t.core});
    qsizetype most = 0;
    for (const auto &cores : coresByPackage)
        most = std::max(most, cores.size());
    return int(most);
}

int CpuTopology::threadsPerCore() const
{
    qsizetype most = threads.isEmpty() ? 0 : 1;
    for (const CpuThread &t : threads)
        most = std::max(most, t.siblings.size());
    return int(most);
}

int CpuTopology::physicalCores() const
{
    QSet<std::pair<int, std::pair<int, int>>> cores;
    for (const CpuThread &t : threads)
        cores.insert({t.package, {t.die, t.core}});
    return int(cores.size());
}

const CpuThread *CpuTopology::thread(int id) const
{
    auto it = std::lower_bound(threads.begin(), threads.end(), id,
                               [](const CpuThread &t, int wanted) { return t.id < wanted; });
    return it != threads.end() && it->id == id ? &*it : nullptr;
}
