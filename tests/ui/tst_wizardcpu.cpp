// The CPU page driven as a user does, offscreen on fixture hosts: the cores kept for the host
// re-plan at once and stay when the page is shown again, vCPUs never land on the host's threads
// unless the user puts them there (and then the page says so, once, naming them), the grid
// explains itself (legend, the vCPU the next click gives, keys), the counts and the topology
// never go stale.
#include "pages/cpupage.h"
#include "widgets/pinninggrid.h"
#include "widgets/pinninglegend.h"
#include "wizardgui.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>

using namespace WizardGui;

namespace {

/// Every text the page shows, banners included, in one string.
QString everything(const QWidget *page)
{
    return (visibleTexts(page) + bannerTexts(page)).join(u'\n');
}

QPushButton *autoPinButton(const CpuPage *page)
{
    for (QPushButton *button : page->findChildren<QPushButton *>())
        if (button->text().contains(QStringLiteral("Auto-pin")))
            return button;
    return nullptr;
}

} // namespace

class TestWizardCpu final : public QObject
{
    Q_OBJECT

    WizardGui::Fixture m_fixture;

    Wizard::Options options(const QString &host) const { return m_fixture.options(host); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp());
    }

    // Defect 2: "Cores kept for the host" re-plans at once (no Auto-pin), the vCPUs stay off
    // the kept threads, and the value survives leaving the page and coming back.
    void keptCoresReplanAtOnceAndStay()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::CpuPageId));
        auto *cpu = current<CpuPage>(wizard);
        QCOMPARE(cpu->reservedBox()->value(), 1);
        QCOMPARE(wizard.spec().cpu.emulatorPins, (QList<int>{0, 4}));

        typeInto(cpu->reservedBox(), QStringLiteral("2"));
        const VmSpec::Cpu &plan = wizard.spec().cpu;
        QCOMPARE(plan.emulatorPins.size(), 4); // two whole cores
        QCOMPARE(plan.vcpus, 4);               // the vCPUs shrank to what is left
        QCOMPARE(cpu->vcpuBox()->value(), 4);
        QCOMPARE(cpu->vcpuBox()->maximum(), 4);
        QSet<int> used;
        for (int pin : plan.pins) {
            QVERIFY2(!plan.emulatorPins.contains(pin), qPrintable(QString::number(pin)));
            used.insert(pin);
        }
        QCOMPARE(used.size(), 4);
        // No thread idle, none shared: 4 vCPUs and 4 kept threads are the host's 8.
        QCOMPARE(used.size() + plan.emulatorPins.size(), 8);
        QCOMPARE(cpu->grid()->pinMap().pins(), plan.pins);
        QVERIFY2(cpu->placementLabel()->text().contains(QStringLiteral("0-1,4-5")), qPrintable(cpu->placementLabel()->text()));
        QVERIFY2(!everything(cpu).contains(QStringLiteral("every host thread")), qPrintable(everything(cpu)));
        for (const auto &[severity, text] : banners(cpu))
            QVERIFY2(severity == Severity::Info, qPrintable(text));

        // Away and back, both ways: the page shows the plan, not its first state.
        QVERIFY(backTo(wizard, Wizard::InputPageId));
        QVERIFY(forward(wizard));
        QCOMPARE(cpu->reservedBox()->value(), 2);
        QCOMPARE(cpu->vcpuBox()->value(), 4);
        QVERIFY(forward(wizard));
        QVERIFY(backTo(wizard, Wizard::CpuPageId));
        QCOMPARE(cpu->reservedBox()->value(), 2);
        QCOMPARE(wizard.spec().cpu.emulatorPins.size(), 4);

        // Auto-pin keeps to the same rule.
        QPushButton *autoPin = autoPinButton(cpu);
        QVERIFY(autoPin);
        QTest::mouseClick(autoPin, Qt::LeftButton);
        for (int pin : wizard.spec().cpu.pins)
            QVERIFY(!wizard.spec().cpu.emulatorPins.contains(pin));
        QCOMPARE(cpu->reservedBox()->value(), 2);

        // None kept: every thread can be a vCPU, and only then the page may say so.
        typeInto(cpu->reservedBox(), QStringLiteral("0"));
        QCOMPARE(cpu->vcpuBox()->maximum(), 8);
        typeInto(cpu->vcpuBox(), QStringLiteral("8"));
        QCOMPARE(wizard.spec().cpu.pins.size(), 8);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    // Defects 2 and 6: a vCPU put by hand on a kept thread is a conflict, said once with the vCPU's
    // name; the planner's sentence about where the pins sit goes; Auto-pin puts it right.
    void handPinOnAKeptThreadIsSaid()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::CpuPageId));
        auto *cpu = current<CpuPage>(wizard);
        PinningGrid *grid = cpu->grid();
        QVERIFY(cpu->placementLabel()->isVisibleTo(cpu));
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_2); // vCPU 2 is the one the next click gives
        QVERIFY2(cpu->nextLabel()->text().contains(QStringLiteral("vCPU 2")), qPrintable(cpu->nextLabel()->text()));
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(0).center()); // CPU 0: the host's
        QCOMPARE(wizard.spec().cpu.pins.value(2), 0);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // a warning, not a refusal
        QStringList warnings, kept;
        for (const auto &[severity, text] : banners(cpu))
            if (severity == Severity::Warning)
                warnings << text;
        for (const QString &text : std::as_const(warnings))
            if (text.contains(QStringLiteral("kept for the host")))
                kept << text;
        QVERIFY2(kept.size() == 1 && kept.first().contains(QStringLiteral("vCPU 2")), qPrintable(warnings.join(u'\n')));
        QCOMPARE(QSet<QString>(warnings.begin(), warnings.end()).size(), warnings.size()); // each said once
        QVERIFY(!cpu->placementLabel()->isVisibleTo(cpu)); // no "the pins follow the cores" above it

        // Shown again, still once.
        QVERIFY(forward(wizard));
        QVERIFY(backTo(wizard, Wizard::CpuPageId));
        QCOMPARE(bannerTexts(cpu).join(u'\n').count(QStringLiteral("kept for the host and QEMU")), 1);

        QTest::mouseClick(autoPinButton(cpu), Qt::LeftButton);
        for (int pin : wizard.spec().cpu.pins)
            QVERIFY(!wizard.spec().cpu.emulatorPins.contains(pin));
        for (const auto &[severity, text] : banners(cpu))
            QVERIFY2(severity == Severity::Info, qPrintable(text));
        QVERIFY(cpu->placementLabel()->isVisibleTo(cpu));
    }

    // Defect 6: the grid explains itself: a legend, the vCPU the next click gives, the keys.
    void gridExplainsItself_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("hybrid");
        QTest::newRow("article") << "article" << false;
        QTest::newRow("hybrid") << "hybrid" << true;
    }
    void gridExplainsItself()
    {
        QFETCH(QString, host);
        QFETCH(bool, hybrid);
        Wizard wizard(options(host));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::CpuPageId));
        auto *cpu = current<CpuPage>(wizard);
        auto *legend = cpu->findChild<PinningLegend *>();
        QVERIFY(legend && legend->isVisibleTo(cpu));
        const QString says = visibleTexts(legend).join(u'\n');
        for (const char *mark : {"vCPU", "kept for the host", "emulator", "I/O thread", "conflict", "L3", "NUMA"})
            QVERIFY2(says.contains(QLatin1String(mark)), mark);
        QCOMPARE(says.contains(QStringLiteral("efficiency core")), hybrid);
        QVERIFY(says.contains(QStringLiteral("performance core")) == hybrid);

        PinningGrid *grid = cpu->grid();
        QVERIFY(grid->toolTip().contains(QStringLiteral("digits")) && grid->toolTip().contains(QStringLiteral("+ and -")));
        QVERIFY(cpu->nextLabel()->text().contains(QStringLiteral("vCPU 0")));
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_3);
        QVERIFY(cpu->nextLabel()->text().contains(QStringLiteral("vCPU 3")));
        QTest::keyClick(grid, Qt::Key_Plus);
        QVERIFY(cpu->nextLabel()->text().contains(QStringLiteral("vCPU 4")));
        QTest::keyClick(grid, Qt::Key_Minus);
        QTest::keyClick(grid, Qt::Key_Minus);
        QVERIFY(cpu->nextLabel()->text().contains(QStringLiteral("vCPU 2")));

        // Keys alone pin: the focused thread (the first one) gets vCPU 2 with Space.
        const int first = *grid->focusedCpu();
        QTest::keyClick(grid, Qt::Key_Space);
        QCOMPARE(wizard.spec().cpu.pins.value(2), first);
        QVERIFY(cpu->nextLabel()->text().contains(QStringLiteral("vCPU 3"))); // on to the next
    }

    // Defect 7: typed counts take effect whole; the box offers only what the host has; the
    // topology follows the count.
    void countsAndTopologyStayCurrent()
    {
        Wizard wizard(options(QStringLiteral("ryzen")));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::CpuPageId));
        auto *cpu = current<CpuPage>(wizard);
        QCOMPARE(cpu->vcpuBox()->maximum(), 14); // 16 threads, one core kept
        QSignalSpy replans(&wizard.session(), &WizardSession::specChanged);
        typeInto(cpu->vcpuBox(), QStringLiteral("12"));
        QCOMPARE(replans.size(), 1); // "12", not "1" on the way to it
        QCOMPARE(wizard.spec().cpu.vcpus, 12);
        QCOMPARE(QSet<int>(wizard.spec().cpu.pins.begin(), wizard.spec().cpu.pins.end()).size(), 12);
        QVERIFY2(cpu->topologyLabel()->text().startsWith(QStringLiteral("1 socket")), qPrintable(cpu->topologyLabel()->text()));
        QVERIFY(cpu->topologyLabel()->text().contains(QStringLiteral("6 core")));
        typeInto(cpu->vcpuBox(), QStringLiteral("4"));
        QVERIFY2(cpu->topologyLabel()->text().contains(QStringLiteral("2 core")), qPrintable(cpu->topologyLabel()->text()));
        QCOMPARE(wizard.spec().cpu.cores, 2);
        QCOMPARE(wizard.spec().cpu.sockets, 1);

        // More than the host has cannot be typed: the box holds at its maximum.
        typeInto(cpu->vcpuBox(), QStringLiteral("1024"));
        QVERIFY(cpu->vcpuBox()->value() <= 14);
        QCOMPARE(wizard.spec().cpu.vcpus, cpu->vcpuBox()->value());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(cpu->vcpuBox()->maximumWidth() < cpu->width() / 3); // not a full-width number box
    }

    // Defect 6: the planner's words on pins that span caches and the grid's conflicts are one
    // thing said once, on the first showing and again after a revisit.
    void spreadOverCachesIsSaidOnce_data()
    {
        QTest::addColumn<QString>("host");
        for (const char *host : {"ryzen", "x3d", "xeon2s"})
            QTest::newRow(host) << host;
    }
    void spreadOverCachesIsSaidOnce()
    {
        QFETCH(QString, host);
        Wizard wizard(options(host));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::CpuPageId));
        auto *cpu = current<CpuPage>(wizard);
        for (int showing = 0; showing < 2; ++showing) {
            QStringList spread;
            const QStringList said = bannerTexts(cpu) << cpu->placementLabel()->text();
            for (const QString &text : said)
                if (text.contains(QStringLiteral("more than one L3")) || text.contains(QStringLiteral("more than one NUMA")))
                    spread << text;
            QVERIFY2(spread.size() <= 1, qPrintable(spread.join(u'\n')));
            QVERIFY(forward(wizard));
            QVERIFY(backTo(wizard, Wizard::CpuPageId));
        }
    }

    // The host-isolation switch says what it does and changes the plan.
    void isolationSwitch()
    {
        Wizard wizard(options(QStringLiteral("article")));
        QVERIFY(start(wizard));
        QVERIFY(walkTo(wizard, Wizard::CpuPageId));
        auto *cpu = current<CpuPage>(wizard);
        QVERIFY(cpu->isolateBox()->isChecked());
        QVERIFY(wizard.spec().cpu.isolateHost);
        const QString pins = cpu->placementLabel()->text();
        clickBox(cpu->isolateBox());
        QVERIFY(!wizard.spec().cpu.isolateHost);
        QCOMPARE(cpu->placementLabel()->text(), pins);
        QVERIFY(!wizard.session().nixModule().contains(QStringLiteral("AllowedCPUs")));
        clickBox(cpu->isolateBox());
        QVERIFY(wizard.session().nixModule().contains(QStringLiteral("AllowedCPUs")));
    }
};

QTEST_MAIN(TestWizardCpu)
#include "tst_wizardcpu.moc"
