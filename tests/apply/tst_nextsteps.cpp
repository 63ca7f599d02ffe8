// The steps after Apply: a reboot only for what the module sets up at boot, the VM started by
// its name as a shell takes it, what the VM takes of the host's keyboard and mouse.
#include "apply/nextsteps.h"

#include <QTest>

namespace {

VmSpec withGpu(bool gpu, VmSpec::HugepageSize hugepages)
{
    VmSpec spec;
    spec.name = QStringLiteral("Win11 Gaming");
    if (gpu)
        spec.gpu.address = PciAddress::parse(QStringLiteral("0000:04:00.0"));
    spec.memory.hugepages = hugepages;
    return spec;
}

QString joined(const VmSpec &spec)
{
    return NextSteps::list(spec, QStringLiteral("/etc/nixos/vms")).join(u'\n');
}

} // namespace

class TestNextSteps final : public QObject
{
    Q_OBJECT

private slots:
    void rebootOnlyForWhatBootSetsUp_data()
    {
        QTest::addColumn<bool>("gpu");
        QTest::addColumn<int>("hugepages");
        QTest::addColumn<QString>("reboot");
        QTest::newRow("GPU and hugepages") << true << int(VmSpec::HugepageSize::Size1G)
                                           << "Reboot: the IOMMU, vfio-pci and the hugepages take effect at boot.";
        QTest::newRow("GPU") << true << int(VmSpec::HugepageSize::Off) << "Reboot: the IOMMU and vfio-pci take effect at boot.";
        QTest::newRow("hugepages") << false << int(VmSpec::HugepageSize::Size2M) << "Reboot: the hugepages are reserved at boot.";
        QTest::newRow("neither") << false << int(VmSpec::HugepageSize::Off) << QString();
    }
    void rebootOnlyForWhatBootSetsUp()
    {
        QFETCH(bool, gpu);
        QFETCH(int, hugepages);
        QFETCH(QString, reboot);
        const QStringList steps = NextSteps::list(withGpu(gpu, VmSpec::HugepageSize(hugepages)), QStringLiteral("/etc/nixos/vms"));
        const auto rebootSteps = steps.filter(QStringLiteral("Reboot"));
        QCOMPARE(rebootSteps, reboot.isEmpty() ? QStringList() : QStringList{reboot});
        // Started by its name as a shell takes it; the GPU's monitor only where there is one.
        const QString start = steps.filter(QStringLiteral("Start the VM")).value(0);
        QVERIFY2(start.contains(QStringLiteral("virsh start 'Win11 Gaming'")), qPrintable(start));
        QCOMPARE(start.contains(QStringLiteral("monitor of the passed GPU")), gpu);
    }

    void theModuleIsImportedAsNixReadsIt()
    {
        VmSpec spec = withGpu(true, VmSpec::HugepageSize::Off);
        QVERIFY2(joined(spec).contains(QStringLiteral("<code>&quot;/etc/nixos/vms/Win11 Gaming.nix&quot;</code>")), qPrintable(joined(spec)));
        spec.name = QStringLiteral("win10");
        QVERIFY2(joined(spec).contains(QStringLiteral("<code>/etc/nixos/vms/win10.nix</code>")), qPrintable(joined(spec)));
    }

    // An opened file is left as it is: said first, with where the edited definition went.
    void anOpenedFileIsSaidUnchanged()
    {
        const VmSpec spec = withGpu(true, VmSpec::HugepageSize::Off);
        QVERIFY(!joined(spec).contains(QStringLiteral("unchanged")));
        const QStringList steps = NextSteps::list(spec, QStringLiteral("/etc/nixos/vms"), QStringLiteral("/home/me/old.xml"));
        QVERIFY2(steps.first().startsWith(QStringLiteral("The file you opened, /home/me/old.xml, is unchanged: the edited definition is "
                                                         "<code>/etc/nixos/vms/Win11 Gaming.xml</code>")),
                 qPrintable(steps.first()));
    }
};

QTEST_GUILESS_MAIN(TestNextSteps)
#include "tst_nextsteps.moc"
