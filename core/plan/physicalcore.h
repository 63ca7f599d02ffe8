#pragma once

#include "host/cputopology.h"

#include <QList>

/// A physical core as the pinning planner sees it: a sibling set of the kernel's, its threads
/// ascending, and where it sits (package, node, L3 domain and size, core kind).
struct PhysicalCore
{
    QList<int> threads;
    int package = 0;
    int node = 0;
    int l3 = -1;
    qint64 l3KiB = 0;
    CoreKind kind = CoreKind::Uniform;

    int first() const { return threads.first(); }
    int size() const { return int(threads.size()); }
    bool efficiency() const { return kind == CoreKind::Efficiency; }
};

namespace PhysicalCores {

using Core = PhysicalCore;
/// The cores of one L3 domain (of one node and core kind) while the preference order is built.
using Domain = QList<Core>;

/// The host's cores by the kernel's sibling sets (CpuTopology::coreKey), in the order the host
/// numbers them (by first thread).
QList<Core> of(const CpuTopology &host);
/// How many threads the cores hold.
int capacity(const QList<Core> &cores);
/// Their threads, ascending.
QList<int> threadsOf(const QList<Core> &cores);

/// The domains the vCPUs take, best first: the home node, then the nodes with memory nearest
/// it; within a node performance (or uniform) cores before efficiency cores; within those the
/// largest L3 first, then the tightest domain that holds the rest whole (it leaves the others
/// whole), else the roomiest.
QList<Domain> preferenceOrder(const QList<Core> &usable, const QList<int> &nodeOrder, int perCore, int coresNeeded);

} // namespace PhysicalCores
