#pragma once

#include "util/pciaddress.h"

#include <QList>
#include <QMap>
#include <QString>

#include <algorithm>
#include <optional>

/// Every choice that defines the VM: what the wizard's pages edit, what the planners fill
/// with defaults and what the writers turn into domain XML and a NixOS module. A plain value.
struct VmSpec
{
    enum class Os { Windows10, Windows11, Linux };
    enum class HugepageSize { Off, Size2M, Size1G };
    enum class NetworkMode { ExistingBridge, NewBridge, Nat };
    enum class DiskSource { Zvol, LogicalVolume, WholeDisk, ImageFile };
    enum class DiskBus { VirtioBlk, VirtioScsi, Sata };

    struct Gpu
    {
        std::optional<PciAddress> address; ///< the display function; empty: no passthrough
        QList<PciAddress> functions;       ///< every function passed, the display one first
        QList<QString> functionIds;        ///< vendor:device of each function, for vfio-pci.ids
        QString romFile;
        /// The other devices of the GPU's IOMMU group (a group goes to a VM whole), passed with it
        /// only when the user gave each explicitly; bound to vfio-pci by address.
        QList<PciAddress> groupDevices;
    };

    struct Error43Fix
    {
        bool enabled = false;
        /// 1-12 characters, anything but "Microsoft Hv"
        static inline const QString defaultVendorId = QStringLiteral("0123456789ab");
        QString vendorId = defaultVendorId;
    };

    /// One NUMA node of the guest: its vCPUs and the host node its memory is bound to.
    struct NumaCell
    {
        QList<int> vcpus;
        int hostNode = 0;
        bool operator==(const NumaCell &) const = default;
    };

    struct Cpu
    {
        int vcpus = 4;
        int sockets = 1;
        int dies = 1;
        int cores = 2;
        int threads = 2;
        QList<int> pins;          ///< host CPU of each vCPU (index = vCPU); empty: not pinned
        QList<int> emulatorPins;  ///< where QEMU's emulator threads run: the host's reserved threads
        QList<int> iothreadPins;  ///< where the I/O thread runs
        int iothreads = 1;
        bool amdTopoext = false;  ///< AMD hosts need topoext for SMT in the guest
        /// The guest's NUMA nodes when the vCPUs span host nodes, laid out as the pins are;
        /// empty: the guest has one node.
        QList<NumaCell> numaCells;
        /// While the VM runs, a libvirt hook keeps the host's own tasks off the vCPUs' threads
        /// (AllowedCPUs of system.slice, user.slice and init.scope). Only for a pinned VM.
        bool isolateHost = true;

        bool isolates() const { return isolateHost && !pins.isEmpty(); }
    };

    struct Memory
    {
        qint64 sizeMiB = 8192;
        HugepageSize hugepages = HugepageSize::Off;
        qint64 hugepageCount = 0;
        /// The host NUMA nodes guest memory is bound to (numatune, strict); empty: anywhere,
        /// the right answer on a one-node host.
        QList<int> hostNodes;
    };

    struct Network
    {
        NetworkMode mode = NetworkMode::Nat;
        QString bridge;   ///< existing or new bridge
        QString uplink;   ///< the NIC a new bridge is built over
        QString mac;      ///< empty: libvirt picks one
        QString model = QStringLiteral("virtio");
    };

    struct Disk
    {
        DiskSource source = DiskSource::ImageFile;
        QString path;
        DiskBus bus = DiskBus::VirtioBlk;
        QString cache = QStringLiteral("none");
        QString io = QStringLiteral("native");
        bool discard = true;
        int rotationRate = 0;  ///< 0: not set; 1: SSD; 7200 etc.: an HDD's speed
        qint64 sizeBytes = 0;  ///< of a new image file; 0 for an existing source
    };

    /// Keyboard and mouse for a VM whose screen is the passed GPU (it has no window on the host).
    struct Input
    {
        /// The host's keyboards and mice passed with evdev (/dev/input/by-id/...-event-kbd or
        /// -event-mouse); both Ctrl keys together switch them between host and guest.
        QStringList evdev;
        /// A whole USB controller passed instead, with whatever is plugged into it.
        std::optional<PciAddress> usbController;

        /// Whether the evdev devices include a keyboard, and anything else (a mouse).
        bool evdevKeyboard() const { return std::any_of(evdev.begin(), evdev.end(), &VmSpec::isKeyboard); }
        bool evdevMouse() const { return std::any_of(evdev.begin(), evdev.end(), [](const QString &d) { return !VmSpec::isKeyboard(d); }); }
    };

    int version = 1;
    QString name = QStringLiteral("win10");
    Os os = Os::Windows10;
    Gpu gpu;
    Error43Fix error43;
    Cpu cpu;
    Memory memory;
    Network network;
    QList<Disk> disks;
    Input input;
    /// An installer ISO (Windows or Linux) attached as a CD-ROM and booted first; empty: the
    /// boot disk holds an installed system (the article's Windows disk) and boots directly.
    QString installIso;
    QString virtioIso;       ///< the virtio-win driver ISO, attached as a SATA CD-ROM
    /// The boot disk stays on SATA and a small virtio disk is added, so Windows installs the
    /// virtio driver before its boot disk needs it.
    bool driverStaging = false;
    bool tpm = false;
    bool secureBoot = false;
    QString user;            ///< put into the libvirtd group by the NixOS module
    bool defineAtBoot = false; ///< the NixOS module defines the domain from its XML at boot
    /// Devices the user explicitly gave the VM although the host uses them (disk paths, PCI
    /// addresses): their consent, kept with the plan so that re-planning does not ask again.
    QStringList allowedHostUse;

    bool isWindows() const { return os != Os::Linux; }
    /// A keyboard among the host's input devices, by udev's name for it.
    static bool isKeyboard(const QString &inputDevice) { return inputDevice.endsWith(QLatin1String("-event-kbd")); }
    /// The small virtio disk of driver staging: an image file beside the default images.
    QString stagingDiskPath() const { return stagingDiskPath(name); }
    static QString stagingDiskPath(const QString &vmName);
    static constexpr qint64 stagingDiskBytes = 1LL << 30;
    /// The staging disk itself: a small raw image on virtio-blk.
    static Disk stagingDisk(const QString &vmName);
    qint64 hugepageSizeKiB() const;
    /// The memory of guest NUMA cell `index` in MiB: the guest's memory split as its vCPUs are,
    /// in whole hugepages, the last cell taking what rounding leaves.
    qint64 cellMemoryMiB(qsizetype index) const;
    /// How many hugepages each host node must hold for this VM; empty when the memory is not
    /// bound to nodes (the pages may then come from any node).
    QMap<int, qint64> hugepagesPerNode() const;
};
