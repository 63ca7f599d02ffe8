#include "domain/devices/memballoon.h"

using namespace Qt::Literals::StringLiterals;

bool Memballoon::isNone() const
{
    return get(model) == QStringView(none);
}

void Memballoon::makeNone()
{
    set(model, QString::fromUtf16(none));
    clearContent(); // a balloon that is not there has no statistics period or address
}

void Memballoon::makeVirtioUnlessSet()
{
    if (!has(model) || isNone())
        set(model, u"virtio"_s);
}
