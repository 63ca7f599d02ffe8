#pragma once

#include "host/memoryinfo.h"

class SysfsReader;

/// RAM from `/proc/meminfo`, hugepage pools from `/sys/kernel/mm/hugepages` and per node.
class MemoryScanner
{
public:
    explicit MemoryScanner(SysfsReader &reader) : m_reader(reader) {}

    MemoryInfo scan();

private:
    QList<HugepagePool> readPools(const QString &directory, std::optional<int> node);

    SysfsReader &m_reader;
};
