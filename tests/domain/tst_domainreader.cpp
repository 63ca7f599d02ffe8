// An existing domain read into a VmSpec for the wizard; a generated one reads back as planned.
#include "domain/domainreader.h"
#include "domain/domainwriter.h"
#include "spec/vmspecjson.h"
#include "support/plancases.h"

#include <QFile>
#include <QTest>

class TestDomainReader final : public QObject
{
    Q_OBJECT

private slots:
    void theArticlesVm()
    {
        QFile in(QStringLiteral(VFIO_TEST_HOSTS_DIR "/../domains/article-vm.xml"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QDomDocument document;
        QVERIFY(document.setContent(&in));
        const VmSpec spec = DomainReader::read(document);
        QCOMPARE(spec.name, QStringLiteral("windows"));
        QCOMPARE(spec.os, VmSpec::Os::Windows10);
        QCOMPARE(spec.gpu.address->toString(), QStringLiteral("0000:04:00.0"));
        QCOMPARE(spec.gpu.functions.size(), 2);
        QVERIFY(spec.error43.enabled);
        QCOMPARE(spec.error43.vendorId, QStringLiteral("whatever"));
        QCOMPARE(spec.cpu.vcpus, 8);
        QCOMPARE((QList<int>{spec.cpu.sockets, spec.cpu.cores, spec.cpu.threads}), (QList<int>{1, 4, 2}));
        QCOMPARE(spec.cpu.pins, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(spec.memory.sizeMiB, 24576);
        QCOMPARE(spec.memory.hugepages, VmSpec::HugepageSize::Size2M); // <hugepages/>: the host's default size
        QCOMPARE(spec.network.mode, VmSpec::NetworkMode::ExistingBridge);
        QCOMPARE(spec.network.bridge, QStringLiteral("br-lan"));
        QCOMPARE(spec.network.mac, QStringLiteral("52:54:00:a1:b2:c3"));
        QCOMPARE(spec.disks.size(), 1);
        QCOMPARE(spec.disks.first().source, VmSpec::DiskSource::Zvol);
        QCOMPARE(spec.disks.first().bus, VmSpec::DiskBus::Sata);
        QCOMPARE(spec.disks.first().io, QStringLiteral("native"));
    }

    void generatedDomainsReadBackAsPlanned_data() { addPlanCaseRows(); }
    void generatedDomainsReadBackAsPlanned()
    {
        QFETCH(int, index);
        const VmSpec planned = planCase(planCases()[index]).spec;
        const VmSpec read = DomainReader::read(DomainWriter::document(planned));
        QCOMPARE(read.name, planned.name);
        QCOMPARE(read.os, planned.os);
        QCOMPARE(read.gpu.functions, planned.gpu.functions);
        QCOMPARE(read.error43.enabled, planned.error43.enabled);
        QCOMPARE(read.cpu.vcpus, planned.cpu.vcpus);
        QCOMPARE(read.cpu.pins, planned.cpu.pins);
        QCOMPARE(read.cpu.emulatorPins, planned.cpu.emulatorPins);
        QCOMPARE(read.cpu.cores, planned.cpu.cores);
        QCOMPARE(read.cpu.threads, planned.cpu.threads);
        QCOMPARE(read.memory.sizeMiB, planned.memory.sizeMiB);
        QCOMPARE(read.memory.hugepages, planned.memory.hugepages);
        QCOMPARE(read.memory.hugepageCount, planned.memory.hugepageCount);
        QCOMPARE(read.network.mode == VmSpec::NetworkMode::Nat, planned.network.mode == VmSpec::NetworkMode::Nat);
        QCOMPARE(read.network.bridge, planned.network.bridge);
        QCOMPARE(read.tpm, planned.tpm);
        QCOMPARE(read.secureBoot, planned.secureBoot);
        QCOMPARE(read.virtioIso, planned.virtioIso);
        QCOMPARE(read.disks.first().path, planned.disks.first().path);
        QCOMPARE(read.input.evdev, planned.input.evdev);
    }
};

QTEST_GUILESS_MAIN(TestDomainReader)
#include "tst_domainreader.moc"
