#include "host/devices/blockdevice.h"

QString BlockDevice::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Disk: return QStringLiteral("disk");
    case Kind::Partition: return QStringLiteral("partition");
    case Kind::Zvol: return QStringLiteral("zvol");
    case Kind::Lvm: return QStringLiteral("lvm");
    case Kind::DeviceMapper: return QStringLiteral("dm");
    case Kind::Raid: return QStringLiteral("raid");
    case Kind::Other: break;
    }
    return QStringLiteral("other");
}
