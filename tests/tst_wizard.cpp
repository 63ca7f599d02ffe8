// The wizard on a fixture host, offscreen: the scan fills the plan, the CPU page pins.
#include "cpupage.h"
#include "gpupage.h"
#include "pinninggrid.h"
#include "testhosts.h"
#include "wizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QTreeWidget>
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
        QCOMPARE(wizard.currentId(), int(Wizard::GpuPageId));
        auto *gpuPage = qobject_cast<GpuPage *>(wizard.currentPage());
        QVERIFY(gpuPage->isComplete());
        QVERIFY(gpuPage->verdict()->text().contains(QStringLiteral("GTX 1080")));
        QVERIFY(gpuPage->error43Toggle()->isChecked()); // NVIDIA: on by default
        QCOMPARE(gpuPage->tree()->topLevelItemCount(), 9); // the article machine's groups
        QCOMPARE(gpuPage->tree()->selectedItems().size(), 1);
        QVERIFY(gpuPage->tree()->selectedItems().first()->text(0).startsWith(QStringLiteral("0000:04:00.0")));
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

    void sharedGroupIsRefusedWithTheReason()
    {
        Wizard::Options options;
        options.root = TestHosts::root(QStringLiteral("ryzen"));
        Wizard wizard(options);
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.host().has_value(), 10000);
        wizard.next();
        auto *page = qobject_cast<GpuPage *>(wizard.currentPage());
        QVERIFY(page);
        page->choose(PciAddress::parse(u"0000:05:00.0"));
        QVERIFY(!page->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(page->verdict()->text().contains(QStringLiteral("0000:02:00.0, 0000:02:00.1, 0000:04:00.0")));
        page->choose(PciAddress::parse(u"0000:06:00.0"));
        QVERIFY(page->isComplete());
        QCOMPARE(wizard.spec().gpu.functions.size(), 4);
        page->error43Toggle()->setChecked(false);
        QVERIFY(page->validatePage());
        QVERIFY(!wizard.spec().error43.enabled);
    }

    void hostWithoutIommuExplains()
    {
        Wizard::Options options;
        options.root = TestHosts::root(QStringLiteral("no-iommu"));
        Wizard wizard(options);
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.host().has_value(), 10000);
        wizard.next();
        auto *page = qobject_cast<GpuPage *>(wizard.currentPage());
        QVERIFY(page->verdict()->text().contains(QStringLiteral("intel_iommu=on")));
        QVERIFY(page->isComplete()); // a VM without passthrough can still be made
        QVERIFY(!wizard.spec().gpu.address);
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
