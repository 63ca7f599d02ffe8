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

    void sharedGroupIsRefusedWithItsSpoilers()
    {
        VmSpec spec;
        const PlanNotes notes = PassthroughPlanner::plan(TestHosts::scan(QStringLiteral("ryzen")), {QStringLiteral("0000:05:00.0"), {}, {}}, spec);
        const PlanNote *error = find(notes, PlanNote::Severity::Error);
        QVERIFY(error);
        QVERIFY(error->text.contains(QStringLiteral("0000:02:00.0, 0000:02:00.1, 0000:04:00.0")));
        QVERIFY(error->text.contains(QStringLiteral("ACS override")));
        QVERIFY(!spec.gpu.address);
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
