#include "scan/cpuscanner.h"

#include "scan/sysfsparse.h"
#include "scan/sysfsreader.h"
#include "util/cpulist.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

const QString cpuRoot = QStringLiteral("/sys/devices/system/cpu");
const QString nodeRoot = QStringLiteral("/sys/devices/system/node");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CpuScanner)
};

QString cpuPath(int cpu, QStringView rest)
{
    return cpuRoot + QStringLiteral("/cpu") + QString::number(cpu) + u'/' + rest.toString();
}

/// The number after a prefix in a directory name ("cpu12" -> 12); nullopt for others ("cpufreq").
std::optional<int> numberedName(const QString &name, QStringView prefix)
{
    if (!name.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const int n = QStringView(name).mid(prefix.size()).toInt(&ok);
    return ok && n >= 0 ? std::optional<int>(n) : std::nullopt;
}

} // namespace

CpuTopology CpuScanner::scan()
{
    CpuTopology topology;
    readCpuinfo(topology);

    for (int id : onlineCpus()) {
        CpuThread thread;
        thread.id = id;
        using P = SysfsReader::Presence;
        if (const auto package = m_reader.readInteger(cpuPath(id, u"topology/physical_package_id")))
            thread.package = int(std::max<qint64>(0, *package));
        if (const auto die = m_reader.readInteger(cpuPath(id, u"topology/die_id"), P::Optional))
            thread.die = int(std::max<qint64>(0, *die));
        // A core_id we cannot read makes the thread a core of its own rather than merging it
        // with core 0.
        thread.core = int(m_reader.readInteger(cpuPath(id, u"topology/core_id")).value_or(-1 - id));
        thread.siblings = readCpuSet(cpuPath(id, u"topology/thread_siblings_list"),
                                     cpuPath(id, u"topology/thread_siblings"))
                              .value_or(QList<int>{id});
        topology.threads.append(thread);
    }

    // An empty sibling list (a broken or synthetic tree) would make every CPU a core of its own:
    // the siblings are the CPUs with the same package, die and core id.
    for (CpuThread &t : topology.threads) {
        if (!t.siblings.isEmpty())
            continue;
        for (const CpuThread &other : std::as_const(topology.threads))
            if (other.package == t.package && other.die == t.die && other.core == t.core)
                t.siblings << other.id;
        const QString list = cpuPath(t.id, u"topology/thread_siblings_list");
        m_reader.warn(Tr::tr("%1: empty; the SMT siblings are taken from core_id and physical_package_id instead")
                          .arg(m_reader.exists(list) ? list : cpuPath(t.id, u"topology/thread_siblings")));
    }

    // Offline siblings are not ours to pin; a sibling list that omits the CPU itself is repaired.
    QSet<int> online;
    for (const CpuThread &t : topology.threads)
        online.insert(t.id);
    for (CpuThread &t : topology.threads) {
        t.siblings.erase(std::remove_if(t.siblings.begin(), t.siblings.end(),
                                        [&](int s) { return !online.contains(s); }),
                         t.siblings.end());
        if (!t.siblings.contains(t.id)) {
            t.siblings.append(t.id);
            std::sort(t.siblings.begin(), t.siblings.end());
        }
    }

    readL3Domains(topology);
    readNumaNodes(topology);
    readCoreKinds(topology);
    return topology;
}

QList<int> CpuScanner::onlineCpus()
{
    using P = SysfsReader::Presence;
    if (const auto line = m_reader.readLine(cpuRoot + QStringLiteral("/online"), P::Optional)) {
        if (const auto cpus = CpuList::parse(*line))
            return *cpus;
        m_reader.warn(Tr::tr("%1/online: not a CPU list: \"%2\"").arg(cpuRoot, line->left(40)));
    }
    // Without the online list: every cpuN directory whose own `online` is not 0 (cpu0 often
    // has no such file because it cannot go offline).
    QList<int> cpus;
    for (const QString &name : m_reader.entries(cpuRoot)) {
        const auto id = numberedName(name, u"cpu");
        if (!id)
            continue;
        if (m_reader.readInteger(cpuPath(*id, u"online"), P::Optional).value_or(1) != 0)
            cpus.append(*id);
    }
    std::sort(cpus.begin(), cpus.end());
    return cpus;
}

std::optional<QList<int>> CpuScanner::readCpuSet(const QString &listPath, const QString &maskPath)
{
    using P = SysfsReader::Presence;
    if (const auto list = m_reader.readLine(listPath, P::Optional)) {
        if (auto cpus = CpuList::parse(*list))
            return cpus;
        m_reader.warn(Tr::tr("%1: not a CPU list: \"%2\"").arg(listPath, list->left(40)));
        return std::nullopt;
    }
    const auto mask = m_reader.readLine(maskPath, maskPath.isEmpty() ? P::Optional : P::Required);
    if (!mask)
        return std::nullopt;
    if (auto cpus = CpuList::parseMask(*mask))
        return cpus;
    m_reader.warn(Tr::tr("%1: not a CPU mask: \"%2\"").arg(maskPath, mask->left(40)));
    return std::nullopt;
}

void CpuScanner::readL3Domains(CpuTopology &topology)
{
    using P = SysfsReader::Presence;
    // Each domain is read from its first CPU only: the other CPUs' files say the same.
    QHash<int, int> firstCpuOfDomain; // cpu -> first cpu of its L3 domain
    QHash<int, qint64> sizeOfDomain;  // first cpu -> size in KiB
    for (const CpuThread &thread : std::as_const(topology.threads)) {
        if (firstCpuOfDomain.contains(thread.id))
            continue;
        const QString cacheDir = cpuPath(thread.id, u"cache");
        for (const QString &index : m_reader.entries(cacheDir, P::Optional)) {
            if (!index.startsWith(QLatin1String("index")))
                continue;
            const QString dir = cacheDir + u'/' + index;
            if (m_reader.readInteger(dir + QStringLiteral("/level"), P::Optional).value_or(0) != 3)
                continue;
            const auto shared = readCpuSet(dir + QStringLiteral("/shared_cpu_list"),
                                           dir + QStringLiteral("/shared_cpu_map"));
            const QList<int> cpus = shared.value_or(QList<int>{thread.id});
            const int first = cpus.contains(thread.id) ? std::min(cpus.first(), thread.id) : thread.id;
            for (int cpu : cpus)
                if (!firstCpuOfDomain.contains(cpu))
                    firstCpuOfDomain.insert(cpu, first);
            firstCpuOfDomain.insert(thread.id, first);
            // The size tells an X3D part's V-Cache domain (96 MiB) from the other (32 MiB).
            if (const auto size = m_reader.readLine(dir + QStringLiteral("/size"), P::Optional)) {
                if (const auto kib = SysfsParse::cacheSizeKiB(*size))
                    sizeOfDomain.insert(first, *kib);
                else
                    m_reader.warn(Tr::tr("%1/size: not a cache size: \"%2\"").arg(dir, size->left(40)));
            }
            break;
        }
    }
    QList<int> firsts = firstCpuOfDomain.values();
    std::sort(firsts.begin(), firsts.end());
    firsts.erase(std::unique(firsts.begin(), firsts.end()), firsts.end());
    for (CpuThread &thread : topology.threads) {
        const auto it = firstCpuOfDomain.constFind(thread.id);
        if (it != firstCpuOfDomain.cend()) {
            thread.l3 = int(std::lower_bound(firsts.begin(), firsts.end(), *it) - firsts.begin());
            thread.l3KiB = sizeOfDomain.value(*it);
        }
    }
}

void CpuScanner::readNumaNodes(CpuTopology &topology)
{
    using P = SysfsReader::Presence;
    // A kernel without NUMA support has no node directory: everything is node 0.
    for (const QString &name : m_reader.entries(nodeRoot, P::Optional)) {
        const auto node = numberedName(name, u"node");
        if (!node)
            continue;
        const QString dir = nodeRoot + u'/' + name;
        const auto cpus = readCpuSet(dir + QStringLiteral("/cpulist"), dir + QStringLiteral("/cpumap"));
        for (int cpu : cpus.value_or(QList<int>{}))
            for (CpuThread &thread : topology.threads)
                if (thread.id == cpu)
                    thread.node = *node;
    }
}

void CpuScanner::readCoreKinds(CpuTopology &topology)
{
    using P = SysfsReader::Presence;
    // Intel hybrid parts register two PMUs, one per core type, each listing its CPUs.
    const struct { const char *pmu; CoreKind kind; } pmus[] = {
        {"/sys/devices/cpu_core/cpus", CoreKind::Performance},
        {"/sys/devices/cpu_atom/cpus", CoreKind::Efficiency},
    };
    for (const auto &pmu : pmus) {
        const QString path = QString::fromLatin1(pmu.pmu);
        const auto line = m_reader.readLine(path, P::Optional);
        if (!line)
            continue;
        const auto cpus = CpuList::parse(*line);
        if (!cpus) {
            m_reader.warn(Tr::tr("%1: not a CPU list: \"%2\"").arg(path, line->left(40)));
            continue;
        }
        for (CpuThread &thread : topology.threads)
            if (std::binary_search(cpus->begin(), cpus->end(), thread.id))
                thread.kind = pmu.kind;
    }
}

void CpuScanner::readCpuinfo(CpuTopology &topology)
{
    const auto text = m_reader.read(u"/proc/cpuinfo");
    if (!text)
        return;
    const SysfsParse::CpuinfoFields fields = SysfsParse::cpuinfo(*text);
    topology.vendor = fields.vendor;
    topology.model = fields.model;
    topology.vmx = fields.flags.contains(QLatin1String("vmx"));
    topology.svm = fields.flags.contains(QLatin1String("svm"));
    topology.pdpe1gb = fields.flags.contains(QLatin1String("pdpe1gb"));
    topology.topoext = fields.flags.contains(QLatin1String("topoext"));
    topology.hypervisor = fields.flags.contains(QLatin1String("hypervisor"));
}
