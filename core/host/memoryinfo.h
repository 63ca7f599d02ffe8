#pragma once

#include <QList>

#include <optional>

/// A pool of huge pages of one size, system-wide or on one NUMA node.
struct HugepagePool
{
    qint64 sizeKiB = 0;
    qint64 total = 0;
    qint64 free = 0;
    std::optional<int> node; ///< empty for the system-wide pool
};

/// One NUMA node's memory. A node can have CPUs and no memory (empty DIMM slots, or memory
/// taken offline): the kernel then leaves it out of `has_memory`.
struct NodeMemory
{
    int node = 0;
    qint64 totalKiB = 0;   ///< MemTotal of the node's meminfo; 0: unknown or none
    bool hasMemory = true;
};

struct MemoryInfo
{
    qint64 totalKiB = 0;
    qint64 availableKiB = 0;
    qint64 defaultHugepageKiB = 0;
    QList<HugepagePool> hugepages;     ///< system-wide, by size
    QList<HugepagePool> nodeHugepages; ///< per NUMA node, by node then size
    QList<NodeMemory> nodes;           ///< the NUMA nodes the kernel lists, by id (empty: no NUMA)

    /// Whether a node has memory; true for a node the scan knows nothing about.
    bool nodeHasMemory(int node) const
    {
        for (const NodeMemory &n : nodes)
            if (n.node == node)
                return n.hasMemory;
        return true;
    }
    /// The memory of a node in KiB; 0 when the scan does not know it.
    qint64 nodeTotalKiB(int node) const
    {
        for (const NodeMemory &n : nodes)
            if (n.node == node)
                return n.totalKiB;
        return 0;
    }
};
