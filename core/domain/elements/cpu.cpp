#include "domain/elements/cpu.h"

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
