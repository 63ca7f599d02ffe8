#pragma once

#include "host/cputopology.h"

class SysfsReader;

/// Reads the CPU topology the way hwloc's Linux backend does: online CPUs, their package,
/// die, core and SMT siblings, L3 domains, NUMA nodes and hybrid core types, from
/// `/sys/devices/system/{cpu,node}` and `/proc/cpuinfo`. Old kernels that only have the
/// mask files (`thread_siblings`, `shared_cpu_map`, `cpumap`) read the same.
class CpuScanner
{
public:
    explicit CpuScanner(SysfsReader &reader) : m_reader(reader) {}

    CpuTopology scan();

private:
    QList<int> onlineCpus();
    /// A `*_list` file, or its mask twin where only that exists; empty on failure.
    std::optional<QList<int>> readCpuSet(const QString &listPath, const QString &maskPath);
    void readL3Domains(CpuTopology &topology);
    void readNumaNodes(CpuTopology &topology);
    void readCoreKinds(CpuTopology &topology);
    void readCpuinfo(CpuTopology &topology);

    SysfsReader &m_reader;
};
