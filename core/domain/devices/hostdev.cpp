#include "domain/devices/hostdev.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString pci = u"pci"_s;

} // namespace

bool Hostdev::isPci() const
{
    // mode='capabilities' hands the guest a host resource, not a PCI function.
    return get(type) == pci && get(mode) == mode.fallback();
}

bool Hostdev::isUsb() const
{
    return get(type) == u"usb"_s;
}

std::optional<PciAddress> Hostdev::pciSource() const
{
    const auto domain = get(sourceDomain);
    const auto bus = get(sourceBus);
    const auto slot = get(sourceSlot);
    const auto function = get(sourceFunction);
    if (!isPci() || !domain || !bus || !slot || !function)
        return std::nullopt;
    // The ranges of the PCI address fields: a wider value is not a PCI address.
    if (*domain < 0 || *domain > 0xffff || *bus < 0 || *bus > 0xff || *slot < 0 || *slot > 0x1f || *function < 0 || *function > 7)
        return std::nullopt;
    return PciAddress{int(*domain), int(*bus), int(*slot), int(*function)};
}

void Hostdev::setPciSource(const PciAddress &function)
{
    set(mode, mode.fallback());
    set(type, pci);
    set(managed, true);
    set(sourceDomain, function.domain);
    set(sourceBus, function.bus);
    set(sourceSlot, function.device);
    set(sourceFunction, function.function);
}

std::optional<PciAddress> Hostdev::guestAddress() const
{
    if (!get(guestAddressPresent) || get(guestType) != pci)
        return std::nullopt;
    const auto bus = get(guestBus), slot = get(guestSlot), function = get(guestFunction);
    if (!bus || !slot || !function)
        return std::nullopt;
    return PciAddress{int(get(guestDomain).value_or(0)), int(*bus), int(*slot), int(*function)};
}

void Hostdev::setGuestAddress(int bus, int slot, int function, bool multifunctionDevice)
{
    set(guestAddressPresent, true);
    set(guestType, pci);
    set(guestDomain, 0);
    set(guestBus, bus);
    set(guestSlot, slot);
    set(guestFunction, function);
    if (multifunctionDevice)
        set(multifunction, true);
}
