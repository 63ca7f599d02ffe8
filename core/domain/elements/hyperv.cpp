#include "domain/elements/hyperv.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// One declaration per enlightenment: its state property, its name in the list.
const Property<Codec::OnOff> relaxed{Hyperv::tag, u"relaxed/@state"};
const Property<Codec::OnOff> vapic{Hyperv::tag, u"vapic/@state"};
const Property<Codec::OnOff> spinlocks{Hyperv::tag, u"spinlocks/@state"};
const Property<Codec::OnOff> vpindex{Hyperv::tag, u"vpindex/@state"};
const Property<Codec::OnOff> runtime{Hyperv::tag, u"runtime/@state"};
const Property<Codec::OnOff> synic{Hyperv::tag, u"synic/@state"};
const Property<Codec::OnOff> stimer{Hyperv::tag, u"stimer/@state"};
const Property<Codec::OnOff> reset{Hyperv::tag, u"reset/@state"};
const Property<Codec::OnOff> frequencies{Hyperv::tag, u"frequencies/@state"};
const Property<Codec::OnOff> tlbflush{Hyperv::tag, u"tlbflush/@state"};
const Property<Codec::OnOff> ipi{Hyperv::tag, u"ipi/@state"};

} // namespace

const QList<const Property<Codec::OnOff> *> &Hyperv::enlightenments()
{
    static const QList<const Property<Codec::OnOff> *> list = {&relaxed, &vapic, &spinlocks, &vpindex, &runtime, &synic,
                                                               &stimer, &reset, &frequencies, &tlbflush, &ipi};
    return list;
}

QString Hyperv::nameOf(const Property<Codec::OnOff> &enlightenment)
{
    return enlightenment.xmlPath().steps().first().tag;
}

bool Hyperv::isPassthrough() const
{
    return !isNull() && get(mode) == u"passthrough"_s;
}

void Hyperv::enableEnlightenments()
{
    if (isPassthrough())
        return;
    if (!has(mode))
        set(mode, u"custom"_s);
    for (const Property<Codec::OnOff> *state : enlightenments())
        set(*state, true);
    set(spinlockRetries, 8191);
    set(stimerDirect, true);
}

QStringList Hyperv::missingEnlightenments() const
{
    QStringList missing;
    for (const Property<Codec::OnOff> *state : enlightenments())
        if (!get(*state).value_or(false))
            missing << nameOf(*state);
    // Fewer retries than libvirt's minimum make the spinlock enlightenment a no-op.
    if (!missing.contains(nameOf(spinlocks)) && get(spinlockRetries).value_or(0) < 4095)
        missing << nameOf(spinlocks);
    if (!missing.contains(nameOf(stimer)) && !get(stimerDirect).value_or(false))
        missing << nameOf(stimer) + QStringLiteral(" (direct)");
    return missing;
}

void Hyperv::setVendorId(const QString &value)
{
    if (value.isEmpty()) {
        clear(hasVendorId);
        return;
    }
    if (isPassthrough())
        return;
    set(vendorIdState, true);
    set(vendorId, value);
}
