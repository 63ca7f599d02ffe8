// The element model: paths, codecs and child order behave as declared, and every declared
// property is both written and read when the program does its work (virtinst's checkprops).
#include "domain/devices/controller.h"
#include "domain/devices/devices.h"
#include "domain/devices/disk.h"
#include "domain/devices/display.h"
#include "domain/devices/hostdev.h"
#include "domain/devices/input.h"
#include "domain/devices/interface.h"
#include "domain/devices/memballoon.h"
#include "domain/devices/tpm.h"
#include "domain/domainfacts.h"
#include "domain/domainpatches.h"
#include "domain/domainreader.h"
#include "domain/domainupdater.h"
#include "domain/domainwriter.h"
#include "domain/elements/clock.h"
#include "domain/elements/cpu.h"
#include "domain/elements/cputune.h"
#include "domain/elements/domainelement.h"
#include "domain/elements/features.h"
#include "domain/elements/hyperv.h"
#include "domain/elements/memorybacking.h"
#include "domain/elements/os.h"
#include "domain/model/domainxml.h"
#include "libvirt/domaindefiner.h"
#include "libvirt/libvirtconnection.h"
#include "libvirt/testboot.h"
#include "lint/linter.h"
#include "support/domaincorpus.h"
#include "support/plancases.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QDomDocument parse(const QString &xml)
{
    QDomDocument d;
    d.setContent(xml);
    return d;
}

/// Everything the program does with domains, once, in this process.
void exerciseTheProgram()
{
    QList<QDomDocument> domains;
    for (const PlanCase &c : planCases()) {
        VmSpec spec = planCase(c).spec;
        domains << DomainWriter::document(spec);
        // The choices no plan case makes: a MAC address, a ROM file.
        spec.network.mac = QStringLiteral("52:54:00:12:34:56");
        spec.gpu.romFile = QStringLiteral("/var/lib/libvirt/roms/gpu.rom");
        domains << DomainWriter::document(spec);
    }
    for (const QString &file : DomainCorpus::files())
        domains << DomainCorpus::load(file);
    const HostScan host = TestHosts::scan(QStringLiteral("article"));
    for (const QDomDocument &original : std::as_const(domains)) {
        (void)DomainFacts::read(original);
        const VmSpec before = DomainReader::read(original);
        VmSpec after = before;
        after.cpu.vcpus = 4, after.cpu.cores = 2, after.cpu.threads = 2, after.cpu.pins = {2, 6, 3, 7};
        after.error43.enabled = !before.error43.enabled;
        after.memory.hugepages = VmSpec::HugepageSize::Size1G;
        after.driverStaging = true;
        if (!after.disks.isEmpty())
            after.disks.first().bus = VmSpec::DiskBus::VirtioScsi;
        (void)DomainUpdater::update(original, before, after);
        for (const LintFinding &finding : Linter::lint(original, &host)) {
            QDomDocument fixed = original.cloneNode(true).toDocument();
            if (!finding.fix.isEmpty())
                (void)Linter::fix(fixed, finding.fix, &host);
        }
        (void)TestBoot::prepareCopy(original, QStringLiteral("copy"), false);
        for (const DomainFacts::Disk &disk : DomainFacts::read(original).disks) {
            QDomDocument moved = original.cloneNode(true).toDocument();
            DomainPatches::DiskTuning tuning;
            tuning.bus = VmSpec::DiskBus::VirtioScsi;
            DomainPatches::tuneDisk(moved.documentElement(), disk.target, tuning);
        }
    }
    // Two disks moved onto a virtio-scsi controller beside an emulated one: the second gets the next unit.
    QDomDocument scsi = parse(QStringLiteral(
        "<domain><devices><disk type='file'><source file='/a'/><target dev='sda' bus='sata'/></disk><disk type='file'>"
        "<source file='/b'/><target dev='sdb' bus='sata'/></disk><controller type='scsi' index='0'/></devices></domain>"));
    for (const QString &target : {QStringLiteral("sda"), QStringLiteral("sdb")}) {
        DomainPatches::DiskTuning tuning;
        tuning.bus = VmSpec::DiskBus::VirtioScsi;
        DomainPatches::tuneDisk(scsi.documentElement(), target, tuning);
    }
    // A definition replaced on libvirt's in-process test driver keeps its UUID.
    auto connection = LibvirtConnection::open(QStringLiteral("test:///default"));
    QTemporaryDir backups;
    if (connection) {
        const DefinitionBackups saved(backups.path());
        DomainDefiner definer(*connection, saved);
        QDomDocument d = DomainWriter::document(planCase(planCases().last()).spec);
        (void)definer.define(DomainXml::toText(d));
        (void)definer.define(DomainXml::toText(d));
    }
}

} // namespace

class TestElementModel final : public QObject
{
    Q_OBJECT

private slots:
    // First: the other slots read properties themselves, and only the program's use counts.
    void everyDeclaredPropertyIsWrittenAndRead()
    {
        // Written and never read: values the generated VM spells out for libvirt that no rule
        // or reader needs back (each a deliberate constant of the generated domain).
        const QSet<QString> writtenOnly = {
            "domain/on_poweroff", "domain/on_reboot", "domain/on_crash", "domain/vcpu/@placement",
            "cpu/@check", "cpu/@migratable", "cpu/cache", "cpu/cache/@mode", "model/@fallback",
            "features/vmport/@state", "features/ioapic", "features/ioapic/@driver", "os/type",
            "disk/driver/@type", "controller/driver/@iothread", "input/@bus",
            "video/model/@heads", "video/model/@primary", "graphics/@type", "graphics/@port", "graphics/@autoport",
            "graphics/listen/@type", "graphics/listen/@address", "tpm/@model", "tpm/backend/@type",
            // Removed, never read: what a change of CPU mode, NIC source or a throwaway copy drops.
            "cpu/@match", "cpu/vendor", "interface/source/@portgroup", "domain/title", "domain/vcpu/@cpuset",
            "os/nvram",
        };
        // Read and never written: facts of domains other tools made.
        const QSet<QString> readOnly = {"os/loader/@type"};
        exerciseTheProgram();
        QStringList unused;
        for (const PropertyBase *p : PropertyBase::all()) {
            const QString name = p->owner() + u'/' + p->path();
            if ((writtenOnly.contains(name) || readOnly.contains(name)) && p->wasWritten() && p->wasRead())
                unused << name + QStringLiteral(" (listed as one-way but used both ways: take it off the list)");
            if (writtenOnly.contains(name) && p->wasWritten() && !p->wasRead())
                continue;
            if (readOnly.contains(name) && p->wasRead() && !p->wasWritten())
                continue;
            if (!p->wasWritten() || !p->wasRead())
                unused << name + (p->wasWritten() ? QStringLiteral(" (never read)") : p->wasRead() ? QStringLiteral(" (never written)") : QStringLiteral(" (unused)"));
        }
        for (const QString &u : std::as_const(unused))
            qWarning("%s", qPrintable(u));
        QVERIFY2(unused.isEmpty(), qPrintable(QString::number(unused.size()) + QStringLiteral(" properties not both written and read")));
    }
    void elementNamesAreSpelledInElementFilesOnly()
    {
        // Every element and attribute name the model declares, from its paths and child orders.
        QSet<QString> names;
        for (const PropertyBase *p : PropertyBase::all()) {
            for (const XmlPath::Step &step : p->xmlPath().steps()) {
                names.insert(step.tag);
                if (!step.keyAttribute.isEmpty())
                    names.insert(step.keyAttribute);
            }
            if (!p->xmlPath().attribute().isEmpty())
                names.insert(p->xmlPath().attribute());
            names.insert(p->owner());
        }
        // The layers that work on domains: they name elements through the model only.
        const QDir core(QStringLiteral(VFIO_SOURCE_DIR "/core"));
        QStringList files;
        for (const QString &dir : {QStringLiteral("domain"), QStringLiteral("lint"), QStringLiteral("lint/rules")})
            for (const QString &file : QDir(core.filePath(dir)).entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}))
                files << dir + u'/' + file;
        files << QStringLiteral("libvirt/testboot.cpp") << QStringLiteral("libvirt/domaindefiner.cpp");
        const QRegularExpression literal(QStringLiteral(R"re((?:u|QStringLiteral\(|QLatin1String\()"([A-Za-z_][A-Za-z0-9_-]*)")re"));
        QStringList spelled;
        for (const QString &file : std::as_const(files)) {
            QFile in(core.filePath(file));
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(in.readAll());
            for (auto it = literal.globalMatch(text); it.hasNext();) {
                const QString word = it.next().captured(1);
                if (names.contains(word))
                    spelled << file + QStringLiteral(": \"") + word + u'"';
            }
        }
        QVERIFY(names.contains(QStringLiteral("vcpupin")) && names.contains(QStringLiteral("rotation_rate")));
        QVERIFY2(spelled.isEmpty(), qPrintable(spelled.join(u'\n')));
    }

    void pathsReadAndWrite()
    {
        QDomDocument d = DomainElement::create();
        DomainElement domain = DomainElement::of(d);
        Clock clock = domain.child<Clock>();
        clock.set(Clock::hpetPresent, false);
        clock.set(Clock::rtcTickpolicy, QStringLiteral("catchup"));
        QCOMPARE(clock.get(Clock::hpetPresent), std::optional<bool>(false));
        const QString text = DomainXml::toText(d);
        QVERIFY2(text.contains(QStringLiteral("<timer name=\"hpet\" present=\"no\"/>")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<timer name=\"rtc\" tickpolicy=\"catchup\"/>")));
        // A missing attribute reads as the declared fallback; the topology's is 1.
        Cpu cpu = domain.child<Cpu>();
        QCOMPARE(cpu.get(Cpu::cores), std::optional<qint64>(1));
        QVERIFY(!cpu.has(Cpu::cores));
        // Hexadecimal PCI fields with their width; a decimal count without a prefix.
        Hostdev hostdev = domain.child<Devices>().append<Hostdev>();
        hostdev.setPciSource(PciAddress{0, 4, 0, 1});
        QVERIFY(DomainXml::toText(d).contains(QStringLiteral("<address domain=\"0x0000\" bus=\"0x04\" slot=\"0x00\" function=\"0x1\"/>")));
        QCOMPARE(hostdev.pciSource(), std::optional<PciAddress>(PciAddress{0, 4, 0, 1}));
    }

    void emptyValuesRemoveAttributesAndSilentElements()
    {
        // cache-none once wrote io="" on disks without io, which libvirt's schema rejects.
        QDomDocument d = parse(QStringLiteral("<domain><devices><disk type='file' device='disk'><driver name='qemu' "
                                              "cache='writeback'/><target dev='vda' bus='virtio'/></disk></devices></domain>"));
        Disk disk = DomainElement::of(d).existing<Devices>().existing<Disk>();
        disk.set(Disk::io, QString());
        QVERIFY(!disk.dom().firstChildElement(QStringLiteral("driver")).hasAttribute(QStringLiteral("io")));
        // <hidden/> without its state is not valid: clearing the state takes the element.
        QDomDocument k = parse(QStringLiteral("<domain><features><kvm><hidden state='on'/></kvm></features></domain>"));
        Kvm kvm = DomainElement::of(k).existing<Features>().existing<Kvm>();
        kvm.clear(Kvm::hidden);
        QVERIFY(kvm.dom().firstChildElement().isNull());
    }

    void childrenGoWhereLibvirtWritesThem()
    {
        QDomDocument d = parse(QStringLiteral("<domain><name>x</name><devices/><unknown/></domain>"));
        DomainElement domain = DomainElement::of(d);
        domain.child<Cpu>();
        domain.set(DomainElement::vcpus, 2);
        QStringList order;
        for (QDomElement e = d.documentElement().firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
            order << e.tagName();
        QCOMPARE(order, (QStringList{"name", "vcpu", "cpu", "devices", "unknown"}));
    }

    void nextFreeDiskTargetContinuesAfterZ()
    {
        // Two copies once answered differently after 26 disks ("zz" against "aa").
        QSet<QString> used;
        for (char c = 'a'; c <= 'z'; ++c)
            used.insert(QStringLiteral("vd") + QLatin1Char(c));
        QCOMPARE(Disk::freeTarget(QStringLiteral("vd"), used), QStringLiteral("vdaa"));
        QCOMPARE(Disk::freeTarget(QStringLiteral("vd"), used), QStringLiteral("vdab"));
        QCOMPARE(Disk::freeTarget(QStringLiteral("sd"), used), QStringLiteral("sda"));
    }

    void virtioScsiIsOneRule()
    {
        // An emulated SCSI controller holds index 0: the virtio-scsi one gets the next index,
        // and the disk moved to virtio-scsi is addressed to it, not to the LSI one.
        QDomDocument d = parse(QStringLiteral(
            "<domain><iothreads>1</iothreads><devices><disk type='file' device='disk'><source file='/a.img'/>"
            "<target dev='sda' bus='sata'/></disk><disk type='file' device='disk'><source file='/b.img'/>"
            "<target dev='sdb' bus='scsi'/></disk><controller type='scsi' index='0' model='lsilogic'/></devices></domain>"));
        DomainPatches::DiskTuning tuning;
        tuning.bus = VmSpec::DiskBus::VirtioScsi;
        QVERIFY(DomainPatches::tuneDisk(d.documentElement(), QStringLiteral("sda"), tuning));
        const QList<Controller> controllers = DomainElement::of(d).existing<Devices>().children<Controller>();
        QCOMPARE(controllers.size(), 2);
        QVERIFY(controllers[1].isVirtioScsi());
        QCOMPARE(controllers[1].get(Controller::index), std::optional<qint64>(1));
        QCOMPARE(controllers[1].get(Controller::iothread), std::optional<qint64>(1));
        const Disk moved = DomainElement::of(d).existing<Devices>().children<Disk>().first();
        QCOMPARE(moved.get(Disk::addressController), std::optional<qint64>(1));
        QCOMPARE(moved.get(Disk::bus), QStringLiteral("scsi"));
        // Moving another one: the same controller, the next unit; none added.
        tuning.bus = VmSpec::DiskBus::Sata;
        QVERIFY(DomainPatches::tuneDisk(d.documentElement(), QStringLiteral("sdb"), tuning));
        tuning.bus = VmSpec::DiskBus::VirtioScsi;
        const QString target = DomainElement::of(d).existing<Devices>().children<Disk>().last().get(Disk::target);
        QVERIFY(DomainPatches::tuneDisk(d.documentElement(), target, tuning));
        QCOMPARE(DomainElement::of(d).existing<Devices>().children<Controller>().size(), 2);
        QCOMPARE(DomainElement::of(d).existing<Devices>().children<Disk>().last().get(Disk::addressUnit), std::optional<qint64>(1));
    }

    void hostPassthroughIsOneRule()
    {
        // The writer, the topology patch and the lint fix once removed different attributes.
        const QString xml = QStringLiteral("<domain><vcpu>2</vcpu><cpu mode='custom' match='exact'><model>Skylake</model>"
                                           "<vendor>Intel</vendor></cpu></domain>");
        for (int way = 0; way < 2; ++way) {
            QDomDocument d = parse(xml);
            if (way == 0)
                DomainPatches::hostPassthrough(d.documentElement());
            else
                QVERIFY(Linter::fix(d, QStringLiteral("host-passthrough"), nullptr).ok());
            const QString text = DomainXml::toText(d);
            QVERIFY2(text.contains(QStringLiteral("<cpu mode=\"host-passthrough\"/>")), qPrintable(text));
        }
    }

    void hostdevSourcesAreValidatedEverywhere()
    {
        // One reader once took bus='zz' as bus 0; the other refused it.
        QDomDocument d = parse(QStringLiteral(
            "<domain><devices><hostdev mode='subsystem' type='pci'><source><address bus='zz' slot='0' function='0'/>"
            "</source></hostdev><hostdev mode='subsystem' type='pci'><source><address bus='0x04' slot='0x00' "
            "function='0x1'/></source></hostdev><hostdev mode='subsystem' type='usb'><source><address bus='1' "
            "device='2'/></source></hostdev></devices></domain>"));
        QCOMPARE(DomainFacts::read(d).pciHostdevs, (QList<PciAddress>{PciAddress{0, 4, 0, 1}}));
        QCOMPARE(DomainReader::read(d).gpu.functions, (QList<PciAddress>{PciAddress{0, 4, 0, 1}}));
    }

    void onePinEachIsOneRule()
    {
        QDomDocument d = parse(QStringLiteral("<domain><vcpu>3</vcpu><cputune><vcpupin vcpu='0' cpuset='1'/><vcpupin "
                                              "vcpu='1' cpuset='2-3'/><vcpupin vcpu='2' cpuset='4'/></cputune></domain>"));
        QVERIFY(!DomainFacts::read(d).onePinEach);
        QVERIFY(DomainReader::read(d).cpu.pins.isEmpty());
        d.documentElement().firstChildElement(QStringLiteral("cputune")).firstChildElement().nextSiblingElement()
            .setAttribute(QStringLiteral("cpuset"), QStringLiteral("2"));
        QCOMPARE(DomainReader::read(d).cpu.pins, (QList<int>{1, 2, 4}));
    }

    void nicSourceChangesDropEveryOtherKind()
    {
        QDomDocument d = parse(QStringLiteral("<domain><devices><interface type='direct'><source dev='eno1' mode='bridge' "
                                              "portgroup='x'/><model type='e1000e'/></interface></devices></domain>"));
        DomainPatches::virtioNic(d.documentElement(), QStringLiteral("br0"));
        QVERIFY2(DomainXml::toText(d).contains(QStringLiteral("<source bridge=\"br0\"/>")), qPrintable(DomainXml::toText(d)));
        QCOMPARE(DomainFacts::read(d).interfaces.first().source, QStringLiteral("br0"));
    }

};

QTEST_GUILESS_MAIN(TestElementModel)
#include "tst_elementmodel.moc"
