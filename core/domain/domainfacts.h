#pragma once

#include "util/pciaddress.h"

#include <QDomDocument>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/// What a domain's XML says, read once through the element model into plain values for the
/// lint rules, the reader and the test boot. Only reads; what no rule needs is not represented.
struct DomainFacts
{
    struct Disk
    {
        QString target;
        QString bus;    ///< as libvirt spells it: virtio, scsi, sata, ide, ...
        bool disk = true;  ///< a disk (not a CD-ROM, floppy or LUN)
        bool cdrom = false;
        bool block = false; ///< on a block device (not an image file)
        QString source;
        QString cache;  ///< empty: libvirt's default (writeback)
        QString io;
        QString discard;
        int rotationRate = 0;
        std::optional<int> iothread;
        std::optional<int> bootOrder;
        bool readonly = false;
    };
    /// A passed PCI function and where the guest sees it.
    struct Hostdev
    {
        PciAddress source;
        std::optional<PciAddress> guest; ///< empty: libvirt assigns one
        bool multifunction = false;
        bool managed = true;   ///< libvirt detaches it from the host driver itself
        QString romFile;
    };
    struct Interface
    {
        QString type;    ///< network, bridge, direct, user
        bool nat = false; ///< on a libvirt network
        bool bridged = false; ///< on a host bridge
        bool macvtap = false; ///< type direct: on a host NIC through macvtap
        QString sourceMode;   ///< a macvtap's mode (bridge, vepa, private, passthrough)
        QString model;
        QString source;  ///< network or bridge name
        QString mac;
    };

    QString name;
    bool kvm = true; ///< hardware virtualisation (type kvm), not QEMU's emulator
    QString machine;
    QString arch;
    bool q35 = false;
    bool uefi = false;
    QString emulator; ///< the QEMU binary the domain names; empty: libvirt's default
    qint64 memoryKiB = 0;
    qint64 currentMemoryKiB = 0; ///< 0: not given (the same as memory)
    int vcpus = 0;
    std::optional<int> currentVcpus;
    int sockets = 0, dies = 1, cores = 0, threads = 0; ///< 0: no topology element
    QString cpuMode;
    QString cpuModel; ///< the named model of a custom CPU
    bool hostPassthrough = false;
    QStringList cpuFeatures; ///< required or forced features
    QMap<int, QList<int>> pins; ///< vCPU -> host CPUs
    /// vCPU -> its one host CPU, when every vCPU is pinned to exactly one.
    std::optional<QList<int>> onePinEach;
    QList<int> emulatorPins;
    /// <numatune>: whether there is one, its memory nodeset, whether every part is strict, and
    /// guest cell -> host nodes of its memnodes.
    bool numatune = false;
    QList<int> numatuneNodes;
    bool numatuneStrict = false;
    QMap<int, QList<int>> memnodes;
    struct NumaCell
    {
        QList<int> vcpus;
        qint64 memoryKiB = 0;
    };
    QList<NumaCell> numaCells; ///< the guest's NUMA nodes (<cpu><numa>)
    bool hugepages = false;
    qint64 hugepageKiB = 0; ///< 0: the host's default size
    bool memballoonNone = false;
    QList<PciAddress> pciHostdevs;
    QList<Hostdev> hostdevs; ///< the valid PCI ones, in document order
    QList<Disk> disks;
    QList<Interface> interfaces;
    bool hyperv = false;
    bool hypervPassthrough = false;
    QStringList hypervMissing; ///< enlightenments the generated VM has and this one has not
    bool acpi = false;
    bool apic = false;
    bool smm = false;
    bool vendorIdSet = false;
    bool kvmHidden = false;
    bool windows = false; ///< judged from libosinfo metadata, Hyper-V features or a local-time clock
    QString vendorId;
    bool usbHostdevs = false; ///< USB devices passed through one by one
    bool tpm = false;
    QString tpmVersion;
    std::optional<bool> hpet;        ///< the HPET timer's present attribute
    std::optional<bool> hypervClock; ///< the Hyper-V reference clock's present attribute
    QString rtcTickpolicy;
    QString pitTickpolicy;
    QStringList videoModels;
    QStringList inputTypes;
    /// A host input device passed with evdev.
    struct Evdev
    {
        QString device;
        QString grab;
        QString grabToggle;
        bool repeat = false;
    };
    QList<Evdev> evdev;
    std::optional<bool> suspendToMem;
    std::optional<bool> suspendToDisk;
    bool secureBoot = false;
    int iothreads = 0;
    QList<int> iothreadPins;

    static DomainFacts read(const QDomDocument &document);
};
