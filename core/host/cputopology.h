#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <tuple>

/// Intel hybrid parts have performance and efficiency cores; every other CPU has neither.
enum class CoreKind { Uniform, Performance, Efficiency };

/// One online hardware thread (a Linux CPU) and where it sits.
struct CpuThread
{
    int id = 0;
    int package = 0;
    int die = 0;
    int core = 0;                ///< core_id: unique within a package only
    QList<int> siblings;         ///< SMT siblings, itself included, online only
    std::optional<int> l3;       ///< L3 domain, numbered from 0 in order of the first CPU
    qint64 l3KiB = 0;            ///< the size of that L3 domain (cache/index3/size); 0: unknown
    int node = 0;                ///< NUMA node (0 where the kernel has none)
    CoreKind kind = CoreKind::Uniform;
};

/// The host CPU: what the guest topology and the pin map are planned from.
struct CpuTopology
{
    QString vendor; ///< GenuineIntel, AuthenticAMD, ...
    QString model;
    bool vmx = false;
    bool svm = false;
    bool pdpe1gb = false; ///< 1 GiB pages
    bool topoext = false;
    bool hypervisor = false; ///< the CPU says it runs under a hypervisor: this host is a VM
    QList<CpuThread> threads; ///< online CPUs by id

    bool isIntel() const { return vendor == QLatin1String("GenuineIntel"); }
    bool isAmd() const { return vendor == QLatin1String("AuthenticAMD") || vendor == QLatin1String("HygonGenuine"); }
    bool isHybrid() const;

    int sockets() const;
    /// Physical cores per socket (the largest socket's count on uneven machines).
    int coresPerSocket() const;
    /// The SMT width: the most siblings any core has.
    int threadsPerCore() const;
    int physicalCores() const;
    const CpuThread *thread(int id) const;

    /// A physical core as the kernel sees it: the thread's sibling set, within its package,
    /// die and node. core_id alone is not one: it restarts in every node of an Opteron 6200 or
    /// a VMware guest, where (package, core_id) joins threads of two nodes.
    static std::tuple<int, int, int, int> coreKey(const CpuThread &thread);
    /// The NUMA nodes that have CPUs, ascending.
    QList<int> nodes() const;
    /// The largest L3 domain's size, and whether the domains differ in size (AMD X3D parts).
    qint64 largestL3KiB() const;
    bool l3SizesDiffer() const;
    /// Every online CPU but these, ascending.
    QList<int> idsExcept(const QList<int> &cpus) const;
};
