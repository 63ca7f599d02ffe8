// Host facts through libvirt: parsed from saved XML, and compared with the sysfs scan of this
// machine through the real libvirtd of the test script.
#include "libvirt/libvirthostsource.h"
#include "scan/hostscanner.h"
#include "support/libvirttesthost.h"

#include <QTest>

namespace {

QString pciDevice(const char *name, const char *parent, int bus, int slot, int function, const char *cls, const char *vendor,
                  const char *product, int group, const char *driver)
{
    return QStringLiteral("<device><name>%1</name><parent>%2</parent><driver><name>%3</name></driver>"
                          "<capability type='pci'><class>%4</class><domain>0</domain><bus>%5</bus><slot>%6</slot>"
                          "<function>%7</function><product id='%8'>Product</product><vendor id='%9'>Vendor</vendor>"
                          "<iommuGroup number='%10'/></capability></device>")
        .arg(QLatin1String(name), QLatin1String(parent), QLatin1String(driver), QLatin1String(cls))
        .arg(bus).arg(slot).arg(function)
        .arg(QLatin1String(product), QLatin1String(vendor))
        .arg(group);
}

} // namespace

class TestLibvirtHostSource final : public QObject
{
    Q_OBJECT

private slots:
    void parsesSavedXml()
    {
        const QString capabilities = QStringLiteral(
            "<capabilities><host><cpu><arch>x86_64</arch><model>Skylake-Client</model><vendor>Intel</vendor>"
            "<feature name='vmx'/><feature name='pdpe1gb'/></cpu>"
            "<topology><cells num='1'><cell id='0'><memory unit='KiB'>33554432</memory>"
            "<pages unit='KiB' size='4'>8388608</pages><pages unit='KiB' size='2048'>0</pages><pages unit='KiB' size='1048576'>24</pages>"
            "<cpus num='4'><cpu id='0' socket_id='0' die_id='0' core_id='0' siblings='0,2'/>"
            "<cpu id='1' socket_id='0' die_id='0' core_id='1' siblings='1,3'/>"
            "<cpu id='2' socket_id='0' die_id='0' core_id='0' siblings='0,2'/>"
            "<cpu id='3' socket_id='0' die_id='0' core_id='1' siblings='1,3'/></cpus></cell></cells></topology>"
            "<cache><bank id='0' level='3' type='both' size='8' unit='MiB' cpus='0-3'/></cache></host></capabilities>");
        const QStringList pci = {
            pciDevice("pci_0000_00_1c_4", "computer", 0, 0x1c, 4, "0x060400", "0x8086", "0xa114", 6, "pcieport"),
            pciDevice("pci_0000_04_00_0", "pci_0000_00_1c_4", 4, 0, 0, "0x030000", "0x10de", "0x1b80", 6, "vfio-pci"),
            pciDevice("pci_0000_04_00_1", "pci_0000_00_1c_4", 4, 0, 1, "0x040300", "0x10de", "0x10f0", 6, "vfio-pci"),
            pciDevice("pci_0000_00_17_0", "computer", 0, 0x17, 0, "0x010601", "0x8086", "0xa102", 5, "ahci"),
        };
        const HostScan scan = LibvirtHostSource::fromXml(capabilities, pci, {}, {});
        QCOMPARE(scan.cpu.vendor, QStringLiteral("GenuineIntel"));
        QVERIFY(scan.cpu.vmx && scan.cpu.pdpe1gb);
        QCOMPARE(scan.cpu.threads.size(), 4);
        QCOMPARE(scan.cpu.thread(2)->siblings, (QList<int>{0, 2}));
        QCOMPARE(scan.cpu.thread(3)->l3, 0);
        QCOMPARE(scan.cpu.thread(3)->l3KiB, 8192); // the bank's size, in MiB there
        QCOMPARE(scan.memory.nodes.size(), 1);
        QCOMPARE(scan.memory.nodeTotalKiB(0), 33554432);
        QVERIFY(scan.memory.nodeHasMemory(0));
        QCOMPARE(scan.cpu.threadsPerCore(), 2);
        QCOMPARE(scan.memory.totalKiB, 33554432);
        QCOMPARE(scan.memory.hugepages.last().sizeKiB, 1048576);
        QCOMPARE(scan.memory.hugepages.last().total, 24);
        QVERIFY(scan.iommu.enabled);
        QCOMPARE(scan.gpus.size(), 1);
        QCOMPARE(scan.gpus.first().functions.size(), 2);
        QCOMPARE(scan.gpus.first().iommuGroup, 6);
        QVERIFY(scan.iommu.group(6)->safe);
        QCOMPARE(scan.pci[2].parentBridge->toString(), QStringLiteral("0000:00:1c.4"));
        // No KVM guests among the capabilities: VT-x alone does not make KVM usable there.
        QCOMPARE(scan.kvm.verdict(), KvmAccess::Verdict::NotInLibvirt);
        QString withKvm = capabilities;
        withKvm.replace(QStringLiteral("</host>"), QStringLiteral("</host><guest><os_type>hvm</os_type><arch name='x86_64'>"
                                                                  "<domain type='qemu'/><domain type='kvm'/></arch></guest>"));
        QCOMPARE(LibvirtHostSource::fromXml(withKvm, pci, {}, {}).kvm.verdict(), KvmAccess::Verdict::Usable);
    }

    void agreesWithTheSysfsScanOfThisMachine()
    {
        VFIO_REQUIRE_LIBVIRTD();
        const Result<HostScan> sysfs = HostScanner(HostRoot()).scan();
        QVERIFY(sysfs.ok());
        Result<LibvirtConnection> connection = LibvirtConnection::open(LibvirtTestHost::uri());
        QVERIFY(connection.ok());
        const Result<HostScan> viaLibvirt = LibvirtHostSource::scan(*connection);
        QVERIFY2(viaLibvirt.ok(), qPrintable(viaLibvirt.ok() ? QString() : viaLibvirt.error()));

        QCOMPARE(viaLibvirt->cpu.threads.size(), sysfs->cpu.threads.size());
        for (qsizetype i = 0; i < sysfs->cpu.threads.size(); ++i) {
            const CpuThread &a = sysfs->cpu.threads[i];
            const CpuThread &b = viaLibvirt->cpu.threads[i];
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.package, a.package);
            QCOMPARE(b.core, a.core);
            QCOMPARE(b.siblings, a.siblings);
            QCOMPARE(b.node, a.node);
        }
        QCOMPARE(viaLibvirt->pci.size(), sysfs->pci.size());
        for (qsizetype i = 0; i < sysfs->pci.size(); ++i) {
            const PciDevice &a = sysfs->pci[i];
            const PciDevice &b = viaLibvirt->pci[i];
            QCOMPARE(b.address, a.address);
            QCOMPARE(b.vendorId, a.vendorId);
            QCOMPARE(b.deviceId, a.deviceId);
            QCOMPARE(b.classId, a.classId);
            QCOMPARE(b.driver, a.driver);
            QCOMPARE(b.iommuGroup, a.iommuGroup);
        }
        QCOMPARE(viaLibvirt->iommu.enabled, sysfs->iommu.enabled);
        // libvirt lists KVM guests where QEMU's user could open /dev/kvm: the sysfs scan judges that
        // from the node's owner and mode, and must come to the same answer.
        QVERIFY2((viaLibvirt->kvm.verdict() == KvmAccess::Verdict::Usable) == (sysfs->kvm.verdict() == KvmAccess::Verdict::Usable),
                 qPrintable(sysfs->kvm.explanation() + QStringLiteral(" / ") + viaLibvirt->kvm.explanation()));
        QStringList sysfsNics, libvirtNics;
        for (const NetInterface &n : sysfs->network)
            sysfsNics << n.name + u' ' + n.mac;
        for (const NetInterface &n : viaLibvirt->network)
            libvirtNics << n.name + u' ' + n.mac;
        QCOMPARE(libvirtNics, sysfsNics);
        QStringList sysfsDisks, libvirtDisks;
        for (const BlockDevice &d : sysfs->storage)
            if (d.kind == BlockDevice::Kind::Disk)
                sysfsDisks << d.name + u' ' + QString::number(d.sizeBytes);
        for (const BlockDevice &d : viaLibvirt->storage)
            libvirtDisks << d.name + u' ' + QString::number(d.sizeBytes);
        QCOMPARE(libvirtDisks, sysfsDisks);
    }
};

QTEST_GUILESS_MAIN(TestLibvirtHostSource)
#include "tst_libvirthostsource.moc"
