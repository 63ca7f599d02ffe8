#include "pciaddress.h"

#include <QList>

std::optional<PciAddress> PciAddress::parse(QStringView text)
{
    const QList<QStringView> parts = text.trimmed().split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    const QStringView slot = parts.back();
    const qsizetype dot = slot.indexOf(u'.');
    if (dot < 0)
        return std::nullopt;
    auto hex = [](QStringView field, int maxDigits, int limit) -> std::optional<int> {
        if (field.isEmpty() || field.size() > maxDigits)
            return std::nullopt;
        bool ok = false;
        const int value = field.toInt(&ok, 16);
        if (!ok || value < 0 || value > limit)
            return std::nullopt;
        return value;
    };
    PciAddress address;
    const auto domain = parts.size() == 3 ? hex(parts[0], 8, 0x7fffffff) : std::optional<int>(0);
    const auto bus = hex(parts[parts.size() - 2], 2, 0xff);
    const auto device = hex(slot.left(dot), 2, 0x1f);
    const auto function = hex(slot.mid(dot + 1), 1, 7);
    if (!domain || !bus || !device || !function)
        return std::nullopt;
    address.domain = *domain;
    address.bus = *bus;
    address.device = *device;
    address.function = *function;
    return address;
}

QString PciAddress::toString() const
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(domain, 4, 16, QLatin1Char('0'))
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(device, 2, 16, QLatin1Char('0'))
        .arg(function);
}
