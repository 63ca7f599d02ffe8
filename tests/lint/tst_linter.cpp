// Each lint rule: a domain that triggers it, one that does not, and its fix removing it.
#include "domain/domainwriter.h"
#include "domain/model/domainxml.h"
#include "lint/linter.h"
#include "lint/lintregistry.h"
#include "scan/zpoolstatus.h"
#include "support/domaincorpus.h"
#include "support/plancases.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

struct Base
{
    HostScan host;
    QDomDocument domain;
};

/// A generated domain on a fixture host whose hugepages are reserved and that has the NixOS
/// module's isolation hook for it: the baseline is clean. vcpus 0: the plan case's own count.
Base base(int caseIndex, int vcpus)
{
    PlanCase c = planCases()[caseIndex];
    if (vcpus > 0)
        c.request.vcpus = vcpus;
    Base b;
    b.host = TestHosts::scan(c.host);
    for (HugepagePool &pool : b.host.memory.hugepages)
        pool.total = pool.free = (qint64(64) << 20) / pool.sizeKiB;
    for (HugepagePool &pool : b.host.memory.nodeHugepages)
        pool.total = pool.free = (qint64(64) << 20) / pool.sizeKiB;
    const VmSpec spec = planCase(c).spec;
    if (spec.cpu.isolates())
        b.host.isolationHooks << QStringLiteral("/var/lib/libvirt/hooks/qemu.d/") + HostScan::isolationHookName(spec.name);
    b.domain = DomainWriter::document(spec);
    return b;
}


QStringList rules(const QList<LintFinding> &findings)
{
    QStringList ids;
    for (const LintFinding &f : findings)
        ids << f.rule;
    return ids;
}

QDomElement at(const QDomDocument &document, const QStringList &path)
{
    QDomElement e = document.documentElement();
    for (const QString &tag : path)
        e = e.firstChildElement(tag);
    return e;
}

/// Re-pins vCPU v to host CPU `cpu`.
void pin(QDomDocument &d, int vcpu, const QString &cpu)
{
    DomainXml::children(at(d, {"cputune"}), QStringLiteral("vcpupin"))[vcpu].setAttribute(QStringLiteral("cpuset"), cpu);
}

struct Case
{
    const char *rule;
    /// 0 article (Intel, NVIDIA), 1 ryzen (AMD, bridge, boot GPU), 2 hybrid, 4 x3d (V-Cache),
    /// 5 xeon2s (GPU on node 1), 6 xeon2s-wide (two guest nodes)
    int planCase;
    int vcpus; ///< 0: the plan case's

    std::function<void(QDomDocument &, HostScan &)> breakIt;
};

QList<Case> cases()
{
    return {
        {"current-vcpus", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"vcpu"}).setAttribute(QStringLiteral("current"), QStringLiteral("4")); }},
        {"topology-sockets", 0, 6, [](QDomDocument &d, HostScan &) {
             QDomElement t = at(d, {"cpu", "topology"});
             t.setAttribute(QStringLiteral("sockets"), QStringLiteral("6"));
             t.setAttribute(QStringLiteral("cores"), QStringLiteral("1"));
             t.setAttribute(QStringLiteral("threads"), QStringLiteral("1"));
         }},
        {"host-passthrough", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"cpu"}).setAttribute(QStringLiteral("mode"), QStringLiteral("host-model")); }},
        {"amd-topoext", 1, 8, [](QDomDocument &d, HostScan &) { at(d, {"cpu"}).removeChild(at(d, {"cpu", "feature"})); }},
        {"no-pinning", 0, 6, [](QDomDocument &d, HostScan &) { d.documentElement().removeChild(at(d, {"cputune"})); }},
        {"split-siblings", 0, 6, [](QDomDocument &d, HostScan &) {
             auto pins = DomainXml::children(at(d, {"cputune"}), QStringLiteral("vcpupin"));
             pins[1].setAttribute(QStringLiteral("cpuset"), QStringLiteral("2")); // vCPU 0 on 1, vCPU 1 on 2
             pins[2].setAttribute(QStringLiteral("cpuset"), QStringLiteral("5"));
         }},
        {"topology-pins", 0, 6, [](QDomDocument &d, HostScan &) {
             QDomElement t = at(d, {"cpu", "topology"});
             t.setAttribute(QStringLiteral("cores"), QStringLiteral("6"));
             t.setAttribute(QStringLiteral("threads"), QStringLiteral("1"));
         }},
        {"cross-domain", 1, 8, [](QDomDocument &d, HostScan &) {
             DomainXml::children(at(d, {"cputune"}), QStringLiteral("vcpupin"))[0].setAttribute(QStringLiteral("cpuset"), QStringLiteral("2"));
             DomainXml::children(at(d, {"cputune"}), QStringLiteral("vcpupin"))[1].setAttribute(QStringLiteral("cpuset"), QStringLiteral("3"));
         }},
        {"emulator-shares", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"cputune"}).removeChild(at(d, {"cputune", "emulatorpin"})); }},
        {"no-hugepages", 0, 6, [](QDomDocument &d, HostScan &) { d.documentElement().removeChild(at(d, {"memoryBacking"})); }},
        {"memballoon", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"devices", "memballoon"}).setAttribute(QStringLiteral("model"), QStringLiteral("virtio")); }},
        {"hugepages-not-reserved", 0, 6, [](QDomDocument &, HostScan &h) {
             for (HugepagePool &pool : h.memory.hugepages)
                 pool.total = pool.free = 0;
         }},
        // Reserved, but on the node the memory is not bound to.
        {"hugepages-not-reserved", 5, 0, [](QDomDocument &, HostScan &h) {
             for (HugepagePool &pool : h.memory.nodeHugepages)
                 if (pool.node == 1)
                     pool.total = pool.free = 0;
         }},
        {"emulated-nic", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"devices", "interface", "model"}).setAttribute(QStringLiteral("type"), QStringLiteral("e1000e")); }},
        {"nat-with-bridge", 1, 8, [](QDomDocument &d, HostScan &) {
             QDomElement nic = at(d, {"devices", "interface"});
             nic.setAttribute(QStringLiteral("type"), QStringLiteral("network"));
             QDomElement source = nic.firstChildElement(QStringLiteral("source"));
             source.removeAttribute(QStringLiteral("bridge"));
             source.setAttribute(QStringLiteral("network"), QStringLiteral("default"));
         }},
        {"nat-without-bridge", 0, 6, [](QDomDocument &d, HostScan &) {
             // The article's host has no bridge with a port yet (virbr0 is libvirt's own).
             QDomElement nic = at(d, {"devices", "interface"});
             nic.setAttribute(QStringLiteral("type"), QStringLiteral("network"));
             QDomElement source = nic.firstChildElement(QStringLiteral("source"));
             source.removeAttribute(QStringLiteral("bridge"));
             source.setAttribute(QStringLiteral("network"), QStringLiteral("default"));
         }},
        {"host-use", 1, 8, [](QDomDocument &d, HostScan &) {
             // /home's disk, on the chipset SATA controller, instead of the free LV.
             at(d, {"devices", "disk", "source"}).setAttribute(QStringLiteral("dev"), QStringLiteral("/dev/sda"));
         }},
        {"emulated-disk", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"devices", "disk", "target"}).setAttribute(QStringLiteral("bus"), QStringLiteral("sata")); }},
        {"no-virtio-driver", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"devices", "disk", "target"}).setAttribute(QStringLiteral("bus"), QStringLiteral("sata")); }},
        {"double-cache", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"devices", "disk", "driver"}).setAttribute(QStringLiteral("cache"), QStringLiteral("writeback")); }},
        {"rotation-rate", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"devices", "disk", "target"}).removeAttribute(QStringLiteral("rotation_rate")); }},
        {"hyperv", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"features", "hyperv"}).removeChild(at(d, {"features", "hyperv", "synic"})); }},
        {"gpu-functions", 0, 6, [](QDomDocument &d, HostScan &) {
             at(d, {"devices"}).removeChild(DomainXml::children(at(d, {"devices"}), QStringLiteral("hostdev")).last());
         }},
        {"error43", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"features", "hyperv"}).removeChild(at(d, {"features", "hyperv", "vendor_id"})); }},
        {"not-kvm", 0, 6, [](QDomDocument &d, HostScan &) { d.documentElement().setAttribute(QStringLiteral("type"), QStringLiteral("qemu")); }},
        {"machine-type", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"os", "type"}).setAttribute(QStringLiteral("machine"), QStringLiteral("pc-i440fx-7.2")); }},
        {"legacy-bios", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"os"}).removeAttribute(QStringLiteral("firmware")); }},
        {"acpi", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"features"}).removeChild(at(d, {"features", "acpi"})); }},
        {"secure-boot-smm", 1, 8, [](QDomDocument &d, HostScan &) { at(d, {"features"}).removeChild(at(d, {"features", "smm"})); }},
        {"timers", 0, 6, [](QDomDocument &d, HostScan &) {
             for (QDomElement timer : DomainXml::children(at(d, {"clock"}), QStringLiteral("timer")))
                 if (timer.attribute(QStringLiteral("name")) == QLatin1String("hpet"))
                     timer.setAttribute(QStringLiteral("present"), QStringLiteral("yes"));
         }},
        {"suspend", 0, 6, [](QDomDocument &d, HostScan &) { d.documentElement().removeChild(at(d, {"pm"})); }},
        {"emulator-missing", 0, 6, [](QDomDocument &d, HostScan &) {
             QDomElement emulator = d.createElement(QStringLiteral("emulator"));
             emulator.appendChild(d.createTextNode(QStringLiteral("/usr/bin/qemu-system-x86_64")));
             at(d, {"devices"}).insertBefore(emulator, at(d, {"devices"}).firstChild());
         }},
        {"macvtap", 1, 8, [](QDomDocument &d, HostScan &) {
             QDomElement nic = at(d, {"devices", "interface"});
             nic.setAttribute(QStringLiteral("type"), QStringLiteral("direct"));
             QDomElement source = nic.firstChildElement(QStringLiteral("source"));
             source.removeAttribute(QStringLiteral("bridge"));
             source.setAttribute(QStringLiteral("dev"), QStringLiteral("enp5s0"));
             source.setAttribute(QStringLiteral("mode"), QStringLiteral("bridge"));
         }},
        {"emulated-display", 0, 6, [](QDomDocument &d, HostScan &) { at(d, {"devices", "video", "model"}).setAttribute(QStringLiteral("type"), QStringLiteral("qxl")); }},
        {"gpu-guest-slot", 0, 6, [](QDomDocument &d, HostScan &) {
             DomainXml::children(at(d, {"devices"}), QStringLiteral("hostdev")).last().firstChildElement(QStringLiteral("address"))
                 .setAttribute(QStringLiteral("slot"), QStringLiteral("0x01"));
         }},
        {"unmanaged-hostdev", 0, 6, [](QDomDocument &d, HostScan &) {
             DomainXml::children(at(d, {"devices"}), QStringLiteral("hostdev")).first().setAttribute(QStringLiteral("managed"), QStringLiteral("no"));
         }},
        {"no-input", 0, 6, [](QDomDocument &d, HostScan &) {
             for (const QDomElement &input : DomainXml::children(at(d, {"devices"}), QStringLiteral("input")))
                 if (input.attribute(QStringLiteral("type")) == QLatin1String("evdev"))
                     at(d, {"devices"}).removeChild(input);
         }},
        {"evdev-repeat", 0, 6, [](QDomDocument &d, HostScan &) {
             for (const QDomElement &input : DomainXml::children(at(d, {"devices"}), QStringLiteral("input")))
                 input.firstChildElement(QStringLiteral("source")).removeAttribute(QStringLiteral("repeat"));
         }},
        // vCPUs 14, 15 moved from CCD0's 7/23 to CCD1's 9/25: the V-Cache has room left.
        {"vcpus-off-vcache", 4, 0, [](QDomDocument &d, HostScan &) {
             pin(d, 14, QStringLiteral("9"));
             pin(d, 15, QStringLiteral("25"));
         }},
        {"emulator-on-vcache", 4, 0, [](QDomDocument &d, HostScan &) {
             at(d, {"cputune", "emulatorpin"}).setAttribute(QStringLiteral("cpuset"), QStringLiteral("7,23"));
         }},
        // Hybrid: 12 vCPUs leave performance cores 12-15 free; QEMU's threads there, E-cores idle.
        {"emulator-on-performance-cores", 2, 12, [](QDomDocument &d, HostScan &) {
             at(d, {"cputune", "emulatorpin"}).setAttribute(QStringLiteral("cpuset"), QStringLiteral("14-15"));
             at(d, {"cputune", "iothreadpin"}).setAttribute(QStringLiteral("cpuset"), QStringLiteral("14-15"));
         }},
        // Two vCPU pairs moved to socket 0 although the GPU's node 1 has room.
        {"vcpus-off-gpu-node", 5, 0, [](QDomDocument &d, HostScan &) {
             pin(d, 12, QStringLiteral("5"));
             pin(d, 13, QStringLiteral("37"));
             pin(d, 14, QStringLiteral("6"));
             pin(d, 15, QStringLiteral("38"));
         }},
        {"memory-off-gpu-node", 5, 0, [](QDomDocument &d, HostScan &) {
             at(d, {"numatune", "memory"}).setAttribute(QStringLiteral("nodeset"), QStringLiteral("0"));
         }},
        {"no-numatune", 5, 0, [](QDomDocument &d, HostScan &) { d.documentElement().removeChild(at(d, {"numatune"})); }},
        {"no-isolation", 5, 0, [](QDomDocument &, HostScan &h) { h.isolationHooks.clear(); }},
        {"iommu-group", 1, 8, [](QDomDocument &d, HostScan &) {
             for (QDomElement h : DomainXml::children(at(d, {"devices"}), QStringLiteral("hostdev")))
                 h.firstChildElement(QStringLiteral("source")).firstChildElement(QStringLiteral("address")).setAttribute(QStringLiteral("bus"), QStringLiteral("0x05"));
         }},
    };
}

} // namespace

class TestLinter final : public QObject
{
    Q_OBJECT

private slots:
    void generatedDomainsAreClean_data()
    {
        QTest::addColumn<int>("planCase");
        QTest::addColumn<int>("vcpus");
        QTest::newRow("article") << 0 << 6;
        QTest::newRow("ryzen") << 1 << 8;
        QTest::newRow("hybrid") << 2 << 0;
        QTest::newRow("x3d") << 4 << 0;
        QTest::newRow("x3d 30") << 4 << 30;   // 14 spill over to the 32 MiB L3 once the V-Cache is full
        QTest::newRow("x3d 32") << 4 << 32;   // every thread; QEMU's threads share the small L3's core
        QTest::newRow("xeon2s") << 5 << 0;
        QTest::newRow("xeon2s-wide") << 6 << 0;
    }
    void generatedDomainsAreClean()
    {
        QFETCH(int, planCase);
        QFETCH(int, vcpus);
        const Base b = base(planCase, vcpus);
        const QStringList notScrubbing;
        const QStringList found = rules(Linter::lint(b.domain, &b.host, &notScrubbing));
        // The Ryzen VM passes the host's boot GPU on purpose; nothing else may be reported. The
        // plans that must cross an L3 or a node say so and cannot do better (no fix offered).
        QStringList unexpected;
        for (const LintFinding &f : Linter::lint(b.domain, &b.host, &notScrubbing))
            if (f.rule != QLatin1String("emulated-disk") && !(f.rule == QLatin1String("cross-domain") && f.fix.isEmpty())
                && !(f.rule == QLatin1String("error43") && planCases()[planCase].request.fixError43 == false) // the case turned it off
                && !(f.rule == QLatin1String("emulator-shares") && f.fix.isEmpty()))
                unexpected << f.rule;
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u' ')));
    }

    void everyRuleTriggersAndItsFixRemovesIt_data()
    {
        QTest::addColumn<int>("index");
        const auto all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].rule) << i;
    }
    void everyRuleTriggersAndItsFixRemovesIt()
    {
        QFETCH(int, index);
        const Case c = cases()[index];
        Base b = base(c.planCase, c.vcpus);
        QVERIFY(!rules(Linter::lint(b.domain, &b.host)).contains(QLatin1String(c.rule)));
        c.breakIt(b.domain, b.host);
        const QList<LintFinding> findings = Linter::lint(b.domain, &b.host);
        const auto it = std::find_if(findings.begin(), findings.end(), [&](const LintFinding &f) { return f.rule == QLatin1String(c.rule); });
        QVERIFY2(it != findings.end(), qPrintable(rules(findings).join(u' ')));
        QVERIFY(!it->message.isEmpty() && !it->source.isEmpty());
        if (it->fix.isEmpty())
            return; // advice only: the user must act (reserve pages, move a card)
        QVERIFY(Linter::fix(b.domain, it->fix, &b.host).ok());
        const QDomDocument reparsed = [&] { QDomDocument d; d.setContent(DomainXml::toText(b.domain)); return d; }();
        QVERIFY2(!rules(Linter::lint(reparsed, &b.host)).contains(QLatin1String(c.rule)), qPrintable(rules(Linter::lint(reparsed, &b.host)).join(u' ')));
    }

    void fixesOnTheCorpusRemoveTheirFindings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("hostName");
        // The corpus, and the domains fuzzing found a broken promise on (tests/data/fuzz-findings),
        // on the article's host and on the hosts where the placement rules have work.
        for (const QString &host : {QStringLiteral("article"), QStringLiteral("hybrid"), QStringLiteral("x3d"), QStringLiteral("xeon2s")})
            for (const QString &dir : {QStringLiteral("domains"), QStringLiteral("fuzz-findings")})
                for (const QString &file : QDir(QStringLiteral(VFIO_TEST_HOSTS_DIR "/../") + dir).entryList({QStringLiteral("*.xml")}))
                    QTest::newRow(qPrintable(host + u' ' + dir + u'/' + file)) << dir + u'/' + file << host;
    }
    void fixesOnTheCorpusRemoveTheirFindings()
    {
        QFETCH(QString, file);
        QFETCH(QString, hostName);
        QFile in(QStringLiteral(VFIO_TEST_HOSTS_DIR "/../") + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QDomDocument domain;
        QVERIFY(domain.setContent(&in));
        static QHash<QString, HostScan> scans; // a scan per host, not per row
        if (!scans.contains(hostName))
            scans.insert(hostName, TestHosts::scan(hostName));
        const HostScan &host = scans[hostName];
        const QList<LintFinding> findings = Linter::lint(domain, &host);
        QVERIFY(!findings.isEmpty());
        for (const LintFinding &finding : findings) {
            if (finding.fix.isEmpty())
                continue;
            QDomDocument fixed = domain.cloneNode(true).toDocument();
            QVERIFY2(Linter::fix(fixed, finding.fix, &host).ok(), qPrintable(finding.fix));
            QVERIFY2(!rules(Linter::lint(fixed, &host)).contains(finding.rule), qPrintable(finding.rule + u' ' + finding.fix));
        }
    }

    void fixesKeepValidDomainsValid()
    {
        // libvirt's own schema judges every fix on every corpus domain it accepts as it is.
        const QString validate = QStandardPaths::findExecutable(QStringLiteral("virt-xml-validate"));
        QVERIFY2(!validate.isEmpty(), "virt-xml-validate is missing (Debian: libvirt-clients)");
        QTemporaryDir dir;
        const auto valid = [&](const QDomDocument &domain, const QString &name) {
            const QString path = dir.filePath(name);
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return false;
            out.write(DomainXml::toText(domain).toUtf8());
            out.close();
            QProcess process;
            process.start(validate, {path, QStringLiteral("domain")});
            return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        };
        const HostScan host = TestHosts::scan(QStringLiteral("article"));
        int offered = 0, domains = 0;
        QStringList broken;
        for (const QString &file : DomainCorpus::files()) {
            const QDomDocument original = DomainCorpus::load(file);
            if (!valid(original, QStringLiteral("original.xml")))
                continue;
            ++domains;
            QSet<QString> fixes;
            for (const LintFinding &finding : Linter::lint(original, &host))
                if (!finding.fix.isEmpty())
                    fixes.insert(finding.fix);
            for (const QString &fix : std::as_const(fixes)) {
                QDomDocument fixed = original.cloneNode(true).toDocument();
                if (!Linter::fix(fixed, fix, &host).ok())
                    continue;
                ++offered;
                if (!valid(fixed, QStringLiteral("fixed.xml")))
                    broken << file + u' ' + fix;
            }
        }
        qInfo("%d fixes on %d valid corpus domains", offered, domains);
        QVERIFY(domains > 30 && offered > 100);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    void everyRegisteredRuleHasACase()
    {
        // A rule without a case could neither trigger nor be fixed in any test.
        QSet<QString> covered = {QStringLiteral("zfs-scrub"), QStringLiteral("zfs-scrub-unchecked")}; // zfsScrub() below
        for (const Case &c : cases())
            covered.insert(QLatin1String(c.rule));
        QStringList missing;
        for (const LintRule &rule : LintRegistry::rules())
            if (!covered.contains(QLatin1String(rule.id)))
                missing << QLatin1String(rule.id);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
        // Every fix is offered by some rule, and every rule's fix exists.
        QSet<QString> offered;
        for (const LintRule &rule : LintRegistry::rules()) {
            if (!rule.fix)
                continue;
            offered.insert(QLatin1String(rule.fix));
            QVERIFY2(LintRegistry::fix(QLatin1String(rule.fix)), rule.fix);
        }
        for (const QString &fix : Linter::fixIds())
            QVERIFY2(offered.contains(fix), qPrintable(fix));
    }

    void zfsScrub()
    {
        QFile in(QStringLiteral(VFIO_TEST_HOSTS_DIR "/../domains/article-vm.xml"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QDomDocument domain;
        QVERIFY(domain.setContent(&in));
        const QString status = QStringLiteral(
            "  pool: rpool\n state: ONLINE\n  scan: scrub repaired 0B in 00:01:02 with 0 errors on Sun Nov  8 00:25:03 2026\n"
            "config:\n\n\tNAME  STATE\n\trpool ONLINE\n\n"
            "  pool: tank\n state: ONLINE\n  scan: scrub in progress since Mon Nov 23 21:00:01 2026\n"
            "\t1.20T scanned at 512M/s, 300G issued at 128M/s, 1.80T total\n");
        const QStringList scrubbing = ZpoolStatus::scrubbingPools(status);
        QCOMPARE(scrubbing, QStringList{QStringLiteral("tank")});
        auto zfs = [](const QList<LintFinding> &findings) {
            for (const LintFinding &f : findings)
                if (f.rule.startsWith(QLatin1String("zfs-scrub")))
                    return f.severity;
            return LintFinding::Severity(-1);
        };
        QCOMPARE(zfs(Linter::lint(domain, nullptr, &scrubbing)), LintFinding::Severity::Warning);
        const QStringList none;
        QCOMPARE(zfs(Linter::lint(domain, nullptr, &none)), LintFinding::Severity(-1));
        QCOMPARE(zfs(Linter::lint(domain, nullptr, nullptr)), LintFinding::Severity::Info); // zpool not asked: a note
        QVERIFY(ZpoolStatus::scrubbingPools(QStringLiteral("no pools available\n")).isEmpty());
    }

    void natWithoutBridgeNamesTheUplinkAndOffersNoFix()
    {
        Base b = base(0, 6);
        QDomElement nic = at(b.domain, {"devices", "interface"});
        nic.setAttribute(QStringLiteral("type"), QStringLiteral("network"));
        nic.firstChildElement(QStringLiteral("source")).removeAttribute(QStringLiteral("bridge"));
        nic.firstChildElement(QStringLiteral("source")).setAttribute(QStringLiteral("network"), QStringLiteral("default"));
        const QList<LintFinding> findings = Linter::lint(b.domain, &b.host);
        const auto nat = std::find_if(findings.begin(), findings.end(), [](const LintFinding &f) { return f.rule == QLatin1String("nat-without-bridge"); });
        QVERIFY(nat != findings.end());
        QVERIFY(nat->message.contains(QStringLiteral("a bridge over eno2")));
        QVERIFY(nat->message.contains(QStringLiteral("Network page (\"Create a bridge over a NIC\", uplink eno2)")));
        // A fix would name a bridge the host does not have: the VM would not start.
        QVERIFY(nat->fix.isEmpty());
        QVERIFY(!rules(findings).contains(QStringLiteral("nat-with-bridge")));
    }

    void hostUseNamesTheUse()
    {
        Base b = base(1, 8);
        // The RX 580, which shows the host's desktop, as a second passed device.
        QDomElement hostdev = DomainXml::children(at(b.domain, {"devices"}), QStringLiteral("hostdev")).first().cloneNode(true).toElement();
        QDomElement address = hostdev.firstChildElement(QStringLiteral("source")).firstChildElement(QStringLiteral("address"));
        address.setAttribute(QStringLiteral("bus"), QStringLiteral("0x05"));
        address.setAttribute(QStringLiteral("function"), QStringLiteral("0x0"));
        hostdev.removeChild(hostdev.firstChildElement(QStringLiteral("address")));
        at(b.domain, {"devices"}).appendChild(hostdev);
        at(b.domain, {"devices", "disk", "source"}).setAttribute(QStringLiteral("dev"), QStringLiteral("/dev/disk/by-id/nvme-Samsung_SSD_970_EVO_Plus_1TB_S4EWNF0M912345X-part1"));
        QStringList messages;
        for (const LintFinding &f : Linter::lint(b.domain, &b.host))
            if (f.rule == QLatin1String("host-use")) {
                QCOMPARE(f.severity, LintFinding::Severity::Error);
                messages << f.message;
            }
        QCOMPARE(messages.size(), 2);
        QVERIFY2(messages[0].contains(QStringLiteral("-part1 holds /boot")), qPrintable(messages[0]));
        QVERIFY2(messages[1].contains(QStringLiteral("the GPU 0000:05:00.0 with the host's display on HDMI-A-1")), qPrintable(messages[1]));
    }

    void withoutTheHostOnlyXmlRules()
    {
        Base b = base(0, 6);
        at(b.domain, {"vcpu"}).setAttribute(QStringLiteral("current"), QStringLiteral("2"));
        b.domain.documentElement().removeChild(at(b.domain, {"cputune"}));
        const QStringList notScrubbing;
        const QStringList found = rules(Linter::lint(b.domain, nullptr, &notScrubbing));
        QCOMPARE(found, QStringList{QStringLiteral("current-vcpus")}); // no-pinning needs the host
        QVERIFY(!Linter::fix(b.domain, QStringLiteral("pinning"), nullptr).ok());
        QVERIFY(!Linter::fix(b.domain, QStringLiteral("no-such-fix"), nullptr).ok());
    }
};

QTEST_GUILESS_MAIN(TestLinter)
#include "tst_linter.moc"
