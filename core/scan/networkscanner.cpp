#include "scan/networkscanner.h"

#include "scan/sysfsparse.h"
#include "scan/sysfsreader.h"

QList<NetInterface> NetworkScanner::scan()
{
    using P = SysfsReader::Presence;
    QList<NetInterface> interfaces;
    const QString classNet = QStringLiteral("/sys/class/net");
    for (const QString &name : m_reader.entries(classNet, P::Optional)) {
        if (name == QLatin1String("lo") || name == QLatin1String("bonding_masters"))
            continue;
        const QString dir = classNet + u'/' + name;
        NetInterface nic;
        nic.name = name;
        nic.mac = m_reader.readLine(dir + QStringLiteral("/address"), P::Optional).value_or(QString());
        nic.state = m_reader.readLine(dir + QStringLiteral("/operstate"), P::Optional).value_or(QString());
        // speed reads -1 or fails with EINVAL while the link is down: both mean "unknown".
        if (nic.state == QLatin1String("up")) {
            const auto speed = m_reader.readInteger(dir + QStringLiteral("/speed"), P::Silent);
            if (speed && *speed > 0)
                nic.speedMbps = int(*speed);
        }
        // `device` links to the hardware behind a physical NIC; virtual ones have none.
        if (const auto device = m_reader.linkDestination(dir + QStringLiteral("/device"), P::Optional)) {
            nic.physical = true;
            nic.pciDevice = PciAddress::parse(device->section(u'/', -1));
        }
        nic.wireless = m_reader.exists(dir + QStringLiteral("/wireless"))
                       || m_reader.exists(dir + QStringLiteral("/phy80211"));
        if (m_reader.exists(dir + QStringLiteral("/bridge"))) {
            nic.bridge = true;
            nic.members = m_reader.entries(dir + QStringLiteral("/brif"), P::Optional);
        }
        if (const auto master = m_reader.linkDestination(dir + QStringLiteral("/master"), P::Optional))
            nic.master = master->section(u'/', -1);
        interfaces.append(nic);
    }
    if (const auto routes = m_reader.read(u"/proc/net/route", P::Optional)) {
        const QString name = SysfsParse::defaultRouteInterface(*routes);
        for (NetInterface &nic : interfaces)
            nic.defaultRoute = nic.name == name;
    }
    return interfaces;
}
