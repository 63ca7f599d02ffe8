#include "domain/elements/memorybacking.h"

#include "domain/elements/domainelement.h"

using namespace Qt::Literals::StringLiterals;

std::optional<qint64> MemoryBacking::hugepageKiB() const
{
    const Hugepages hugepages = existing<Hugepages>();
    if (hugepages.isNull())
        return std::nullopt;
    const HugepagePage page = hugepages.existing<HugepagePage>();
    if (page.isNull())
        return 0;
    return DomainElement::toKiB(page.get(HugepagePage::size).value_or(0), page.get(HugepagePage::unit));
}

void MemoryBacking::setHugepageKiB(qint64 kib)
{
    if (kib <= 0) {
        removeChildren<Hugepages>();
        return;
    }
    Hugepages hugepages = child<Hugepages>();
    hugepages.removeChildren<HugepagePage>();
    HugepagePage page = hugepages.append<HugepagePage>();
    const bool gib = kib % (1024 * 1024) == 0;
    page.set(HugepagePage::size, gib ? kib / (1024 * 1024) : kib / 1024);
    page.set(HugepagePage::unit, gib ? u"GiB"_s : u"MiB"_s);
}
