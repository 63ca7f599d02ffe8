#include "support/libvirttesthost.h"

#include "domain/devices/devices.h"
#include "domain/devices/hostdev.h"
#include "domain/elements/cpu.h"
#include "domain/elements/domainelement.h"
#include "domain/elements/memorybacking.h"
#include "domain/elements/numatune.h"

#include <QFile>

namespace LibvirtTestHost {

QString uri()
{
    return qEnvironmentVariable("VFIO_WIZARD_LIBVIRT_URI");
}

QString problem()
{
    const QString said = qEnvironmentVariable("VFIO_WIZARD_LIBVIRTD_PROBLEM");
    return said.isEmpty() ? QStringLiteral("see its output above the test run") : said;
}

bool kvmRunsGuests()
{
    if (qEnvironmentVariableIsSet("VFIO_WIZARD_KVM"))
        return qEnvironmentVariableIntValue("VFIO_WIZARD_KVM") == 1;
    return QFile::exists(QStringLiteral("/dev/kvm"));
}

QString kvmReason()
{
    if (kvmRunsGuests())
        return {};
    const QString said = qEnvironmentVariable("VFIO_WIZARD_KVM_REASON");
    return said.isEmpty() ? QStringLiteral("no /dev/kvm") : said;
}

bool required()
{
    return qEnvironmentVariableIntValue("VFIO_WIZARD_REQUIRE_LIBVIRTD") == 1;
}

void adaptToThisMachine(QDomDocument &document)
{
    DomainElement domain = DomainElement::of(document);
    // These domains are defined and translated, never started: TCG with a named model is enough,
    // and the KVM-only features stay for the tests to find in QEMU's command line.
    if (!kvmRunsGuests()) {
        domain.set(DomainElement::type, QStringLiteral("qemu"));
        domain.child<Cpu>().makeNamedModel(QStringLiteral("qemu64"));
    }
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

CliProcess::Run virsh(const QStringList &arguments, int timeoutMs)
{
    static QString hung;
    if (!hung.isEmpty())
        return {.err = QStringLiteral("not run: libvirtd stopped answering earlier (%1)").arg(hung)};
    CliProcess::Run result = CliProcess::run(QStringLiteral("virsh"), QStringList{QStringLiteral("-c"), uri()} + arguments, timeoutMs);
    if (result.timedOut)
        hung = result.err;
    return result;
}

} // namespace LibvirtTestHost
