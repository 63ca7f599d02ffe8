#include "host/cputopology.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <set>

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

std::tuple<int, int, int, int> CpuTopology::coreKey(const CpuThread &thread)
{
    return {thread.package, thread.die, thread.node, thread.siblings.value(0, thread.id)};
}

int CpuTopology::coresPerSocket() const
{
    QMap<int, std::set<std::tuple<int, int, int, int>>> coresByPackage;
    for (const CpuThread &t : threads)
        coresByPackage[t.package].insert(coreKey(t));
    size_t most = 0;
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
    std::set<std::tuple<int, int, int, int>> cores;
    for (const CpuThread &t : threads)
        cores.insert(coreKey(t));
    return int(cores.size());
}

QList<int> CpuTopology::nodes() const
{
    QList<int> list;
    for (const CpuThread &t : threads)
        if (!list.contains(t.node))
            list.append(t.node);
    std::sort(list.begin(), list.end());
    return list;
}

qint64 CpuTopology::largestL3KiB() const
{
    qint64 largest = 0;
    for (const CpuThread &t : threads)
        largest = std::max(largest, t.l3KiB);
    return largest;
}

bool CpuTopology::l3SizesDiffer() const
{
    for (const CpuThread &t : threads)
        if (t.l3KiB > 0 && t.l3KiB != threads.first().l3KiB)
            return true;
    return false;
}

const CpuThread *CpuTopology::thread(int id) const
{
    auto it = std::lower_bound(threads.begin(), threads.end(), id,
                               [](const CpuThread &t, int wanted) { return t.id < wanted; });
    return it != threads.end() && it->id == id ? &*it : nullptr;
}

QList<int> CpuTopology::idsExcept(const QList<int> &cpus) const
{
    QList<int> rest;
    for (const CpuThread &t : threads)
        if (!cpus.contains(t.id))
            rest << t.id;
    return rest;
}
