#pragma once

#include "domain/model/element.h"

#include <QSet>

/// <disk>: a block device, image file or CD-ROM, its driver tuning and guest target.
class Disk : public Element
{
public:
    static constexpr char16_t tag[] = u"disk";
    using Element::Element;

    static inline const ChildOrder order{tag,
        {u"driver", u"source", u"backingStore", u"target", u"iotune", u"boot", u"readonly", u"shareable", u"serial",
         u"wwn", u"address"}};

    static inline const Property<Codec::Text> type{tag, u"@type"};
    /// libvirt's default device is a disk.
    static inline const Property<Codec::Text> device{tag, u"@device", QStringLiteral("disk")};
    static inline const Property<Codec::Text> driverName{tag, u"driver/@name"};
    static inline const Property<Codec::Text> format{tag, u"driver/@type"};
    static inline const Property<Codec::Text> cache{tag, u"driver/@cache"};
    static inline const Property<Codec::Text> io{tag, u"driver/@io"};
    static inline const Property<Codec::Text> discard{tag, u"driver/@discard"};
    static inline const Property<Codec::Int> iothread{tag, u"driver/@iothread"};
    static inline const Property<Codec::Text> sourceDev{tag, u"source/@dev"};
    static inline const Property<Codec::Text> sourceFile{tag, u"source/@file"};
    static inline const Property<Codec::Text> target{tag, u"target/@dev"};
    static inline const Property<Codec::Text> bus{tag, u"target/@bus"};
    static inline const Property<Codec::Int> rotationRate{tag, u"target/@rotation_rate"};
    static inline const Property<Codec::Int> bootOrder{tag, u"boot/@order"};
    static inline const Property<Codec::Presence> readonly{tag, u"readonly"};
    /// Where the disk sits on its controller; it belongs to the old bus when the bus changes.
    static inline const Property<Codec::Presence> address{tag, u"address"};
    static inline const Property<Codec::Text> addressType{tag, u"address/@type"};
    static inline const Property<Codec::Int> addressController{tag, u"address/@controller"};
    static inline const Property<Codec::Int> addressUnit{tag, u"address/@unit"};

    static constexpr char16_t cdrom[] = u"cdrom";

    bool isDisk() const;
    bool isCdrom() const;
    bool isBlock() const;
    /// The host path behind the disk: the block device or the file.
    QString sourcePath() const;
    /// A block device (source dev) or an image file (source file).
    void setSource(bool block, const QString &path);
    /// The prefix of the target names on a bus: vd for virtio, sd for SATA and SCSI.
    static QString targetPrefix(const QString &bus);
    /// The first target name with this prefix that `used` does not hold, in the kernel's
    /// sequence: vda ... vdz, vdaa, vdab, ...; the name is added to `used`.
    static QString freeTarget(const QString &prefix, QSet<QString> &used);
    /// Puts the disk on a drive controller (SCSI index `controller`) at `unit`.
    void setDriveAddress(qint64 controller, qint64 unit);
    /// The first unit on drive controller `controller` that no disk's address holds.
    static qint64 freeUnit(const QDomElement &devices, qint64 controller);
    /// A new disk right after the last one (where the domain keeps its disks, even out of
    /// libvirt's order), or at libvirt's place for the first.
    static Disk appendAfterDisks(QDomElement devices);
    /// The targets of every disk under `devices`.
    static QSet<QString> usedTargets(const QDomElement &devices);
};
