// One wizard run across its steps: a fix on review changes the plan so every step shows the new
// value, an opened VM's edits that cannot be written are listed, and the summary says the VM.
#include "wizardtesting.h"

#include "domain/domainfacts.h"
#include "host/scansummary.h"
#include "util/cpulist.h"
#include "wizard/steps/cpustep.h"
#include "wizard/steps/gpustep.h"
#include "wizard/steps/hoststep.h"
#include "wizard/steps/memorystep.h"
#include "wizard/steps/networkstep.h"
#include "wizard/steps/reviewstep.h"
#include "wizard/vmsummary.h"

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

    // --- an opened VM --------------------------------------------------------------------

    void renameIsListed()
    {
        auto s = opened(QStringLiteral("article"), QStringLiteral("virt-manager-win10.xml"));
        ReviewStep review(s.get());
        review.refresh();
        QVERIFY(review.notApplied().isEmpty());
        const int warningsBefore = int(withSeverity(review.messages(), Severity::Warning).size());

        HostStep host(s.get());
        host.refresh();
        QCOMPARE(host.name(), QStringLiteral("win10"));
        host.setName(QStringLiteral("win10-gpu"));
        QCOMPARE(s->spec().name, QStringLiteral("win10-gpu"));

        review.refresh();
        const QString written = DomainFacts::read(s->domainDocument()).name;
        if (written != u"win10-gpu") {
            // Not written into the domain: then said on review, not dropped.
            QCOMPARE(review.notApplied().size(), 1);
            QCOMPARE(withSeverity(review.messages(), Severity::Warning).size(), warningsBefore + 1);
            QVERIFY(review.notApplied().first().contains(QStringLiteral("win10-gpu"))
                    || review.notApplied().first().contains(QStringLiteral("name")));
        }
        // Named back, nothing is left to say.
        host.setName(QStringLiteral("win10"));
        review.refresh();
        QVERIFY(review.notApplied().isEmpty());
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
