// The CPU and memory pieces of a domain.
#include "domain/domainpieces.h"

#include "domain/domainxml.h"
#include "spec/vmspec.h"
#include "util/cpulist.h"

using namespace Qt::Literals::StringLiterals;

namespace DomainPieces {

void memory(QDomElement domain, const VmSpec &spec)
{
    for (const QString &tag : {u"memory"_s, u"currentMemory"_s}) {
        QDomElement element = DomainXml::child(domain, tag);
        element.setAttribute(u"unit"_s, u"MiB"_s);
        DomainXml::setText(element, QString::number(spec.memory.sizeMiB));
    }
    hugepages(domain, spec);
}

void hugepages(QDomElement domain, const VmSpec &spec)
{
    if (spec.memory.hugepages == VmSpec::HugepageSize::Off) {
        QDomElement backing = DomainXml::existing(domain, u"memoryBacking"_s);
        if (!backing.isNull()) {
            DomainXml::removeChildren(backing, u"hugepages"_s);
            if (backing.firstChildElement().isNull())
                domain.removeChild(backing);
        }
        return;
    }
    QDomElement hugepages = DomainXml::child(DomainXml::child(domain, u"memoryBacking"_s), u"hugepages"_s);
    DomainXml::removeChildren(hugepages, u"page"_s);
    QDomElement page = DomainXml::append(hugepages, u"page"_s);
    const bool gib = spec.memory.hugepages == VmSpec::HugepageSize::Size1G;
    page.setAttribute(u"size"_s, gib ? u"1"_s : u"2"_s);
    page.setAttribute(u"unit"_s, gib ? u"GiB"_s : u"MiB"_s);
}

void vcpus(QDomElement domain, const VmSpec &spec)
{
    QDomElement vcpu = DomainXml::child(domain, u"vcpu"_s);
    vcpu.setAttribute(u"placement"_s, u"static"_s);
    // Current equal to the maximum: virt-manager's "Current allocation" does not follow the
    // maximum, and a guest then sees fewer CPUs than it was given.
    vcpu.removeAttribute(u"current"_s);
    vcpu.removeAttribute(u"cpuset"_s);
    DomainXml::setText(vcpu, QString::number(spec.cpu.vcpus));
    if (spec.cpu.iothreads > 0)
        DomainXml::setText(DomainXml::child(domain, u"iothreads"_s), QString::number(spec.cpu.iothreads));
}

void cputune(QDomElement domain, const VmSpec &spec)
{
    QDomElement cputune = DomainXml::existing(domain, u"cputune"_s);
    if (spec.cpu.pins.isEmpty() && cputune.isNull())
        return;
    cputune = DomainXml::child(domain, u"cputune"_s);
    for (const QString &tag : {u"vcpupin"_s, u"emulatorpin"_s, u"iothreadpin"_s})
        DomainXml::removeChildren(cputune, tag);
    for (qsizetype vcpu = 0; vcpu < spec.cpu.pins.size(); ++vcpu) {
        QDomElement pin = DomainXml::append(cputune, u"vcpupin"_s);
        pin.setAttribute(u"vcpu"_s, QString::number(vcpu));
        pin.setAttribute(u"cpuset"_s, QString::number(spec.cpu.pins[vcpu]));
    }
    if (!spec.cpu.emulatorPins.isEmpty())
        DomainXml::append(cputune, u"emulatorpin"_s).setAttribute(u"cpuset"_s, CpuList::format(spec.cpu.emulatorPins));
    if (!spec.cpu.iothreadPins.isEmpty()) {
        for (int thread = 1; thread <= spec.cpu.iothreads; ++thread) {
            QDomElement pin = DomainXml::append(cputune, u"iothreadpin"_s);
            pin.setAttribute(u"iothread"_s, QString::number(thread));
            pin.setAttribute(u"cpuset"_s, CpuList::format(spec.cpu.iothreadPins));
        }
    }
    if (cputune.firstChildElement().isNull())
        domain.removeChild(cputune);
}

void cpu(QDomElement domain, const VmSpec &spec)
{
    QDomElement cpu = DomainXml::child(domain, u"cpu"_s);
    cpu.setAttribute(u"mode"_s, u"host-passthrough"_s);
    cpu.setAttribute(u"check"_s, u"none"_s);
    cpu.setAttribute(u"migratable"_s, u"off"_s);
    DomainXml::removeChildren(cpu, u"model"_s); // host-passthrough takes no model
    QDomElement topology = DomainXml::child(cpu, u"topology"_s);
    topology.setAttribute(u"sockets"_s, QString::number(spec.cpu.sockets));
    topology.setAttribute(u"dies"_s, QString::number(spec.cpu.dies));
    topology.setAttribute(u"cores"_s, QString::number(spec.cpu.cores));
    topology.setAttribute(u"threads"_s, QString::number(spec.cpu.threads));
    DomainXml::child(cpu, u"cache"_s).setAttribute(u"mode"_s, u"passthrough"_s);
    QDomElement topoext;
    for (const QDomElement &feature : DomainXml::children(cpu, u"feature"_s))
        if (feature.attribute(u"name"_s) == u"topoext"_s)
            topoext = feature;
    if (spec.cpu.amdTopoext) {
        if (topoext.isNull())
            topoext = DomainXml::append(cpu, u"feature"_s);
        topoext.setAttribute(u"policy"_s, u"require"_s);
        topoext.setAttribute(u"name"_s, u"topoext"_s);
    } else if (!topoext.isNull()) {
        cpu.removeChild(topoext);
    }
}

} // namespace DomainPieces
