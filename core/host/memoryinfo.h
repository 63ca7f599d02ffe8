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

struct MemoryInfo
{
    qint64 totalKiB = 0;
    qint64 availableKiB = 0;
    qint64 defaultHugepageKiB = 0;
    QList<HugepagePool> hugepages;     ///< system-wide, by size
    QList<HugepagePool> nodeHugepages; ///< per NUMA node, by node then size
};
