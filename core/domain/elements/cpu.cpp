#include "domain/elements/cpu.h"

#include "domain/elements/domainelement.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

bool CpuFeature::isRequired() const
{
    const QString p = get(policy);
    return p == u"require"_s || p == u"force"_s;
}

void Cpu::makeHostPassthrough()
{
    set(mode, u"host-passthrough"_s);
    clear(match);
    removeChildren<CpuModel>();
    clear(vendor);
}

void Cpu::makeNamedModel(const QString &model)
{
    set(mode, u"custom"_s);
    set(match, u"exact"_s);
    clear(migratable);
    clear(cache);
    CpuModel element = child<CpuModel>();
    element.set(CpuModel::fallback, u"allow"_s);
    element.set(CpuModel::name, model);
    for (CpuFeature f : children<CpuFeature>())
        f.set(CpuFeature::policy, u"optional"_s);
}

void Cpu::setTopology(int s, int d, int c, int t)
{
    set(hasTopology, true);
    set(sockets, s);
    set(dies, d);
    set(cores, c);
    set(threads, t);
}

CpuFeature Cpu::feature(const QString &featureName) const
{
    for (const CpuFeature &f : children<CpuFeature>())
        if (f.get(CpuFeature::name) == featureName)
            return f;
    return {};
}

void Cpu::requireFeature(const QString &featureName)
{
    CpuFeature f = feature(featureName);
    if (f.isNull()) {
        f = append<CpuFeature>();
        f.set(CpuFeature::policy, u"require"_s);
        f.set(CpuFeature::name, featureName);
        return;
    }
    f.set(CpuFeature::policy, u"require"_s);
}

void Cpu::removeFeature(const QString &featureName)
{
    CpuFeature f = feature(featureName);
    if (!f.isNull())
        f.remove();
}

QStringList Cpu::requiredFeatures() const
{
    QStringList names;
    for (const CpuFeature &f : children<CpuFeature>())
        if (f.isRequired())
            names << f.get(CpuFeature::name);
    return names;
}

qint64 GuestNumaCell::memoryKiB() const
{
    return DomainElement::toKiB(get(memory).value_or(0), get(unit));
}

QList<Cpu::Cell> Cpu::numaCells() const
{
    QList<std::pair<qint64, Cell>> cells;
    for (const GuestNumaCell &cell : existing<GuestNuma>().children<GuestNumaCell>())
        cells.append({cell.get(GuestNumaCell::id).value_or(qint64(cells.size())),
                      Cell{cell.get(GuestNumaCell::cpus).value_or(QList<int>{}), cell.memoryKiB()}});
    std::stable_sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Cell> list;
    for (const auto &cell : std::as_const(cells))
        list.append(cell.second);
    return list;
}

namespace {

void setCellMemory(GuestNumaCell cell, qint64 kib)
{
    const bool gib = kib % (1024 * 1024) == 0;
    cell.set(GuestNumaCell::memory, gib ? kib / (1024 * 1024) : kib / 1024);
    cell.set(GuestNumaCell::unit, gib ? u"GiB"_s : u"MiB"_s);
}

} // namespace

void Cpu::setNumaCellMemory(const QList<qint64> &kib)
{
    QList<GuestNumaCell> cells = existing<GuestNuma>().children<GuestNumaCell>();
    std::stable_sort(cells.begin(), cells.end(), [](const GuestNumaCell &a, const GuestNumaCell &b) {
        return a.get(GuestNumaCell::id).value_or(0) < b.get(GuestNumaCell::id).value_or(0);
    });
    for (qsizetype i = 0; i < std::min(cells.size(), kib.size()); ++i)
        setCellMemory(cells[i], kib[i]);
}

void Cpu::setNumaCells(const QList<Cell> &cells)
{
    removeChildren<GuestNuma>();
    if (cells.isEmpty())
        return;
    GuestNuma numa = child<GuestNuma>();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        GuestNumaCell cell = numa.append<GuestNumaCell>();
        cell.set(GuestNumaCell::id, i);
        cell.set(GuestNumaCell::cpus, cells[i].vcpus);
        setCellMemory(cell, cells[i].memoryKiB);
    }
}
