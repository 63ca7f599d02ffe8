#include "host/devices/hostuse.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString withDetails(const QString &head, const QStringList &details)
{
    return details.isEmpty() ? head : head + u" ("_s + details.join(u", "_s) + u')';
}

} // namespace

// The words are data (JSON keys' values, the GUI's row text), not sentences: never translated.
QString HostUse::word() const
{
    switch (kind) {
    case Kind::Mount: return name;
    case Kind::Swap: return u"swap "_s + name;
    case Kind::ZfsPool: return withDetails(u"ZFS pool "_s + name, details);
    case Kind::Lvm: return withDetails(u"LVM "_s + name, details);
    case Kind::Raid: return withDetails(u"RAID "_s + name, details);
    case Kind::Crypt: return withDetails(u"dm-crypt "_s + name, details);
    case Kind::DeviceMapper: return withDetails(u"dm "_s + name, details);
    case Kind::Holder: return withDetails(u"held by "_s + name, details);
    case Kind::Display: return withDetails(u"display"_s, details.isEmpty() ? QStringList{u"boot console"_s} : details);
    case Kind::Keyboard: return u"keyboard ("_s + name + u')';
    case Kind::Mouse: return u"mouse ("_s + name + u')';
    case Kind::Network:
        return u"NIC "_s + name
               + (details.isEmpty() ? u" (default route)"_s : u" (default route through "_s + details.join(u", "_s) + u')');
    case Kind::Disk: return withDetails(u"disk "_s + name, details);
    }
    return name;
}

QStringList HostUse::words(const QList<HostUse> &uses)
{
    QStringList out;
    for (const HostUse &use : uses)
        out << use.word();
    return out;
}

void HostUse::add(QList<HostUse> &uses, const HostUse &use)
{
    for (HostUse &known : uses) {
        if (known.kind != use.kind || known.name != use.name)
            continue;
        for (const QString &detail : use.details)
            if (!known.details.contains(detail))
                known.details << detail;
        return;
    }
    uses << use;
}
