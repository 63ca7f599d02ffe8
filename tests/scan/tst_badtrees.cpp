// Broken host trees: every damage becomes a warning that names the path, and the scan goes on.
#include "scan/hostscanner.h"
#include "support/testhosts.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const char gpu[] = "/sys/devices/pci0000:00/0000:00:1c.4/0000:04:00.0";
const char gpuAudio[] = "/sys/devices/pci0000:00/0000:00:1c.4/0000:04:00.1";

bool containsWarning(const HostScan &scan, const QString &path)
{
    for (const QString &w : scan.warnings)
        if (w.contains(path))
            return true;
    return false;
}

} // namespace

class TestBadTrees final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &hostPath) const { return m_dir.path() + hostPath; }
    void write(const QString &hostPath, const QByteArray &contents)
    {
        QFile::remove(path(hostPath));
        QFile file(path(hostPath));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    HostScan scan()
    {
        const Result<HostScan> result = HostScanner(HostRoot(m_dir.path())).scan();
        if (!result)
            qFatal("scan failed: %s", qPrintable(result.error()));
        return *result;
    }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        QVERIFY(TestHosts::copyTree(TestHosts::root(QStringLiteral("article")), m_dir.path()));
    }

    void deviceWithoutIrqAndConfig()
    {
        QVERIFY(QFile::remove(path(QLatin1String(gpu) + QStringLiteral("/irq"))));
        QVERIFY(QFile::remove(path(QLatin1String(gpu) + QStringLiteral("/config"))));
        const HostScan s = scan();
        const PciDevice *device = s.pciDevice(*PciAddress::parse(u"0000:04:00.0"));
        QVERIFY(device);
        QCOMPARE(device->deviceId, 0x1b80);
        QCOMPARE(s.pci.size(), 18);
    }

    void deviceWithoutVendorIsSkippedWithItsPath()
    {
        // libpci treats a missing vendor file as fatal and would exit(); here it costs one device.
        QVERIFY(QFile::remove(path(QLatin1String(gpuAudio) + QStringLiteral("/vendor"))));
        QVERIFY(QFile::remove(path(QLatin1String(gpuAudio) + QStringLiteral("/config"))));
        const HostScan s = scan();
        QVERIFY2(containsWarning(s, QStringLiteral("0000:04:00.1")), qPrintable(s.warnings.join(u'\n')));
        QVERIFY(!s.pciDevice(*PciAddress::parse(u"0000:04:00.1")));
        QVERIFY(s.pciDevice(*PciAddress::parse(u"0000:04:00.0")));
        QCOMPARE(s.pci.size(), 17);
    }

    void garbageCoreId()
    {
        const QString file = QStringLiteral("/sys/devices/system/cpu/cpu3/topology/core_id");
        write(file, "\x01\xff garbage\n");
        const HostScan s = scan();
        QVERIFY2(containsWarning(s, file), qPrintable(s.warnings.join(u'\n')));
        QCOMPARE(s.cpu.threads.size(), 8);
        // cpu3 is not merged into core 0 by a default.
        QVERIFY(s.cpu.thread(3)->core != s.cpu.thread(0)->core);
    }

    void garbageOnlineList()
    {
        const QString file = QStringLiteral("/sys/devices/system/cpu/online");
        write(file, QByteArray("\0\0\xfe\xfe", 4));
        const HostScan s = scan();
        QVERIFY(containsWarning(s, file));
        QCOMPARE(s.cpu.threads.size(), 8); // found through the cpuN directories instead
    }

    void danglingIommuGroupLink()
    {
        const QString link = QLatin1String(gpuAudio) + QStringLiteral("/iommu_group");
        QVERIFY(QFile::remove(path(link)));
        QVERIFY(QFile::link(QStringLiteral("../../../../kernel/iommu_groups/99"), path(link)));
        const HostScan s = scan();
        QVERIFY2(containsWarning(s, QStringLiteral("/sys/bus/pci/devices/0000:04:00.1/iommu_group")), qPrintable(s.warnings.join(u'\n')));
        QCOMPARE(s.pciDevice(*PciAddress::parse(u"0000:04:00.1"))->iommuGroup, 99);
    }

    void unreadableFiles()
    {
        // A directory where a file should be cannot be read, even by root.
        QVERIFY(QFile::remove(path(QStringLiteral("/proc/meminfo"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("/proc/meminfo"))));
        const HostScan s = scan();
        QVERIFY(containsWarning(s, QStringLiteral("/proc/meminfo")));
        QCOMPARE(s.memory.totalKiB, 0);
        QCOMPARE(s.cpu.threads.size(), 8);
        if (::geteuid() != 0) {
            const QString cpuinfo = path(QStringLiteral("/proc/cpuinfo"));
            QFile::setPermissions(cpuinfo, QFileDevice::Permissions());
            QVERIFY(containsWarning(scan(), QStringLiteral("/proc/cpuinfo")));
        }
    }

    void symlinkLoop()
    {
        const QString address = QStringLiteral("/sys/class/net/eno2/address");
        const QString real = QStringLiteral("/sys/devices/pci0000:00/0000:00:1c.0/0000:03:00.0/net/eno2/address");
        QVERIFY(QFile::remove(path(real)));
        QVERIFY(QFile::link(QStringLiteral("address"), path(real)));
        const HostScan s = scan();
        QVERIFY2(containsWarning(s, address), qPrintable(s.warnings.join(u'\n')));
        QVERIFY(s.interface(QStringLiteral("eno2")));
    }

    void fifoDoesNotHang()
    {
        const QString file = QStringLiteral("/proc/cmdline");
        QVERIFY(QFile::remove(path(file)));
        QCOMPARE(::mkfifo(QFile::encodeName(path(file)).constData(), 0644), 0);
        const HostScan s = scan();
        QVERIFY(containsWarning(s, file));
    }

    void truncatedAndEmptyFiles()
    {
        write(QStringLiteral("/proc/cpuinfo"), "processor\t: 0\nvendor_");
        write(QStringLiteral("/sys/block/sda/size"), "");
        const HostScan s = scan();
        QCOMPARE(s.cpu.vendor, QString());
        QVERIFY(containsWarning(s, QStringLiteral("/sys/block/sda/size")));
    }

    void noCacheDirectories()
    {
        // Some virtual machines and old kernels have no cache/ below the CPUs: no L3, no warning.
        for (int cpu = 0; cpu < 8; ++cpu)
            QVERIFY(QDir(path(QStringLiteral("/sys/devices/system/cpu/cpu%1/cache").arg(cpu))).removeRecursively());
        const HostScan s = scan();
        QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join(u'\n')));
        for (const CpuThread &t : s.cpu.threads)
            QVERIFY(!t.l3.has_value());
        QCOMPARE(s.cpu.threadsPerCore(), 2);
    }

    void emptySiblingListIsDerivedFromCoreIds()
    {
        // An empty list made CPU 1 a core of its own, silently; its core_id says it shares core 1 with CPU 5.
        const QString file = QStringLiteral("/sys/devices/system/cpu/cpu1/topology/thread_siblings_list");
        write(file, "\n");
        const HostScan s = scan();
        QVERIFY2(containsWarning(s, file), qPrintable(s.warnings.join(u'\n')));
        QCOMPARE(s.cpu.thread(1)->siblings, (QList<int>{1, 5}));
        QCOMPARE(s.cpu.threadsPerCore(), 2);
    }

    void loopingDriverLinkIsNoDriver()
    {
        const QString link = QLatin1String(gpu) + QStringLiteral("/driver");
        QVERIFY(QFile::remove(path(link)));
        QVERIFY(QFile::link(QStringLiteral("driver"), path(link))); // a link to itself
        const HostScan s = scan();
        QVERIFY2(containsWarning(s, QStringLiteral("/sys/bus/pci/devices/0000:04:00.0/driver")), qPrintable(s.warnings.join(u'\n')));
        QCOMPARE(s.pciDevice(*PciAddress::parse(u"0000:04:00.0"))->driver, QString());
    }

    void danglingDriverLinkIsNoDriver()
    {
        const QString link = QLatin1String(gpu) + QStringLiteral("/driver");
        QVERIFY(QFile::remove(path(link)));
        QVERIFY(QFile::link(QStringLiteral("../../../../bus/pci/drivers/gone"), path(link)));
        const HostScan s = scan();
        QVERIFY(containsWarning(s, QStringLiteral("/sys/bus/pci/devices/0000:04:00.0/driver")));
        QCOMPARE(s.pciDevice(*PciAddress::parse(u"0000:04:00.0"))->driver, QString());
    }

    void mountsFallBackToProcMounts()
    {
        QVERIFY(QFile::remove(path(QStringLiteral("/proc/self/mountinfo"))));
        write(QStringLiteral("/proc/mounts"), "/dev/nvme0n1p2 / ext4 rw 0 0\n/dev/disk/by-id/nvme-Samsung_SSD_960_EVO_250GB_S3ESNX0J123456A-part1 /boot vfat rw 0 0\n"
                                               "tank/media /tank/media zfs rw,xattr 0 0\n");
        const HostScan s = scan();
        QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join(u'\n')));
        for (const BlockDevice &d : s.storage)
            if (d.name == QLatin1String("nvme0n1"))
                QCOMPARE(HostUse::words(d.hostUses).mid(0, 2), (QStringList{"/boot", "/"})); // in partition order
    }

    void missingMountAndSwapTablesAreSaid()
    {
        QVERIFY(QFile::remove(path(QStringLiteral("/proc/self/mountinfo"))));
        QVERIFY(QFile::remove(path(QStringLiteral("/proc/swaps"))));
        const HostScan s = scan();
        QVERIFY(containsWarning(s, QStringLiteral("/proc/self/mountinfo and /proc/mounts")));
        QVERIFY(containsWarning(s, QStringLiteral("/proc/swaps")));
    }

    void holderLoopEnds()
    {
        const QString partition = QStringLiteral("/sys/devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sda/sda1");
        QVERIFY(QDir().mkpath(path(partition + QStringLiteral("/holders"))));
        QVERIFY(QFile::link(QStringLiteral("../../sda1"), path(partition + QStringLiteral("/holders/sda1"))));
        QVERIFY(QFile::link(QStringLiteral("../../sda"), path(partition + QStringLiteral("/holders/sda"))));
        const HostScan s = scan();
        for (const BlockDevice &d : s.storage)
            if (d.name == QLatin1String("sda1"))
                QVERIFY(!d.hostUses.isEmpty());
    }

    void emptyRoot()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        const HostScan s = scan();
        QVERIFY(s.cpu.threads.isEmpty());
        QVERIFY(s.pci.isEmpty());
        QVERIFY(containsWarning(s, QStringLiteral("/proc/meminfo")));
        QVERIFY(containsWarning(s, QStringLiteral("/proc/cpuinfo")));
    }
};

QTEST_GUILESS_MAIN(TestBadTrees)
#include "tst_badtrees.moc"
