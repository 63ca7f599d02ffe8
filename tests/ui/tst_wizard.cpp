// The wizard on a fixture host, offscreen: the scan fills the plan, the CPU page pins.
#include "libvirt/libvirtconnectionsession.h"
#include "pages/cpupage.h"
#include "pages/gpupage.h"
#include "pages/memorypage.h"
#include "pages/networkpage.h"
#include "pages/storagepage.h"
#include "support/testhosts.h"
#include "widgets/pinninggrid.h"
#include "wizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QLabel>
#include <QTreeWidget>
#include <QSpinBox>
#include <QTest>

namespace {

/// A wizard on a fixture host, scanned and moved on to `page`.
void openAt(Wizard &wizard, Wizard::PageId page)
{
    wizard.show();
    QVERIFY(QTest::qWaitFor([&] { return wizard.host().has_value(); }, 10000));
    while (wizard.currentId() != page) {
        QVERIFY2(QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 5000), qPrintable(wizard.currentPage()->title()));
        wizard.next();
    }
}

Wizard::Options on(const QString &host)
{
    Wizard::Options options;
    options.root = TestHosts::root(host);
    options.uri = QStringLiteral("test:///default");
    options.useSettings = false;
    options.openLibvirt = &LibvirtConnectionSession::open;
    return options;
}

} // namespace

class TestWizard final : public QObject
{
    Q_OBJECT

private slots:
    void memoryPageCountsPagesAndGuardsTheHost()
    {
        Wizard wizard(on(QStringLiteral("article")));
        openAt(wizard, Wizard::MemoryPageId);
        auto *page = qobject_cast<MemoryPage *>(wizard.currentPage());
        page->sizeBox()->setValue(8192);
        page->hugepageBox()->setCurrentIndex(page->hugepageBox()->findData(int(VmSpec::HugepageSize::Size2M)));
        QCOMPARE(wizard.spec().memory.hugepageCount, 4096);
        QVERIFY2(page->status()->text().contains(QStringLiteral("reserves them at boot")), qPrintable(page->status()->text()));
        page->hugepageBox()->setCurrentIndex(page->hugepageBox()->findData(int(VmSpec::HugepageSize::Size1G)));
        QCOMPARE(wizard.spec().memory.hugepageCount, 8);
        // 30 of the host's 32 GiB would leave it less than its 4 GiB.
        page->sizeBox()->setValue(30 * 1024);
        QVERIFY(!page->isComplete());
        QVERIFY(page->status()->text().contains(QStringLiteral("at most 28.0 GiB")));
        QCOMPARE(wizard.spec().memory.sizeMiB, 8192); // the refused size never reached the plan
    }

    void networkPageOffersBridgesUplinksAndNat()
    {
        Wizard ryzen(on(QStringLiteral("ryzen")));
        openAt(ryzen, Wizard::NetworkPageId);
        auto *page = qobject_cast<NetworkPage *>(ryzen.currentPage());
        QVERIFY(page->existingBridgeButton()->isChecked());
        QVERIFY(page->bridgeBox()->currentText().contains(QStringLiteral("enp4s0")));
        page->natButton()->click();
        QCOMPARE(ryzen.spec().network.mode, VmSpec::NetworkMode::Nat);
        QVERIFY(page->status()->text().contains(QStringLiteral("port forwarding")));
        page->macEdit()->setText(QStringLiteral("52:54:00:zz"));
        QVERIFY(!page->isComplete());
        page->macEdit()->setText(QStringLiteral("52:54:00:AB:CD:EF"));
        QVERIFY(page->isComplete());
        QVERIFY(page->validatePage());
        QCOMPARE(ryzen.spec().network.mac, QStringLiteral("52:54:00:ab:cd:ef"));

        Wizard article(on(QStringLiteral("article")));
        openAt(article, Wizard::NetworkPageId);
        auto *articlePage = qobject_cast<NetworkPage *>(article.currentPage());
        QVERIFY(articlePage->newBridgeButton()->isChecked()); // virbr0 has no port: a new bridge over eno2
        QCOMPARE(articlePage->uplinkBox()->currentData().toString(), QStringLiteral("eno2"));
        QCOMPARE(article.spec().network.uplink, QStringLiteral("eno2"));
    }

    void storagePageTellsHddFromSsd()
    {
        Wizard wizard(on(QStringLiteral("article")));
        openAt(wizard, Wizard::StoragePageId);
        auto *page = qobject_cast<StoragePage *>(wizard.currentPage());
        QStringList items;
        for (int i = 0; i < page->sourceBox()->count(); ++i)
            items << page->sourceBox()->itemText(i);
        QVERIFY2(items.filter(QStringLiteral("zvol tank/win10")).size() == 1, qPrintable(items.join(u'|')));
        // The zvol lives on a pool of spinning disks: it is an HDD to the guest too.
        QVERIFY2(items.filter(QStringLiteral("HDD")).size() == 2, qPrintable(items.join(u'|')));
        QVERIFY(items.filter(QStringLiteral("zvol tank/win10, 200.0 GiB, HDD")).size() == 1);
        page->chooseSource(QStringLiteral("/dev/zvol/tank/win10"));
        QCOMPARE(wizard.spec().disks.first().bus, VmSpec::DiskBus::VirtioScsi);
        QCOMPARE(wizard.spec().disks.first().rotationRate, 7200);
        QCOMPARE(page->busBox()->currentData().toInt(), int(VmSpec::DiskBus::VirtioScsi));
        QVERIFY(page->status()->text().contains(QStringLiteral("spinning")));
        page->stagingBox()->click();
        QVERIFY(wizard.spec().driverStaging);
        QVERIFY(page->status()->text().contains(QStringLiteral("Driver staging")));
        // The host's own disks (the system SSD, the pool's HDD) are refused with the reason.
        page->chooseSource(QStringLiteral("/dev/disk/by-id/nvme-Samsung_SSD_960_EVO_250GB_S3ESNX0J123456A"));
        QVERIFY(!page->isComplete());
        QVERIFY(page->status()->text().contains(QStringLiteral("holds /boot")));
        QCOMPARE(wizard.spec().disks.first().path, QStringLiteral("/dev/zvol/tank/win10"));
        page->chooseSource(QStringLiteral("/dev/disk/by-id/ata-ST2000DM001-1ER164_Z4Z2ABCD"));
        QVERIFY(!page->isComplete());
        QVERIFY(page->status()->text().contains(QStringLiteral("ZFS pool tank")));
        page->chooseSource(QStringLiteral("/srv/vm/new.img"));
        QCOMPARE(wizard.spec().disks.first().source, VmSpec::DiskSource::ImageFile);
        QVERIFY(wizard.spec().disks.first().sizeBytes > 0);
    }

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
        for (const char *spoiler : {"0000:02:00.0", "0000:02:00.1", "0000:04:00.0"})
            QVERIFY2(page->verdict()->text().contains(QLatin1String(spoiler)), spoiler);
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
