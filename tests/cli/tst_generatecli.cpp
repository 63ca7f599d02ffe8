// `vfio-wizard generate` as a user runs it.
#include "support/cliprocess.h"
#include "support/testhosts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using namespace CliProcess;

QString read(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestGenerateCli final : public QObject
{
    Q_OBJECT

private slots:
    void plansFromTheHostAlone()
    {
        QTemporaryDir out;
        const Run run = wizard({QStringLiteral("generate"), QStringLiteral("--root"), TestHosts::root(QStringLiteral("article")),
                                QStringLiteral("--out"), out.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        for (const char *file : {"win10.xml", "win10.nix", "win10.profile.json"})
            QVERIFY2(QFile::exists(out.filePath(QLatin1String(file))), file);
        const QString xml = read(out.filePath(QStringLiteral("win10.xml")));
        QVERIFY(xml.contains(QStringLiteral("bus=\"0x04\" slot=\"0x00\" function=\"0x0\""))); // the GTX 1080, not the boot iGPU
        QVERIFY(run.out.contains(QStringLiteral("wrote ")));
        QVERIFY(run.out.contains(QStringLiteral("Error 43 fix on")));
    }

    void noOverwriteWithoutForce()
    {
        QTemporaryDir out;
        const QStringList arguments = {QStringLiteral("generate"), QStringLiteral("--root"), TestHosts::root(QStringLiteral("article")),
                                       QStringLiteral("--out"), out.path()};
        QCOMPARE(wizard(arguments).exitCode, 0);
        QFile marker(out.filePath(QStringLiteral("win10.nix")));
        marker.open(QIODevice::WriteOnly);
        marker.write("# mine\n");
        marker.close();
        const Run again = wizard(arguments);
        QVERIFY(again.exitCode != 0);
        QVERIFY(again.err.contains(out.filePath(QStringLiteral("win10.xml"))));
        QCOMPARE(read(out.filePath(QStringLiteral("win10.nix"))), QStringLiteral("# mine\n"));
        QCOMPARE(wizard(arguments + QStringList{QStringLiteral("--force")}).exitCode, 0);
        QVERIFY(read(out.filePath(QStringLiteral("win10.nix"))).contains(QStringLiteral("vfio_pci")));
    }

    void isolationOnByDefaultAndOffOnRequest()
    {
        QTemporaryDir out;
        const QString root = TestHosts::root(QStringLiteral("xeon2s"));
        Run run = wizard({QStringLiteral("generate"), QStringLiteral("--root"), root, QStringLiteral("--out"), out.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("stay on NUMA node 1, the one the GPU is attached to")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("the host's own tasks keep to CPUs 0-16,32-48")));
        QVERIFY(read(out.filePath(QStringLiteral("win10.nix"))).contains(QStringLiteral("virtualisation.libvirtd.hooks.qemu.")));
        QVERIFY(read(out.filePath(QStringLiteral("win10.nix"))).contains(QStringLiteral("\"hugepages=1:31\"")));
        QVERIFY(read(out.filePath(QStringLiteral("win10.xml"))).contains(QStringLiteral("<memory mode=\"strict\" nodeset=\"1\"/>")));
        QVERIFY(read(out.filePath(QStringLiteral("win10.profile.json"))).contains(QStringLiteral("\"isolateHost\": true")));

        // --no-isolation, from the saved profile: the hook goes, the pins stay.
        QFile::rename(out.filePath(QStringLiteral("win10.profile.json")), out.filePath(QStringLiteral("saved.json")));
        run = wizard({QStringLiteral("generate"), QStringLiteral("--root"), root, QStringLiteral("--profile"), out.filePath(QStringLiteral("saved.json")),
                      QStringLiteral("--no-isolation"), QStringLiteral("--force"), QStringLiteral("--out"), out.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Isolation is off")));
        QVERIFY(!read(out.filePath(QStringLiteral("win10.nix"))).contains(QStringLiteral("hooks.qemu")));
        QVERIFY(read(out.filePath(QStringLiteral("win10.xml"))).contains(QStringLiteral("<emulatorpin cpuset=\"16,48\"/>")));
        QVERIFY(read(out.filePath(QStringLiteral("win10.profile.json"))).contains(QStringLiteral("\"isolateHost\": false")));
    }

    void impossiblePlansFailWithTheReason_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("reason");
        QTest::newRow("shared group") << "ryzen" << QStringList{"--gpu", "0000:05:00.0"} << "the SATA controller 0000:02:00.1 with disk sda (/home)";
        QTest::newRow("no IOMMU") << "no-iommu" << QStringList{} << "intel_iommu=on";
        QTest::newRow("too much memory") << "article" << QStringList{"--memory", "30"} << "4 GiB";
        QTest::newRow("too many vCPUs") << "article" << QStringList{"--vcpus", "12"} << "8 threads";
        QTest::newRow("bad vendor id") << "article" << QStringList{"--vendor-id", "thirteen-char"} << "1 to 12 characters";
        QTest::newRow("bad bridge name") << "article" << QStringList{"--bridge", "br:0"} << "br:0";
        QTest::newRow("bad user") << "article" << QStringList{"--user", "Alice Smith"} << "Alice Smith";
        QTest::newRow("bad hugepages") << "article" << QStringList{"--hugepages", "4K"} << "4K";
        QTest::newRow("contradiction") << "article" << QStringList{"--fix-error43", "--no-fix-error43"} << "contradict";
    }
    void impossiblePlansFailWithTheReason()
    {
        QFETCH(QString, host);
        QFETCH(QStringList, options);
        QFETCH(QString, reason);
        QTemporaryDir out;
        const Run run = wizard(QStringList{QStringLiteral("generate"), QStringLiteral("--root"), TestHosts::root(host),
                                           QStringLiteral("--out"), out.path()} + options);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QVERIFY(QDir(out.path()).isEmpty());
    }

    void hostUsesAreRefusedInOneLine_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("named");
        const QString tank = QStringLiteral("ZFS pool tank (/tank/media, zvol tank/win10)");
        QTest::newRow("system disk") << "article" << QStringList{"--disk", "/dev/nvme0n1"} << QStringList{"/dev/nvme0n1 holds /boot, / and " + tank};
        QTest::newRow("pool member") << "article" << QStringList{"--disk", "/dev/disk/by-id/ata-ST2000DM001-1ER164_Z4Z2ABCD"}
                                     << QStringList{"ata-ST2000DM001-1ER164_Z4Z2ABCD holds " + tank};
        QTest::newRow("root partition") << "article" << QStringList{"--disk", "/dev/nvme0n1p2"} << QStringList{"/dev/nvme0n1p2 holds /"};
        QTest::newRow("second disk") << "article" << QStringList{"--disk", "/dev/zvol/tank/win10", "--disk", "/dev/nvme0n1p1"}
                                     << QStringList{"/dev/nvme0n1p1 holds /boot"};
        QTest::newRow("/home in the GPU's group") << "ryzen" << QStringList{"--gpu", "06:00.0", "--disk", "/dev/sda1"} << QStringList{"/dev/sda1 holds /home"};
        QTest::newRow("the store's LV") << "ryzen" << QStringList{"--gpu", "06:00.0", "--disk", "/dev/vg0/nix-store"} << QStringList{"holds /nix/store"};
        QTest::newRow("swap zvol") << "ryzen" << QStringList{"--gpu", "06:00.0", "--disk", "/dev/zvol/rpool/swap"} << QStringList{"holds swap rpool/swap"};
        QTest::newRow("root pool") << "ryzen" << QStringList{"--gpu", "06:00.0", "--disk", "/dev/nvme0n1p2"} << QStringList{"holds ZFS pool rpool (/, /var, zvol rpool/swap)"};
        QTest::newRow("RAID member") << "raid" << QStringList{"--disk", "/dev/sda"} << QStringList{"holds RAID md0 (/boot) and RAID md1"};
        QTest::newRow("LUKS under LVM") << "raid" << QStringList{"--disk", "/dev/mapper/cryptdata"} << QStringList{"LVM data (/, /home, swap data/swap)"};
        QTest::newRow("swap LV") << "raid" << QStringList{"--disk", "/dev/data/swap"} << QStringList{"holds swap data/swap"};
        QTest::newRow("GPU in the chipset group")
            << "ryzen" << QStringList{"--gpu", "05:00.0"}
            << QStringList{"the SATA controller 0000:02:00.1 with disk sda (/home)", "the USB controller 0000:02:00.0 with your keyboard",
                           "the NIC 0000:04:00.0 with the default route", "another slot", "ACS override", "firmware setup"};
        QTest::newRow("the host's display card") << "twins" << QStringList{"--gpu", "0b:00.0"}
                                                 << QStringList{"the host's display on DP-1", "--allow-host-use 0000:0b:00.0"};
        QTest::newRow("one of two uses allowed") << "raid" << QStringList{"--disk", "/dev/sda", "--allow-host-use", "/dev/sdb"}
                                                 << QStringList{"/dev/sda holds RAID md0"};
        QTest::newRow("the display allowed, the group not")
            << "ryzen" << QStringList{"--gpu", "05:00.0", "--allow-host-use", "0000:05:00.0"}
            << QStringList{"the SATA controller 0000:02:00.1"};
    }
    void hostUsesAreRefusedInOneLine()
    {
        QFETCH(QString, host);
        QFETCH(QStringList, options);
        QFETCH(QStringList, named);
        QTemporaryDir out;
        const Run run = wizard(QStringList{QStringLiteral("generate"), QStringLiteral("--root"), TestHosts::root(host),
                                           QStringLiteral("--out"), out.path()} + options);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        for (const QString &part : named)
            QVERIFY2(run.err.contains(part), qPrintable(run.err));
        QVERIFY(QDir(out.path()).isEmpty());
    }

    void theOverrideGivesItAndSaysWhatTheHostLoses_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("loss");
        QTest::newRow("a RAID member") << "raid" << QStringList{"--disk", "/dev/sda", "--allow-host-use", "/dev/sda"}
                                       << "the host loses RAID md0 (/boot) and RAID md1 (/, /home, swap data/swap)";
        QTest::newRow("by another name") << "article" << QStringList{"--disk", "/dev/sda", "--allow-host-use", "sda"}
                                         << "the host loses ZFS pool tank";
        QTest::newRow("the host's display card") << "twins" << QStringList{"--gpu", "0b:00.0", "--allow-host-use", "0b:00.0"}
                                                 << "the host loses the GPU 0000:0b:00.0 with the host's display on DP-1";
    }
    void theOverrideGivesItAndSaysWhatTheHostLoses()
    {
        QFETCH(QString, host);
        QFETCH(QStringList, options);
        QFETCH(QString, loss);
        QTemporaryDir out;
        const Run run = wizard(QStringList{QStringLiteral("generate"), QStringLiteral("--root"), TestHosts::root(host),
                                           QStringLiteral("--out"), out.path()} + options);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("warning: ")) && run.out.contains(loss), qPrintable(run.out));
        // The consent is kept with the plan.
        const QJsonObject profile = QJsonDocument::fromJson(read(out.filePath(QStringLiteral("win10.profile.json"))).toUtf8()).object();
        QCOMPARE(profile.value(QStringLiteral("allowHostUse")).toArray().size(), 1);
    }

    void theWholeGroupGoesWhenEachDeviceIsGiven()
    {
        QTemporaryDir out;
        const Run run = wizard({QStringLiteral("generate"), QStringLiteral("--root"), TestHosts::root(QStringLiteral("ryzen")),
                                QStringLiteral("--gpu"), QStringLiteral("05:00.0"), QStringLiteral("--allow-host-use"), QStringLiteral("05:00.0"),
                                QStringLiteral("--allow-host-use"), QStringLiteral("02:00.0"), QStringLiteral("--allow-host-use"), QStringLiteral("02:00.1"),
                                QStringLiteral("--allow-host-use"), QStringLiteral("04:00.0"), QStringLiteral("--out"), out.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("IOMMU group 10 goes to the VM whole")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("the host loses")));
        const QString xml = read(out.filePath(QStringLiteral("win10.xml")));
        QCOMPARE(xml.count(QStringLiteral("<hostdev ")), 5);
        const QString module = read(out.filePath(QStringLiteral("win10.nix")));
        for (const char *address : {"0000:02:00.0", "0000:02:00.1", "0000:04:00.0"})
            QVERIFY2(module.contains(QStringLiteral("KERNEL==\\\"%1\\\", ATTR{driver_override}").arg(QLatin1String(address))), address);
        // The Radeon's own ids are not shared: vfio-pci.ids still claims them.
        QVERIFY(module.contains(QStringLiteral("vfio-pci.ids=1002:67df,1002:aaf0")));
        // lint: the whole group is passed (no iommu-group error), and it names what the host uses.
        const Run lint = wizard({QStringLiteral("lint"), QStringLiteral("--root"), TestHosts::root(QStringLiteral("ryzen")),
                                 out.filePath(QStringLiteral("win10.xml"))});
        QVERIFY(!lint.out.contains(QStringLiteral("iommu-group")));
        QVERIFY2(lint.out.contains(QStringLiteral("host-use")), qPrintable(lint.out));
    }

    void identicalCardsAreBoundByAddress()
    {
        QTemporaryDir out;
        const Run run = wizard({QStringLiteral("generate"), QStringLiteral("--root"), TestHosts::root(QStringLiteral("twins")),
                                QStringLiteral("--out"), out.path()});
        QCOMPARE(run.exitCode, 0);
        const QString module = read(out.filePath(QStringLiteral("win10.nix")));
        QVERIFY(module.contains(QStringLiteral("0000:0e:00.0")));
        QVERIFY(!module.contains(QStringLiteral("0000:0b:00.0"))); // the host's card is nowhere in it
        QVERIFY(!module.contains(QStringLiteral("\"vfio-pci.ids="))); // the shared ids are not on the command line
        QVERIFY(module.contains(QStringLiteral("vendor-reset")));
        QVERIFY(run.out.contains(QStringLiteral("vendor-reset")));
    }

    void withoutGpuOnAHostWithoutIommu()
    {
        QTemporaryDir out;
        const Run run = wizard({QStringLiteral("generate"), QStringLiteral("--root"), TestHosts::root(QStringLiteral("no-iommu")),
                                QStringLiteral("--gpu"), QStringLiteral("none"), QStringLiteral("--os"), QStringLiteral("linux"),
                                QStringLiteral("--name"), QStringLiteral("deb"), QStringLiteral("--out"), out.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!read(out.filePath(QStringLiteral("deb.xml"))).contains(QStringLiteral("<hostdev")));
    }

    void profileChangesOnlyWhatIsAsked()
    {
        QTemporaryDir out;
        const QString root = TestHosts::root(QStringLiteral("article"));
        QCOMPARE(wizard({QStringLiteral("generate"), QStringLiteral("--root"), root, QStringLiteral("--vcpus"), QStringLiteral("8"),
                         QStringLiteral("--out"), out.path()}).exitCode, 0);
        const QString profile = out.filePath(QStringLiteral("win10.profile.json"));
        QFile::rename(profile, out.filePath(QStringLiteral("saved.json")));
        const QString before = read(out.filePath(QStringLiteral("win10.xml")));
        QFile::remove(out.filePath(QStringLiteral("win10.xml")));
        QFile::remove(out.filePath(QStringLiteral("win10.nix")));
        const Run run = wizard({QStringLiteral("generate"), QStringLiteral("--root"), root, QStringLiteral("--profile"),
                                out.filePath(QStringLiteral("saved.json")), QStringLiteral("--no-fix-error43"), QStringLiteral("--out"), out.path()});
        QCOMPARE(run.exitCode, 0);
        const QString after = read(out.filePath(QStringLiteral("win10.xml")));
        QVERIFY(before.contains(QStringLiteral("vendor_id")));
        QVERIFY(!after.contains(QStringLiteral("vendor_id")));
        QVERIFY(!after.contains(QStringLiteral("<hidden")));
        // The 8 vCPUs of the profile stay (a fresh plan would reserve a core: 6).
        QVERIFY(after.contains(QStringLiteral("<vcpu placement=\"static\">8</vcpu>")));
        QCOMPARE(after.count(u'\n'), before.count(u'\n') - 4); // vendor_id + kvm, hidden, /kvm
    }

    void unknownProfileKeysAreSaid()
    {
        QTemporaryDir out;
        QFile profile(out.filePath(QStringLiteral("p.json")));
        profile.open(QIODevice::WriteOnly);
        profile.write("{\"version\": 1, \"name\": \"vm\", \"flavour\": \"x\"}");
        profile.close();
        const Run run = wizard({QStringLiteral("generate"), QStringLiteral("--root"), TestHosts::root(QStringLiteral("article")),
                                QStringLiteral("--profile"), profile.fileName(), QStringLiteral("--gpu"), QStringLiteral("none"),
                                QStringLiteral("--out"), out.filePath(QStringLiteral("o"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("unknown key flavour")));
    }
};

QTEST_GUILESS_MAIN(TestGenerateCli)
#include "tst_generatecli.moc"
