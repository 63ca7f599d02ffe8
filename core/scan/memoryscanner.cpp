#include "scan/memoryscanner.h"

#include "scan/sysfsparse.h"
#include "scan/sysfsreader.h"
#include "util/cpulist.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MemoryScanner)
};

} // namespace

MemoryInfo MemoryScanner::scan()
{
    MemoryInfo memory;
    if (const auto text = m_reader.read(u"/proc/meminfo")) {
        const auto fields = SysfsParse::meminfo(*text);
        memory.totalKiB = fields.value(QStringLiteral("MemTotal"));
        memory.availableKiB = fields.value(QStringLiteral("MemAvailable"), memory.totalKiB);
        memory.defaultHugepageKiB = fields.value(QStringLiteral("Hugepagesize"));
        if (memory.totalKiB <= 0)
            m_reader.warn(Tr::tr("/proc/meminfo: no MemTotal"));
    }
    memory.hugepages = readPools(QStringLiteral("/sys/kernel/mm/hugepages"), std::nullopt);

    const QString nodeRoot = QStringLiteral("/sys/devices/system/node");
    const QStringList nodeEntries = m_reader.entries(nodeRoot, SysfsReader::Presence::Optional);
    // has_memory lists the nodes with memory; a node with CPUs only (empty slots, memory taken
    // offline) is left out. Old kernels without the file: every node counts as having some.
    std::optional<QList<int>> withMemory;
    if (nodeEntries.contains(QLatin1String("has_memory"))) {
        if (const auto line = m_reader.readLine(nodeRoot + QStringLiteral("/has_memory"))) {
            withMemory = CpuList::parse(*line);
            if (!withMemory)
                m_reader.warn(Tr::tr("%1/has_memory: not a node list: \"%2\"").arg(nodeRoot, line->left(40)));
        }
    }
    for (const QString &name : nodeEntries) {
        bool ok = false;
        const int node = name.startsWith(QLatin1String("node")) ? name.mid(4).toInt(&ok) : -1;
        if (!ok)
            continue;
        const QString dir = nodeRoot + u'/' + name;
        memory.nodeHugepages += readPools(dir + QStringLiteral("/hugepages"), node);
        NodeMemory nodeMemory;
        nodeMemory.node = node;
        // "Node 1 MemTotal:       65768304 kB"
        if (const auto text = m_reader.read(dir + QStringLiteral("/meminfo"), SysfsReader::Presence::Optional)) {
            const QHash<QString, qint64> fields = SysfsParse::meminfo(*text);
            nodeMemory.totalKiB = fields.value(QStringLiteral("Node %1 MemTotal").arg(node));
        }
        nodeMemory.hasMemory = withMemory ? withMemory->contains(node) : true;
        memory.nodes.append(nodeMemory);
    }
    std::sort(memory.nodes.begin(), memory.nodes.end(), [](const NodeMemory &a, const NodeMemory &b) { return a.node < b.node; });
    std::sort(memory.nodeHugepages.begin(), memory.nodeHugepages.end(),
              [](const HugepagePool &a, const HugepagePool &b) {
                  return std::pair(a.node, a.sizeKiB) < std::pair(b.node, b.sizeKiB);
              });
    return memory;
}

QList<HugepagePool> MemoryScanner::readPools(const QString &directory, std::optional<int> node)
{
    QList<HugepagePool> pools;
    for (const QString &name : m_reader.entries(directory, SysfsReader::Presence::Optional)) {
        const auto size = SysfsParse::hugepageDirSizeKiB(name);
        if (!size)
            continue;
        HugepagePool pool;
        pool.sizeKiB = *size;
        pool.node = node;
        const QString dir = directory + u'/' + name;
        pool.total = m_reader.readInteger(dir + QStringLiteral("/nr_hugepages")).value_or(0);
        pool.free = m_reader.readInteger(dir + QStringLiteral("/free_hugepages")).value_or(0);
        pools.append(pool);
    }
    std::sort(pools.begin(), pools.end(),
              [](const HugepagePool &a, const HugepagePool &b) { return a.sizeKiB < b.sizeKiB; });
    return pools;
}
