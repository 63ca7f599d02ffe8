#include "host/hostscan.h"
#include "plan/passthroughplanner.h"
#include "support/testhosts.h"

#include <QTest>

namespace {

QList<PciAddress> addresses(std::initializer_list<const char *> texts)
{
    QList<PciAddress> list;
    for (const char *text : texts)
        list << *PciAddress::parse(QString::fromLatin1(text));
    return list;
}

const PlanNote *find(const PlanNotes &notes, PlanNote::Severity severity)
{
    for (const PlanNote &n : notes)
        if (n.severity == severity)
            return &n;
    return nullptr;
}

} // namespace

class TestPassthroughPlanner final : public QObject
{
    Q_OBJECT

private slots:
    void articleChoosesTheGtx1080()
    {
        VmSpec spec;
        const PlanNotes notes = PassthroughPlanner::plan(TestHosts::scan(QStringLiteral("article")), {}, spec);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(spec.gpu.address->toString(), QStringLiteral("0000:04:00.0"));
        QCOMPARE(spec.gpu.functions, addresses({"0000:04:00.0", "0000:04:00.1"}));
        QCOMPARE(spec.gpu.functionIds, (QStringList{"10de:1b80", "10de:10f0"}));
        QVERIFY(spec.error43.enabled); // NVIDIA: on by default
        QVERIFY(!find(notes, PlanNote::Severity::Warning));
    }

    void choosingAnyFunctionTakesTheSlot()
    {
        VmSpec spec;
        PassthroughPlanner::plan(TestHosts::scan(QStringLiteral("article")), {QStringLiteral("04:00.1"), false, {}}, spec);
        QCOMPARE(spec.gpu.functions.size(), 2);
        QVERIFY(!spec.error43.enabled);
    }

    void sharedGroupIsRefusedNamingWhatTheHostWouldLose()
    {
        VmSpec spec;
        const PlanNotes notes = PassthroughPlanner::plan(TestHosts::scan(QStringLiteral("ryzen")), {QStringLiteral("0000:05:00.0"), {}, {}}, spec);
        const PlanNote *error = find(notes, PlanNote::Severity::Error);
        QVERIFY(error);
        for (const char *part : {"the SATA controller 0000:02:00.1 with disk sda (/home)",
                                 "the USB controller 0000:02:00.0 with your keyboard (Cherry GmbH CHERRY Corded Device) and your mouse",
                                 "the NIC 0000:04:00.0 with the default route (enp4s0 through br0)",
                                 "the host's display on HDMI-A-1", "another slot", "ACS override", "firmware setup",
                                 "--allow-host-use 0000:05:00.0 --allow-host-use 0000:02:00.0"})
            QVERIFY2(error->text.contains(QLatin1String(part)), part);
        QVERIFY(!spec.gpu.address);
    }

    void everyDeviceOfTheGroupGivenPassesItWhole()
    {
        VmSpec spec;
        const QStringList all{"0000:05:00.0", "0000:02:00.0", "0000:02:00.1", "0000:04:00.0"};
        const PlanNotes notes = PassthroughPlanner::plan(TestHosts::scan(QStringLiteral("ryzen")), {QStringLiteral("05:00.0"), {}, {}, all}, spec);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(spec.gpu.functions, addresses({"0000:05:00.0", "0000:05:00.1"}));
        QCOMPARE(spec.gpu.groupDevices, addresses({"0000:02:00.0", "0000:02:00.1", "0000:04:00.0"}));
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const PlanNote &n) {
            return n.severity == PlanNote::Severity::Warning && n.text.contains(QStringLiteral("goes to the VM whole"));
        }));
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const PlanNote &n) {
            return n.text.contains(QStringLiteral("the host loses")) && n.text.contains(QStringLiteral("disk sda (/home)"));
        }));
    }

    void aDeviceOfTheGroupNotGivenKeepsItShared()
    {
        // The NIC's use allowed away (say the host has another): it still has to be given.
        HostScan scan = TestHosts::scan(QStringLiteral("ryzen"));
        for (PciDevice &d : scan.pci)
            if (d.address.toString() == QLatin1String("0000:04:00.0"))
                d.hostUses.clear();
        VmSpec spec;
        const QStringList used{"0000:05:00.0", "0000:02:00.0", "0000:02:00.1"};
        const PlanNotes notes = PassthroughPlanner::plan(scan, {QStringLiteral("05:00.0"), {}, {}, used}, spec);
        const PlanNote *error = find(notes, PlanNote::Severity::Error);
        QVERIFY(error);
        QVERIFY(error->text.contains(QStringLiteral("IOMMU group 10 also holds")));
        QVERIFY(error->text.contains(QStringLiteral("allow each device explicitly (--allow-host-use 0000:04:00.0)")));
        QVERIFY(!spec.gpu.address);
    }

    void theHostsDisplayIsRefusedUnlessAllowed()
    {
        const HostScan twins = TestHosts::scan(QStringLiteral("twins"));
        VmSpec spec;
        PlanNotes notes = PassthroughPlanner::plan(twins, {QStringLiteral("0b:00.0"), {}, {}}, spec);
        QVERIFY(find(notes, PlanNote::Severity::Error)->text.contains(QStringLiteral("the host's display on DP-1")));
        QVERIFY(find(notes, PlanNote::Severity::Error)->text.contains(QStringLiteral("connect the host's monitor to another GPU")));
        notes = PassthroughPlanner::plan(twins, {QStringLiteral("0b:00.0"), {}, {}, {QStringLiteral("0000:0b:00.0")}}, spec);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(spec.gpu.address->toString(), QStringLiteral("0000:0b:00.0"));
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const PlanNote &n) {
            return n.severity == PlanNote::Severity::Warning && n.text.contains(QStringLiteral("the host loses the GPU 0000:0b:00.0 with the host's display on DP-1"));
        }));
    }

    void identicalCardsChooseTheFreeOneAndSayHowItIsBound()
    {
        VmSpec spec;
        const PlanNotes notes = PassthroughPlanner::plan(TestHosts::scan(QStringLiteral("twins")), {}, spec);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(spec.gpu.address->toString(), QStringLiteral("0000:0e:00.0"));
        QCOMPARE(spec.gpu.functionIds, (QStringList{"1002:731f", "1002:ab38"}));
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const PlanNote &n) { return n.text.contains(QStringLiteral("by address")); }));
        // Navi 10: the vendor-reset warning.
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const PlanNote &n) {
            return n.severity == PlanNote::Severity::Warning && n.text.contains(QStringLiteral("AMD Navi 10")) && n.text.contains(QStringLiteral("vendor-reset"));
        }));
    }

    void noAutomaticChoiceExplainsEachGpu()
    {
        VmSpec spec;
        const PlanNotes notes = PassthroughPlanner::plan(TestHosts::scan(QStringLiteral("ryzen")), {}, spec);
        const PlanNote *error = find(notes, PlanNote::Severity::Error);
        QVERIFY(error);
        QVERIFY(error->text.contains(QStringLiteral("0000:05:00.0")));
        QVERIFY(error->text.contains(QStringLiteral("boot GPU")));
    }

    void bootGpuWarnsAndTakesAllFourFunctions()
    {
        VmSpec spec;
        const PlanNotes notes = PassthroughPlanner::plan(TestHosts::scan(QStringLiteral("ryzen")), {QStringLiteral("0000:06:00.0"), {}, {}}, spec);
        QVERIFY(!hasErrors(notes));
        QCOMPARE(spec.gpu.functions, addresses({"0000:06:00.0", "0000:06:00.1", "0000:06:00.2", "0000:06:00.3"}));
        QVERIFY(find(notes, PlanNote::Severity::Warning)->text.contains(QStringLiteral("boots on")));
    }

    void iommuOff()
    {
        VmSpec spec;
        const PlanNotes notes = PassthroughPlanner::plan(TestHosts::scan(QStringLiteral("no-iommu")), {QStringLiteral("01:00.0"), {}, {}}, spec);
        QVERIFY(find(notes, PlanNote::Severity::Error)->text.contains(QStringLiteral("intel_iommu=on")));
    }

    void noneAndNonsense()
    {
        VmSpec spec;
        QVERIFY(!hasErrors(PassthroughPlanner::plan(TestHosts::scan(QStringLiteral("no-iommu")), {QStringLiteral("none"), {}, {}}, spec)));
        QVERIFY(!spec.gpu.address);
        QVERIFY(!spec.error43.enabled);
        QVERIFY(hasErrors(PassthroughPlanner::plan(TestHosts::scan(QStringLiteral("article")), {QStringLiteral("zz:00.0"), {}, {}}, spec)));
        QVERIFY(hasErrors(PassthroughPlanner::plan(TestHosts::scan(QStringLiteral("article")), {QStringLiteral("00:17.0"), {}, {}}, spec)));
    }

    void unresettableFunctionWarns()
    {
        HostScan scan = TestHosts::scan(QStringLiteral("article"));
        for (PciDevice &d : scan.pci)
            if (d.address.toString() == QLatin1String("0000:04:00.1"))
                d.resettable = false;
        VmSpec spec;
        const PlanNotes notes = PassthroughPlanner::plan(scan, {}, spec);
        QVERIFY(find(notes, PlanNote::Severity::Warning)->text.contains(QStringLiteral("0000:04:00.1")));
    }
};

QTEST_GUILESS_MAIN(TestPassthroughPlanner)
#include "tst_passthroughplanner.moc"
