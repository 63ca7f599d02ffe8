// A test boot on the real libvirtd + QEMU of the test script: 256 MiB of 2 MiB hugepages,
// 4 vCPUs as 1x2x2 pinned to this machine's CPUs 0 and 1. Where KVM cannot run the copy (the
// script says so in VFIO_WIZARD_KVM) it runs under TCG and says what that run cannot prove.
#include "domain/domainwriter.h"
#include "domain/model/domainxml.h"
#include "libvirt/libvirtconnection.h"
#include "libvirt/testboot.h"
#include "spec/vmspec.h"
#include "support/cliprocess.h"
#include "support/libvirttesthost.h"

#include <QFile>
#include <QTemporaryDir>
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
    spec.memory.sizeMiB = 256;
    spec.memory.hugepages = VmSpec::HugepageSize::Size2M;
    spec.memory.hugepageCount = 128;
    spec.network.mode = VmSpec::NetworkMode::Nat;
    spec.disks = {VmSpec::Disk{VmSpec::DiskSource::ImageFile, QStringLiteral("/var/lib/libvirt/images/absent.img"),
                               VmSpec::DiskBus::VirtioBlk, QStringLiteral("none"), QStringLiteral("threads"), true, 0, 0}};
    return spec;
}

/// Keeps the spec's hugepages when the host has them free, else drops them with a warning: a
/// kernel that cannot find the pages contiguous is this machine's limit, not the product's, and
/// the run then proves all but the backing. Whether they were kept.
bool hugepagesIfFree(const LibvirtConnection &connection, VmSpec &spec)
{
    const Result<quint64> freePages = connection.freeHugepages(2048);
    if (freePages && *freePages >= quint64(spec.memory.hugepageCount))
        return true;
    qWarning("%s: the hugepage backing is not proven by this run",
             qPrintable(freePages ? QStringLiteral("only %1 free 2 MiB pages").arg(*freePages) : freePages.error()));
    spec.memory.hugepages = VmSpec::HugepageSize::Off;
    return false;
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
    void topologyPinsAndHugepagesAsWritten()
    {
        VFIO_REQUIRE_LIBVIRTD(); // each libvirt test on its own: the parsing tests below need no daemon
        Result<LibvirtConnection> connection = LibvirtConnection::open(LibvirtTestHost::uri());
        QVERIFY(connection.ok());
        VmSpec spec = smallVm(QStringLiteral("vfio-wizard-tb"));
        const bool pagesThere = hugepagesIfFree(*connection, spec);
        const QString xml = DomainWriter::write(spec);
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
        QCOMPARE(report->hugepageMapping.contains(QStringLiteral("/dev/hugepages")), pagesThere);
        QVERIFY(!exists(*connection, QStringLiteral("vfio-wizard-tb-testboot-")));
        // The XML asks for KVM. The script's guest has all this one needs: where KVM ran that, it
        // runs this; where it did not, this may still run under KVM (it needs less) or fall back.
        if (LibvirtTestHost::kvmRunsGuests())
            QCOMPARE(report->accelerator, TestBoot::Accelerator::Kvm);
        QCOMPARE(report->accelerator == TestBoot::Accelerator::Tcg, !report->kvmRefusal.isEmpty());
        if (report->accelerator == TestBoot::Accelerator::Tcg) {
            QVERIFY2(report->unproven.first().contains(report->kvmRefusal), qPrintable(report->unproven.join(u'\n')));
            QVERIFY2(report->unproven.join(u'\n').contains(QStringLiteral("host-passthrough")), qPrintable(report->unproven.join(u'\n')));
        } else {
            QVERIFY2(report->unproven.isEmpty(), qPrintable(report->unproven.join(u'\n')));
        }
    }

    void aShortageOfHugepagesIsNamedBeforeTheStart()
    {
        VFIO_REQUIRE_LIBVIRTD();
        Result<LibvirtConnection> connection = LibvirtConnection::open(LibvirtTestHost::uri());
        const Result<quint64> freePages = connection->freeHugepages(2048);
        QVERIFY(freePages.ok());
        VmSpec spec = smallVm(QStringLiteral("vfio-wizard-tb-short"));
        spec.memory.hugepageCount = int(*freePages) + 1;
        spec.memory.sizeMiB = spec.memory.hugepageCount * 2;
        const Result<TestBoot::Report> report = TestBoot::run(*connection, DomainWriter::write(spec));
        QVERIFY(!report.ok());
        const QString expected = QStringLiteral("needs %1 hugepages of 2 MiB, but the host at %2 has %3 free")
                                     .arg(spec.memory.hugepageCount)
                                     .arg(LibvirtTestHost::uri())
                                     .arg(*freePages);
        QVERIFY2(report.error().contains(expected), qPrintable(report.error()));
        QVERIFY(!exists(*connection, QStringLiteral("vfio-wizard-tb-short-testboot-")));
    }

    void theCommandSaysHowTheCopyRan()
    {
        VFIO_REQUIRE_LIBVIRTD();
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("tb.xml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        VmSpec spec = smallVm(QStringLiteral("vfio-wizard-tbcli"));
        Result<LibvirtConnection> connection = LibvirtConnection::open(LibvirtTestHost::uri());
        QVERIFY(connection.ok());
        hugepagesIfFree(*connection, spec);
        file.write(DomainWriter::write(spec).toUtf8());
        file.close();
        const CliProcess::Run run = CliProcess::run(QStringLiteral(VFIO_WIZARD_BINARY),
                                                              {QStringLiteral("test-boot"), QStringLiteral("--connect"), LibvirtTestHost::uri(), file.fileName()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QStringLiteral("vCPU 3: socket 0 core 1 thread 1")), qPrintable(run.out));
        if (run.out.contains(QStringLiteral("ran under TCG"))) {
            QVERIFY(!LibvirtTestHost::kvmRunsGuests());
            QVERIFY2(run.out.contains(QStringLiteral("not proven by this run: that KVM runs this VM (")), qPrintable(run.out));
            QVERIFY(run.out.contains(QStringLiteral("everything this run could check is as the XML says")));
        } else {
            QVERIFY2(run.out.contains(QStringLiteral("everything as the XML says")) && !run.out.contains(QStringLiteral("not proven")),
                     qPrintable(run.out));
        }
    }

    void theOriginalIsNeverStartedOrChanged()
    {
        VFIO_REQUIRE_LIBVIRTD();
        Result<LibvirtConnection> connection = LibvirtConnection::open(LibvirtTestHost::uri());
        const QString name = QStringLiteral("vfio-wizard-tb-original");
        (void)connection->undefine(name);
        VmSpec spec = smallVm(name);
        spec.memory.hugepages = VmSpec::HugepageSize::Off;
        QDomDocument document = DomainWriter::document(spec);
        LibvirtTestHost::adaptToThisMachine(document); // TCG where KVM cannot run it
        const auto defined = connection->define(DomainXml::toText(document));
        QVERIFY2(defined.ok(), qPrintable(defined.ok() ? QString() : defined.error()));
        const QString before = *connection->domainXml(name);
        const Result<TestBoot::Report> report = TestBoot::run(*connection, before);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
        QVERIFY2(report->ok(), qPrintable(report->mismatches.join(u'\n')));
        QVERIFY(report->hugepageMapping.isEmpty());
        // Adapted to this machine, the XML asks for what the copy runs on: nothing is left unproven.
        QVERIFY2(report->unproven.isEmpty(), qPrintable(report->unproven.join(u'\n')));
        QCOMPARE(report->accelerator == TestBoot::Accelerator::Kvm, LibvirtTestHost::kvmRunsGuests());
        QCOMPARE(*connection->domainXml(name), before);
        for (const auto &d : connection->domains().value())
            if (d.name == name)
                QCOMPARE(d.state, LibvirtConnection::DomainState::ShutOff);
        QVERIFY(connection->undefine(name).ok());
    }

    void aCopyThatCannotStartLeavesNothing()
    {
        VFIO_REQUIRE_LIBVIRTD();
        Result<LibvirtConnection> connection = LibvirtConnection::open(LibvirtTestHost::uri());
        VmSpec spec = smallVm(QStringLiteral("vfio-wizard-tb-bad"));
        spec.cpu.pins = {0, 1, 0, 999}; // no such host CPU
        spec.memory.hugepages = VmSpec::HugepageSize::Off; // the pin, not the pages, is what fails
        const Result<TestBoot::Report> report = TestBoot::run(*connection, DomainWriter::write(spec));
        QVERIFY(!report.ok());
        QVERIFY(report.error().contains(QStringLiteral("test copy")));
        QVERIFY(!exists(*connection, QStringLiteral("vfio-wizard-tb-bad")));
    }

    void kvmRefusal_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("reason");
        const QString context = QStringLiteral("starting the test copy on qemu:///system: internal error: ");
        const QString warnings = QStringLiteral("qemu unexpectedly closed the monitor: 2026-11-30T06:12:01.717213Z qemu-system-x86_64: -accel kvm: "
                                                "warning: Number of SMP cpus requested (4) exceeds the recommended cpus supported by KVM (2)\n"
                                                "2026-11-30T06:12:01.717320Z qemu-system-x86_64: -accel kvm: warning: Number of hotpluggable cpus "
                                                "requested (4) exceeds the recommended cpus supported by KVM (2)\n");
        // What this project's test machine (KVM through kvm_pvm, nested) and others said.
        QTest::newRow("nested: SMM") << context + warnings + QStringLiteral("2026-11-30T06:12:03.019706Z qemu-system-x86_64: System Management Mode not supported by this hypervisor.")
                                     << "System Management Mode not supported by this hypervisor.";
        QTest::newRow("nested: VP_INDEX") << context + warnings + QStringLiteral("2026-11-30T06:09:39.684790Z qemu-system-x86_64: kernel doesn't allow setting HyperV VP_INDEX")
                                          << "kernel doesn't allow setting HyperV VP_INDEX";
        QTest::newRow("nested: MSR, then the abort") << context + QStringLiteral("process exited while connecting to monitor: 2024-03-01T10:00:00.000000Z "
                                                                               "qemu-system-x86_64: error: failed to set MSR 0x10a to 0x2000000e1\n"
                                                                               "qemu-system-x86_64: ../../target/i386/kvm/kvm.c:3036: kvm_buf_set_msrs: "
                                                                               "Assertion `ret == cpu->kvm_msr_buf->nmsrs' failed.")
                                                     << "failed to set MSR 0x10a to 0x2000000e1";
        QTest::newRow("QEMU's user cannot open /dev/kvm") << context + QStringLiteral("process exited while connecting to monitor: Could not access KVM kernel module: "
                                                                                    "Permission denied\n2026-11-30T05:44:58.350488Z qemu-system-x86_64: -accel kvm: "
                                                                                    "failed to initialize kvm: Permission denied")
                                                          << "-accel kvm: failed to initialize kvm: Permission denied";
        QTest::newRow("libvirt: no KVM") << QStringLiteral("starting the test copy on qemu:///system: unsupported configuration: Domain requires KVM, but it is not available.")
                                         << "starting the test copy on qemu:///system: unsupported configuration: Domain requires KVM, but it is not available.";
        // KVM's warnings come with other failures too: those are not KVM's refusal.
        QTest::newRow("a device, after KVM's warnings") << context + warnings + QStringLiteral("2026-11-30T06:12:03.019706Z qemu-system-x86_64: -device "
                                                                                              "{\"driver\":\"vfio-pci\"}: vfio 0000:01:00.0: failed to open /dev/vfio/1")
                                                        << "";
        QTest::newRow("a pin to no CPU") << QStringLiteral("starting the test copy on qemu:///system: Invalid value '0-1,999' for 'cpuset.cpus': Invalid argument")
                                         << "";
        QTest::newRow("nothing") << "" << "";
    }
    void kvmRefusal()
    {
        QFETCH(QString, error);
        QFETCH(QString, reason);
        QCOMPARE(TestBoot::kvmRefusal(error), reason);
    }

    void whatATcgRunCannotProve_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("article: Windows with the Error 43 fix") << "article.xml"
            << QStringList{"that KVM runs this VM (nested)", "host-passthrough", "Hyper-V", "hidden KVM", "I/O APIC"};
        QTest::newRow("no-iommu: Linux") << "no-iommu-linux.xml" << QStringList{"that KVM runs this VM (nested)", "host-passthrough", "I/O APIC"};
    }
    void whatATcgRunCannotProve()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QFile in(QStringLiteral(VFIO_TEST_HOSTS_DIR "/../generated/") + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QDomDocument document;
        QVERIFY(document.setContent(&in));
        const QStringList unproven = TestBoot::unprovenUnderTcg(document, QStringLiteral("nested"));
        QCOMPARE(unproven.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(unproven[i].contains(expected[i]), qPrintable(unproven[i]));
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
