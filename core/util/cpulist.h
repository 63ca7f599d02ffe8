#pragma once

#include <QList>
#include <QString>

#include <optional>

/// The kernel's two ways of writing a set of CPUs, as sysfs, procfs and libvirt's cpuset use them.
namespace CpuList {

/// A kernel CPU list ("0-3,8-11", "5", "" for none) as sorted unique ids; nullopt for garbage.
std::optional<QList<int>> parse(QStringView text);
/// The shortest CPU list string for a set of ids ("0-3,8-11").
QString format(QList<int> cpus);
/// A kernel CPU mask ("ff", "00000000,0000000f": 32-bit hex words, most significant first).
std::optional<QList<int>> parseMask(QStringView text);
QString formatMask(const QList<int> &cpus);

} // namespace CpuList
