#pragma once

#include <QHashFunctions>
#include <QString>

#include <compare>
#include <optional>

/// A PCI function address, `domain:bus:device.function` (`0000:04:00.1`).
struct PciAddress
{
    int domain = 0;
    int bus = 0;
    int device = 0;
    int function = 0;

    /// Parses `0000:04:00.1` or the short `04:00.1` (domain 0).
    static std::optional<PciAddress> parse(QStringView text);
    QString toString() const;
    /// True when both are functions of one slot (one physical device).
    bool sameSlot(const PciAddress &other) const
    {
        return domain == other.domain && bus == other.bus && device == other.device;
    }

    auto operator<=>(const PciAddress &) const = default;
    bool operator==(const PciAddress &) const = default;
};

inline size_t qHash(const PciAddress &address, size_t seed = 0) noexcept
{
    return ::qHash((quint64(quint32(address.domain)) << 16) | (address.bus << 8) | (address.device << 3) | address.function, seed);
}
