// The device pieces of a domain: disks, NIC, GPU functions, display, TPM, balloon.
#include "domain/domainpieces.h"

#include "domain/devices/controller.h"
#include "domain/devices/devices.h"
#include "domain/devices/disk.h"
#include "domain/devices/display.h"
#include "domain/devices/hostdev.h"
#include "domain/devices/input.h"
#include "domain/devices/interface.h"
#include "domain/devices/memballoon.h"
#include "domain/devices/tpm.h"
#include "domain/elements/domainelement.h"
#include "spec/enumnames.h"
#include "spec/vmspec.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace DomainPieces {

namespace {

Devices devicesOf(QDomElement domain)
{
    return DomainElement(domain).child<Devices>();
}

} // namespace

void disks(QDomElement domain, const VmSpec &spec)
{
    Devices devices = devicesOf(domain);
    QList<VmSpec::Disk> wanted = spec.disks;
    if (spec.driverStaging && !wanted.isEmpty()) {
        wanted.first().bus = VmSpec::DiskBus::Sata;
        wanted << VmSpec::stagingDisk(spec.name);
    }
    QSet<QString> ours;
    for (const VmSpec::Disk &disk : std::as_const(wanted))
        ours.insert(disk.path);
    for (const QString &iso : {spec.installIso, spec.virtioIso})
        if (!iso.isEmpty())
            ours.insert(iso);
    QSet<QString> usedTargets;
    for (Disk disk : devices.children<Disk>()) {
        if (ours.contains(disk.sourcePath()))
            disk.remove();
        else
            usedTargets.insert(disk.get(Disk::target));
    }

    const auto addCdrom = [&](const QString &iso, std::optional<int> bootOrder) {
        Disk cdrom = devices.append<Disk>();
        cdrom.set(Disk::device, QString::fromUtf16(Disk::cdrom));
        cdrom.set(Disk::driverName, u"qemu"_s);
        cdrom.set(Disk::format, u"raw"_s);
        cdrom.setSource(false, iso);
        const QString bus = Names::diskBus.libvirtName(VmSpec::DiskBus::Sata);
        cdrom.set(Disk::target, Disk::freeTarget(Disk::targetPrefix(bus), usedTargets));
        cdrom.set(Disk::bus, bus);
        if (bootOrder)
            cdrom.set(Disk::bootOrder, *bootOrder);
        cdrom.set(Disk::readonly, true);
    };
    // An installer boots first, once; the installed disk after it.
    const bool installer = !spec.installIso.isEmpty();
    if (installer)
        addCdrom(spec.installIso, 1);
    bool needsScsi = false;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const VmSpec::Disk &d = wanted[i];
        Disk disk = devices.append<Disk>();
        disk.set(Disk::device, Disk::device.fallback());
        disk.set(Disk::driverName, u"qemu"_s);
        disk.set(Disk::format, u"raw"_s);
        disk.set(Disk::cache, d.cache);
        disk.set(Disk::io, d.io);
        if (d.discard)
            disk.set(Disk::discard, u"unmap"_s);
        if (d.bus == VmSpec::DiskBus::VirtioBlk && spec.cpu.iothreads > 0)
            disk.set(Disk::iothread, 1);
        disk.setSource(d.source != VmSpec::DiskSource::ImageFile, d.path);
        const QString bus = Names::diskBus.libvirtName(d.bus);
        disk.set(Disk::target, Disk::freeTarget(Disk::targetPrefix(bus), usedTargets));
        disk.set(Disk::bus, bus);
        // Only SCSI and SATA disks can tell the guest their rotation rate.
        if (d.rotationRate > 0 && d.bus != VmSpec::DiskBus::VirtioBlk)
            disk.set(Disk::rotationRate, d.rotationRate);
        if (i == 0)
            disk.set(Disk::bootOrder, installer ? 2 : 1);
        needsScsi = needsScsi || d.bus == VmSpec::DiskBus::VirtioScsi;
    }
    if (!spec.virtioIso.isEmpty())
        addCdrom(spec.virtioIso, std::nullopt);
    if (needsScsi)
        Controller::ensureVirtioScsi(devices.dom(), spec.cpu.iothreads > 0);
}

void interface(QDomElement domain, const VmSpec &spec)
{
    Interface nic = devicesOf(domain).child<Interface>();
    if (spec.network.mode == VmSpec::NetworkMode::Nat)
        nic.setNetwork(u"default"_s);
    else
        nic.setBridge(spec.network.bridge);
    if (!spec.network.mac.isEmpty())
        nic.set(Interface::mac, spec.network.mac);
    nic.set(Interface::model, spec.network.model);
}

void hostdevs(QDomElement domain, const VmSpec &spec)
{
    Devices devices = devicesOf(domain);
    // The guest bus the GPU sat on before, if this piece placed it already.
    std::optional<qint64> guestBus;
    const auto groupSlot = [&](const PciAddress &source) {
        return std::any_of(spec.gpu.groupDevices.begin(), spec.gpu.groupDevices.end(),
                           [&](const PciAddress &d) { return d.sameSlot(source); });
    };
    for (Hostdev hostdev : devices.children<Hostdev>()) {
        const auto source = hostdev.pciSource();
        const bool gpu = source && spec.gpu.address && source->sameSlot(*spec.gpu.address);
        if (!gpu && !(source && groupSlot(*source)))
            continue;
        if (gpu && !guestBus && hostdev.get(Hostdev::guestAddressPresent))
            guestBus = hostdev.get(Hostdev::guestBus).value_or(0);
        hostdev.remove();
    }
    if (!spec.gpu.address || spec.gpu.functions.isEmpty())
        return;

    if (!guestBus) {
        // A PCIe root port of its own, so the functions can share one guest slot as on the card.
        guestBus = Controller::addRootPort(devices.dom()).get(Controller::index);
    }
    for (qsizetype i = 0; i < spec.gpu.functions.size(); ++i) {
        Hostdev hostdev = devices.append<Hostdev>();
        hostdev.setPciSource(spec.gpu.functions[i]);
        if (i == 0 && !spec.gpu.romFile.isEmpty())
            hostdev.set(Hostdev::romFile, spec.gpu.romFile);
        hostdev.setGuestAddress(int(*guestBus), 0, int(i), i == 0 && spec.gpu.functions.size() > 1);
    }
    // The rest of the group, slot by slot: each on a root port of its own, its functions on one
    // guest slot as on the host.
    QList<PciAddress> rest = spec.gpu.groupDevices;
    std::sort(rest.begin(), rest.end());
    for (qsizetype first = 0; first < rest.size();) {
        qsizetype end = first;
        while (end < rest.size() && rest[end].sameSlot(rest[first]))
            ++end;
        const qint64 bus = Controller::addRootPort(devices.dom()).get(Controller::index).value_or(0);
        for (qsizetype i = first; i < end; ++i) {
            Hostdev hostdev = devices.append<Hostdev>();
            hostdev.setPciSource(rest[i]);
            hostdev.setGuestAddress(int(bus), 0, int(i - first), i == first && end - first > 1);
        }
        first = end;
    }
}

void input(QDomElement domain, const VmSpec &spec)
{
    Devices devices = devicesOf(domain);
    const QSet<QString> wanted(spec.input.evdev.begin(), spec.input.evdev.end());
    for (Input existing : devices.children<Input>())
        if (existing.isEvdev() && wanted.contains(existing.get(Input::sourceDev)))
            existing.remove();
    bool grabbing = false;
    for (const QString &device : spec.input.evdev) {
        const bool keyboard = VmSpec::isKeyboard(device);
        Input::addEvdev(devices.dom(), device, keyboard, keyboard && !grabbing);
        grabbing = grabbing || keyboard;
    }
    if (!spec.input.usbController)
        return;
    for (Hostdev hostdev : devices.children<Hostdev>())
        if (hostdev.pciSource() == spec.input.usbController)
            hostdev.remove();
    devices.append<Hostdev>().setPciSource(*spec.input.usbController);
}

void display(QDomElement domain, const VmSpec &spec)
{
    Devices devices = devicesOf(domain);
    devices.removeChildren<Video>();
    Video video = devices.append<Video>();
    if (spec.gpu.address) {
        // The passed GPU is the display: its outputs drive the monitor.
        video.set(Video::model, u"none"_s);
        return;
    }
    video.set(Video::model, u"virtio"_s);
    video.set(Video::heads, 1);
    video.set(Video::primary, true);
    if (devices.existing<Graphics>().isNull())
        Graphics::addLocalVnc(devices.dom());
    const QList<Input> inputs = devices.children<Input>();
    if (std::none_of(inputs.begin(), inputs.end(), [](const Input &input) { return input.isTablet(); }))
        Input::addTablet(devices.dom());
}

void tpm(QDomElement domain, const VmSpec &spec)
{
    if (spec.tpm)
        devicesOf(domain).child<Tpm>().makeEmulated2();
}

void memballoon(QDomElement domain, const VmSpec &spec)
{
    Memballoon balloon = devicesOf(domain).child<Memballoon>();
    // A balloon cannot return hugepages or memory pinned for DMA by a passed-through device.
    if (spec.memory.hugepages != VmSpec::HugepageSize::Off || spec.gpu.address)
        balloon.makeNone();
    else
        balloon.makeVirtioUnlessSet();
}

} // namespace DomainPieces
