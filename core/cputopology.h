#pragma once

#include <QList>
#include <QString>

#include <optional>

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
};
