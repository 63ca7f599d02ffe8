#pragma once

#include "spec/vmspec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

/// The names of an enum's values, each spelled once: in profiles, on the command line and,
/// where libvirt spells a value differently (a disk's bus), in the domain.
template<typename Enum>
class EnumNames
{
public:
    struct Entry
    {
        Enum value;
        const char16_t *name;
        const char16_t *libvirt = nullptr; ///< libvirt's spelling where it differs
    };

    EnumNames(std::initializer_list<Entry> entries) : m_entries(entries) {}

    QString name(Enum value) const
    {
        for (const Entry &e : m_entries)
            if (e.value == value)
                return QString::fromUtf16(e.name);
        return {};
    }
    std::optional<Enum> value(QStringView name, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        for (const Entry &e : m_entries)
            if (name.compare(QStringView(e.name), cs) == 0)
                return e.value;
        return std::nullopt;
    }
    QStringList names() const
    {
        QStringList list;
        for (const Entry &e : m_entries)
            list << QString::fromUtf16(e.name);
        return list;
    }
    QString libvirtName(Enum value) const
    {
        for (const Entry &e : m_entries)
            if (e.value == value)
                return QString::fromUtf16(e.libvirt ? e.libvirt : e.name);
        return {};
    }
    std::optional<Enum> fromLibvirt(QStringView name) const
    {
        for (const Entry &e : m_entries)
            if (name == QStringView(e.libvirt ? e.libvirt : e.name))
                return e.value;
        return std::nullopt;
    }
    QStringList libvirtNames() const
    {
        QStringList list;
        for (const Entry &e : m_entries)
            list << QString::fromUtf16(e.libvirt ? e.libvirt : e.name);
        return list;
    }

private:
    QList<Entry> m_entries;
};

namespace Names {
extern const EnumNames<VmSpec::Os> os;
extern const EnumNames<VmSpec::HugepageSize> hugepages;
extern const EnumNames<VmSpec::NetworkMode> networkMode;
extern const EnumNames<VmSpec::DiskSource> diskSource;
extern const EnumNames<VmSpec::DiskBus> diskBus;
} // namespace Names
