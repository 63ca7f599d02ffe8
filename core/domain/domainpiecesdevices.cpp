// The device pieces of a domain: disks, NIC, GPU functions, display, TPM, balloon.
#include "domain/domainpieces.h"

#include "domain/domainxml.h"
#include "spec/vmspec.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace DomainPieces {

namespace {

QDomElement devicesOf(QDomElement domain)
{
    return DomainXml::child(domain, u"devices"_s);
}

QString diskSourcePath(const QDomElement &disk)
{
    const QDomElement source = disk.firstChildElement(u"source"_s);
    return source.hasAttribute(u"dev"_s) ? source.attribute(u"dev"_s) : source.attribute(u"file"_s);
}

/// The next free target name with a prefix ("vd", "sd"): vda, vdb, ... sdz, sdaa.
QString nextTarget(const QString &prefix, QSet<QString> &used)
{
    for (int i = 0;; ++i) {
        QString suffix;
        for (int n = i;; n = n / 26 - 1) {
            suffix.prepend(QChar(u'a' + n % 26));
            if (n < 26)
                break;
        }
        const QString name = prefix + suffix;
        if (!used.contains(name)) {
            used.insert(name);
            return name;
        }
    }
}

QString busName(VmSpec::DiskBus bus)
{
    switch (bus) {
    case VmSpec::DiskBus::VirtioBlk: return u"virtio"_s;
    case VmSpec::DiskBus::VirtioScsi: return u"scsi"_s;
    case VmSpec::DiskBus::Sata: return u"sata"_s;
    }
    return u"virtio"_s;
}

std::optional<PciAddress> hostdevSource(const QDomElement &hostdev)
{
    const QDomElement address = hostdev.firstChildElement(u"source"_s).firstChildElement(u"address"_s);
    if (address.isNull())
        return std::nullopt;
    bool ok[4] = {};
    PciAddress a;
    a.domain = address.attribute(u"domain"_s, u"0"_s).toInt(&ok[0], 0);
    a.bus = address.attribute(u"bus"_s).toInt(&ok[1], 0);
    a.device = address.attribute(u"slot"_s).toInt(&ok[2], 0);
    a.function = address.attribute(u"function"_s).toInt(&ok[3], 0);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3])
        return std::nullopt;
    return a;
}

} // namespace

void disks(QDomElement domain, const VmSpec &spec)
{
    QDomElement devices = devicesOf(domain);
    QList<VmSpec::Disk> wanted = spec.disks;
    if (spec.driverStaging && !wanted.isEmpty()) {
        wanted.first().bus = VmSpec::DiskBus::Sata;
        VmSpec::Disk staging;
        staging.path = spec.stagingDiskPath();
        staging.io = QStringLiteral("threads");
        staging.sizeBytes = VmSpec::stagingDiskBytes;
        wanted << staging;
    }
    QSet<QString> ours;
    for (const VmSpec::Disk &disk : std::as_const(wanted))
        ours.insert(disk.path);
    if (!spec.virtioIso.isEmpty())
        ours.insert(spec.virtioIso);
    QSet<QString> usedTargets;
    for (const QDomElement &disk : DomainXml::children(devices, u"disk"_s)) {
        if (ours.contains(diskSourcePath(disk)))
            devices.removeChild(disk);
        else
            usedTargets.insert(disk.firstChildElement(u"target"_s).attribute(u"dev"_s));
    }

    bool needsScsi = false;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const VmSpec::Disk &d = wanted[i];
        const bool block = d.source != VmSpec::DiskSource::ImageFile;
        QDomElement disk = DomainXml::append(devices, u"disk"_s);
        disk.setAttribute(u"type"_s, block ? u"block"_s : u"file"_s);
        disk.setAttribute(u"device"_s, u"disk"_s);
        QDomElement driver = DomainXml::append(disk, u"driver"_s);
        driver.setAttribute(u"name"_s, u"qemu"_s);
        driver.setAttribute(u"type"_s, u"raw"_s);
        driver.setAttribute(u"cache"_s, d.cache);
        driver.setAttribute(u"io"_s, d.io);
        if (d.discard)
            driver.setAttribute(u"discard"_s, u"unmap"_s);
        if (d.bus == VmSpec::DiskBus::VirtioBlk && spec.cpu.iothreads > 0)
            driver.setAttribute(u"iothread"_s, u"1"_s);
        DomainXml::append(disk, u"source"_s).setAttribute(block ? u"dev"_s : u"file"_s, d.path);
        QDomElement target = DomainXml::append(disk, u"target"_s);
        target.setAttribute(u"dev"_s, nextTarget(d.bus == VmSpec::DiskBus::VirtioBlk ? u"vd"_s : u"sd"_s, usedTargets));
        target.setAttribute(u"bus"_s, busName(d.bus));
        // Only SCSI and SATA disks can tell the guest their rotation rate.
        if (d.rotationRate > 0 && d.bus != VmSpec::DiskBus::VirtioBlk)
            target.setAttribute(u"rotation_rate"_s, QString::number(d.rotationRate));
        if (i == 0)
            DomainXml::append(disk, u"boot"_s).setAttribute(u"order"_s, u"1"_s);
        needsScsi = needsScsi || d.bus == VmSpec::DiskBus::VirtioScsi;
    }
    if (!spec.virtioIso.isEmpty()) {
        QDomElement cdrom = DomainXml::append(devices, u"disk"_s);
        cdrom.setAttribute(u"type"_s, u"file"_s);
        cdrom.setAttribute(u"device"_s, u"cdrom"_s);
        QDomElement driver = DomainXml::append(cdrom, u"driver"_s);
        driver.setAttribute(u"name"_s, u"qemu"_s);
        driver.setAttribute(u"type"_s, u"raw"_s);
        DomainXml::append(cdrom, u"source"_s).setAttribute(u"file"_s, spec.virtioIso);
        QDomElement target = DomainXml::append(cdrom, u"target"_s);
        target.setAttribute(u"dev"_s, nextTarget(u"sd"_s, usedTargets));
        target.setAttribute(u"bus"_s, u"sata"_s);
        DomainXml::append(cdrom, u"readonly"_s);
    }
    if (needsScsi) {
        bool present = false;
        for (const QDomElement &c : DomainXml::children(devices, u"controller"_s))
            present = present || (c.attribute(u"type"_s) == u"scsi"_s && c.attribute(u"model"_s) == u"virtio-scsi"_s);
        if (!present) {
            QDomElement controller = DomainXml::append(devices, u"controller"_s);
            controller.setAttribute(u"type"_s, u"scsi"_s);
            controller.setAttribute(u"index"_s, u"0"_s);
            controller.setAttribute(u"model"_s, u"virtio-scsi"_s);
            if (spec.cpu.iothreads > 0)
                DomainXml::append(controller, u"driver"_s).setAttribute(u"iothread"_s, u"1"_s);
        }
    }
}

void interface(QDomElement domain, const VmSpec &spec)
{
    QDomElement devices = devicesOf(domain);
    QDomElement nic = DomainXml::child(devices, u"interface"_s);
    const bool nat = spec.network.mode == VmSpec::NetworkMode::Nat;
    nic.setAttribute(u"type"_s, nat ? u"network"_s : u"bridge"_s);
    if (!spec.network.mac.isEmpty())
        DomainXml::child(nic, u"mac"_s).setAttribute(u"address"_s, spec.network.mac);
    QDomElement source = DomainXml::child(nic, u"source"_s);
    for (const QString &attribute : {u"network"_s, u"bridge"_s, u"dev"_s, u"mode"_s, u"portgroup"_s})
        source.removeAttribute(attribute);
    source.setAttribute(nat ? u"network"_s : u"bridge"_s, nat ? u"default"_s : spec.network.bridge);
    DomainXml::child(nic, u"model"_s).setAttribute(u"type"_s, spec.network.model);
}

void hostdevs(QDomElement domain, const VmSpec &spec)
{
    QDomElement devices = devicesOf(domain);
    // The guest bus the GPU sat on before, if this piece placed it already.
    std::optional<int> guestBus;
    for (const QDomElement &hostdev : DomainXml::children(devices, u"hostdev"_s)) {
        const auto source = hostdevSource(hostdev);
        const bool ours = source && spec.gpu.address && source->sameSlot(*spec.gpu.address);
        if (!ours)
            continue;
        const QDomElement guest = hostdev.firstChildElement(u"address"_s);
        if (!guest.isNull() && !guestBus)
            guestBus = guest.attribute(u"bus"_s).toInt(nullptr, 0);
        devices.removeChild(hostdev);
    }
    if (!spec.gpu.address || spec.gpu.functions.isEmpty())
        return;

    if (!guestBus) {
        // A PCIe root port of its own, so the functions can share one guest slot as on the card.
        int highest = 0;
        for (const QDomElement &c : DomainXml::children(devices, u"controller"_s))
            if (c.attribute(u"type"_s) == u"pci"_s)
                highest = std::max(highest, c.attribute(u"index"_s).toInt());
        guestBus = highest + 1;
        QDomElement port = DomainXml::append(devices, u"controller"_s);
        port.setAttribute(u"type"_s, u"pci"_s);
        port.setAttribute(u"index"_s, QString::number(*guestBus));
        port.setAttribute(u"model"_s, u"pcie-root-port"_s);
    }
    for (qsizetype i = 0; i < spec.gpu.functions.size(); ++i) {
        const PciAddress &function = spec.gpu.functions[i];
        QDomElement hostdev = DomainXml::append(devices, u"hostdev"_s);
        hostdev.setAttribute(u"mode"_s, u"subsystem"_s);
        hostdev.setAttribute(u"type"_s, u"pci"_s);
        hostdev.setAttribute(u"managed"_s, u"yes"_s);
        DomainXml::setPciAddress(DomainXml::append(DomainXml::append(hostdev, u"source"_s), u"address"_s),
                                 function.domain, function.bus, function.device, function.function);
        if (i == 0 && !spec.gpu.romFile.isEmpty())
            DomainXml::append(hostdev, u"rom"_s).setAttribute(u"file"_s, spec.gpu.romFile);
        QDomElement guest = DomainXml::append(hostdev, u"address"_s);
        guest.setAttribute(u"type"_s, u"pci"_s);
        DomainXml::setPciAddress(guest, 0, *guestBus, 0, int(i));
        if (i == 0 && spec.gpu.functions.size() > 1)
            guest.setAttribute(u"multifunction"_s, u"on"_s);
    }
}

void display(QDomElement domain, const VmSpec &spec)
{
    QDomElement devices = devicesOf(domain);
    DomainXml::removeChildren(devices, u"video"_s);
    QDomElement model = DomainXml::append(DomainXml::append(devices, u"video"_s), u"model"_s);
    if (spec.gpu.address) {
        // The passed GPU is the display: its outputs drive the monitor.
        model.setAttribute(u"type"_s, u"none"_s);
        return;
    }
    model.setAttribute(u"type"_s, u"virtio"_s);
    model.setAttribute(u"heads"_s, u"1"_s);
    model.setAttribute(u"primary"_s, u"yes"_s);
    if (DomainXml::existing(devices, u"graphics"_s).isNull()) {
        QDomElement graphics = DomainXml::append(devices, u"graphics"_s);
        graphics.setAttribute(u"type"_s, u"vnc"_s);
        graphics.setAttribute(u"port"_s, u"-1"_s);
        graphics.setAttribute(u"autoport"_s, u"yes"_s);
        QDomElement listen = DomainXml::append(graphics, u"listen"_s);
        listen.setAttribute(u"type"_s, u"address"_s);
        listen.setAttribute(u"address"_s, u"127.0.0.1"_s);
    }
    bool tablet = false;
    for (const QDomElement &input : DomainXml::children(devices, u"input"_s))
        tablet = tablet || input.attribute(u"type"_s) == u"tablet"_s;
    if (!tablet) {
        QDomElement input = DomainXml::append(devices, u"input"_s);
        input.setAttribute(u"type"_s, u"tablet"_s);
        input.setAttribute(u"bus"_s, u"usb"_s);
    }
}

void tpm(QDomElement domain, const VmSpec &spec)
{
    if (!spec.tpm)
        return;
    QDomElement tpm = DomainXml::child(devicesOf(domain), u"tpm"_s);
    tpm.setAttribute(u"model"_s, u"tpm-crb"_s);
    QDomElement backend = DomainXml::child(tpm, u"backend"_s);
    backend.setAttribute(u"type"_s, u"emulator"_s);
    backend.setAttribute(u"version"_s, u"2.0"_s);
}

void memballoon(QDomElement domain, const VmSpec &spec)
{
    QDomElement balloon = DomainXml::child(devicesOf(domain), u"memballoon"_s);
    // A balloon cannot return hugepages or memory pinned for DMA by a passed-through device.
    const bool none = spec.memory.hugepages != VmSpec::HugepageSize::Off || spec.gpu.address;
    if (none) {
        balloon.setAttribute(u"model"_s, u"none"_s);
        while (balloon.hasChildNodes())
            balloon.removeChild(balloon.firstChild());
    } else if (!balloon.hasAttribute(u"model"_s) || balloon.attribute(u"model"_s) == u"none"_s) {
        balloon.setAttribute(u"model"_s, u"virtio"_s);
    }
}

} // namespace DomainPieces
