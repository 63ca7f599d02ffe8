#include "util/pciaddress.h"

#include <QList>

#include <cstdio>

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
    // Formatted by hand: a large host's scan prints thousands of addresses.
    char text[24];
    const int n = std::snprintf(text, sizeof text, "%04x:%02x:%02x.%x", unsigned(domain), unsigned(bus),
                                unsigned(device), unsigned(function));
    return QString::fromLatin1(text, n);
}
