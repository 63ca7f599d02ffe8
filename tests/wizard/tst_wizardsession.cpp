// One wizard run across its steps: a fix on review changes the plan so every step shows the new
// value, an opened VM's edits that cannot be written are listed, and the summary says the VM.
#include "wizardtesting.h"

#include "domain/domainfacts.h"
#include "host/scansummary.h"
#include "apply/vmoutput.h"
#include "plan/storageplanner.h"
#include "util/cpulist.h"
#include "util/safename.h"
#include "wizard/steps/storagestep.h"
#include "wizard/steps/cpustep.h"
#include "wizard/steps/gpustep.h"
#include "wizard/steps/hoststep.h"
#include "wizard/steps/inputstep.h"
#include "wizard/steps/memorystep.h"
#include "wizard/steps/networkstep.h"
#include "wizard/steps/reviewstep.h"
#include "wizard/vmsummary.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace WizardTesting;

namespace {

QString fixFor(const WizardSession &s, const QString &fix)
{
    for (const LintFinding &f : s.lint())
        if (f.fix == fix)
            return f.rule;
    return {};
}

QStringList fixes(const WizardSession &s)
{
    QStringList ids;
    for (const LintFinding &f : s.lint())
        if (!f.fix.isEmpty())
            ids << f.fix;
    return ids;
}

} // namespace

using namespace Qt::Literals::StringLiterals;

class TestWizardSession final : public QObject
{
    Q_OBJECT

private slots:
    // --- review's fixes ------------------------------------------------------------------

    void nicFixShowsOnTheNetworkStep()
    {
        auto s = opened(QStringLiteral("article"), QStringLiteral("virt-manager-win10.xml"));
        NetworkStep network(s.get());
        network.refresh();
        QCOMPARE(network.model(), QStringLiteral("e1000e"));
        QVERIFY(!fixFor(*s, QStringLiteral("virtio-nic")).isEmpty());

        ReviewStep review(s.get());
        review.refresh();
        review.fix(QStringLiteral("virtio-nic"));
        QCOMPARE(s->spec().network.model, QStringLiteral("virtio"));
        network.refresh(); // the page shown again
        QCOMPARE(network.model(), QStringLiteral("virtio"));
        QVERIFY(fixFor(*s, QStringLiteral("virtio-nic")).isEmpty());
        QCOMPARE(DomainFacts::read(s->domainDocument()).interfaces.value(0).model, QStringLiteral("virtio"));
        // Windows has no virtio NIC driver: the fix brings the virtio-win CD along.
        QVERIFY(s->existing()->before.virtioIso.isEmpty());
        QCOMPARE(s->spec().virtioIso, StoragePlanner::defaultVirtioIso());
        const QList<DomainFacts::Disk> disks = DomainFacts::read(s->domainDocument()).disks;
        QVERIFY(std::any_of(disks.begin(), disks.end(), [](const DomainFacts::Disk &d) { return d.cdrom && d.source == StoragePlanner::defaultVirtioIso(); }));
        // An edit on the step afterwards keeps the fix.
        network.setMac(QStringLiteral("52:54:00:8e:21:7b"));
        QCOMPARE(s->spec().network.model, QStringLiteral("virtio"));
    }

    void error43FixShowsOnTheGpuStep()
    {
        auto s = session(QStringLiteral("article"));
        GpuStep gpu(s.get());
        gpu.refresh();
        gpu.setError43(false);
        const QString off = gpu.error43Text();
        QVERIFY(!fixFor(*s, QStringLiteral("error43")).isEmpty()); // an NVIDIA card without the fix

        ReviewStep review(s.get());
        review.refresh();
        review.fix(QStringLiteral("error43"));
        QVERIFY(s->spec().error43.enabled);
        gpu.refresh();
        QVERIFY(gpu.error43());
        QVERIFY(gpu.error43Text() != off);
        QCOMPARE(gpu.vendorId(), s->spec().error43.vendorId);
        QVERIFY(fixFor(*s, QStringLiteral("error43")).isEmpty());
        QVERIFY(DomainFacts::read(s->domainDocument()).kvmHidden);
        QVERIFY(s->domainFixes().isEmpty()); // a setting of the plan, not an edit of the domain
    }

    void planFixesShowOnTheirSteps()
    {
        // The opened virt-manager VM: no pins, no hugepages. The fixes go into the plan.
        auto s = opened(QStringLiteral("article"), QStringLiteral("virt-manager-win10.xml"));
        QVERIFY(s->spec().cpu.pins.isEmpty());
        QCOMPARE(s->spec().memory.hugepages, VmSpec::HugepageSize::Off);
        const QStringList offered = fixes(*s);
        QVERIFY2(offered.contains(QStringLiteral("pinning")), qPrintable(offered.join(u' ')));
        QVERIFY2(offered.contains(QStringLiteral("hugepages")), qPrintable(offered.join(u' ')));

        ReviewStep review(s.get());
        review.refresh();
        review.fix(QStringLiteral("pinning"));
        CpuStep cpu(s.get());
        cpu.refresh();
        QCOMPARE(cpu.pinMap().pins().size(), cpu.vcpus());
        QVERIFY(!cpu.reservedThreads().isEmpty());

        review.fix(QStringLiteral("hugepages"));
        MemoryStep memory(s.get());
        memory.refresh();
        QVERIFY(memory.hugepages() != VmSpec::HugepageSize::Off);
        QVERIFY(s->spec().memory.hugepageCount > 0);
    }

    void fixAllLeavesNoPlanFixOffered()
    {
        auto s = opened(QStringLiteral("article"), QStringLiteral("virt-manager-win10.xml"));
        ReviewStep review(s.get());
        review.refresh();
        const QStringList before = fixes(*s);
        QVERIFY(!before.isEmpty());
        review.fixAll();
        const QStringList after = fixes(*s);
        for (const LintFinding &f : s->lint()) // each offered fix was applied and held
            QVERIFY2(f.fix.isEmpty() || !before.contains(f.fix), qPrintable(f.fix + u": "_s + f.message));
    }

    // The module keeps the host off the vCPUs when the CPU page's switch is on: Review does not
    // complain about what Apply writes; with the switch off it says so.
    void isolationFindingFollowsTheSwitch()
    {
        auto s = session(QStringLiteral("article"));
        auto rules = [&] {
            QStringList ids;
            for (const LintFinding &f : s->lint())
                ids << f.rule;
            return ids;
        };
        QVERIFY(s->spec().cpu.isolateHost);
        QVERIFY(!s->spec().cpu.pins.isEmpty());
        QVERIFY2(!rules().contains(u"no-isolation"_s), qPrintable(rules().join(u", "_s)));
        VmSpec spec = s->spec();
        spec.cpu.isolateHost = false;
        s->setSpec(spec);
        QVERIFY2(rules().contains(u"no-isolation"_s), qPrintable(rules().join(u", "_s)));
    }

    // Files of the VM's name in the output folder: Review says so at the folder and holds Apply
    // back until the user ticks "Replace" or picks another folder (not a failed Apply).
    void filesInTheWayAreSaidOnReview()
    {
        QTemporaryDir dir;
        auto s = session(QStringLiteral("article"));
        ReviewStep review(s.get());
        review.setOutputFolder(dir.path());
        QVERIFY2(review.isComplete(), dump(review));
        const QStringList paths = VmOutput::paths(dir.path(), s->spec());
        QCOMPARE(paths.size(), 3);
        QFile nix(paths[1]);
        QVERIFY(nix.open(QIODevice::WriteOnly));
        nix.close();
        review.refresh();
        QVERIFY(!review.isComplete());
        const StepMessages errors = fieldErrors(review, ReviewStep::outputField);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().text.contains(QFileInfo(paths[1]).fileName()), qPrintable(errors.first().text));
        QVERIFY(!errors.first().text.contains(u"--force"_s));
        review.setOverwrite(true);
        QVERIFY2(review.isComplete(), dump(review));
        review.setOverwrite(false);
        QVERIFY(!review.isComplete());
        QTemporaryDir other;
        review.setOutputFolder(other.path());
        QVERIFY2(review.isComplete(), dump(review));
    }

    // The new image is named after the VM: renamed on the first page, it follows; an image the
    // user named on the Storage page stays as it is.
    void newImageFollowsTheName()
    {
        auto s = session(QStringLiteral("article"));
        HostStep host(s.get());
        const QString before = s->spec().disks.value(0).path;
        QCOMPARE(before, StoragePlanner::defaultImagePath(s->spec().name));
        host.setName(u"mygame"_s);
        QCOMPARE(s->spec().name, u"mygame"_s);
        QCOMPARE(s->spec().disks.value(0).path, StoragePlanner::defaultImagePath(u"mygame"_s));

        StorageStep storage(s.get());
        storage.refresh();
        QCOMPARE(storage.imagePath(), StoragePlanner::defaultImagePath(u"mygame"_s));
        // The page's note on the new image names it as it is now.
        QString said;
        for (const StepMessage &m : storage.messages())
            said += m.text + u'\n';
        QVERIFY2(said.contains(StoragePlanner::defaultImagePath(u"mygame"_s)) && !said.contains(before), qPrintable(said));
        QTemporaryDir dir;
        const QString iso = dir.filePath(u"installer.iso"_s);
        QFile file(iso);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        storage.setInstallIso(iso);
        storage.setImagePath(u"/var/lib/libvirt/images/keep.img"_s);
        QVERIFY2(storage.isComplete(), dump(storage));
        QCOMPARE(s->spec().disks.value(0).path, u"/var/lib/libvirt/images/keep.img"_s);
        host.setName(u"other"_s);
        QCOMPARE(s->spec().disks.value(0).path, u"/var/lib/libvirt/images/keep.img"_s);
    }

    // NAT, then a new bridge again: it goes over the NIC with the default route (eno2), not the
    // first in the list (eno1, down); over eno1 by choice, the note says neither "default route"
    // nor nothing about the missing link.
    void newBridgeAfterNatKeepsTheDefaultRoute()
    {
        auto s = session(QStringLiteral("article"));
        NetworkStep network(s.get());
        network.refresh();
        QCOMPARE(network.mode(), VmSpec::NetworkMode::NewBridge);
        QCOMPARE(network.uplink(), u"eno2"_s);
        network.useNat();
        QCOMPARE(network.mode(), VmSpec::NetworkMode::Nat);
        QCOMPARE(network.uplink(), u"eno2"_s); // what the page offers for a new bridge
        network.useNewBridge(network.newBridgeName(), network.uplink());
        QCOMPARE(s->spec().network.uplink, u"eno2"_s);

        network.useNewBridge(network.newBridgeName(), u"eno1"_s);
        QVERIFY2(network.isComplete(), dump(network));
        QCOMPARE(s->spec().network.uplink, u"eno1"_s);
        const QString said = dump(network);
        QVERIFY2(!said.contains(u"default route"_s), qPrintable(said));
        QVERIFY2(!withSeverity(network.messages(), Severity::Warning).isEmpty(), qPrintable(said)); // eno1 is down
    }

    // The summary names the card's other functions by what they are: the article's GTX 1080 has
    // audio only (it said "audio, USB" for every card).
    void summaryNamesTheCardsFunctions()
    {
        auto s = session(QStringLiteral("article"));
        QCOMPARE(s->spec().gpu.functions.size(), 2);
        const QStringList lines = VmSummary::lines(s->spec(), &*s->host());
        const auto gpu = std::find_if(lines.begin(), lines.end(), [](const QString &l) { return l.contains(u"GTX 1080"_s); });
        QVERIFY(gpu != lines.end());
        QVERIFY2(gpu->contains(u"(audio)"_s), qPrintable(*gpu));
        QVERIFY2(!gpu->contains(u"USB"_s), qPrintable(*gpu));
        // Without the host's facts, no guess.
        const QStringList blind = VmSummary::lines(s->spec(), nullptr);
        QVERIFY(std::none_of(blind.begin(), blind.end(), [](const QString &l) { return l.contains(u"audio"_s); }));
    }

    // An opened VM's changes in words: a line per part that differs, in the summary's words, with
    // what it was; nothing for nothing changed.
    void changesInWords()
    {
        auto s = session(QStringLiteral("article"));
        const VmSpec before = s->spec();
        const HostScan *host = &*s->host();
        QVERIFY(VmSummary::changes(before, before, host).isEmpty());
        VmSpec after = before;
        after.memory.sizeMiB = before.memory.sizeMiB * 2;
        after.memory.hugepages = VmSpec::HugepageSize::Off;
        after.disks.first().bus = VmSpec::DiskBus::Sata;
        after.network.mac = u"52:54:00:12:34:56"_s;
        const QStringList changes = VmSummary::changes(before, after, host);
        QCOMPARE(changes.size(), 3);
        const QStringList was = VmSummary::lines(before, host);
        QVERIFY2(changes[0].startsWith(VmSummary::lines(after, host).at(1) + u" (was: "_s + was.at(1)), qPrintable(changes[0]));
        QVERIFY2(changes[1] == u"MAC address 52:54:00:12:34:56 (new)"_s, qPrintable(changes[1]));
        QVERIFY2(changes[2].startsWith(u"Boot disk on sata"_s) && changes[2].contains(u"(was: Boot disk on virtio-blk"_s), qPrintable(changes[2]));
        // The topology, which the summary's CPU line leaves out (newcomer review: 4 sockets became
        // 1 x 3 x 2 without a word).
        VmSpec sockets = before;
        sockets.cpu.sockets = before.cpu.sockets * 2;
        sockets.cpu.cores = before.cpu.cores / 2;
        const QStringList topology = VmSummary::changes(before, sockets, host);
        QCOMPARE(topology.size(), 1);
        QVERIFY2(topology.first().startsWith(u"Topology: 2 socket"_s) && topology.first().contains(u"(was: 1 socket"_s),
                 qPrintable(topology.first()));
    }

    // The summary's heading names the guest as chosen: "Windows 11", not "Windows" (newcomer review).
    void headingNamesTheGuest()
    {
        auto s = session(QStringLiteral("article"));
        ReviewStep review(s.get());
        HostStep host(s.get());
        const QList<std::pair<VmSpec::Os, QString>> guests = {
            {VmSpec::Os::Windows11, u"Windows 11"_s}, {VmSpec::Os::Linux, u"Linux"_s}, {VmSpec::Os::Windows10, u"Windows 10"_s}};
        for (const auto &[os, name] : guests) {
            host.setOs(os);
            QCOMPARE(s->spec().os, os);
            QCOMPARE(review.heading(), s->spec().name + u", for "_s + name);
        }
    }

    // The demo says it is one where the user starts and before Apply (its pages look like a
    // real host's, and Apply creates no image).
    void demoSaysSo()
    {
        auto s = session(QStringLiteral("article"));
        HostStep host(s.get());
        ReviewStep review(s.get());
        host.refresh();
        review.refresh();
        QVERIFY(!dump(host).contains("demo"));
        QVERIFY(!dump(review).contains("demo"));
        s->setDemo(true);
        host.refresh();
        review.refresh();
        QVERIFY2(dump(host).contains("demo"), dump(host).constData());
        QVERIFY2(dump(review).contains("no disk image"), dump(review).constData());
        QVERIFY(host.isComplete());
    }

    // The input step says what the VM gets as chosen: the keyboard alone is not "your keyboard
    // and mouse"; the mouse alone is a warning (nothing switches it back).
    void inputSentenceFollowsTheChoice()
    {
        auto s = session(QStringLiteral("article"));
        InputStep input(s.get());
        input.refresh();
        QStringList keyboards, mice;
        for (const InputStep::Device &d : input.devices())
            (d.keyboard ? keyboards : mice) << d.path;
        QVERIFY(!keyboards.isEmpty() && !mice.isEmpty());
        input.useEvdev(keyboards + mice);
        QVERIFY2(dump(input).contains("keyboard and mouse"), dump(input).constData());
        input.useEvdev(keyboards);
        QVERIFY2(!dump(input).contains("keyboard and mouse"), dump(input).constData());
        QVERIFY2(dump(input).contains("no mouse"), dump(input).constData());
        input.useEvdev(mice);
        QVERIFY2(!withSeverity(input.messages(), Severity::Warning).isEmpty(), dump(input).constData());
    }

    // A name with '/' and spaces: every file the wizard shows or writes carries the same safe
    // name, never the raw one (a '/' would put it in another directory).
    void filesNamedSafely()
    {
        auto s = session(QStringLiteral("article"));
        VmSpec spec = s->spec();
        spec.name = u"games/win 10"_s;
        spec.defineAtBoot = true;
        s->setSpec(spec);
        const QString base = SafeName::fileName(spec.name);
        QVERIFY(!base.contains(u'/'));
        QCOMPARE(VmOutput::baseName(spec), base);
        QVERIFY2(s->nixModule().contains(base + u".xml"_s), qPrintable(s->nixModule()));
        QVERIFY(!s->nixModule().contains(u"games/win 10.xml"_s));
        const ApplyRunner runner = s->applyRunner(u"/tmp/backups"_s);
        QVERIFY(runner.jobs().first().title.contains(base + u".nix"_s));
        const QList<VmOutput::File> files = VmOutput::files(u"/tmp/out"_s, s->spec(), *s->host(), s->domainXml());
        for (const VmOutput::File &file : files)
            QVERIFY2(file.path.startsWith(u"/tmp/out/"_s + base + u'.'), qPrintable(file.path));

        // A new image for that VM, as the Storage step proposes it, is a file in the images folder.
        spec.disks.clear();
        s->setSpec(spec);
        StorageStep storage(s.get());
        storage.refresh();
        QCOMPARE(storage.imagePath(), StoragePlanner::defaultImagePath(spec.name));
        QCOMPARE(QFileInfo(storage.imagePath()).path(), StoragePlanner::imageDirectory());
    }

    // --- an opened VM --------------------------------------------------------------------

    // An opened VM keeps its name: a new one is refused at the field, naming the way to rename,
    // and the plan keeps the old name (the files, the module's hooks and libvirt agree).
    void renameIsRefusedAtTheField()
    {
        auto s = opened(QStringLiteral("article"), QStringLiteral("virt-manager-win10.xml"));
        ReviewStep review(s.get());
        review.refresh();
        QVERIFY(review.notApplied().isEmpty());

        HostStep host(s.get());
        host.refresh();
        QCOMPARE(host.name(), QStringLiteral("win10"));
        QVERIFY(!host.nameEditable());
        host.setName(QStringLiteral("win10-gpu"));
        QCOMPARE(s->spec().name, QStringLiteral("win10"));
        QVERIFY(!host.isComplete());
        const StepMessages said = host.messagesFor(QString::fromLatin1(HostStep::nameField));
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().text.contains(QStringLiteral("virt-manager")), qPrintable(said.first().text));
        review.refresh();
        QVERIFY(review.notApplied().isEmpty());
        QCOMPARE(DomainFacts::read(s->domainDocument()).name, QStringLiteral("win10"));
        // Named back, nothing is left to say.
        host.setName(QStringLiteral("win10"));
        QVERIFY(host.isComplete());
    }

    void currentVcpusAreSaid()
    {
        auto s = opened(QStringLiteral("article"), QStringLiteral("virt-manager-win10.xml"));
        CpuStep cpu(s.get());
        cpu.refresh();
        QVERIFY(s->existing()->currentVcpus);
        QCOMPARE(*s->existing()->currentVcpus, 4);
        QCOMPARE(cpu.vcpus(), 8);
        const QString text = cpu.currentVcpusText();
        QVERIFY(!text.isEmpty());
        QVERIFY(text.contains(QStringLiteral("4")) && text.contains(QStringLiteral("8")));

        // All vCPUs at start: nothing to say, for an opened VM as for a new one.
        QVERIFY(CpuStep(opened(QStringLiteral("article"), QStringLiteral("article-vm.xml")).get()).currentVcpusText().isEmpty());
        QVERIFY(CpuStep(session(QStringLiteral("article")).get()).currentVcpusText().isEmpty());
    }

    void openedVmKeepsItsSettings()
    {
        // The article's hand-tuned VM fills the steps with what it has, not with a new plan.
        auto s = opened(QStringLiteral("article"), QStringLiteral("article-vm.xml"));
        CpuStep cpu(s.get());
        cpu.refresh();
        QCOMPARE(cpu.vcpus(), 8);
        QCOMPARE(s->spec().cpu.pins, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
        GpuStep gpu(s.get());
        gpu.refresh();
        QVERIFY(gpu.error43());
        QCOMPARE(gpu.vendorId(), QStringLiteral("whatever"));
        HostStep host(s.get());
        host.refresh();
        QCOMPARE(host.name(), QStringLiteral("windows"));
    }

    // --- the summary ---------------------------------------------------------------------

    void summaryOfTheArticleDefaults()
    {
        auto s = session(QStringLiteral("article"));
        const VmSpec &spec = s->spec();
        ReviewStep review(s.get());
        const QStringList lines = review.summary();
        const QString text = lines.join(u'\n');
        auto says = [&](const QString &what) { return text.contains(what); };

        // vCPUs and where they run.
        QVERIFY2(says(QString::number(spec.cpu.vcpus) + QStringLiteral(" vCPU")), qPrintable(text));
        QVERIFY2(says(CpuList::format(spec.cpu.emulatorPins)), qPrintable(text));
        // Memory and its hugepages: the line without pages is the same line shorter.
        QVERIFY(spec.memory.hugepages != VmSpec::HugepageSize::Off);
        QVERIFY2(says(ScanSummary::formatBytes(spec.memory.sizeMiB << 20)), qPrintable(text));
        VmSpec noPages = spec;
        noPages.memory.hugepages = VmSpec::HugepageSize::Off;
        const QString memoryLine = VmSummary::lines(noPages, &*s->host()).at(1);
        QVERIFY(lines.at(1) != memoryLine && lines.at(1).startsWith(memoryLine));
        // The GPU by its name, with its audio function.
        QCOMPARE(spec.gpu.functions.size(), 2);
        const QString gpuName = s->host()->gpus.last().name;
        const auto gpuLine = std::find_if(lines.begin(), lines.end(), [&](const QString &l) { return l.contains(gpuName); });
        QVERIFY2(gpuLine != lines.end(), qPrintable(text));
        VmSpec alone = spec;
        alone.gpu.functions = {*spec.gpu.address};
        QVERIFY(!VmSummary::lines(alone, &*s->host()).contains(*gpuLine)); // the audio is said
        // The NIC model and the bridge (with its uplink, as the bridge is new).
        QVERIFY2(says(spec.network.model), qPrintable(text));
        QVERIFY2(says(spec.network.bridge), qPrintable(text));
        QVERIFY2(says(spec.network.uplink), qPrintable(text));
        // The boot disk: the zvol's name, not a path the user never typed.
        const QString diskPath = spec.disks.value(0).path;
        QVERIFY(!diskPath.isEmpty());
        const BlockDevice *disk = nullptr;
        for (const BlockDevice &d : s->host()->storage)
            if (d.path == diskPath)
                disk = &d;
        if (disk && disk->kind == BlockDevice::Kind::Zvol)
            QVERIFY2(says(disk->pool + u'/' + disk->volumeName), qPrintable(text));
        else
            QVERIFY2(says(diskPath), qPrintable(text));
        // The keyboard and mouse.
        QVERIFY2(says(QString::number(spec.input.evdev.size())), qPrintable(text));
        QVERIFY(lines.size() >= 6);
    }

    void summaryFollowsTheSteps()
    {
        auto s = session(QStringLiteral("article"));
        ReviewStep review(s.get());
        CpuStep cpu(s.get());
        cpu.refresh();
        cpu.setVcpus(4);
        QVERIFY(review.summary().first().contains(QStringLiteral("4 vCPU")));
        NetworkStep network(s.get());
        network.refresh();
        const QString bridge = s->spec().network.bridge;
        QVERIFY(!bridge.isEmpty());
        QVERIFY(review.summary().join(u' ').contains(bridge));
        network.useNat();
        QVERIFY(!review.summary().join(u' ').contains(bridge));
        GpuStep gpu(s.get());
        gpu.refresh();
        gpu.choose(std::nullopt);
        const QString name = s->host()->gpus.last().name;
        const QStringList windowed = review.summary();
        QVERIFY(std::none_of(windowed.begin(), windowed.end(), [&](const QString &l) { return l.contains(name); }));
    }
};

QTEST_GUILESS_MAIN(TestWizardSession)
#include "tst_wizardsession.moc"
