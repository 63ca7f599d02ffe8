#include "host/devices/inputdevice.h"

#include <QRegularExpression>

QString InputDevice::displayName() const
{
    static const QRegularExpression prefix(QStringLiteral("^(usb|platform|pci|bluetooth)-"));
    static const QRegularExpression suffix(QStringLiteral("(-if\\d+)?-event-(kbd|mouse)$"));
    QString name = path.section(u'/', -1);
    name.remove(prefix);
    name.remove(suffix);
    return name.replace(u'_', u' ');
}
