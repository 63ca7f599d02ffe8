#include "domain/devices/interface.h"

namespace {

/// Sets one source attribute and drops the others (set first: the <source> element keeps its place).
void setSource(Interface &nic, const Property<Codec::Text> &kept, const QString &name)
{
    nic.set(kept, name);
    for (const auto *attribute : {&Interface::sourceNetwork, &Interface::sourceBridge, &Interface::sourceDev,
                                  &Interface::sourceMode, &Interface::sourcePortgroup})
        if (attribute != &kept)
            nic.clear(*attribute);
}

} // namespace

bool Interface::isNetwork() const
{
    return get(type) == QStringView(network);
}

bool Interface::isBridge() const
{
    return get(type) == QStringView(bridge);
}

bool Interface::isDirect() const
{
    return get(type) == u"direct";
}

QString Interface::source() const
{
    if (isNetwork())
        return get(sourceNetwork);
    return has(sourceBridge) ? get(sourceBridge) : get(sourceDev);
}

void Interface::setBridge(const QString &name)
{
    set(type, QString::fromUtf16(bridge));
    setSource(*this, sourceBridge, name);
}

void Interface::setNetwork(const QString &name)
{
    set(type, QString::fromUtf16(network));
    setSource(*this, sourceNetwork, name);
}
