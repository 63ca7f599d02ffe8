#include "domain/domainfacts.h"

#include "domain/domainxml.h"
#include "util/cpulist.h"

using namespace Qt::Literals::StringLiterals;

namespace {

qint64 toKiB(qint64 value, const QString &unit)
{
    const QString u = unit.toLower();
    if (u.isEmpty() || u == u"k"_s || u == u"kib"_s)
        return value;
    if (u == u"b"_s || u == u"bytes"_s)
        return value / 1024;
    if (u == u"kb"_s)
        return value * 1000 / 1024;
    if (u == u"m"_s || u == u"mib"_s)
        return value * 1024;
    if (u == u"mb"_s)
        return value * 1000 * 1000 / 1024;
    if (u == u"g"_s || u == u"gib"_s)
        return value * 1024 * 1024;
    if (u == u"gb"_s)
        return value * 1000 * 1000 * 1000 / 1024;
    if (u == u"t"_s || u == u"tib"_s)
        return value * 1024 * 1024 * 1024;
    return value;
}

int number(const QString &text, int fallback = 0)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok, 0);
    return ok ? n : fallback;
}

} // namespace

DomainFacts DomainFacts::read(const QDomDocument &document)
{
    DomainFacts facts;
    const QDomElement domain = document.documentElement();
    facts.name = domain.firstChildElement(u"name"_s).text();
    const QDomElement memory = domain.firstChildElement(u"memory"_s);
    facts.memoryKiB = toKiB(memory.text().trimmed().toLongLong(), memory.attribute(u"unit"_s));
    const QDomElement vcpu = domain.firstChildElement(u"vcpu"_s);
    facts.vcpus = number(vcpu.text());
    if (vcpu.hasAttribute(u"current"_s))
        facts.currentVcpus = number(vcpu.attribute(u"current"_s));

    const QDomElement cpu = domain.firstChildElement(u"cpu"_s);
    facts.cpuMode = cpu.attribute(u"mode"_s);
    const QDomElement topology = cpu.firstChildElement(u"topology"_s);
    if (!topology.isNull()) {
        facts.sockets = number(topology.attribute(u"sockets"_s), 1);
        facts.dies = number(topology.attribute(u"dies"_s), 1);
        facts.cores = number(topology.attribute(u"cores"_s), 1);
        facts.threads = number(topology.attribute(u"threads"_s), 1);
    }
    for (const QDomElement &feature : DomainXml::children(cpu, u"feature"_s)) {
        const QString policy = feature.attribute(u"policy"_s, u"require"_s);
        if (policy == u"require"_s || policy == u"force"_s)
            facts.cpuFeatures << feature.attribute(u"name"_s);
    }

    const QDomElement cputune = domain.firstChildElement(u"cputune"_s);
    for (const QDomElement &pin : DomainXml::children(cputune, u"vcpupin"_s))
        facts.pins.insert(number(pin.attribute(u"vcpu"_s), -1), CpuList::parse(pin.attribute(u"cpuset"_s)).value_or(QList<int>{}));
    facts.emulatorPins = CpuList::parse(cputune.firstChildElement(u"emulatorpin"_s).attribute(u"cpuset"_s)).value_or(QList<int>{});

    const QDomElement hugepages = domain.firstChildElement(u"memoryBacking"_s).firstChildElement(u"hugepages"_s);
    facts.hugepages = !hugepages.isNull();
    const QDomElement page = hugepages.firstChildElement(u"page"_s);
    if (!page.isNull())
        facts.hugepageKiB = toKiB(page.attribute(u"size"_s).toLongLong(), page.attribute(u"unit"_s));

    const QDomElement features = domain.firstChildElement(u"features"_s);
    const QDomElement hyperv = features.firstChildElement(u"hyperv"_s);
    facts.hypervMode = hyperv.isNull() ? QString() : hyperv.attribute(u"mode"_s, u"custom"_s);
    for (QDomElement e = hyperv.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        if (e.attribute(u"state"_s) == u"on"_s)
            facts.hypervFeatures << e.tagName();
    facts.vendorIdSet = hyperv.firstChildElement(u"vendor_id"_s).attribute(u"state"_s) == u"on"_s;
    facts.vendorId = hyperv.firstChildElement(u"vendor_id"_s).attribute(u"value"_s);
    facts.kvmHidden = features.firstChildElement(u"kvm"_s).firstChildElement(u"hidden"_s).attribute(u"state"_s) == u"on"_s;

    const QDomElement devices = domain.firstChildElement(u"devices"_s);
    for (const QDomElement &hostdev : DomainXml::children(devices, u"hostdev"_s)) {
        if (hostdev.attribute(u"type"_s) != u"pci"_s)
            continue;
        const QDomElement a = hostdev.firstChildElement(u"source"_s).firstChildElement(u"address"_s);
        facts.pciHostdevs << PciAddress{number(a.attribute(u"domain"_s, u"0"_s)), number(a.attribute(u"bus"_s)),
                                        number(a.attribute(u"slot"_s)), number(a.attribute(u"function"_s))};
    }
    for (const QDomElement &d : DomainXml::children(devices, u"disk"_s)) {
        Disk disk;
        const QDomElement target = d.firstChildElement(u"target"_s);
        const QDomElement driver = d.firstChildElement(u"driver"_s);
        const QDomElement source = d.firstChildElement(u"source"_s);
        disk.target = target.attribute(u"dev"_s);
        disk.bus = target.attribute(u"bus"_s);
        disk.rotationRate = number(target.attribute(u"rotation_rate"_s));
        disk.device = d.attribute(u"device"_s, u"disk"_s);
        disk.type = d.attribute(u"type"_s);
        disk.source = source.hasAttribute(u"dev"_s) ? source.attribute(u"dev"_s) : source.attribute(u"file"_s);
        disk.cache = driver.attribute(u"cache"_s);
        disk.io = driver.attribute(u"io"_s);
        disk.discard = driver.attribute(u"discard"_s);
        facts.disks << disk;
    }
    for (const QDomElement &i : DomainXml::children(devices, u"interface"_s)) {
        Interface nic;
        nic.type = i.attribute(u"type"_s);
        nic.model = i.firstChildElement(u"model"_s).attribute(u"type"_s);
        const QDomElement source = i.firstChildElement(u"source"_s);
        nic.mac = i.firstChildElement(u"mac"_s).attribute(u"address"_s);
        nic.source = nic.type == u"network"_s ? source.attribute(u"network"_s) : source.attribute(u"bridge"_s, source.attribute(u"dev"_s));
        facts.interfaces << nic;
    }
    facts.tpm = !devices.firstChildElement(u"tpm"_s).isNull();
    facts.secureBoot = domain.firstChildElement(u"os"_s).firstChildElement(u"loader"_s).attribute(u"secure"_s) == u"yes"_s;
    facts.iothreads = number(domain.firstChildElement(u"iothreads"_s).text());
    facts.iothreadPins = CpuList::parse(cputune.firstChildElement(u"iothreadpin"_s).attribute(u"cpuset"_s)).value_or(QList<int>{});
    const QDomElement balloon = devices.firstChildElement(u"memballoon"_s);
    facts.memballoonModel = balloon.isNull() ? QString() : balloon.attribute(u"model"_s);

    const QString os = domain.firstChildElement(u"metadata"_s).firstChildElement().firstChildElement().attribute(u"id"_s);
    facts.windows = os.contains(u"microsoft.com/win"_s) || !hyperv.isNull()
                    || domain.firstChildElement(u"clock"_s).attribute(u"offset"_s) == u"localtime"_s;
    return facts;
}
