// A test boot on the real libvirtd + QEMU of the test script: 1 GiB of 2 MiB hugepages,
// 4 vCPUs as 1x2x2 pinned to this machine's CPUs 0 and 1.
#include "domain/domainwriter.h"
#include "domain/model/domainxml.h"
#include "libvirt/libvirtconnection.h"
#include "libvirt/testboot.h"
#include "spec/vmspec.h"
#include "support/libvirttesthost.h"

#include <QTest>

namespace {

VmSpec smallVm(const QString &name)
{
    VmSpec spec;
    spec.name = name;
    spec.os = VmSpec::Os::Linux;
    spec.cpu.vcpus = 4;
    spec.cpu.sockets = 1;
    spec.cpu.cores = 2;
    spec.cpu.threads = 2;
    spec.cpu.pins = {0, 1, 0, 1};
    spec.cpu.emulatorPins = {0};
    spec.cpu.iothreadPins = {1};
    spec.memory.sizeMiB = 1024;
    spec.memory.hugepages = VmSpec::HugepageSize::Size2M;
    spec.memory.hugepageCount = 512;
    spec.network.mode = VmSpec::NetworkMode::Nat;
    spec.disks = {VmSpec::Disk{VmSpec::DiskSource::ImageFile, QStringLiteral("/var/lib/libvirt/images/absent.img"),
                               VmSpec::DiskBus::VirtioBlk, QStringLiteral("none"), QStringLiteral("threads"), true, 0, 0}};
    return spec;
}

bool exists(LibvirtConnection &connection, const QString &prefix)
{
    for (const auto &d : connection.domains().value())
        if (d.name.startsWith(prefix))
            return true;
    return false;
}

} // namespace

class TestTestBoot final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        VFIO_REQUIRE_LIBVIRTD();
    }

    void topologyPinsAndHugepagesAsWritten()
    {
        Result<LibvirtConnection> connection = LibvirtConnection::open(LibvirtTestHost::uri());
        QVERIFY(connection.ok());
        const QString xml = DomainWriter::write(smallVm(QStringLiteral("vfio-wizard-tb")));
        const Result<TestBoot::Report> report = TestBoot::run(*connection, xml);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
        QVERIFY2(report->ok(), qPrintable(report->mismatches.join(u'\n')));
        QCOMPARE(report->vcpus.size(), 4);
        const int expected[4][2] = {{0, 0}, {0, 1}, {1, 0}, {1, 1}}; // core, thread
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(report->vcpus[i].core, expected[i][0]);
            QCOMPARE(report->vcpus[i].thread, expected[i][1]);
            QCOMPARE(report->vcpus[i].threadAffinity, QList<int>{i % 2});
            QVERIFY(report->vcpus[i].hostThreadId > 0);
        }
        QVERIFY2(report->hugepageMapping.contains(QStringLiteral("/dev/hugepages")), qPrintable(report->hugepageMapping));
        QVERIFY(!exists(*connection, QStringLiteral("vfio-wizard-tb-testboot-")));
    }

    void theOriginalIsNeverStartedOrChanged()
    {
        Result<LibvirtConnection> connection = LibvirtConnection::open(LibvirtTestHost::uri());
        const QString name = QStringLiteral("vfio-wizard-tb-original");
        (void)connection->undefine(name);
        VmSpec spec = smallVm(name);
        spec.memory.hugepages = VmSpec::HugepageSize::Off;
        QDomDocument document = DomainWriter::document(spec);
        LibvirtTestHost::adaptToThisMachine(document); // defining type kvm needs /dev/kvm
        const auto defined = connection->define(DomainXml::toText(document));
        QVERIFY2(defined.ok(), qPrintable(defined.ok() ? QString() : defined.error()));
        const QString before = *connection->domainXml(name);
        const Result<TestBoot::Report> report = TestBoot::run(*connection, before);
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->mismatches.join(u'\n')));
        QVERIFY(report->hugepageMapping.isEmpty());
        QCOMPARE(*connection->domainXml(name), before);
        for (const auto &d : connection->domains().value())
            if (d.name == name)
                QCOMPARE(d.state, LibvirtConnection::DomainState::ShutOff);
        QVERIFY(connection->undefine(name).ok());
    }

    void aCopyThatCannotStartLeavesNothing()
    {
        Result<LibvirtConnection> connection = LibvirtConnection::open(LibvirtTestHost::uri());
        VmSpec spec = smallVm(QStringLiteral("vfio-wizard-tb-bad"));
        spec.cpu.pins = {0, 1, 0, 999}; // no such host CPU
        const Result<TestBoot::Report> report = TestBoot::run(*connection, DomainWriter::write(spec));
        QVERIFY(!report.ok());
        QVERIFY(report.error().contains(QStringLiteral("test copy")));
        QVERIFY(!exists(*connection, QStringLiteral("vfio-wizard-tb-bad")));
    }

    void copyDropsWhatBelongsToTheOriginal()
    {
        QDomDocument original;
        original.setContent(DomainWriter::write(smallVm(QStringLiteral("orig"))));
        const QDomDocument copy = TestBoot::prepareCopy(original, QStringLiteral("orig-copy"), false);
        const QDomElement domain = copy.documentElement();
        QCOMPARE(domain.firstChildElement(QStringLiteral("name")).text(), QStringLiteral("orig-copy"));
        QVERIFY(domain.firstChildElement(QStringLiteral("uuid")).isNull());
        QVERIFY(domain.firstChildElement(QStringLiteral("devices")).firstChildElement(QStringLiteral("disk")).isNull());
        QVERIFY(domain.firstChildElement(QStringLiteral("devices")).firstChildElement(QStringLiteral("interface")).isNull());
        QCOMPARE(domain.attribute(QStringLiteral("type")), QStringLiteral("qemu"));
        // The original document is untouched.
        QVERIFY(!original.documentElement().firstChildElement(QStringLiteral("devices")).firstChildElement(QStringLiteral("disk")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestTestBoot)
#include "tst_testboot.moc"
