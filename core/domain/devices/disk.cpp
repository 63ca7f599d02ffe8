#include "domain/devices/disk.h"

using namespace Qt::Literals::StringLiterals;

bool Disk::isDisk() const
{
    return get(device) == QStringView(device.fallback());
}

bool Disk::isCdrom() const
{
    return get(device) == QStringView(cdrom);
}

bool Disk::isBlock() const
{
    return get(type) == u"block"_s;
}

QString Disk::sourcePath() const
{
    return has(sourceDev) ? get(sourceDev) : get(sourceFile);
}

void Disk::setSource(bool block, const QString &path)
{
    set(type, block ? u"block"_s : u"file"_s);
    set(block ? sourceDev : sourceFile, path);
    clear(block ? sourceFile : sourceDev);
}

QString Disk::targetPrefix(const QString &bus)
{
    return bus == u"virtio"_s ? u"vd"_s : u"sd"_s;
}

QString Disk::freeTarget(const QString &prefix, QSet<QString> &used)
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

QSet<QString> Disk::usedTargets(const QDomElement &devices)
{
    QSet<QString> used;
    for (const Disk &disk : Element(devices).children<Disk>())
        used.insert(disk.get(target));
    return used;
}

Disk Disk::appendAfterDisks(QDomElement devices)
{
    const QList<Disk> disks = Element(devices).children<Disk>();
    if (disks.isEmpty())
        return Element(devices).append<Disk>();
    QDomElement disk = devices.ownerDocument().createElement(QString::fromUtf16(tag));
    devices.insertAfter(disk, disks.last().dom());
    return Disk(disk);
}

void Disk::setDriveAddress(qint64 controller, qint64 unit)
{
    clear(address);
    set(addressType, u"drive"_s);
    set(addressController, controller);
    // Bus and target default to 0, the only ones a virtio-scsi controller has.
    set(addressUnit, unit);
}

qint64 Disk::freeUnit(const QDomElement &devices, qint64 controller)
{
    qint64 unit = 0;
    for (const Disk &disk : Element(devices).children<Disk>())
        if (disk.get(addressType) == u"drive"_s && disk.get(addressController).value_or(0) == controller)
            unit = std::max(unit, disk.get(addressUnit).value_or(0) + 1);
    return unit;
}
