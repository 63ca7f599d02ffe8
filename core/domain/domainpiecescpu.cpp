// The CPU and memory pieces of a domain.
#include "domain/domainpieces.h"

#include "domain/elements/cpu.h"
#include "domain/elements/cputune.h"
#include "domain/elements/domainelement.h"
#include "domain/elements/memorybacking.h"
#include "domain/elements/numatune.h"
#include "spec/vmspec.h"

using namespace Qt::Literals::StringLiterals;

namespace DomainPieces {

void memory(QDomElement domain, const VmSpec &spec)
{
    DomainElement root(domain);
    root.setMemoryMiB(spec.memory.sizeMiB);
    hugepages(domain, spec);
    // The guest's NUMA cells hold the memory between them (libvirt sums them): they follow.
    QList<qint64> cellKiB;
    for (qsizetype i = 0; i < spec.cpu.numaCells.size(); ++i)
        cellKiB << spec.cellMemoryMiB(i) * 1024;
    if (Cpu cpu = root.existing<Cpu>(); !cpu.isNull() && !cellKiB.isEmpty())
        cpu.setNumaCellMemory(cellKiB);
}

void hugepages(QDomElement domain, const VmSpec &spec)
{
    DomainElement root(domain);
    if (spec.memory.hugepages == VmSpec::HugepageSize::Off) {
        MemoryBacking backing = root.existing<MemoryBacking>();
        backing.setHugepageKiB(0);
        if (!backing.isNull() && backing.dom().firstChildElement().isNull())
            backing.remove();
        return;
    }
    root.child<MemoryBacking>().setHugepageKiB(spec.hugepageSizeKiB());
}

void vcpus(QDomElement domain, const VmSpec &spec)
{
    DomainElement root(domain);
    root.set(DomainElement::vcpus, spec.cpu.vcpus);
    root.set(DomainElement::vcpuPlacement, u"static"_s);
    // Current equal to the maximum: virt-manager's "Current allocation" does not follow the
    // maximum, and a guest then sees fewer CPUs than it was given.
    root.clear(DomainElement::currentVcpus);
    root.clear(DomainElement::vcpuCpuset);
    if (spec.cpu.iothreads > 0)
        root.set(DomainElement::iothreads, spec.cpu.iothreads);
}

void cputune(QDomElement domain, const VmSpec &spec)
{
    DomainElement root(domain);
    Cputune cputune = root.existing<Cputune>();
    if (spec.cpu.pins.isEmpty() && cputune.isNull())
        return;
    cputune = root.child<Cputune>();
    cputune.setPins(spec.cpu.pins, spec.cpu.emulatorPins, spec.cpu.iothreadPins, spec.cpu.iothreads);
    if (cputune.dom().firstChildElement().isNull())
        cputune.remove();
}

void numa(QDomElement domain, const VmSpec &spec)
{
    DomainElement root(domain);
    QList<Cpu::Cell> cells;
    QList<int> cellNodes;
    for (qsizetype i = 0; i < spec.cpu.numaCells.size(); ++i) {
        cells << Cpu::Cell{spec.cpu.numaCells[i].vcpus, spec.cellMemoryMiB(i) * 1024};
        cellNodes << spec.cpu.numaCells[i].hostNode;
    }
    if (!cells.isEmpty())
        root.child<Cpu>().setNumaCells(cells);
    else if (Cpu cpu = root.existing<Cpu>(); !cpu.isNull())
        cpu.setNumaCells({});
    if (spec.memory.hostNodes.isEmpty()) {
        root.removeChildren<Numatune>();
        return;
    }
    root.child<Numatune>().setStrict(spec.memory.hostNodes, cellNodes);
}

void cpu(QDomElement domain, const VmSpec &spec)
{
    Cpu cpu = DomainElement(domain).child<Cpu>();
    cpu.makeHostPassthrough();
    cpu.set(Cpu::check, u"none"_s);
    cpu.set(Cpu::migratable, false);
    cpu.setTopology(spec.cpu.sockets, spec.cpu.dies, spec.cpu.cores, spec.cpu.threads);
    cpu.set(Cpu::cacheMode, u"passthrough"_s);
    if (spec.cpu.amdTopoext)
        cpu.requireFeature(u"topoext"_s);
    else
        cpu.removeFeature(u"topoext"_s);
}

} // namespace DomainPieces
