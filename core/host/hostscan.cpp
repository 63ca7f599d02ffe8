#include "host/hostscan.h"

#include <QCryptographicHash>

const PciDevice *HostScan::pciDevice(const PciAddress &address) const
{
    for (const PciDevice &d : pci)
        if (d.address == address)
            return &d;
    return nullptr;
}

const NetInterface *HostScan::interface(const QString &name) const
{
    for (const NetInterface &n : network)
        if (n.name == name)
            return &n;
    return nullptr;
}

QString HostScan::isolationHookName(const QString &vmName)
{
    QString safe;
    for (QChar c : vmName.left(64))
        safe += (c.isLetterOrNumber() && c.unicode() < 0x80) || c == u'-' || c == u'.' || c == u'_' ? c : QChar(u'_');
    const QByteArray hash = QCryptographicHash::hash(vmName.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return QStringLiteral("vfio-wizard-isolate-") + safe + u'-' + QString::fromLatin1(hash);
}

bool HostScan::isolatesHostFor(const QString &vmName) const
{
    const QString ours = isolationHookName(vmName);
    for (const QString &path : isolationHooks) {
        const QString file = path.section(u'/', -1);
        if (file.startsWith(QLatin1String("vfio-wizard-isolate-"))) {
            if (file == ours)
                return true;
            continue;
        }
        // libvirt's per-VM layout of the hook collections: qemu.d/<vm>/<operation>/<phase>/script.
        const QStringList parts = path.split(u'/');
        const qsizetype d = parts.indexOf(QStringLiteral("qemu.d"));
        if (d >= 0 && d + 2 < parts.size()) {
            if (parts[d + 1] == vmName)
                return true;
            continue;
        }
        return true; // one hook for every VM
    }
    return false;
}
