#include "libvirt/libvirthostsource.h"

#include "domain/model/domainxml.h"
#include "libvirt/capabilities.h"
#include "util/cpulist.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LibvirtHostSource)
};

int number(const QString &text, int fallback = 0)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok, 0);
    return ok ? n : fallback;
}

QDomElement parsed(const QString &xml, QDomDocument &document)
{
    document.setContent(xml);
    return document.documentElement();
}

/// Each node device's XML as its <device> and its first <capability>.
template<typename Visit>
void forEachDevice(const QStringList &xmls, Visit visit)
{
    for (const QString &xml : xmls) {
        QDomDocument document;
        const QDomElement device = parsed(xml, document);
        visit(device, device.firstChildElement(u"capability"_s));
    }
}

/// "pci_0000_04_00_1" -> 0000:04:00.1
std::optional<PciAddress> addressFromName(const QString &name)
{
    if (!name.startsWith(u"pci_"_s))
        return std::nullopt;
    const QStringList parts = name.mid(4).split(u'_');
    if (parts.size() != 4)
        return std::nullopt;
    return PciAddress::parse(parts[0] + u':' + parts[1] + u':' + parts[2] + u'.' + parts[3]);
}

void readCpu(const QDomElement &host, HostScan &scan)
{
    const QDomElement cpu = host.firstChildElement(u"cpu"_s);
    const QString vendor = cpu.firstChildElement(u"vendor"_s).text();
    scan.cpu.vendor = vendor == u"Intel"_s ? u"GenuineIntel"_s : vendor == u"AMD"_s ? u"AuthenticAMD"_s : vendor;
    scan.cpu.model = cpu.firstChildElement(u"model"_s).text();
    for (const QDomElement &feature : DomainXml::children(cpu, u"feature"_s)) {
        const QString name = feature.attribute(u"name"_s);
        scan.cpu.vmx = scan.cpu.vmx || name == u"vmx"_s;
        scan.cpu.svm = scan.cpu.svm || name == u"svm"_s;
        scan.cpu.pdpe1gb = scan.cpu.pdpe1gb || name == u"pdpe1gb"_s;
        scan.cpu.topoext = scan.cpu.topoext || name == u"topoext"_s;
    }
    // L3 banks, where libvirt reports them: cache id -> CPUs.
    QList<std::pair<QList<int>, qint64>> l3; // CPUs, size in KiB
    for (const QDomElement &bank : DomainXml::children(host.firstChildElement(u"cache"_s), u"bank"_s))
        if (bank.attribute(u"level"_s) == u"3"_s) {
            const qint64 size = bank.attribute(u"size"_s).toLongLong();
            const QString unit = bank.attribute(u"unit"_s).toLower();
            const qint64 kib = unit == u"mib"_s ? size * 1024 : unit == u"gib"_s ? size * 1024 * 1024 : unit == u"b"_s ? size / 1024 : size;
            l3 << std::pair(CpuList::parse(bank.attribute(u"cpus"_s)).value_or(QList<int>{}), kib);
        }
    std::sort(l3.begin(), l3.end());

    const QDomElement cells = host.firstChildElement(u"topology"_s).firstChildElement(u"cells"_s);
    for (const QDomElement &cell : DomainXml::children(cells, u"cell"_s)) {
        const int node = number(cell.attribute(u"id"_s));
        const QDomElement memory = cell.firstChildElement(u"memory"_s);
        scan.memory.totalKiB += memory.text().toLongLong();
        scan.memory.nodes << NodeMemory{node, memory.text().toLongLong(), memory.text().toLongLong() > 0};
        for (const QDomElement &pages : DomainXml::children(cell, u"pages"_s)) {
            const qint64 size = pages.attribute(u"size"_s).toLongLong();
            if (size <= 4)
                continue;
            const qint64 count = pages.text().toLongLong();
            scan.memory.nodeHugepages << HugepagePool{size, count, count, node};
            bool merged = false;
            for (HugepagePool &pool : scan.memory.hugepages)
                if (pool.sizeKiB == size) {
                    pool.total += count;
                    pool.free += count;
                    merged = true;
                }
            if (!merged)
                scan.memory.hugepages << HugepagePool{size, count, count, std::nullopt};
        }
        for (const QDomElement &c : DomainXml::children(cell.firstChildElement(u"cpus"_s), u"cpu"_s)) {
            CpuThread thread;
            thread.id = number(c.attribute(u"id"_s));
            thread.package = number(c.attribute(u"socket_id"_s));
            thread.die = number(c.attribute(u"die_id"_s));
            thread.core = number(c.attribute(u"core_id"_s));
            thread.siblings = CpuList::parse(c.attribute(u"siblings"_s)).value_or(QList<int>{thread.id});
            thread.node = node;
            for (qsizetype i = 0; i < l3.size(); ++i)
                if (l3[i].first.contains(thread.id)) {
                    thread.l3 = int(i);
                    thread.l3KiB = l3[i].second;
                }
            scan.cpu.threads << thread;
        }
    }
    std::sort(scan.cpu.threads.begin(), scan.cpu.threads.end(), [](const CpuThread &a, const CpuThread &b) { return a.id < b.id; });
    scan.memory.availableKiB = scan.memory.totalKiB;
    std::sort(scan.memory.hugepages.begin(), scan.memory.hugepages.end(),
              [](const HugepagePool &a, const HugepagePool &b) { return a.sizeKiB < b.sizeKiB; });
    if (l3.isEmpty())
        scan.warnings << Tr::tr("libvirt: the capabilities list no L3 caches; the scan knows no L3 domains");
}

void readPci(const QStringList &xmls, HostScan &scan)
{
    QHash<int, IommuGroup> groups;
    for (const QString &xml : xmls) {
        QDomDocument document;
        const QDomElement device = parsed(xml, document);
        const QDomElement capability = device.firstChildElement(u"capability"_s);
        PciDevice pci;
        pci.address = PciAddress{number(capability.firstChildElement(u"domain"_s).text()), number(capability.firstChildElement(u"bus"_s).text()),
                                 number(capability.firstChildElement(u"slot"_s).text()), number(capability.firstChildElement(u"function"_s).text())};
        const QDomElement product = capability.firstChildElement(u"product"_s);
        const QDomElement vendor = capability.firstChildElement(u"vendor"_s);
        pci.deviceId = quint16(number(product.attribute(u"id"_s)));
        pci.vendorId = quint16(number(vendor.attribute(u"id"_s)));
        pci.deviceName = product.text();
        pci.vendorName = vendor.text();
        pci.classId = quint32(number(capability.firstChildElement(u"class"_s).text()));
        pci.driver = device.firstChildElement(u"driver"_s).firstChildElement(u"name"_s).text();
        pci.parentBridge = addressFromName(device.firstChildElement(u"parent"_s).text());
        if (const QDomElement numa = capability.firstChildElement(u"numa"_s); !numa.isNull() && number(numa.attribute(u"node"_s), -1) >= 0)
            pci.numaNode = number(numa.attribute(u"node"_s));
        const QDomElement group = capability.firstChildElement(u"iommuGroup"_s);
        if (!group.isNull()) {
            const int id = number(group.attribute(u"number"_s), -1);
            pci.iommuGroup = id;
            IommuGroup &g = groups[id];
            g.id = id;
            if (!g.devices.contains(pci.address))
                g.devices << pci.address;
        }
        scan.pci << pci;
    }
    std::sort(scan.pci.begin(), scan.pci.end(), [](const PciDevice &a, const PciDevice &b) { return a.address < b.address; });
    for (PciDevice &device : scan.pci)
        for (const PciDevice &other : std::as_const(scan.pci))
            if (other.address.sameSlot(device.address))
                device.slotFunctions << other.address;
    for (IommuGroup &g : groups) {
        std::sort(g.devices.begin(), g.devices.end());
        scan.iommu.groups << g;
    }
    std::sort(scan.iommu.groups.begin(), scan.iommu.groups.end(), [](const IommuGroup &a, const IommuGroup &b) { return a.id < b.id; });
    judgeIommuGroups(scan.iommu.groups, scan.pci);
    scan.iommu.enabled = !scan.iommu.groups.isEmpty();
    scan.iommu.enableParameter = scan.cpu.isAmd() ? u"amd_iommu=on"_s : u"intel_iommu=on"_s;
    scan.gpus = findGpus(scan.pci);
}

void readNetwork(const QStringList &xmls, HostScan &scan)
{
    forEachDevice(xmls, [&](const QDomElement &device, const QDomElement &capability) {
        NetInterface nic;
        nic.name = capability.firstChildElement(u"interface"_s).text();
        if (nic.name == u"lo"_s)
            return;
        nic.mac = capability.firstChildElement(u"address"_s).text();
        const QDomElement link = capability.firstChildElement(u"link"_s);
        nic.state = link.attribute(u"state"_s);
        const qint64 speed = link.attribute(u"speed"_s).toLongLong();
        if (speed > 0 && speed < 1000000)
            nic.speedMbps = int(speed);
        const QString parent = device.firstChildElement(u"parent"_s).text();
        nic.physical = parent != u"computer"_s && !parent.isEmpty();
        nic.pciDevice = addressFromName(parent);
        scan.network << nic;
    });
    std::sort(scan.network.begin(), scan.network.end(), [](const NetInterface &a, const NetInterface &b) { return a.name < b.name; });
}

void readStorage(const QStringList &xmls, HostScan &scan)
{
    forEachDevice(xmls, [&](const QDomElement &, const QDomElement &capability) {
        BlockDevice disk;
        disk.path = capability.firstChildElement(u"block"_s).text();
        disk.name = disk.path.section(u'/', -1);
        disk.sizeBytes = capability.firstChildElement(u"size"_s).text().toLongLong();
        disk.model = capability.firstChildElement(u"model"_s).text();
        disk.serial = capability.firstChildElement(u"serial"_s).text();
        disk.removable = !capability.firstChildElement(u"capability"_s).isNull()
                         && capability.firstChildElement(u"capability"_s).attribute(u"type"_s) == u"removable"_s;
        if (capability.firstChildElement(u"drive_type"_s).text() != u"disk"_s)
            return;
        scan.storage << disk;
    });
    std::sort(scan.storage.begin(), scan.storage.end(), [](const BlockDevice &a, const BlockDevice &b) { return a.name < b.name; });
}

} // namespace

HostScan LibvirtHostSource::fromXml(const QString &capabilities, const QStringList &pciDevices, const QStringList &netDevices,
                                    const QStringList &storageDevices)
{
    HostScan scan;
    QDomDocument document;
    const QDomElement host = parsed(capabilities, document).firstChildElement(u"host"_s);
    readCpu(host, scan);
    // libvirt lists KVM guests only where QEMU, run as its user, could open /dev/kvm.
    scan.kvm.vmx = scan.cpu.vmx;
    scan.kvm.svm = scan.cpu.svm;
    scan.kvm.libvirtOffersKvm = Capabilities::offersKvm(capabilities);
    readPci(pciDevices, scan);
    readNetwork(netDevices, scan);
    readStorage(storageDevices, scan);
    scan.warnings << Tr::tr("libvirt: boot VGA, reset support, bridges and rotational disks are not known through libvirt");
    return scan;
}

Result<HostScan> LibvirtHostSource::scan(const LibvirtConnection &connection)
{
    const Result<QString> capabilities = connection.capabilities();
    if (!capabilities)
        return Error{capabilities.error()};
    using Kind = LibvirtConnection::NodeDeviceKind;
    const Result<QStringList> pci = connection.nodeDevices(Kind::Pci);
    const Result<QStringList> net = connection.nodeDevices(Kind::Net);
    const Result<QStringList> storage = connection.nodeDevices(Kind::Storage);
    for (const auto *result : {&pci, &net, &storage})
        if (!*result)
            return Error{result->error()};
    HostScan scan = fromXml(*capabilities, *pci, *net, *storage);
    scan.root = connection.uri();
    return scan;
}
