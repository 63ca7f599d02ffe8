#include "plan/physicalcore.h"

#include <QMap>

#include <algorithm>
#include <map>

namespace PhysicalCores {

QList<Core> of(const CpuTopology &host)
{
    std::map<std::tuple<int, int, int, int>, Core> byKey;
    for (const CpuThread &t : host.threads) {
        Core &core = byKey[CpuTopology::coreKey(t)];
        core.threads.append(t.id);
        core.package = t.package;
        core.node = t.node;
        core.l3 = t.l3.value_or(-1);
        core.l3KiB = t.l3KiB;
        core.kind = t.kind;
    }
    QList<Core> cores;
    for (auto &entry : byKey) {
        std::sort(entry.second.threads.begin(), entry.second.threads.end());
        cores.append(entry.second);
    }
    // The order the host numbers its cores in: by first thread.
    std::sort(cores.begin(), cores.end(), [](const Core &a, const Core &b) { return a.first() < b.first(); });
    return cores;
}

int capacity(const QList<Core> &cores)
{
    int n = 0;
    for (const Core &c : cores)
        n += c.size();
    return n;
}

QList<int> threadsOf(const QList<Core> &cores)
{
    QList<int> ids;
    for (const Core &c : cores)
        ids += c.threads;
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<Domain> preferenceOrder(const QList<Core> &usable, const QList<int> &nodeOrder, int perCore, int coresNeeded)
{
    QList<Domain> order;
    int placed = 0;
    auto fitting = [&](const Domain &d) {
        return int(std::count_if(d.begin(), d.end(), [&](const Core &c) { return c.size() >= perCore; }));
    };
    for (int node : nodeOrder) {
        for (const bool efficiency : {false, true}) {
            QMap<int, Domain> byL3;
            for (const Core &c : usable)
                if (c.node == node && c.efficiency() == efficiency)
                    byL3[c.l3].append(c);
            QList<Domain> domains = byL3.values();
            while (!domains.isEmpty()) {
                const int need = std::max(0, coresNeeded - placed);
                auto better = [&](const Domain &a, const Domain &b) {
                    if (a.first().l3KiB != b.first().l3KiB)
                        return a.first().l3KiB > b.first().l3KiB;
                    const bool fitsA = need > 0 && fitting(a) >= need, fitsB = need > 0 && fitting(b) >= need;
                    if (fitsA != fitsB)
                        return fitsA;
                    if (fitting(a) != fitting(b))
                        return fitsA ? fitting(a) < fitting(b) : fitting(a) > fitting(b);
                    return a.first().first() < b.first().first();
                };
                const auto best = std::min_element(domains.begin(), domains.end(), better);
                order << *best;
                placed += fitting(*best);
                domains.erase(best);
            }
        }
    }
    return order;
}

} // namespace PhysicalCores
