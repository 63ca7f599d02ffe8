#include "host/hostscanjson.h"

#include "host/hostscan.h"
#include "util/jsonwriter.h"

namespace HostScanJson {

namespace {

QString hex(quint32 value, int digits)
{
    return QString::number(value, 16).rightJustified(digits, u'0');
}

void stringOrNull(JsonWriter &json, const char *key, const QString &text)
{
    json.key(key);
    if (text.isEmpty())
        json.null();
    else
        json.value(text);
}

void addresses(JsonWriter &json, const char *key, const QList<PciAddress> &list)
{
    json.key(key);
    json.beginArray();
    for (const PciAddress &a : list)
        json.value(a.toString());
    json.endArray();
}

void strings(JsonWriter &json, const char *key, const QStringList &list)
{
    json.key(key);
    json.beginArray();
    for (const QString &s : list)
        json.value(s);
    json.endArray();
}

void ints(JsonWriter &json, const char *key, const QList<int> &list)
{
    json.key(key);
    json.beginArray();
    for (int i : list)
        json.value(i);
    json.endArray();
}

void writeKvm(JsonWriter &json, const KvmAccess &kvm)
{
    json.key("kvm");
    json.beginObject();
    json.key("verdict"), json.value(KvmAccess::verdictKey(kvm.verdict()));
    stringOrNull(json, "via", kvm.via());
    if (kvm.modules) {
        strings(json, "modules", *kvm.modules);
    } else {
        json.key("modules");
        json.null();
    }
    json.key("device");
    if (!kvm.device) {
        json.null();
    } else {
        json.beginObject();
        json.key("node"), json.value(kvm.device->node);
        // A saved tree's plain file has the owner of whoever copied it: only a node's counts.
        if (kvm.device->node) {
            stringOrNull(json, "owner", kvm.device->owner);
            stringOrNull(json, "group", kvm.device->group);
            json.key("mode"), json.value(QString::number(kvm.device->mode, 8).rightJustified(4, u'0'));
        }
        json.endObject();
    }
    stringOrNull(json, "qemuUser", kvm.qemuUser);
    json.key("qemuCanOpen");
    if (kvm.qemuCanOpen)
        json.value(*kvm.qemuCanOpen);
    else
        json.null();
    json.key("nested"), json.value(kvm.hypervisor);
    json.endObject();
}

void writeCpu(JsonWriter &json, const CpuTopology &cpu)
{
    json.key("cpu");
    json.beginObject();
    json.key("vendor"), json.value(cpu.vendor);
    json.key("model"), json.value(cpu.model);
    json.key("sockets"), json.value(cpu.sockets());
    json.key("coresPerSocket"), json.value(cpu.coresPerSocket());
    json.key("threadsPerCore"), json.value(cpu.threadsPerCore());
    json.key("virtualization"), json.value(cpu.vmx ? "vmx" : cpu.svm ? "svm" : "");
    json.key("pages1G"), json.value(cpu.pdpe1gb);
    json.key("topoext"), json.value(cpu.topoext);
    json.key("cpus");
    json.beginArray();
    for (const CpuThread &t : cpu.threads) {
        json.beginObject();
        json.key("id"), json.value(t.id);
        json.key("package"), json.value(t.package);
        json.key("die"), json.value(t.die);
        json.key("core"), json.value(t.core);
        json.key("siblings");
        json.beginArray();
        for (int s : t.siblings)
            json.value(s);
        json.endArray();
        json.key("l3"), json.value(t.l3);
        json.key("l3KiB"), json.value(t.l3KiB);
        json.key("node"), json.value(t.node);
        json.key("kind");
        switch (t.kind) {
        case CoreKind::Performance: json.value("performance"); break;
        case CoreKind::Efficiency: json.value("efficiency"); break;
        case CoreKind::Uniform: json.null(); break;
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

void writePools(JsonWriter &json, const char *key, const QList<HugepagePool> &pools)
{
    json.key(key);
    json.beginArray();
    for (const HugepagePool &pool : pools) {
        json.beginObject();
        json.key("sizeKiB"), json.value(pool.sizeKiB);
        json.key("total"), json.value(pool.total);
        json.key("free"), json.value(pool.free);
        if (pool.node)
            json.key("node"), json.value(*pool.node);
        json.endObject();
    }
    json.endArray();
}

void writeMemory(JsonWriter &json, const MemoryInfo &memory)
{
    json.key("memory");
    json.beginObject();
    json.key("totalKiB"), json.value(memory.totalKiB);
    json.key("availableKiB"), json.value(memory.availableKiB);
    json.key("defaultHugepageKiB"), json.value(memory.defaultHugepageKiB);
    writePools(json, "hugepages", memory.hugepages);
    writePools(json, "nodeHugepages", memory.nodeHugepages);
    json.key("nodes");
    json.beginArray();
    for (const NodeMemory &node : memory.nodes) {
        json.beginObject();
        json.key("node"), json.value(node.node);
        json.key("totalKiB"), json.value(node.totalKiB);
        json.key("hasMemory"), json.value(node.hasMemory);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

void writeIommu(JsonWriter &json, const IommuState &iommu)
{
    json.key("iommu");
    json.beginObject();
    json.key("enabled"), json.value(iommu.enabled);
    json.key("enableParameter"), json.value(iommu.enableParameter);
    json.key("enabledOnCommandLine"), json.value(iommu.enabledOnCommandLine);
    json.key("passthroughMode"), json.value(iommu.passthroughMode);
    json.key("groups");
    json.beginArray();
    for (const IommuGroup &g : iommu.groups) {
        json.beginObject();
        json.key("id"), json.value(g.id);
        addresses(json, "devices", g.devices);
        json.key("safe"), json.value(g.safe);
        addresses(json, "spoilers", g.spoilers);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

void writePci(JsonWriter &json, const QList<PciDevice> &pci)
{
    json.key("pci");
    json.beginArray();
    for (const PciDevice &d : pci) {
        json.beginObject();
        json.key("address"), json.value(d.address.toString());
        json.key("vendorId"), json.value(hex(d.vendorId, 4));
        json.key("deviceId"), json.value(hex(d.deviceId, 4));
        json.key("subsystemVendorId"), json.value(hex(d.subsystemVendorId, 4));
        json.key("subsystemId"), json.value(hex(d.subsystemId, 4));
        json.key("classId"), json.value(hex(d.classId, 6));
        json.key("revision"), json.value(hex(d.revision, 2));
        json.key("vendorName"), json.value(d.vendorName);
        json.key("deviceName"), json.value(d.deviceName);
        json.key("className"), json.value(d.className);
        stringOrNull(json, "driver", d.driver);
        json.key("iommuGroup"), json.value(d.iommuGroup);
        stringOrNull(json, "parentBridge", d.parentBridge ? d.parentBridge->toString() : QString());
        json.key("bootVga"), json.value(d.bootVga);
        json.key("resettable"), json.value(d.resettable);
        strings(json, "resetMethods", d.resetMethods);
        addresses(json, "slotFunctions", d.slotFunctions);
        strings(json, "hostUses", HostUse::words(d.hostUses));
        if (d.isDisplay()) {
            json.key("numaNode"), json.value(d.numaNode);
            ints(json, "localCpus", d.localCpus);
        }
        json.endObject();
    }
    json.endArray();
}

void writeGpus(JsonWriter &json, const QList<Gpu> &gpus)
{
    json.key("gpus");
    json.beginArray();
    for (const Gpu &g : gpus) {
        json.beginObject();
        json.key("address"), json.value(g.address.toString());
        json.key("name"), json.value(g.name);
        addresses(json, "functions", g.functions);
        json.key("bootVga"), json.value(g.bootVga);
        json.key("iommuGroup"), json.value(g.iommuGroup);
        stringOrNull(json, "driver", g.driver);
        json.key("numaNode"), json.value(g.numaNode);
        ints(json, "localCpus", g.localCpus);
        json.endObject();
    }
    json.endArray();
}

void writeNetwork(JsonWriter &json, const QList<NetInterface> &network)
{
    json.key("network");
    json.beginArray();
    for (const NetInterface &n : network) {
        json.beginObject();
        json.key("name"), json.value(n.name);
        json.key("mac"), json.value(n.mac);
        json.key("state"), json.value(n.state);
        json.key("speedMbps"), json.value(n.speedMbps);
        json.key("physical"), json.value(n.physical);
        json.key("wireless"), json.value(n.wireless);
        json.key("bridge"), json.value(n.bridge);
        strings(json, "members", n.members);
        stringOrNull(json, "master", n.master);
        stringOrNull(json, "pciDevice", n.pciDevice ? n.pciDevice->toString() : QString());
        json.key("defaultRoute"), json.value(n.defaultRoute);
        json.endObject();
    }
    json.endArray();
}

void writeStorage(JsonWriter &json, const QList<BlockDevice> &storage)
{
    json.key("storage");
    json.beginArray();
    for (const BlockDevice &b : storage) {
        json.beginObject();
        json.key("name"), json.value(b.name);
        json.key("path"), json.value(b.path);
        json.key("sizeBytes"), json.value(b.sizeBytes);
        json.key("rotational"), json.value(b.rotational);
        json.key("removable"), json.value(b.removable);
        json.key("model"), json.value(b.model);
        json.key("kind"), json.value(BlockDevice::kindName(b.kind));
        if (!b.pool.isEmpty())
            json.key("pool"), json.value(b.pool);
        if (!b.volumeGroup.isEmpty())
            json.key("volumeGroup"), json.value(b.volumeGroup);
        if (!b.volumeName.isEmpty())
            json.key("volume"), json.value(b.volumeName);
        if (!b.backing.isEmpty())
            strings(json, "backing", b.backing);
        if (!b.zfsPools.isEmpty())
            strings(json, "zfsPools", b.zfsPools);
        if (!b.parent.isEmpty())
            json.key("parent"), json.value(b.parent);
        if (!b.holders.isEmpty())
            strings(json, "holders", b.holders);
        stringOrNull(json, "controller", b.controller ? b.controller->toString() : QString());
        json.key("backedByRotational"), json.value(b.backedByRotational);
        strings(json, "hostUses", HostUse::words(b.hostUses));
        json.endObject();
    }
    json.endArray();
}

void writeInputs(JsonWriter &json, const QList<InputDevice> &inputs)
{
    json.key("input");
    json.beginArray();
    for (const InputDevice &input : inputs) {
        json.beginObject();
        json.key("path"), json.value(input.path);
        json.key("kind"), json.value(input.kind == InputDevice::Kind::Keyboard ? QStringLiteral("keyboard") : QStringLiteral("mouse"));
        json.endObject();
    }
    json.endArray();
}

} // namespace

QByteArray toJson(const HostScan &scan)
{
    JsonWriter json;
    json.beginObject();
    writeCpu(json, scan.cpu);
    writeKvm(json, scan.kvm);
    writeMemory(json, scan.memory);
    QStringList parameters;
    for (const KernelCommandLine::Parameter &p : scan.commandLine.parameters())
        parameters.append(p.value ? p.name + u'=' + *p.value : p.name);
    strings(json, "kernelParameters", parameters);
    writeIommu(json, scan.iommu);
    writePci(json, scan.pci);
    writeGpus(json, scan.gpus);
    writeNetwork(json, scan.network);
    writeStorage(json, scan.storage);
    writeInputs(json, scan.inputs);
    strings(json, "isolationHooks", scan.isolationHooks);
    strings(json, "warnings", scan.warnings);
    json.endObject();
    return json.text();
}

} // namespace HostScanJson
