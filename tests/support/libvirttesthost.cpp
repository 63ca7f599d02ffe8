#include "support/libvirttesthost.h"

#include "domain/devices/devices.h"
#include "domain/devices/hostdev.h"
#include "domain/domainpatches.h"
#include "domain/elements/domainelement.h"
#include "domain/elements/memorybacking.h"
#include "domain/elements/numatune.h"

#include <QFile>

namespace LibvirtTestHost {

QString uri()
{
    return qEnvironmentVariable("VFIO_WIZARD_LIBVIRT_URI");
}

bool required()
{
    return qEnvironmentVariableIntValue("VFIO_WIZARD_REQUIRE_LIBVIRTD") == 1;
}

void adaptToThisMachine(QDomDocument &document)
{
    DomainElement domain = DomainElement::of(document);
    if (!QFile::exists(QStringLiteral("/dev/kvm")))
        DomainPatches::makeEmulated(domain.dom(), QStringLiteral("qemu64"));
    Devices devices = domain.existing<Devices>();
    devices.removeChildren<Hostdev>();
    devices.clear(Devices::emulatorPath); // another machine's QEMU path
    // Memory bound to another machine's NUMA nodes: node 0 is the one every machine has.
    Numatune numatune = domain.existing<Numatune>();
    if (!numatune.isNull())
        numatune.setStrict({0}, QList<int>(numatune.cellNodes().size(), 0));
    MemoryBacking backing = domain.existing<MemoryBacking>();
    if (backing.hugepageKiB().value_or(0) > 0)
        backing.setHugepageKiB(2048); // the 2 MiB pages the test set-up reserves
}

} // namespace LibvirtTestHost
