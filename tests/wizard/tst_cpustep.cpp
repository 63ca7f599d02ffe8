// The CPU step: every change re-plans the pins at once, the texts follow the plan, the threads
// kept for the host stay free of vCPUs unless the user pins there by hand (and is told once).
#include "wizardtesting.h"

#include "util/cpulist.h"

#include "plan/pinmap.h"
#include "wizard/steps/cpustep.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace WizardTesting;

namespace {

/// The number before `word` in a text such as "1 socket, 2 cores, 2 threads per core".
int numberBefore(const QString &text, const QString &word)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(\\d+) %1").arg(word)).match(text);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QSet<int> toSet(const QList<int> &list)
{
    return QSet<int>(list.begin(), list.end());
}

int countWithText(const StepMessages &messages, const QString &text)
{
    return int(std::count_if(messages.begin(), messages.end(), [&](const StepMessage &m) { return m.text.contains(text); }));
}

} // namespace

class TestCpuStep final : public QObject
{
    Q_OBJECT

private slots:
    void topologyFollowsTheVcpus()
    {
        auto s = session(QStringLiteral("article"));
        CpuStep step(s.get());
        step.refresh();
        for (int vcpus : {6, 4, 5, 2}) {
            step.setVcpus(vcpus);
            QVERIFY2(step.isComplete(), dump(step));
            QCOMPARE(step.vcpus(), vcpus);
            QCOMPARE(s->spec().cpu.pins.size(), vcpus);
            const VmSpec::Cpu &cpu = s->spec().cpu;
            QCOMPARE(cpu.sockets * cpu.dies * cpu.cores * cpu.threads, vcpus);
            // The text says the guest's topology as planned: 4 vCPUs are 2 cores of 2 threads,
            // never the 3 cores of the 6 before.
            const QString text = step.topologyText();
            QCOMPARE(numberBefore(text, QStringLiteral("socket")) * numberBefore(text, QStringLiteral("core"))
                         * numberBefore(text, QStringLiteral("thread")),
                     vcpus);
            QCOMPARE(numberBefore(text, QStringLiteral("core")), cpu.cores * cpu.dies);
        }
    }

    void maxVcpusLeavesTheReservedCores_data()
    {
        QTest::addColumn<QString>("host");
        for (const char *host : {"article", "ryzen", "hybrid", "x3d", "xeon2s"})
            QTest::newRow(host) << host;
    }
    void maxVcpusLeavesTheReservedCores()
    {
        QFETCH(QString, host);
        auto s = session(host);
        CpuStep step(s.get());
        step.refresh();
        const int threads = int(s->host()->cpu.threads.size());
        QVERIFY(step.reservedCores() >= 1); // hybrid parts keep two efficiency cores
        QVERIFY(!step.reservedThreads().isEmpty());
        QCOMPARE(step.maxVcpus(), threads - int(step.reservedThreads().size()));

        // The most the spin box offers plans without taking the host's threads.
        step.setVcpus(step.maxVcpus());
        QVERIFY2(step.isComplete(), dump(step));
        QVERIFY(!toSet(s->spec().cpu.pins).intersects(toSet(step.reservedThreads())));

        // One more is refused at the field, and the VM keeps its vCPUs.
        const VmSpec::Cpu before = s->spec().cpu;
        step.setVcpus(step.maxVcpus() + 1);
        QCOMPARE(fieldErrors(step, CpuStep::vcpusField).size(), 1);
        QVERIFY(!step.isComplete());
        QCOMPARE(s->spec().cpu.pins, before.pins);

        // Without a reserved core, every thread can be a vCPU.
        step.setReservedCores(0);
        QVERIFY2(step.isComplete(), dump(step));
        QCOMPARE(step.maxVcpus(), threads);
    }

    void reservedCoresReplanAtOnce_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("cores");
        QTest::newRow("article 2") << "article" << 2;
        QTest::newRow("ryzen 2") << "ryzen" << 2;
        QTest::newRow("x3d 3") << "x3d" << 3;
    }
    void reservedCoresReplanAtOnce()
    {
        QFETCH(QString, host);
        QFETCH(int, cores);
        auto s = session(host);
        CpuStep step(s.get());
        step.refresh();
        const QList<int> reservedBefore = step.reservedThreads();
        const QString placementBefore = step.placement();
        QVERIFY(!placementBefore.isEmpty());

        step.setReservedCores(cores); // and nothing else: no Auto-pin
        QVERIFY2(step.isComplete(), dump(step));
        QCOMPARE(step.reservedCores(), cores);
        const QList<int> reserved = step.reservedThreads();
        QVERIFY(reserved.size() > reservedBefore.size());
        QSet<int> reservedCores;
        for (int id : reserved)
            reservedCores.insert(s->host()->cpu.thread(id)->siblings.first());
        QCOMPARE(reservedCores.size(), cores);
        QVERIFY(!toSet(s->spec().cpu.pins).intersects(toSet(reserved)));
        QVERIFY(step.vcpus() <= step.maxVcpus());
        QCOMPARE(s->spec().cpu.emulatorPins, reserved);
        QCOMPARE(s->spec().cpu.iothreadPins, reserved);
        QVERIFY(step.placement() != placementBefore);

        // Shown again, the step says what it said after the change, not the first plan.
        const QString placement = step.placement();
        const QString isolation = step.isolationText();
        step.refresh();
        QCOMPARE(step.reservedCores(), cores);
        QCOMPARE(step.placement(), placement);
        QCOMPARE(step.isolationText(), isolation);
    }

    void vcpuChangeReplansTheTexts()
    {
        auto s = session(QStringLiteral("article"));
        CpuStep step(s.get());
        step.refresh();
        const QString placement = step.placement();
        const QString isolation = step.isolationText();
        QVERIFY(!placement.isEmpty());
        QVERIFY(!isolation.isEmpty());
        step.setVcpus(2);
        QVERIFY(!step.placement().isEmpty());
        QVERIFY(step.placement() != placement);
        QVERIFY(step.isolationText() != isolation); // the host keeps more CPUs to itself
        const QString two = step.placement();
        step.refresh();
        QCOMPARE(step.placement(), two);
    }

    void isolationSwitch()
    {
        auto s = session(QStringLiteral("article"));
        CpuStep step(s.get());
        step.refresh();
        QVERIFY(step.isolateHost());
        const QString on = step.isolationText();
        const QString placement = step.placement();
        const QList<int> pins = s->spec().cpu.pins;
        QVERIFY(!on.isEmpty());

        step.setIsolateHost(false);
        QVERIFY(!s->spec().cpu.isolateHost);
        QVERIFY(!step.isolationText().isEmpty());
        QVERIFY(step.isolationText() != on);
        QCOMPARE(step.placement(), placement); // the pins stay as they were
        QCOMPARE(s->spec().cpu.pins, pins);
        const QString off = step.isolationText();
        step.refresh();
        QCOMPARE(step.isolationText(), off);

        step.setIsolateHost(true);
        QCOMPARE(step.isolationText(), on);
        QVERIFY(s->spec().cpu.isolateHost);
    }

    // The isolation sentence names the CPUs the host keeps: after a hand pin, those the new pins
    // leave free (it kept naming the planner's, one of them now a vCPU's).
    void isolationFollowsHandPins()
    {
        auto s = session(QStringLiteral("article"));
        CpuStep step(s.get());
        step.refresh();
        step.setIsolateHost(true);
        const QList<int> reserved = step.reservedThreads();
        QVERIFY(!reserved.isEmpty());
        const auto says = [&](const QList<int> &pins) {
            return step.isolationText().contains(QStringLiteral("keep to CPUs %1:").arg(CpuList::format(s->host()->cpu.idsExcept(pins))));
        };
        QVERIFY2(says(s->spec().cpu.pins), qPrintable(step.isolationText()));
        PinMap map = step.pinMap();
        map.assign(0, reserved.first());
        step.setPinMap(map);
        QCOMPARE(s->spec().cpu.pins, map.pins());
        QVERIFY2(says(map.pins()), qPrintable(step.isolationText()));
        step.refresh(); // shown again
        QVERIFY2(says(map.pins()), qPrintable(step.isolationText()));
    }

    void handPinsOnReservedThreadsAreSaidOnce()
    {
        auto s = session(QStringLiteral("article"));
        CpuStep step(s.get());
        step.refresh();
        const QList<int> reserved = step.reservedThreads();
        QVERIFY(!reserved.isEmpty());

        // vCPU 0 moved by hand onto a thread the host keeps: the map stays as set.
        PinMap map = step.pinMap();
        map.assign(0, reserved.first());
        step.setPinMap(map);
        QCOMPARE(s->spec().cpu.pins, map.pins());
        QCOMPARE(step.reservedThreads(), reserved);
        QVERIFY2(step.isComplete(), dump(step)); // a warning, not a refusal

        const QList<PinMap::Conflict> conflicts = map.conflicts(s->host()->cpu, reserved);
        const auto onReserved = std::find_if(conflicts.begin(), conflicts.end(),
                                             [](const PinMap::Conflict &c) { return c.kind == PinMap::Conflict::Kind::OnReserved; });
        QVERIFY(onReserved != conflicts.end());
        QCOMPARE(onReserved->vcpus, QList<int>{0});
        QVERIFY(onReserved->reason.contains(PinMap::vcpuNames({0})));
        for (const PinMap::Conflict &c : conflicts)
            QVERIFY2(countWithText(step.messages(), c.reason) == 1, dump(step));
        QVERIFY(!step.isolationText().isEmpty()); // the switch still says what it does

        // Shown again: each conflict still said once.
        step.refresh();
        for (const PinMap::Conflict &c : conflicts)
            QVERIFY2(countWithText(step.messages(), c.reason) == 1, dump(step));

        // Auto-pin: planned again, off the reserved threads, nothing to complain about.
        step.autoPin();
        QVERIFY(!toSet(s->spec().cpu.pins).intersects(toSet(step.reservedThreads())));
        QCOMPARE(countWithText(step.messages(), onReserved->reason), 0);
        QVERIFY(!step.placement().isEmpty());
    }

    void plannedPinsSayEachThingOnce_data()
    {
        QTest::addColumn<QString>("host");
        for (const char *host : {"article", "ryzen", "hybrid", "x3d", "xeon2s", "opteron"})
            QTest::newRow(host) << host;
    }
    void plannedPinsSayEachThingOnce()
    {
        // The planner's notes and the pin map's conflicts are two views of one plan: a page
        // shown again must not say the same thing twice in other words.
        QFETCH(QString, host);
        auto s = session(host);
        CpuStep step(s.get());
        step.refresh();
        const StepMessages first = step.messages();
        step.setVcpus(step.vcpus());
        step.refresh();
        QCOMPARE(step.messages().size(), first.size());
        const QList<PinMap::Conflict> conflicts = step.pinMap().conflicts(s->host()->cpu, step.reservedThreads());
        for (const PinMap::Conflict &c : conflicts)
            QVERIFY2(countWithText(step.messages(), c.reason) <= 1, dump(step));
    }

    void hybridVcpusOnPerformanceCores()
    {
        auto s = session(QStringLiteral("hybrid"));
        CpuStep step(s.get());
        step.refresh();
        const CpuTopology &cpu = s->host()->cpu;
        for (int vcpus : {step.vcpus(), 8, 6}) {
            step.setVcpus(vcpus);
            QVERIFY2(step.isComplete(), dump(step));
            for (int pin : s->spec().cpu.pins)
                QCOMPARE(cpu.thread(pin)->kind, CoreKind::Performance);
            for (int kept : step.reservedThreads())
                QCOMPARE(cpu.thread(kept)->kind, CoreKind::Efficiency);
            QVERIFY(!step.placement().isEmpty());
        }
    }

    void x3dVcpusOnTheLargerL3()
    {
        auto s = session(QStringLiteral("x3d"));
        CpuStep step(s.get());
        step.refresh();
        const CpuTopology &cpu = s->host()->cpu;
        qint64 largest = 0;
        for (const CpuThread &t : cpu.threads)
            largest = std::max(largest, t.l3KiB);
        for (int vcpus : {16, 8, 12}) {
            step.setVcpus(vcpus);
            QVERIFY2(step.isComplete(), dump(step));
            for (int pin : s->spec().cpu.pins)
                QCOMPARE(cpu.thread(pin)->l3KiB, largest);
            for (int kept : step.reservedThreads())
                QVERIFY(cpu.thread(kept)->l3KiB < largest);
            QVERIFY(step.placement().contains(QString::number(largest / 1024)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCpuStep)
#include "tst_cpustep.moc"
