// The GPU, keyboard-and-mouse, memory and network steps: each choice re-plans the VM at once,
// what the host needs is refused unless the user overrides it, and the spec (and so the
// domain) shows what the step shows.
#include "wizardtesting.h"

#include "domain/domainfacts.h"
#include "host/scansummary.h"
#include "wizard/steps/gpustep.h"
#include "wizard/steps/inputstep.h"
#include "wizard/steps/memorystep.h"
#include "wizard/steps/networkstep.h"
#include "wizard/vmsummary.h"

#include <QDir>
#include <QTest>

using namespace WizardTesting;

namespace {

PciAddress pci(const char *text)
{
    return *PciAddress::parse(QString::fromLatin1(text));
}

std::optional<GpuStep::Choice> choiceFor(const GpuStep &step, const PciAddress &address)
{
    for (const GpuStep::Choice &c : step.choices())
        if (c.address && c.address->sameSlot(address))
            return c;
    return std::nullopt;
}

/// The line of the review's summary that names the GPU (or says there is none).
QString gpuLine(const WizardSession &s, const QString &name)
{
    for (const QString &line : VmSummary::lines(s.spec(), &*s.host()))
        if (line.contains(name))
            return line;
    return {};
}

/// The keyboards and mice the fixture tree has under /dev/input/by-id, read from the tree
/// itself rather than from the scan.
QStringList inputsInTree(const QString &host)
{
    QStringList paths;
    const QDir byId(TestHosts::root(host) + QStringLiteral("/dev/input/by-id"));
    for (const QString &name : byId.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot, QDir::Name))
        if (name.endsWith(QLatin1String("-event-kbd")) || name.endsWith(QLatin1String("-event-mouse")))
            paths << QStringLiteral("/dev/input/by-id/") + name;
    return paths;
}

} // namespace

class TestStepModels final : public QObject
{
    Q_OBJECT

private slots:
    // --- GPU -----------------------------------------------------------------------------

    void noGpuIsAChoice()
    {
        auto s = session(QStringLiteral("article"));
        GpuStep gpu(s.get());
        gpu.refresh();
        const QList<GpuStep::Choice> choices = gpu.choices();
        QCOMPARE(choices.size(), s->host()->gpus.size() + 1);
        QVERIFY(!choices.first().address);
        QVERIFY(choices.first().usable);
        QVERIFY(gpu.chosen());

        gpu.choose(std::nullopt);
        QVERIFY2(gpu.isComplete(), dump(gpu));
        QVERIFY(!gpu.chosen());
        QVERIFY(!s->spec().gpu.address);
        QVERIFY(s->spec().gpu.functions.isEmpty());
        QVERIFY(DomainFacts::read(s->domainDocument()).pciHostdevs.isEmpty());
        // A VM in a window needs no keyboard and mouse of the host's.
        InputStep input(s.get());
        input.refresh();
        QVERIFY(!input.needed());
        QCOMPARE(input.mode(), InputStep::Mode::None);
    }

    void chooseByAddress()
    {
        auto s = session(QStringLiteral("article"));
        GpuStep gpu(s.get());
        gpu.refresh();
        const PciAddress card = pci("0000:04:00.0");
        gpu.choose(std::nullopt);
        QVERIFY(s->spec().input.evdev.isEmpty());

        gpu.choose(card);
        QVERIFY2(gpu.isComplete(), dump(gpu));
        QCOMPARE(*gpu.chosen(), card);
        QCOMPARE(*s->spec().gpu.address, card);
        // The card goes with its audio function, and the VM gets the host's keyboard and mouse.
        QVERIFY(s->spec().gpu.functions.contains(pci("0000:04:00.1")));
        QCOMPARE(s->spec().input.evdev, inputsInTree(QStringLiteral("article")));
        QVERIFY(gpu.error43()); // NVIDIA: the planner's default for it
    }

    void hostUsedGroupNeedsTheOverride_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("card");
        QTest::addColumn<bool>("display");
        QTest::newRow("ryzen's desktop card in the chipset group") << "ryzen" << "0000:05:00.0" << false;
        QTest::newRow("twins' display card") << "twins" << "0000:0b:00.0" << true;
    }
    void hostUsedGroupNeedsTheOverride()
    {
        QFETCH(QString, host);
        QFETCH(QString, card);
        QFETCH(bool, display);
        auto s = session(host);
        GpuStep gpu(s.get());
        gpu.refresh();
        const PciAddress address = *PciAddress::parse(card);
        const VmSpec before = s->spec();

        const auto choice = choiceFor(gpu, address);
        QVERIFY(choice);
        QVERIFY(!choice->usable);
        QVERIFY(choice->overridable);
        QVERIFY(!choice->obstacle.isEmpty());
        QVERIFY(!choice->loss.isEmpty());
        QCOMPARE(choice->hostDisplay, display);

        // Chosen plainly, it is refused and the VM keeps its card.
        gpu.choose(address);
        QVERIFY(!gpu.isComplete());
        QCOMPARE(s->spec().gpu.address, before.gpu.address);
        QVERIFY(s->spec().allowedHostUse.isEmpty());

        // With the user's consent it goes, and the consent names the devices the host used.
        gpu.chooseAnyway(address);
        QVERIFY2(gpu.isComplete(), dump(gpu));
        QVERIFY(s->spec().gpu.address->sameSlot(address));
        const QStringList allowed = s->spec().allowedHostUse;
        QVERIFY(!allowed.isEmpty());
        const IommuGroup *group = s->host()->iommu.group(*choice->iommuGroup);
        QVERIFY(group);
        for (const QString &device : allowed) {
            const auto consented = PciAddress::parse(device);
            QVERIFY2(consented && group->devices.contains(*consented), qPrintable(device));
            QVERIFY2(!s->host()->pciDevice(*consented)->hostUses.isEmpty(), qPrintable(device));
        }
        QVERIFY(choiceFor(gpu, address)->usable);
        // The step says what the host loses.
        QVERIFY2(!withSeverity(gpu.messages(), Severity::Warning).isEmpty(), dump(gpu));
    }

    void error43Toggle()
    {
        auto s = session(QStringLiteral("article"));
        GpuStep gpu(s.get());
        gpu.refresh();
        const QString name = s->host()->gpus.last().name;
        QVERIFY(gpu.error43());
        const QString on = gpu.error43Text();
        const QString summaryOn = gpuLine(*s, name);
        QVERIFY(on.contains(s->spec().error43.vendorId));
        QVERIFY(DomainFacts::read(s->domainDocument()).kvmHidden);

        gpu.setError43(false);
        QVERIFY2(gpu.isComplete(), dump(gpu));
        QVERIFY(!gpu.error43());
        QVERIFY(!s->spec().error43.enabled);
        const QString off = gpu.error43Text();
        QVERIFY(!off.isEmpty());
        QVERIFY(off != on);
        QVERIFY(!off.contains(s->spec().error43.vendorId));
        // The summary's GPU line loses its word on the fix, and only that.
        const QString summaryOff = gpuLine(*s, name);
        QVERIFY(!summaryOff.isEmpty());
        QVERIFY(summaryOff != summaryOn);
        QVERIFY(summaryOn.startsWith(summaryOff));
        const DomainFacts facts = DomainFacts::read(s->domainDocument());
        QVERIFY(!facts.kvmHidden);
        QVERIFY(!facts.vendorIdSet);

        gpu.setError43(true);
        QCOMPARE(gpu.error43Text(), on);
        QCOMPARE(gpuLine(*s, name), summaryOn);
    }

    // --- keyboard and mouse --------------------------------------------------------------

    void inputDefaultsOnAGpuVm_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("article") << "article";
        QTest::newRow("x3d") << "x3d";
        QTest::newRow("xeon2s") << "xeon2s";
    }
    void inputDefaultsOnAGpuVm()
    {
        QFETCH(QString, host);
        auto s = session(host);
        InputStep input(s.get());
        input.refresh();
        QVERIFY(input.needed());
        QCOMPARE(input.mode(), InputStep::Mode::Evdev);
        const QStringList expected = inputsInTree(host);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(input.chosenDevices(), expected);
        QCOMPARE(input.devices().size(), expected.size());

        // In the domain: each passed with evdev; the keyboard grabs all of them, both Ctrl keys
        // switch, and held keys repeat.
        const DomainFacts facts = DomainFacts::read(s->domainDocument());
        QCOMPARE(facts.evdev.size(), expected.size());
        int grabbing = 0;
        for (const DomainFacts::Evdev &e : facts.evdev) {
            QVERIFY(expected.contains(e.device));
            const bool keyboard = VmSpec::isKeyboard(e.device);
            QCOMPARE(e.repeat, keyboard);
            if (!e.grab.isEmpty()) {
                ++grabbing;
                QVERIFY(keyboard);
                QCOMPARE(e.grab, QStringLiteral("all"));
                QCOMPARE(e.grabToggle, QStringLiteral("ctrl-ctrl"));
            }
        }
        QCOMPARE(grabbing, 1);
    }

    void inputChoices()
    {
        auto s = session(QStringLiteral("article"));
        InputStep input(s.get());
        input.refresh();
        const QString keyboard = inputsInTree(QStringLiteral("article")).first();

        input.useEvdev({keyboard});
        QVERIFY2(input.isComplete(), dump(input));
        QCOMPARE(input.chosenDevices(), QStringList{keyboard});
        QCOMPARE(DomainFacts::read(s->domainDocument()).evdev.size(), 1);

        input.useNone();
        QCOMPARE(input.mode(), InputStep::Mode::None);
        QVERIFY(s->spec().input.evdev.isEmpty());
        QVERIFY(!s->spec().input.usbController);
        QVERIFY(DomainFacts::read(s->domainDocument()).evdev.isEmpty());

        // The article's USB controller shares its group: refused, the VM keeps what it had.
        const PciAddress xhci = pci("0000:00:14.0");
        const auto controllers = input.controllers();
        const auto it = std::find_if(controllers.begin(), controllers.end(), [&](const InputStep::Controller &c) { return c.address == xhci; });
        QVERIFY(it != controllers.end());
        QVERIFY(!it->usable);
        QVERIFY(it->obstacle.contains(QStringLiteral("0000:00:14.2")));
        input.useUsbController(xhci);
        QVERIFY(!input.isComplete());
        QCOMPARE(input.mode(), InputStep::Mode::None);
    }

    void usbControllerChoice()
    {
        auto s = session(QStringLiteral("x3d"));
        InputStep input(s.get());
        input.refresh();
        QCOMPARE(input.mode(), InputStep::Mode::Evdev);
        const auto controllers = input.controllers();
        const auto usable = std::find_if(controllers.begin(), controllers.end(), [](const InputStep::Controller &c) { return c.usable; });
        QVERIFY(usable != controllers.end());

        input.useUsbController(usable->address);
        QVERIFY2(input.isComplete(), dump(input));
        QCOMPARE(input.mode(), InputStep::Mode::UsbController);
        QCOMPARE(*input.chosenController(), usable->address);
        QVERIFY(s->spec().input.evdev.isEmpty());
        QVERIFY(DomainFacts::read(s->domainDocument()).pciHostdevs.contains(usable->address));

        // Another GPU keeps the controller the user chose.
        GpuStep gpu(s.get());
        gpu.refresh();
        gpu.choose(std::nullopt);
        gpu.choose(pci("0000:01:00.0"));
        QCOMPARE(input.mode(), InputStep::Mode::UsbController);
    }

    // --- memory --------------------------------------------------------------------------

    // Too much memory typed: the field keeps what was typed beside its error (the newcomer saw
    // 16384 snap back with the error about 30000 still there); the plan keeps its size.
    void refusedSizeStaysAsTyped()
    {
        auto s = session(QStringLiteral("article"));
        MemoryStep memory(s.get());
        memory.refresh();
        const qint64 planned = s->spec().memory.sizeMiB;
        memory.setSizeMiB(30000);
        QVERIFY(!memory.isComplete());
        QCOMPARE(memory.sizeMiB(), 30000);
        QCOMPARE(s->spec().memory.sizeMiB, planned);
        memory.setSizeMiB(8192);
        QVERIFY2(memory.isComplete(), dump(memory));
        QCOMPARE(memory.sizeMiB(), 8192);
        QCOMPARE(s->spec().memory.sizeMiB, 8192);
        memory.setSizeMiB(30000);
        memory.refresh(); // shown afresh: the plan's size again, no error
        QCOMPARE(memory.sizeMiB(), 8192);
        QVERIFY(memory.isComplete());
    }

    // A size that forces 2 MiB pages does not keep them after it: back to whole GiB, 1 GiB pages
    // again, unless the user chose 2 MiB (newcomer review: 10.5 GiB, then 12, stayed on 2 MiB).
    void forcedPageSizeDoesNotStick()
    {
        auto s = session(QStringLiteral("article"));
        MemoryStep memory(s.get());
        memory.refresh();
        QVERIFY(memory.gigabytePages());
        memory.setSizeMiB(10 * 1024 + 512);
        QCOMPARE(s->spec().memory.hugepages, VmSpec::HugepageSize::Size2M);
        memory.setSizeMiB(12 * 1024);
        QCOMPARE(s->spec().memory.hugepages, VmSpec::HugepageSize::Size1G);
        memory.setHugepages(VmSpec::HugepageSize::Size2M); // chosen: kept
        memory.setSizeMiB(14 * 1024);
        QCOMPARE(s->spec().memory.hugepages, VmSpec::HugepageSize::Size2M);
    }

    void hugepageSizeReplans()
    {
        auto s = session(QStringLiteral("article"));
        MemoryStep memory(s.get());
        memory.refresh();
        QVERIFY(memory.gigabytePages());
        const qint64 size = memory.sizeMiB();
        const QString line = VmSummary::lines(s->spec(), &*s->host()).at(1);

        memory.setHugepages(VmSpec::HugepageSize::Size2M);
        QVERIFY2(memory.isComplete(), dump(memory));
        QCOMPARE(memory.hugepages(), VmSpec::HugepageSize::Size2M);
        QCOMPARE(s->spec().memory.hugepageCount * 2, size);
        QCOMPARE(memory.sizeMiB(), size);
        const QString twoMiB = VmSummary::lines(s->spec(), &*s->host()).at(1);

        memory.setHugepages(VmSpec::HugepageSize::Size1G);
        QCOMPARE(s->spec().memory.hugepageCount * 1024, size);
        memory.setHugepages(VmSpec::HugepageSize::Off);
        QCOMPARE(s->spec().memory.hugepages, VmSpec::HugepageSize::Off);
        QCOMPARE(s->spec().memory.hugepageCount, 0);
        const QString off = VmSummary::lines(s->spec(), &*s->host()).at(1);
        QVERIFY(off != twoMiB);
        QVERIFY(twoMiB.startsWith(off) && line.startsWith(off));

        // A new size: the pages follow.
        memory.setHugepages(VmSpec::HugepageSize::Size2M);
        memory.setSizeMiB(size / 2);
        QCOMPARE(s->spec().memory.sizeMiB, size / 2);
        QCOMPARE(s->spec().memory.hugepageCount * 2, size / 2);

        // More than the host can give: refused, the VM keeps its memory.
        memory.setSizeMiB(memory.maxSizeMiB() + 1024);
        QVERIFY(!memory.isComplete());
        QCOMPARE(s->spec().memory.sizeMiB, size / 2);
        QVERIFY(!memory.hostText().isEmpty());
        QVERIFY(memory.hostText().contains(ScanSummary::formatBytes(s->host()->memory.totalKiB * 1024)));
    }

    // --- network -------------------------------------------------------------------------

    void bridgeOrNat()
    {
        auto s = session(QStringLiteral("ryzen"));
        NetworkStep network(s.get());
        network.refresh();
        // Ryzen has a bridge over its NIC: the VM joins it.
        QCOMPARE(network.mode(), VmSpec::NetworkMode::ExistingBridge);
        QCOMPARE(network.bridge(), QStringLiteral("br0"));
        const auto bridges = network.bridges();
        QVERIFY(std::any_of(bridges.begin(), bridges.end(), [](const NetworkStep::Interface &i) { return i.name == u"br0"; }));

        network.setModel(QStringLiteral("e1000e"));
        network.useNat();
        QVERIFY2(network.isComplete(), dump(network));
        QCOMPARE(s->spec().network.mode, VmSpec::NetworkMode::Nat);
        QVERIFY(s->spec().network.bridge.isEmpty());
        QCOMPARE(s->spec().network.model, QStringLiteral("e1000e")); // the model is the user's, whatever the mode
        QCOMPARE(DomainFacts::read(s->domainDocument()).interfaces.size(), 1);
        QVERIFY(DomainFacts::read(s->domainDocument()).interfaces.first().nat);

        network.useBridge(QStringLiteral("br0"));
        QVERIFY2(network.isComplete(), dump(network));
        QCOMPARE(s->spec().network.mode, VmSpec::NetworkMode::ExistingBridge);
        QCOMPARE(s->spec().network.bridge, QStringLiteral("br0"));
        QCOMPARE(s->spec().network.model, QStringLiteral("e1000e"));
        const DomainFacts::Interface nic = DomainFacts::read(s->domainDocument()).interfaces.value(0);
        QVERIFY(nic.bridged);
        QCOMPARE(nic.source, QStringLiteral("br0"));
        QCOMPARE(nic.model, QStringLiteral("e1000e"));

        // A NIC is no bridge: refused, with the way out.
        network.useBridge(QStringLiteral("enp4s0"));
        QVERIFY(!network.isComplete());
        QCOMPARE(s->spec().network.bridge, QStringLiteral("br0"));
    }

    void newBridgeOverTheUplink()
    {
        auto s = session(QStringLiteral("article"));
        NetworkStep network(s.get());
        network.refresh();
        // The article has no bridge: a new one over the NIC with the default route.
        QCOMPARE(network.mode(), VmSpec::NetworkMode::NewBridge);
        QCOMPARE(network.uplink(), QStringLiteral("eno2"));
        const auto uplinks = network.uplinks();
        QVERIFY(std::any_of(uplinks.begin(), uplinks.end(), [](const NetworkStep::Interface &i) { return i.name == u"eno1"; }));

        network.useNewBridge(QStringLiteral("br-lan"), QStringLiteral("eno1"));
        QVERIFY2(network.isComplete(), dump(network));
        QCOMPARE(s->spec().network.bridge, QStringLiteral("br-lan"));
        QCOMPARE(s->spec().network.uplink, QStringLiteral("eno1"));
        QVERIFY(s->nixModule().contains(QStringLiteral("br-lan")));
        network.useNat();
        QCOMPARE(network.mode(), VmSpec::NetworkMode::Nat);
        QVERIFY(!s->nixModule().contains(QStringLiteral("br-lan")));
    }
};

QTEST_GUILESS_MAIN(TestStepModels)
#include "tst_stepmodels.moc"
