#pragma once

#include "host/cputopology.h"

/// A large host without a tree on disk: 2 sockets x 64 cores x 2 threads (siblings numbered
/// in halves, CPU n and n + 128), 8 NUMA nodes with an L3 each. For tests and benchmarks.
inline CpuTopology dualSocketHost()
{
    CpuTopology host;
    host.vendor = QStringLiteral("AuthenticAMD");
    for (int id = 0; id < 256; ++id) {
        const int core = id % 128;
        CpuThread t;
        t.id = id;
        t.package = core / 64;
        t.core = core % 64;
        t.siblings = {core, core + 128};
        t.node = core / 16;
        t.l3 = core / 16;
        host.threads << t;
    }
    return host;
}
