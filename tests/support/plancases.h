#pragma once

#include "host/hostscan.h"
#include "plan/planrequest.h"
#include "plan/vmplanner.h"
#include "support/testhosts.h"

#include <QList>
#include <QTest>

/// The VMs the writer tests generate: one per fixture host, with the choices a user would make.
struct PlanCase
{
    QString name; ///< golden files: tests/data/generated/<name>.xml / .nix
    QString host;
    PlanRequest request;
};

inline QList<PlanCase> planCases()
{
    QList<PlanCase> cases;
    {
        // The article's VM: GTX 1080, 8 vCPUs, 24 GiB, the zvol, a bridge over eno2.
        PlanRequest r;
        r.vcpus = 8;
        r.memoryMiB = 24 * 1024;
        r.disks = {QStringLiteral("/dev/zvol/tank/win10")};
        r.user = QStringLiteral("alice");
        cases << PlanCase{QStringLiteral("article"), QStringLiteral("article"), r};
    }
    {
        // Windows 11 on the Ryzen's RTX 2070 (the boot GPU), on an LV, on the existing bridge.
        PlanRequest r;
        r.name = QStringLiteral("win11");
        r.os = VmSpec::Os::Windows11;
        r.gpu = QStringLiteral("0000:06:00.0");
        r.vcpus = 8;
        r.memoryMiB = 16 * 1024;
        r.disks = {QStringLiteral("/dev/vg0/win11")};
        r.driverStaging = true;
        cases << PlanCase{QStringLiteral("ryzen-win11"), QStringLiteral("ryzen"), r};
    }
    {
        PlanRequest r;
        r.memoryMiB = 12 * 1024 + 512;
        r.fixError43 = false;
        r.disks = {QStringLiteral("/dev/sda")};
        cases << PlanCase{QStringLiteral("hybrid"), QStringLiteral("hybrid"), r};
    }
    {
        // A Linux VM without passthrough, on NAT: what a host without IOMMU can still run.
        PlanRequest r;
        r.name = QStringLiteral("debian");
        r.os = VmSpec::Os::Linux;
        r.gpu = QStringLiteral("none");
        r.memoryMiB = 4096;
        r.hugepages = VmSpec::HugepageSize::Off;
        r.nat = true;
        cases << PlanCase{QStringLiteral("no-iommu-linux"), QStringLiteral("no-iommu"), r};
    }
    {
        // Windows 11 on the 7950X3D's RTX 4090: 16 vCPUs, the V-Cache CCD's every thread.
        PlanRequest r;
        r.name = QStringLiteral("gaming");
        r.os = VmSpec::Os::Windows11;
        r.vcpus = 16;
        r.memoryMiB = 32 * 1024;
        cases << PlanCase{QStringLiteral("x3d"), QStringLiteral("x3d"), r};
    }
    {
        // A workstation VM on the RTX A4000 under socket 1: vCPUs, memory and hugepages there.
        PlanRequest r;
        r.name = QStringLiteral("cad");
        r.vcpus = 16;
        r.memoryMiB = 32 * 1024;
        r.user = QStringLiteral("bob");
        cases << PlanCase{QStringLiteral("xeon2s"), QStringLiteral("xeon2s"), r};
    }
    {
        // More vCPUs than socket 1 holds: 30 there, 10 on socket 0, a guest NUMA node for each.
        PlanRequest r;
        r.name = QStringLiteral("render");
        r.vcpus = 40;
        r.memoryMiB = 48 * 1024;
        cases << PlanCase{QStringLiteral("xeon2s-wide"), QStringLiteral("xeon2s"), r};
    }
    return cases;
}

inline VmPlan planCase(const PlanCase &c)
{
    return VmPlanner::plan(TestHosts::scan(c.host), HostRoot(TestHosts::root(c.host)), c.request);
}

inline QString generatedGolden(const QString &file)
{
    return QStringLiteral(VFIO_TEST_HOSTS_DIR "/../generated/") + file;
}

/// The data rows of a test that runs once per plan case: column "index".
inline void addPlanCaseRows()
{
    QTest::addColumn<int>("index");
    const auto cases = planCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(cases[i].name)) << i;
}
