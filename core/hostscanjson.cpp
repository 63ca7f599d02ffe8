#include "hostscanjson.h"

#include "hostscan.h"

#include <QJsonArray>

namespace HostScanJson {

namespace {

QString hex(quint32 value, int digits)
{
    return QStringLiteral("%1").arg(value, digits, 16, QLatin1Char('0'));
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray addresses(const QList<PciAddress> &list)
{
    QJsonArray array;
    for (const PciAddress &a : list)
        array.append(a.toString());
    return array;
}

QJsonArray intArray(const QList<int> &list)
{
    QJsonArray array;
    for (int v : list)
        array.append(v);
    return array;
}

QJsonValue coreKind(CoreKind kind)
{
    switch (kind) {
    case CoreKind::Performance: return QStringLiteral("performance");
    case CoreKind::Efficiency: return QStringLiteral("efficiency");
    case CoreKind::Uniform: break;
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonObject cpuJson(const CpuTopology &cpu)
{
    QJsonArray threads;
    for (const CpuThread &t : cpu.threads) {
        threads.append(QJsonObject{
            {QStringLiteral("id"), t.id},
            {QStringLiteral("package"), t.package},
            {QStringLiteral("die"), t.die},
            {QStringLiteral("core"), t.core},
            {QStringLiteral("siblings"), intArray(t.siblings)},
            {QStringLiteral("l3"), optionalInt(t.l3)},
            {QStringLiteral("node"), t.node},
            {QStringLiteral("kind"), coreKind(t.kind)},
        });
    }
    return QJsonObject{
        {QStringLiteral("vendor"), cpu.vendor},
        {QStringLiteral("model"), cpu.model},
        {QStringLiteral("sockets"), cpu.sockets()},
        {QStringLiteral("coresPerSocket"), cpu.coresPerSocket()},
        {QStringLiteral("threadsPerCore"), cpu.threadsPerCore()},
        {QStringLiteral("virtualization"), cpu.vmx ? QStringLiteral("vmx") : cpu.svm ? QStringLiteral("svm") : QString()},
        {QStringLiteral("pages1G"), cpu.pdpe1gb},
        {QStringLiteral("topoext"), cpu.topoext},
        {QStringLiteral("cpus"), threads},
    };
}

QJsonObject poolJson(const HugepagePool &pool)
{
    QJsonObject object{
        {QStringLiteral("sizeKiB"), pool.sizeKiB},
        {QStringLiteral("total"), pool.total},
        {QStringLiteral("free"), pool.free},
    };
    if (pool.node)
        object.insert(QStringLiteral("node"), *pool.node);
    return object;
}

QJsonObject memoryJson(const MemoryInfo &memory)
{
    QJsonArray pools, nodePools;
    for (const HugepagePool &p : memory.hugepages)
        pools.append(poolJson(p));
    for (const HugepagePool &p : memory.nodeHugepages)
        nodePools.append(poolJson(p));
    return QJsonObject{
        {QStringLiteral("totalKiB"), memory.totalKiB},
        {QStringLiteral("availableKiB"), memory.availableKiB},
        {QStringLiteral("defaultHugepageKiB"), memory.defaultHugepageKiB},
        {QStringLiteral("hugepages"), pools},
        {QStringLiteral("nodeHugepages"), nodePools},
    };
}

QJsonObject iommuJson(const IommuState &iommu)
{
    QJsonArray groups;
    for (const IommuGroup &g : iommu.groups) {
        groups.append(QJsonObject{
            {QStringLiteral("id"), g.id},
            {QStringLiteral("devices"), addresses(g.devices)},
            {QStringLiteral("safe"), g.safe},
            {QStringLiteral("spoilers"), addresses(g.spoilers)},
        });
    }
    return QJsonObject{
        {QStringLiteral("enabled"), iommu.enabled},
        {QStringLiteral("enableParameter"), iommu.enableParameter},
        {QStringLiteral("enabledOnCommandLine"), iommu.enabledOnCommandLine},
        {QStringLiteral("passthroughMode"), iommu.passthroughMode},
        {QStringLiteral("groups"), groups},
    };
}

QJsonObject pciJson(const PciDevice &d)
{
    return QJsonObject{
        {QStringLiteral("address"), d.address.toString()},
        {QStringLiteral("vendorId"), hex(d.vendorId, 4)},
        {QStringLiteral("deviceId"), hex(d.deviceId, 4)},
        {QStringLiteral("subsystemVendorId"), hex(d.subsystemVendorId, 4)},
        {QStringLiteral("subsystemId"), hex(d.subsystemId, 4)},
        {QStringLiteral("classId"), hex(d.classId, 6)},
        {QStringLiteral("revision"), hex(d.revision, 2)},
        {QStringLiteral("vendorName"), d.vendorName},
        {QStringLiteral("deviceName"), d.deviceName},
        {QStringLiteral("className"), d.className},
        {QStringLiteral("driver"), d.driver.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.driver)},
        {QStringLiteral("iommuGroup"), optionalInt(d.iommuGroup)},
        {QStringLiteral("parentBridge"), d.parentBridge ? QJsonValue(d.parentBridge->toString()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("bootVga"), d.bootVga},
        {QStringLiteral("resettable"), d.resettable},
        {QStringLiteral("slotFunctions"), addresses(d.slotFunctions)},
    };
}

QJsonObject gpuJson(const Gpu &g)
{
    return QJsonObject{
        {QStringLiteral("address"), g.address.toString()},
        {QStringLiteral("name"), g.name},
        {QStringLiteral("functions"), addresses(g.functions)},
        {QStringLiteral("bootVga"), g.bootVga},
        {QStringLiteral("iommuGroup"), optionalInt(g.iommuGroup)},
        {QStringLiteral("driver"), g.driver.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.driver)},
    };
}

QJsonObject nicJson(const NetInterface &n)
{
    return QJsonObject{
        {QStringLiteral("name"), n.name},
        {QStringLiteral("mac"), n.mac},
        {QStringLiteral("state"), n.state},
        {QStringLiteral("speedMbps"), optionalInt(n.speedMbps)},
        {QStringLiteral("physical"), n.physical},
        {QStringLiteral("wireless"), n.wireless},
        {QStringLiteral("bridge"), n.bridge},
        {QStringLiteral("members"), QJsonArray::fromStringList(n.members)},
        {QStringLiteral("master"), n.master.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.master)},
        {QStringLiteral("pciDevice"), n.pciDevice ? QJsonValue(n.pciDevice->toString()) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject storageJson(const BlockDevice &b)
{
    QJsonObject object{
        {QStringLiteral("name"), b.name},
        {QStringLiteral("path"), b.path},
        {QStringLiteral("sizeBytes"), b.sizeBytes},
        {QStringLiteral("rotational"), b.rotational},
        {QStringLiteral("removable"), b.removable},
        {QStringLiteral("model"), b.model},
        {QStringLiteral("kind"), BlockDevice::kindName(b.kind)},
    };
    if (!b.pool.isEmpty())
        object.insert(QStringLiteral("pool"), b.pool);
    if (!b.volumeGroup.isEmpty())
        object.insert(QStringLiteral("volumeGroup"), b.volumeGroup);
    if (!b.volumeName.isEmpty())
        object.insert(QStringLiteral("volume"), b.volumeName);
    if (!b.backing.isEmpty())
        object.insert(QStringLiteral("backing"), QJsonArray::fromStringList(b.backing));
    return object;
}

} // namespace

QJsonObject toJson(const HostScan &scan)
{
    QJsonArray pci, gpus, network, storage, parameters;
    for (const PciDevice &d : scan.pci)
        pci.append(pciJson(d));
    for (const Gpu &g : scan.gpus)
        gpus.append(gpuJson(g));
    for (const NetInterface &n : scan.network)
        network.append(nicJson(n));
    for (const BlockDevice &b : scan.storage)
        storage.append(storageJson(b));
    for (const KernelCommandLine::Parameter &p : scan.commandLine.parameters())
        parameters.append(p.value ? p.name + u'=' + *p.value : p.name);
    return QJsonObject{
        {QStringLiteral("cpu"), cpuJson(scan.cpu)},
        {QStringLiteral("memory"), memoryJson(scan.memory)},
        {QStringLiteral("kernelParameters"), parameters},
        {QStringLiteral("iommu"), iommuJson(scan.iommu)},
        {QStringLiteral("pci"), pci},
        {QStringLiteral("gpus"), gpus},
        {QStringLiteral("network"), network},
        {QStringLiteral("storage"), storage},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(scan.warnings)},
    };
}

} // namespace HostScanJson
