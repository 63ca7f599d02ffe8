// Every generated domain is accepted by a real libvirtd (defined with validation) and turns
// into the QEMU command line it should: topology, Hyper-V vendor id, hidden KVM, hugepage
// backing, disks and NIC. virsh is the tool here: the point is what libvirt makes of the XML.
#include "domain/domainwriter.h"
#include "domain/model/domainxml.h"
#include "support/libvirttesthost.h"
#include "support/plancases.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

using LibvirtTestHost::virsh;

} // namespace

class TestLibvirtdAccepts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        VFIO_REQUIRE_LIBVIRTD();
    }

    void definedAndTranslated_data()
    {
        addPlanCaseRows();
    }
    void definedAndTranslated()
    {
        QFETCH(int, index);
        const PlanCase c = planCases()[index];
        VmSpec spec = planCase(c).spec;
        spec.name = QStringLiteral("vfio-wizard-test-") + c.name;
        QDomDocument document = DomainWriter::document(spec);
        LibvirtTestHost::adaptToThisMachine(document);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("domain.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(DomainXml::toText(document).toUtf8());
        file.close();

        virsh({QStringLiteral("undefine"), QStringLiteral("--nvram"), spec.name});
        const CliProcess::Run defined = virsh({QStringLiteral("define"), QStringLiteral("--validate"), path});
        QVERIFY2(defined.ok(), qPrintable(defined.err));
        const CliProcess::Run native = virsh({QStringLiteral("domxml-to-native"), QStringLiteral("qemu-argv"), QStringLiteral("--domain"), spec.name});
        const CliProcess::Run undefined = virsh({QStringLiteral("undefine"), QStringLiteral("--nvram"), spec.name});
        QVERIFY2(native.ok(), qPrintable(native.err));
        QVERIFY2(undefined.ok(), qPrintable(undefined.err));
        const QString argv = native.out;

        QVERIFY2(argv.contains(QStringLiteral("-smp %1,sockets=%2,dies=%3,cores=%4,threads=%5")
                                   .arg(spec.cpu.vcpus).arg(spec.cpu.sockets).arg(spec.cpu.dies).arg(spec.cpu.cores).arg(spec.cpu.threads)),
                 qPrintable(argv));
        QCOMPARE(argv.contains(QStringLiteral("hv-vendor-id=") + spec.error43.vendorId), spec.error43.enabled);
        QCOMPARE(argv.contains(QStringLiteral("kvm=off")), spec.error43.enabled);
        QCOMPARE(argv.contains(QStringLiteral("hv-relaxed=on")), spec.isWindows());
        const bool hugepages = spec.memory.hugepages != VmSpec::HugepageSize::Off;
        QCOMPARE(argv.contains(QStringLiteral("\"mem-path\":\"/dev/hugepages")), hugepages);
        QVERIFY(argv.contains(QStringLiteral("-m %1").arg(spec.memory.sizeMiB)));
        QCOMPARE(argv.contains(QStringLiteral("virtio-net-pci")), true);
        QVERIFY(argv.contains(spec.disks.first().path));
        if (spec.disks.first().bus == VmSpec::DiskBus::VirtioScsi)
            QVERIFY(argv.contains(QStringLiteral("rotation_rate\":7200")));
        QVERIFY(argv.contains(QStringLiteral("pc-q35")));
        // The guest's NUMA nodes, one per cell (the xeon2s-wide case has two).
        for (qsizetype cell = 0; cell < spec.cpu.numaCells.size(); ++cell)
            QVERIFY2(argv.contains(QStringLiteral("-numa node,nodeid=%1").arg(cell)), qPrintable(argv));
    }
};

QTEST_GUILESS_MAIN(TestLibvirtdAccepts)
#include "tst_libvirtdaccepts.moc"
