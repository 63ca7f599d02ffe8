// The wizard on a fixture host, offscreen: the scan fills the plan, the CPU page pins.
#include "cpupage.h"
#include "pinninggrid.h"
#include "testhosts.h"
#include "wizard.h"

#include <QAbstractButton>
#include <QSpinBox>
#include <QTest>

class TestWizard final : public QObject
{
    Q_OBJECT

private slots:
    void scanThenPin()
    {
        Wizard::Options options;
        options.root = TestHosts::root(QStringLiteral("article"));
        Wizard wizard(options);
        wizard.show();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled() || wizard.host().has_value());
        QTRY_VERIFY_WITH_TIMEOUT(wizard.host().has_value(), 10000);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.spec().gpu.address->toString(), QStringLiteral("0000:04:00.0")); // planned from the scan
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Wizard::CpuPageId));
        auto *page = qobject_cast<CpuPage *>(wizard.currentPage());
        QVERIFY(page);
        QVERIFY(!page->grid()->cellRect(7).isEmpty());
        QCOMPARE(page->grid()->pinMap().pins(), (QList<int>{1, 5, 2, 6, 3, 7})); // the planner's default
        page->vcpuBox()->setValue(4);
        page->autoPin();
        QCOMPARE(page->grid()->pinMap().pins(), (QList<int>{1, 5, 2, 6}));
        QCOMPARE(wizard.spec().cpu.cores, 2);
        // A click moves vCPU 3 off its sibling: the page says so.
        page->grid()->setSelectedVcpu(3);
        QTest::mouseClick(page->grid(), Qt::LeftButton, {}, page->grid()->cellRect(7).center());
        QVERIFY(page->validatePage());
        QCOMPARE(wizard.spec().cpu.pins, (QList<int>{1, 5, 2, 7}));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
