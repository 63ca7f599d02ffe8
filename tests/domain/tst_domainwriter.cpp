#include "domain/domainpieces.h"
#include "domain/domainwriter.h"
#include "domain/model/domainxml.h"
#include "nix/nixmodulewriter.h"
#include "support/plancases.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

QString validate(const QString &xml)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("domain.xml"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(xml.toUtf8());
    file.close();
    QProcess process;
    process.start(QStringLiteral("virt-xml-validate"), {path, QStringLiteral("domain")});
    process.waitForFinished(30000);
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    return QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
}

} // namespace

class TestDomainWriter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("virt-xml-validate")).isEmpty())
            QFAIL("virt-xml-validate (libvirt-clients) is needed: run scripts/deps.sh");
    }

    void golden_data()
    {
        addPlanCaseRows();
    }
    void golden()
    {
        QFETCH(int, index);
        const PlanCase c = planCases()[index];
        const VmPlan plan = planCase(c);
        QVERIFY(plan.ok());
        const QString xml = DomainWriter::write(plan.spec);
        const QString difference = TestHosts::compareTextWithGolden(xml, generatedGolden(c.name + QStringLiteral(".xml")));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const QString invalid = validate(xml);
        QVERIFY2(invalid.isEmpty(), qPrintable(invalid));
    }

    void articleChoices()
    {
        const VmPlan plan = planCase(planCases()[0]);
        QDomDocument document = DomainWriter::document(plan.spec);
        const QDomElement domain = document.documentElement();
        const QDomElement topology = domain.firstChildElement(QStringLiteral("cpu")).firstChildElement(QStringLiteral("topology"));
        QCOMPARE(topology.attribute(QStringLiteral("sockets")), QStringLiteral("1"));
        QCOMPARE(topology.attribute(QStringLiteral("cores")), QStringLiteral("4"));
        QCOMPARE(topology.attribute(QStringLiteral("threads")), QStringLiteral("2"));
        QCOMPARE(domain.firstChildElement(QStringLiteral("vcpu")).text(), QStringLiteral("8"));
        QVERIFY(!domain.firstChildElement(QStringLiteral("vcpu")).hasAttribute(QStringLiteral("current")));
        QCOMPARE(DomainXml::children(domain.firstChildElement(QStringLiteral("cputune")), QStringLiteral("vcpupin")).size(), 8);
        const QDomElement features = domain.firstChildElement(QStringLiteral("features"));
        QCOMPARE(features.firstChildElement(QStringLiteral("hyperv")).firstChildElement(QStringLiteral("vendor_id")).attribute(QStringLiteral("state")), QStringLiteral("on"));
        QCOMPARE(features.firstChildElement(QStringLiteral("kvm")).firstChildElement(QStringLiteral("hidden")).attribute(QStringLiteral("state")), QStringLiteral("on"));
        const QDomElement page = domain.firstChildElement(QStringLiteral("memoryBacking")).firstChildElement(QStringLiteral("hugepages")).firstChildElement(QStringLiteral("page"));
        QCOMPARE(page.attribute(QStringLiteral("size")) + page.attribute(QStringLiteral("unit")), QStringLiteral("1GiB"));
        const QDomElement devices = domain.firstChildElement(QStringLiteral("devices"));
        const auto hostdevs = DomainXml::children(devices, QStringLiteral("hostdev"));
        QCOMPARE(hostdevs.size(), 2);
        // Both functions on one guest slot, as on the card.
        QCOMPARE(hostdevs[0].firstChildElement(QStringLiteral("address")).attribute(QStringLiteral("multifunction")), QStringLiteral("on"));
        QCOMPARE(hostdevs[1].firstChildElement(QStringLiteral("address")).attribute(QStringLiteral("bus")),
                 hostdevs[0].firstChildElement(QStringLiteral("address")).attribute(QStringLiteral("bus")));
        QCOMPARE(devices.firstChildElement(QStringLiteral("memballoon")).attribute(QStringLiteral("model")), QStringLiteral("none"));
        const QDomElement disk = devices.firstChildElement(QStringLiteral("disk"));
        QCOMPARE(disk.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("rotation_rate")), QStringLiteral("7200"));
        QCOMPARE(disk.firstChildElement(QStringLiteral("driver")).attribute(QStringLiteral("io")), QStringLiteral("native"));
        QCOMPARE(devices.firstChildElement(QStringLiteral("interface")).firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("bridge")), QStringLiteral("br0"));
    }

    void numaPlacement()
    {
        // xeon2s: memory strictly on the GPU's node 1; xeon2s-wide: a guest node per host node,
        // each cell's memory on its own, 36 + 12 GiB as the vCPUs split 30 + 10.
        QDomElement domain = DomainWriter::document(planCase(planCases()[5]).spec).documentElement();
        QDomElement memory = domain.firstChildElement(QStringLiteral("numatune")).firstChildElement(QStringLiteral("memory"));
        QCOMPARE(memory.attribute(QStringLiteral("mode")), QStringLiteral("strict"));
        QCOMPARE(memory.attribute(QStringLiteral("nodeset")), QStringLiteral("1"));
        QVERIFY(domain.firstChildElement(QStringLiteral("cpu")).firstChildElement(QStringLiteral("numa")).isNull());
        domain = DomainWriter::document(planCase(planCases()[6]).spec).documentElement();
        const QDomElement numatune = domain.firstChildElement(QStringLiteral("numatune"));
        QCOMPARE(numatune.firstChildElement(QStringLiteral("memory")).attribute(QStringLiteral("nodeset")), QStringLiteral("0-1"));
        const auto memnodes = DomainXml::children(numatune, QStringLiteral("memnode"));
        QCOMPARE(memnodes.size(), 2);
        QCOMPARE(memnodes[0].attribute(QStringLiteral("nodeset")), QStringLiteral("1"));
        QCOMPARE(memnodes[1].attribute(QStringLiteral("nodeset")), QStringLiteral("0"));
        const auto cells = DomainXml::children(domain.firstChildElement(QStringLiteral("cpu")).firstChildElement(QStringLiteral("numa")),
                                               QStringLiteral("cell"));
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells[0].attribute(QStringLiteral("cpus")), QStringLiteral("0-29"));
        QCOMPARE(cells[0].attribute(QStringLiteral("memory")) + cells[0].attribute(QStringLiteral("unit")), QStringLiteral("36GiB"));
        QCOMPARE(cells[1].attribute(QStringLiteral("cpus")), QStringLiteral("30-39"));
        QCOMPARE(cells[1].attribute(QStringLiteral("memory")) + cells[1].attribute(QStringLiteral("unit")), QStringLiteral("12GiB"));
        // A cell's host node shows in its memnode and in the hugepages each node reserves.
        VmSpec spec = planCase(planCases()[6]).spec;
        const HostScan host = TestHosts::scan(QStringLiteral("xeon2s"));
        const QString before = DomainWriter::write(spec) + NixModuleWriter::write(spec, host, QStringLiteral("x.xml"));
        std::swap(spec.cpu.numaCells[0].hostNode, spec.cpu.numaCells[1].hostNode);
        QVERIFY(DomainWriter::write(spec) + NixModuleWriter::write(spec, host, QStringLiteral("x.xml")) != before);
    }

    void driverStagingDisks()
    {
        const VmPlan plan = planCase(planCases()[1]); // the Ryzen case stages drivers
        QVERIFY(plan.spec.driverStaging);
        const QDomElement devices = DomainWriter::document(plan.spec).documentElement().firstChildElement(QStringLiteral("devices"));
        const auto disks = DomainXml::children(devices, QStringLiteral("disk"));
        QCOMPARE(disks.size(), 3); // boot disk, staging disk, virtio-win CD-ROM
        QCOMPARE(disks[0].firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("bus")), QStringLiteral("sata"));
        QCOMPARE(disks[0].firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("dev")), QStringLiteral("/dev/vg0/win11"));
        QCOMPARE(disks[1].firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("bus")), QStringLiteral("virtio"));
        QCOMPARE(disks[1].firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("file")), plan.spec.stagingDiskPath());
        QCOMPARE(disks[2].attribute(QStringLiteral("device")), QStringLiteral("cdrom"));
    }

    void piecesAreIdempotent_data() { golden_data(); }
    void piecesAreIdempotent()
    {
        QFETCH(int, index);
        const VmPlan plan = planCase(planCases()[index]);
        QDomDocument document = DomainWriter::document(plan.spec);
        const QString once = DomainXml::toText(document);
        QDomElement domain = document.documentElement();
        using Piece = void (*)(QDomElement, const VmSpec &);
        for (Piece piece : {DomainPieces::memory, DomainPieces::vcpus, DomainPieces::cputune, DomainPieces::numa, DomainPieces::os,
                            DomainPieces::features, DomainPieces::error43, DomainPieces::cpu, DomainPieces::clock,
                            DomainPieces::disks, DomainPieces::interface, DomainPieces::hostdevs, DomainPieces::display,
                            DomainPieces::tpm, DomainPieces::memballoon})
            piece(domain, plan.spec);
        QCOMPARE(DomainXml::toText(document), once);
    }

    void userStringsAreEscaped()
    {
        VmSpec spec = planCase(planCases()[0]).spec;
        spec.name = QStringLiteral("a<b>&\"c'</name><evil/>");
        spec.network.bridge = QStringLiteral("br\"'<&>");
        spec.disks.first().path = QStringLiteral("/dev/zvol/t&nk/<x>");
        const QString xml = DomainWriter::write(spec);
        QDomDocument parsed;
        QVERIFY(parsed.setContent(xml));
        const QDomElement domain = parsed.documentElement();
        QCOMPARE(domain.firstChildElement(QStringLiteral("name")).text(), spec.name);
        QVERIFY(domain.firstChildElement(QStringLiteral("evil")).isNull());
        QCOMPARE(domain.firstChildElement(QStringLiteral("devices")).firstChildElement(QStringLiteral("interface"))
                     .firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("bridge")), spec.network.bridge);
    }

    void everyFieldChangesTheOutput()
    {
        const PlanCase c = planCases()[0];
        const HostScan host = TestHosts::scan(c.host);
        const VmSpec base = planCase(c).spec;
        auto output = [&](const VmSpec &spec) { return DomainWriter::write(spec) + NixModuleWriter::write(spec, host, QStringLiteral("x.xml")); };
        const QString reference = output(base);
        // Every VmSpec field but these: `version` only versions the profile, and a disk's
        // `sizeBytes` is the size the apply step creates a new image file with.
        const QList<std::pair<const char *, std::function<void(VmSpec &)>>> mutations = {
            {"name", [](VmSpec &s) { s.name = QStringLiteral("other"); }},
            {"os", [](VmSpec &s) { s.os = VmSpec::Os::Linux; }},
            {"gpu.address", [](VmSpec &s) { s.gpu.address.reset(); }},
            {"gpu.functions", [](VmSpec &s) { s.gpu.functions.removeLast(); }},
            {"gpu.functionIds", [](VmSpec &s) { s.gpu.functionIds[1] = QStringLiteral("10de:ffff"); }},
            {"gpu.romFile", [](VmSpec &s) { s.gpu.romFile = QStringLiteral("/rom.bin"); }},
            {"error43.enabled", [](VmSpec &s) { s.error43.enabled = false; }},
            {"error43.vendorId", [](VmSpec &s) { s.error43.vendorId = QStringLiteral("other"); }},
            {"cpu.vcpus", [](VmSpec &s) { s.cpu.vcpus = 6; }},
            {"cpu.sockets", [](VmSpec &s) { s.cpu.sockets = 2; }},
            {"cpu.dies", [](VmSpec &s) { s.cpu.dies = 2; }},
            {"cpu.cores", [](VmSpec &s) { s.cpu.cores = 2; }},
            {"cpu.threads", [](VmSpec &s) { s.cpu.threads = 1; }},
            {"cpu.pins", [](VmSpec &s) { s.cpu.pins[0] = 3; }},
            {"cpu.emulatorPins", [](VmSpec &s) { s.cpu.emulatorPins = {1}; }},
            {"cpu.iothreadPins", [](VmSpec &s) { s.cpu.iothreadPins = {2}; }},
            {"cpu.iothreads", [](VmSpec &s) { s.cpu.iothreads = 2; }},
            {"cpu.amdTopoext", [](VmSpec &s) { s.cpu.amdTopoext = true; }},
            {"cpu.numaCells", [](VmSpec &s) { s.cpu.numaCells = {{{0, 1, 2, 3}, 0}, {{4, 5, 6, 7}, 0}}; }},
            {"cpu.isolateHost", [](VmSpec &s) { s.cpu.isolateHost = false; }},
            {"memory.sizeMiB", [](VmSpec &s) { s.memory.sizeMiB = 1024; }},
            {"memory.hugepages", [](VmSpec &s) { s.memory.hugepages = VmSpec::HugepageSize::Size2M; }},
            {"memory.hugepageCount", [](VmSpec &s) { s.memory.hugepageCount = 3; }},
            {"memory.hostNodes", [](VmSpec &s) { s.memory.hostNodes = {0}; }},
            {"network.mode", [](VmSpec &s) { s.network.mode = VmSpec::NetworkMode::Nat; }},
            {"network.bridge", [](VmSpec &s) { s.network.bridge = QStringLiteral("br9"); }},
            {"network.uplink", [](VmSpec &s) { s.network.uplink = QStringLiteral("eno1"); }},
            {"network.mac", [](VmSpec &s) { s.network.mac = QStringLiteral("52:54:00:00:00:01"); }},
            {"network.model", [](VmSpec &s) { s.network.model = QStringLiteral("e1000e"); }},
            {"disks.source", [](VmSpec &s) { s.disks[0].source = VmSpec::DiskSource::ImageFile; }},
            {"disks.path", [](VmSpec &s) { s.disks[0].path = QStringLiteral("/dev/sdz"); }},
            {"disks.bus", [](VmSpec &s) { s.disks[0].bus = VmSpec::DiskBus::Sata; }},
            {"disks.cache", [](VmSpec &s) { s.disks[0].cache = QStringLiteral("writeback"); }},
            {"disks.io", [](VmSpec &s) { s.disks[0].io = QStringLiteral("threads"); }},
            {"disks.discard", [](VmSpec &s) { s.disks[0].discard = false; }},
            {"disks.rotationRate", [](VmSpec &s) { s.disks[0].rotationRate = 5400; }},
            {"virtioIso", [](VmSpec &s) { s.virtioIso = QStringLiteral("/other.iso"); }},
            {"driverStaging", [](VmSpec &s) { s.driverStaging = true; }},
            {"tpm", [](VmSpec &s) { s.tpm = true; }},
            {"secureBoot", [](VmSpec &s) { s.secureBoot = true; }},
            {"user", [](VmSpec &s) { s.user = QStringLiteral("bob"); }},
            {"defineAtBoot", [](VmSpec &s) { s.defineAtBoot = true; }},
        };
        for (const auto &[field, mutate] : mutations) {
            VmSpec changed = base;
            mutate(changed);
            QVERIFY2(output(changed) != reference, field);
        }
    }
};

QTEST_GUILESS_MAIN(TestDomainWriter)
#include "tst_domainwriter.moc"
