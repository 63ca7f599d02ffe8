#include "domain/elements/numatune.h"

#include <algorithm>

QList<int> Numatune::nodes() const
{
    return get(memoryNodeset).value_or(QList<int>{});
}

bool Numatune::isStrict() const
{
    return get(memoryMode) == QStringView(strict);
}

bool Numatune::allStrict() const
{
    const QList<Memnode> memnodes = children<Memnode>();
    return (isStrict() || nodes().isEmpty())
           && std::all_of(memnodes.begin(), memnodes.end(), [](const Memnode &m) { return m.get(Memnode::mode) == QStringView(strict); });
}

QMap<int, QList<int>> Numatune::cellNodes() const
{
    QMap<int, QList<int>> cells;
    for (const Memnode &memnode : children<Memnode>())
        cells.insert(int(memnode.get(Memnode::cellid).value_or(-1)), memnode.get(Memnode::nodeset).value_or(QList<int>{}));
    return cells;
}

void Numatune::setStrict(const QList<int> &hostNodes, const QList<int> &cellHostNodes)
{
    set(memoryMode, QString::fromUtf16(strict));
    set(memoryNodeset, hostNodes);
    removeChildren<Memnode>();
    for (qsizetype cell = 0; cell < cellHostNodes.size(); ++cell) {
        Memnode memnode = append<Memnode>();
        memnode.set(Memnode::cellid, cell);
        memnode.set(Memnode::mode, QString::fromUtf16(strict));
        memnode.set(Memnode::nodeset, QList<int>{cellHostNodes[cell]});
    }
}
