// Every patch on every corpus domain changes only its own elements: the rest, canonicalised,
// is what it was. Each patch applied twice equals applied once.
#include "domain/domainpatches.h"
#include "domain/elements/cpu.h"
#include "domain/model/domainxml.h"
#include "support/domaincanon.h"
#include "support/domaincorpus.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

namespace {

struct Patch
{
    const char *name;
    std::function<void(QDomElement)> apply;
    QStringList allowed;
    std::function<bool(const QDomElement &)> applied;
    QStringList needs = {}; ///< the element the patch works on; a domain without it is skipped
};

QDomElement path(const QDomElement &domain, const QStringList &tags)
{
    QDomElement e = domain;
    for (const QString &tag : tags)
        e = e.firstChildElement(tag);
    return e;
}

QList<Patch> patches()
{
    const PciAddress gpu = *PciAddress::parse(u"0000:04:00.0");
    const PciAddress audio = *PciAddress::parse(u"0000:04:00.1");
    return {
        {"fix-error43", [](QDomElement d) { DomainPatches::fixError43(d, QStringLiteral("0123456789ab")); },
         {"features/hyperv/vendor_id", "features/hyperv@mode", "features/kvm/hidden"},
         [](const QDomElement &d) {
             const bool passthrough = path(d, {"features", "hyperv"}).attribute(QStringLiteral("mode")) == QLatin1String("passthrough");
             return (passthrough || path(d, {"features", "hyperv", "vendor_id"}).attribute(QStringLiteral("value")) == QLatin1String("0123456789ab"))
                    && path(d, {"features", "kvm", "hidden"}).attribute(QStringLiteral("state")) == QLatin1String("on");
         }},
        {"topology", [](QDomElement d) { DomainPatches::setTopology(d, 8, 1, 1, 4, 2); },
         {"vcpu", "cpu/topology", "cpu@mode"},
         [](const QDomElement &d) {
             return path(d, {"vcpu"}).text() == QLatin1String("8") && !path(d, {"vcpu"}).hasAttribute(QStringLiteral("current"))
                    && path(d, {"cpu", "topology"}).attribute(QStringLiteral("cores")) == QLatin1String("4");
         }},
        {"pinning", [](QDomElement d) { DomainPatches::setPinning(d, {2, 6, 3, 7}, {0, 4}, {0, 4}); },
         {"cputune/vcpupin", "cputune/emulatorpin", "cputune/iothreadpin", "iothreads"},
         [](const QDomElement &d) {
             return DomainXml::children(path(d, {"cputune"}), QStringLiteral("vcpupin")).size() == 4
                    && path(d, {"cputune", "emulatorpin"}).attribute(QStringLiteral("cpuset")) == QLatin1String("0,4");
         }},
        {"hugepages", [](QDomElement d) { DomainPatches::setHugepages(d, VmSpec::HugepageSize::Size1G); },
         {"memoryBacking/hugepages"},
         [](const QDomElement &d) { return path(d, {"memoryBacking", "hugepages", "page"}).attribute(QStringLiteral("size")) == QLatin1String("1"); }},
        {"numa-placement", [](QDomElement d) { DomainPatches::setNumaPlacement(d, {{{0, 1}, 0}, {{2, 3}, 1}}, {0, 1}); },
         {"numatune", "cpu"},
         [](const QDomElement &d) {
             return path(d, {"numatune", "memory"}).attribute(QStringLiteral("nodeset")) == QLatin1String("0-1")
                    && path(d, {"cpu", "numa", "cell"}).attribute(QStringLiteral("cpus")) == QLatin1String("0-1");
         }},
        {"memballoon-none", [](QDomElement d) { DomainPatches::memballoonNone(d); }, {"devices/memballoon"},
         [](const QDomElement &d) { return path(d, {"devices", "memballoon"}).attribute(QStringLiteral("model")) == QLatin1String("none"); }},
        {"hyperv", [](QDomElement d) { DomainPatches::hypervEnlightenments(d); },
         {"features/hyperv@mode", "features/hyperv/relaxed", "features/hyperv/vapic", "features/hyperv/spinlocks",
          "features/hyperv/vpindex", "features/hyperv/runtime", "features/hyperv/synic", "features/hyperv/stimer",
          "features/hyperv/reset", "features/hyperv/frequencies", "features/hyperv/tlbflush", "features/hyperv/ipi"},
         [](const QDomElement &d) {
             return path(d, {"features", "hyperv"}).attribute(QStringLiteral("mode")) == QLatin1String("passthrough")
                    || path(d, {"features", "hyperv", "stimer", "direct"}).attribute(QStringLiteral("state")) == QLatin1String("on");
         }},
        {"host-passthrough", [](QDomElement d) { DomainPatches::hostPassthrough(d); },
         {"cpu@mode", "cpu@match", "cpu/model", "cpu/vendor"},
         [](const QDomElement &d) { return path(d, {"cpu"}).attribute(QStringLiteral("mode")) == QLatin1String("host-passthrough"); }},
        {"topoext", [](QDomElement d) { DomainPatches::topoext(d); }, {"cpu/feature[name=topoext]"},
         [](const QDomElement &d) {
             for (const QDomElement &f : DomainXml::children(path(d, {"cpu"}), QStringLiteral("feature")))
                 if (f.attribute(QStringLiteral("name")) == QLatin1String("topoext"))
                     return true;
             return false;
         }},
        {"virtio-nic", [](QDomElement d) { DomainPatches::virtioNic(d, QStringLiteral("br0")); },
         {"devices/interface[0]@type", "devices/interface[0]/model", "devices/interface[0]/source"},
         [](const QDomElement &d) {
             const QDomElement nic = path(d, {"devices", "interface"});
             return nic.firstChildElement(QStringLiteral("model")).attribute(QStringLiteral("type")) == QLatin1String("virtio")
                    && nic.firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("bridge")) == QLatin1String("br0");
         },
         {"devices", "interface"}},
        {"virtio-iso", [](QDomElement d) { DomainPatches::addVirtioIso(d, QStringLiteral("/iso/virtio-win.iso")); }, {"+devices/disk[last]"},
         [](const QDomElement &d) {
             return DomainXml::children(path(d, {"devices"}), QStringLiteral("disk")).last().firstChildElement(QStringLiteral("source"))
                        .attribute(QStringLiteral("file")) == QLatin1String("/iso/virtio-win.iso");
         }},
        {"driver-staging", [](QDomElement d) { DomainPatches::addStagingDisk(d, QStringLiteral("/var/lib/libvirt/images/staging.img")); },
         {"+devices/disk[last]"},
         [](const QDomElement &d) {
             const QDomElement disk = DomainXml::children(path(d, {"devices"}), QStringLiteral("disk")).last();
             return disk.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("bus")) == QLatin1String("virtio");
         }},
        {"tune-disk", [](QDomElement d) {
             const QString target = path(d, {"devices", "disk", "target"}).attribute(QStringLiteral("dev"));
             DomainPatches::tuneDisk(d, target, {QStringLiteral("none"), std::nullopt, QStringLiteral("native"), true, 7200});
         },
         {"devices/disk[0]/driver@cache", "devices/disk[0]/driver@io", "devices/disk[0]/driver@discard",
          "devices/disk[0]/driver@name", "devices/disk[0]/target@rotation_rate"},
         [](const QDomElement &d) {
             const QDomElement disk = path(d, {"devices", "disk"});
             return disk.firstChildElement(QStringLiteral("driver")).attribute(QStringLiteral("cache")) == QLatin1String("none")
                    && disk.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("rotation_rate")) == QLatin1String("7200");
         },
         {"devices", "disk", "target"}},
        {"disk-bus", [](QDomElement d) {
             const QString target = path(d, {"devices", "disk", "target"}).attribute(QStringLiteral("dev"));
             if (!target.isEmpty())
                 DomainPatches::tuneDisk(d, target, {std::nullopt, VmSpec::DiskBus::VirtioScsi, std::nullopt, std::nullopt, std::nullopt});
         },
         {"devices/disk[0]/target", "devices/disk[0]/address", "+devices/controller[type=scsi]"},
         [](const QDomElement &d) {
             return path(d, {"devices", "disk", "target"}).attribute(QStringLiteral("bus")) == QLatin1String("scsi");
         },
         {"devices", "disk", "target"}},
        {"add-gpu", [gpu, audio](QDomElement d) { DomainPatches::addGpu(d, {gpu, audio}); },
         {"devices/hostdev[type=pci]", "+devices/controller[model=pcie-root-port][last]"},
         [](const QDomElement &d) {
             const auto hostdevs = DomainXml::children(path(d, {"devices"}), QStringLiteral("hostdev"));
             int gpus = 0;
             for (const QDomElement &h : hostdevs)
                 gpus += h.firstChildElement(QStringLiteral("source")).firstChildElement(QStringLiteral("address")).attribute(QStringLiteral("bus")) == QLatin1String("0x04");
             return gpus == 2;
         }},
        {"remove-gpu", [gpu](QDomElement d) { DomainPatches::removeGpu(d, gpu); }, {"devices/hostdev[type=pci]"},
         [](const QDomElement &d) {
             // No function of the removed slot is left; other cards stay.
             for (const QDomElement &h : DomainXml::children(path(d, {"devices"}), QStringLiteral("hostdev")))
                 if (h.attribute(QStringLiteral("type")) == QLatin1String("pci")
                     && h.firstChildElement(QStringLiteral("source")).firstChildElement(QStringLiteral("address")).attribute(QStringLiteral("bus")) == QLatin1String("0x04"))
                     return false;
             return true;
         }},
    };
}

} // namespace

class TestDomainPatches final : public QObject
{
    Q_OBJECT

private slots:
    void writingBackLosesNothing_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : DomainCorpus::files())
            QTest::newRow(qPrintable(file)) << file;
    }
    void writingBackLosesNothing()
    {
        QFETCH(QString, file);
        const QDomDocument original = DomainCorpus::load(file);
        const QString written = DomainXml::toText(original);
        QCOMPARE(DomainCanon::canonical(DomainCorpus::reparse(written)), DomainCanon::canonical(original));
        QVERIFY(written.contains(QStringLiteral("<domain")));
    }

    void patchesChangeOnlyTheirOwn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("patch");
        const auto all = patches();
        for (const QString &file : DomainCorpus::files())
            for (int i = 0; i < all.size(); ++i)
                QTest::newRow(qPrintable(file + u' ' + QLatin1String(all[i].name))) << file << i;
    }
    void patchesChangeOnlyTheirOwn()
    {
        QFETCH(QString, file);
        QFETCH(int, patch);
        const Patch p = patches()[patch];
        const QDomDocument original = DomainCorpus::load(file);
        if (!p.needs.isEmpty() && path(original.documentElement(), p.needs).isNull())
            QSKIP("the domain has nothing this patch works on");
        QDomDocument patched = original.cloneNode(true).toDocument();
        p.apply(patched.documentElement());
        const QString once = DomainXml::toText(patched);
        const QDomDocument result = DomainCorpus::reparse(once);
        QVERIFY2(p.applied(result.documentElement()), "the patch did not take");
        const auto [before, after] = DomainCanon::canonicalPair(original, result, p.allowed);
        QCOMPARE(after, before);
        p.apply(patched.documentElement());
        QCOMPARE(DomainXml::toText(patched), once);
    }

    void nullParentsAreHarmless()
    {
        // A domain without <cpu> once made a helper follow QDom's null document pointer.
        Cpu none;
        QVERIFY(none.child<CpuModel>().isNull());
        none.child<CpuModel>().set(CpuModel::name, QStringLiteral("x"));
        none.setTopology(1, 1, 2, 2);
        QVERIFY(none.get(Cpu::mode).isEmpty());
        QCOMPARE(none.get(Cpu::cores), 1); // the fallback: nothing was written
    }

    void canonicalFormSeesChanges()
    {
        // The comparison itself must notice a change outside the allowed parts.
        const QDomDocument original = DomainCorpus::load(QStringLiteral("many-devices.xml"));
        QDomDocument changed = original.cloneNode(true).toDocument();
        changed.documentElement().firstChildElement(QStringLiteral("metadata")).firstChildElement().setAttribute(QStringLiteral("app:pinned"), QStringLiteral("false"));
        QVERIFY(DomainCanon::canonical(changed, {"devices/memballoon"}) != DomainCanon::canonical(original, {"devices/memballoon"}));
        QDomDocument commentless = original.cloneNode(true).toDocument();
        QDomElement devices = commentless.documentElement().firstChildElement(QStringLiteral("devices"));
        devices.removeChild(devices.firstChild());
        QVERIFY(DomainCanon::canonical(commentless) != DomainCanon::canonical(original));
    }
};

QTEST_GUILESS_MAIN(TestDomainPatches)
#include "tst_domainpatches.moc"
