#include "domain/domainpatches.h"

#include "domain/domainpieces.h"
#include "domain/domainxml.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace DomainPatches {

namespace {

QString diskPath(const QDomElement &disk)
{
    const QDomElement source = disk.firstChildElement(u"source"_s);
    return source.hasAttribute(u"dev"_s) ? source.attribute(u"dev"_s) : source.attribute(u"file"_s);
}

QSet<QString> usedTargets(const QDomElement &devices)
{
    QSet<QString> used;
    for (const QDomElement &disk : DomainXml::children(devices, u"disk"_s))
        used.insert(disk.firstChildElement(u"target"_s).attribute(u"dev"_s));
    return used;
}

QString freeTarget(const QString &prefix, const QSet<QString> &used)
{
    for (char c = 'a'; c <= 'z'; ++c)
        if (!used.contains(prefix + QLatin1Char(c)))
            return prefix + QLatin1Char(c);
    return prefix + u"zz"_s;
}

/// A new disk element after the last disk, so the existing order stays.
QDomElement appendDisk(QDomElement devices)
{
    const QList<QDomElement> disks = DomainXml::children(devices, u"disk"_s);
    QDomElement disk = devices.ownerDocument().createElement(u"disk"_s);
    if (disks.isEmpty())
        return DomainXml::append(devices, u"disk"_s);
    devices.insertAfter(disk, disks.last());
    return disk;
}

/// A raw file-backed disk after the existing ones, on the next free target of its bus; a null
/// element when a disk with that file is there already.
QDomElement appendFileDisk(QDomElement domain, const QString &path, const QString &device, const QString &bus)
{
    QDomElement devices = DomainXml::child(domain, u"devices"_s);
    for (const QDomElement &disk : DomainXml::children(devices, u"disk"_s))
        if (diskPath(disk) == path)
            return {};
    QDomElement disk = appendDisk(devices);
    disk.setAttribute(u"type"_s, u"file"_s);
    disk.setAttribute(u"device"_s, device);
    QDomElement driver = DomainXml::append(disk, u"driver"_s);
    driver.setAttribute(u"name"_s, u"qemu"_s);
    driver.setAttribute(u"type"_s, u"raw"_s);
    DomainXml::append(disk, u"source"_s).setAttribute(u"file"_s, path);
    QDomElement target = DomainXml::append(disk, u"target"_s);
    target.setAttribute(u"dev"_s, freeTarget(bus == u"virtio"_s ? u"vd"_s : u"sd"_s, usedTargets(devices)));
    target.setAttribute(u"bus"_s, bus);
    return disk;
}

} // namespace

void fixError43(QDomElement domain, const QString &vendorId)
{
    VmSpec spec;
    spec.error43.enabled = true;
    spec.error43.vendorId = vendorId;
    DomainPieces::error43(domain, spec);
}

void setTopology(QDomElement domain, int vcpus, int sockets, int dies, int cores, int threads)
{
    QDomElement vcpu = DomainXml::child(domain, u"vcpu"_s);
    vcpu.removeAttribute(u"current"_s);
    DomainXml::setText(vcpu, QString::number(vcpus));
    QDomElement cpu = DomainXml::existing(domain, u"cpu"_s);
    if (cpu.isNull()) {
        cpu = DomainXml::child(domain, u"cpu"_s);
        cpu.setAttribute(u"mode"_s, u"host-passthrough"_s);
    }
    QDomElement topology = DomainXml::child(cpu, u"topology"_s);
    topology.setAttribute(u"sockets"_s, QString::number(sockets));
    topology.setAttribute(u"dies"_s, QString::number(dies));
    topology.setAttribute(u"cores"_s, QString::number(cores));
    topology.setAttribute(u"threads"_s, QString::number(threads));
}

void setPinning(QDomElement domain, const QList<int> &pins, const QList<int> &emulatorPins, const QList<int> &iothreadPins)
{
    VmSpec spec;
    spec.cpu.pins = pins;
    spec.cpu.emulatorPins = emulatorPins;
    spec.cpu.iothreadPins = iothreadPins;
    const QDomElement iothreads = DomainXml::existing(domain, u"iothreads"_s);
    spec.cpu.iothreads = iothreads.isNull() ? 0 : iothreads.text().toInt();
    if (!iothreadPins.isEmpty() && spec.cpu.iothreads < 1) {
        spec.cpu.iothreads = 1;
        DomainXml::setText(DomainXml::child(domain, u"iothreads"_s), u"1"_s);
    }
    DomainPieces::cputune(domain, spec);
}

void setHugepages(QDomElement domain, VmSpec::HugepageSize size)
{
    VmSpec spec;
    spec.memory.hugepages = size;
    DomainPieces::hugepages(domain, spec);
}

void memballoonNone(QDomElement domain)
{
    VmSpec spec;
    spec.memory.hugepages = VmSpec::HugepageSize::Size2M; // anything that rules the balloon out
    DomainPieces::memballoon(domain, spec);
}

void hypervEnlightenments(QDomElement domain)
{
    DomainPieces::hyperv(domain);
}

void hostPassthrough(QDomElement domain)
{
    QDomElement cpu = DomainXml::child(domain, u"cpu"_s);
    cpu.setAttribute(u"mode"_s, u"host-passthrough"_s);
    cpu.removeAttribute(u"match"_s);
    DomainXml::removeChildren(cpu, u"model"_s);
    DomainXml::removeChildren(cpu, u"vendor"_s);
}

void topoext(QDomElement domain)
{
    QDomElement cpu = DomainXml::child(domain, u"cpu"_s);
    for (QDomElement feature : DomainXml::children(cpu, u"feature"_s)) {
        if (feature.attribute(u"name"_s) == u"topoext"_s) {
            feature.setAttribute(u"policy"_s, u"require"_s);
            return;
        }
    }
    QDomElement feature = DomainXml::append(cpu, u"feature"_s);
    feature.setAttribute(u"policy"_s, u"require"_s);
    feature.setAttribute(u"name"_s, u"topoext"_s);
}

void virtioNic(QDomElement domain, const QString &bridge)
{
    QDomElement nic = DomainXml::existing(DomainXml::child(domain, u"devices"_s), u"interface"_s);
    if (nic.isNull())
        return;
    DomainXml::child(nic, u"model"_s).setAttribute(u"type"_s, u"virtio"_s);
    if (bridge.isEmpty())
        return;
    nic.setAttribute(u"type"_s, u"bridge"_s);
    QDomElement source = DomainXml::child(nic, u"source"_s);
    for (const QString &attribute : {u"network"_s, u"dev"_s, u"mode"_s, u"portgroup"_s})
        source.removeAttribute(attribute);
    source.setAttribute(u"bridge"_s, bridge);
}

void addVirtioIso(QDomElement domain, const QString &isoPath)
{
    QDomElement cdrom = appendFileDisk(domain, isoPath, u"cdrom"_s, u"sata"_s);
    if (!cdrom.isNull())
        DomainXml::append(cdrom, u"readonly"_s);
}

void addStagingDisk(QDomElement domain, const QString &imagePath)
{
    QDomElement devices = DomainXml::child(domain, u"devices"_s);
    for (QDomElement existing : DomainXml::children(devices, u"disk"_s)) {
        if (diskPath(existing) != imagePath)
            continue;
        // The staging image is there but not as a virtio disk (edited by hand, or a broken
        // device or target): staging only works as one, so it becomes one.
        existing.setAttribute(u"device"_s, u"disk"_s);
        QDomElement target = DomainXml::child(existing, u"target"_s);
        if (target.attribute(u"bus"_s) != u"virtio"_s) {
            target.setAttribute(u"bus"_s, u"virtio"_s);
            target.setAttribute(u"dev"_s, freeTarget(u"vd"_s, usedTargets(devices)));
            DomainXml::removeChildren(existing, u"address"_s);
        }
        return;
    }
    QDomElement disk = appendFileDisk(domain, imagePath, u"disk"_s, u"virtio"_s);
    if (disk.isNull())
        return;
    QDomElement driver = disk.firstChildElement(u"driver"_s);
    driver.setAttribute(u"cache"_s, u"none"_s);
    driver.setAttribute(u"io"_s, u"threads"_s);
}

bool tuneDisk(QDomElement domain, const QString &target, const DiskTuning &tuning)
{
    bool tuned = false;
    for (QDomElement disk : DomainXml::children(DomainXml::child(domain, u"devices"_s), u"disk"_s)) {
        QDomElement targetElement = disk.firstChildElement(u"target"_s);
        if (targetElement.attribute(u"dev"_s) != target)
            continue;
        QDomElement driver = DomainXml::child(disk, u"driver"_s);
        if (!driver.hasAttribute(u"name"_s))
            driver.setAttribute(u"name"_s, u"qemu"_s);
        if (tuning.cache)
            driver.setAttribute(u"cache"_s, *tuning.cache);
        if (tuning.io)
            driver.setAttribute(u"io"_s, *tuning.io);
        if (tuning.discard) {
            if (*tuning.discard)
                driver.setAttribute(u"discard"_s, u"unmap"_s);
            else
                driver.removeAttribute(u"discard"_s);
        }
        if (tuning.bus) {
            const bool virtio = *tuning.bus == VmSpec::DiskBus::VirtioBlk;
            const QString bus = virtio ? u"virtio"_s : *tuning.bus == VmSpec::DiskBus::VirtioScsi ? u"scsi"_s : u"sata"_s;
            if (targetElement.attribute(u"bus"_s) != bus) {
                QSet<QString> used = usedTargets(DomainXml::child(domain, u"devices"_s));
                used.remove(target);
                targetElement.setAttribute(u"bus"_s, bus);
                targetElement.setAttribute(u"dev"_s, freeTarget(virtio ? u"vd"_s : u"sd"_s, used));
                // A drive address belongs to the old controller; libvirt assigns one for the new bus.
                DomainXml::removeChildren(disk, u"address"_s);
                if (virtio)
                    targetElement.removeAttribute(u"rotation_rate"_s); // virtio-blk has none
                // Without a SCSI controller libvirt would add its default, an emulated LSI one.
                QDomElement devices = DomainXml::child(domain, u"devices"_s);
                const auto controllers = DomainXml::children(devices, u"controller"_s);
                const bool haveScsi = std::any_of(controllers.begin(), controllers.end(),
                                                  [](const QDomElement &c) { return c.attribute(u"type"_s) == u"scsi"_s; });
                if (*tuning.bus == VmSpec::DiskBus::VirtioScsi && !haveScsi) {
                    QDomElement controller = DomainXml::append(devices, u"controller"_s);
                    controller.setAttribute(u"type"_s, u"scsi"_s);
                    controller.setAttribute(u"model"_s, u"virtio-scsi"_s);
                }
            }
        }
        if (tuning.rotationRate) {
            if (*tuning.rotationRate > 0)
                targetElement.setAttribute(u"rotation_rate"_s, QString::number(*tuning.rotationRate));
            else
                targetElement.removeAttribute(u"rotation_rate"_s);
        }
        tuned = true; // every disk of that target: a broken domain may name one twice
    }
    return tuned;
}

void addGpu(QDomElement domain, const QList<PciAddress> &functions)
{
    if (functions.isEmpty())
        return;
    VmSpec spec;
    spec.gpu.address = functions.first();
    spec.gpu.functions = functions;
    DomainPieces::hostdevs(domain, spec);
}

void removeGpu(QDomElement domain, const PciAddress &gpu)
{
    VmSpec spec;
    spec.gpu.address = gpu; // no functions: the piece removes the slot's hostdevs and adds none
    DomainPieces::hostdevs(domain, spec);
}

} // namespace DomainPatches
