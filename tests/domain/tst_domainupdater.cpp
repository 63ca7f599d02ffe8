// Writing the wizard's edits back into existing domains: each edit changes only its own
// elements, reads back as edited, and no edit at all changes nothing.
#include "domain/domainreader.h"
#include "domain/domainupdater.h"
#include "domain/model/domainxml.h"
#include "support/domaincanon.h"
#include "support/domaincorpus.h"
#include "support/testhosts.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

namespace {

struct Edit
{
    const char *name;
    std::function<void(VmSpec &)> apply;
    QStringList allowed;
    /// Whether the edited spec and the one read back from the result agree on this edit.
    std::function<bool(const VmSpec &edited, const VmSpec &readBack)> readsBack;
};

QList<Edit> edits()
{
    return {
        {"error43", [](VmSpec &s) { s.error43.enabled = !s.error43.enabled; },
         {"features/hyperv/vendor_id", "features/hyperv@mode", "features/kvm"},
         [](const VmSpec &e, const VmSpec &r) { return e.error43.enabled == r.error43.enabled; }},
        {"cpu", [](VmSpec &s) {
             s.cpu.vcpus = 4, s.cpu.sockets = 1, s.cpu.dies = 1, s.cpu.cores = 2, s.cpu.threads = 2;
             s.cpu.pins = {2, 6, 3, 7};
             s.cpu.emulatorPins = {0, 4};
             s.cpu.iothreadPins = {0, 4};
         },
         {"vcpu", "cpu/topology", "cpu@mode", "cputune/vcpupin", "cputune/emulatorpin", "cputune/iothreadpin", "iothreads"},
         [](const VmSpec &e, const VmSpec &r) { return r.cpu.vcpus == 4 && r.cpu.pins == e.cpu.pins && r.cpu.cores == 2; }},
        {"memory", [](VmSpec &s) { s.memory.sizeMiB = 6144; },
         {"memory", "currentMemory", "memoryBacking/hugepages", "cpu/numa/cell@memory", "cpu/numa/cell@unit"},
         [](const VmSpec &, const VmSpec &r) { return r.memory.sizeMiB == 6144; }},
        {"numa", [](VmSpec &s) { s.memory.hostNodes = s.memory.hostNodes == QList<int>{1} ? QList<int>{0} : QList<int>{1}; },
         {"numatune", "cpu/numa"},
         [](const VmSpec &e, const VmSpec &r) { return r.memory.hostNodes == e.memory.hostNodes; }},
        {"hugepages", [](VmSpec &s) {
             s.memory.hugepages = s.memory.hugepages == VmSpec::HugepageSize::Off ? VmSpec::HugepageSize::Size2M : VmSpec::HugepageSize::Off;
         },
         {"memoryBacking/hugepages"},
         [](const VmSpec &e, const VmSpec &r) { return e.memory.hugepages == r.memory.hugepages; }},
        {"bridge", [](VmSpec &s) {
             s.network.mode = VmSpec::NetworkMode::ExistingBridge;
             s.network.bridge = QStringLiteral("br9");
         },
         {"devices/interface[0]@type", "devices/interface[0]/model", "devices/interface[0]/source"},
         [](const VmSpec &, const VmSpec &r) { return r.network.bridge == QLatin1String("br9"); }},
        {"evdev", [](VmSpec &s) {
             s.input.evdev = s.input.evdev.isEmpty() ? QStringList{QStringLiteral("/dev/input/by-id/usb-Test_Keyboard-event-kbd"),
                                                                   QStringLiteral("/dev/input/by-id/usb-Test_Mouse-event-mouse")}
                                                     : QStringList{};
         },
         {"devices/input"},
         [](const VmSpec &e, const VmSpec &r) { return r.input.evdev == e.input.evdev; }},
        {"disk-cache", [](VmSpec &s) {
             if (!s.disks.isEmpty())
                 s.disks.first().cache = s.disks.first().cache == QLatin1String("writeback") ? QStringLiteral("directsync") : QStringLiteral("writeback");
         },
         {"devices/disk/driver@cache", "devices/disk/driver@name"},
         [](const VmSpec &e, const VmSpec &r) { return e.disks.isEmpty() || r.disks.first().cache == e.disks.first().cache; }},
    };
}

bool hasInterface(const QDomDocument &d)
{
    return !d.documentElement().firstChildElement(QStringLiteral("devices")).firstChildElement(QStringLiteral("interface")).isNull();
}

} // namespace

class TestDomainUpdater final : public QObject
{
    Q_OBJECT

private slots:
    void noEditChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : DomainCorpus::files())
            QTest::newRow(qPrintable(file)) << file;
    }
    void noEditChangesNothing()
    {
        QFETCH(QString, file);
        const QDomDocument original = DomainCorpus::load(file);
        const VmSpec before = DomainReader::read(original);
        const DomainUpdater::Update update = DomainUpdater::update(original, before, before);
        QCOMPARE(DomainXml::toText(update.document), DomainXml::toText(original));
        QVERIFY(update.notApplied.isEmpty());
    }

    void editsChangeOnlyTheirOwn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("edit");
        const auto all = edits();
        for (const QString &file : DomainCorpus::files())
            for (int i = 0; i < all.size(); ++i)
                QTest::newRow(qPrintable(file + u' ' + QLatin1String(all[i].name))) << file << i;
    }
    void editsChangeOnlyTheirOwn()
    {
        QFETCH(QString, file);
        QFETCH(int, edit);
        const Edit e = edits()[edit];
        const QDomDocument original = DomainCorpus::load(file);
        if (QLatin1String(e.name) == QLatin1String("bridge") && !hasInterface(original))
            QSKIP("the domain has no NIC");
        const VmSpec before = DomainReader::read(original);
        VmSpec after = before;
        e.apply(after);
        const DomainUpdater::Update update = DomainUpdater::update(original, before, after);
        const QDomDocument result = DomainCorpus::reparse(DomainXml::toText(update.document));
        const auto [was, now] = DomainCanon::canonicalPair(original, result, e.allowed);
        QCOMPARE(now, was);
        const VmSpec readBack = DomainReader::read(result);
        const bool hypervPassthrough = original.documentElement().firstChildElement(QStringLiteral("features"))
                                           .firstChildElement(QStringLiteral("hyperv")).attribute(QStringLiteral("mode")) == QLatin1String("passthrough");
        if (!(hypervPassthrough && QLatin1String(e.name) == QLatin1String("error43")))
            QVERIFY2(e.readsBack(after, readBack), "the edit did not reach the domain");
        QVERIFY(DomainXml::toText(update.document) != DomainXml::toText(original) || after.disks.isEmpty());
    }

    void whatCannotBeAppliedIsSaid()
    {
        const QDomDocument original = DomainCorpus::load(QStringLiteral("article-vm.xml"));
        const VmSpec before = DomainReader::read(original);
        VmSpec after = before;
        after.name = QStringLiteral("renamed");
        after.disks.first().path = QStringLiteral("/dev/zvol/tank/other");
        after.network.mac = QStringLiteral("52:54:00:00:00:01");
        const DomainUpdater::Update update = DomainUpdater::update(original, before, after);
        QCOMPARE(update.notApplied.size(), 3);
        QVERIFY(update.notApplied.join(u' ').contains(QStringLiteral("rename the VM in virt-manager")));
        const QString text = DomainXml::toText(update.document);
        QVERIFY(text.contains(QStringLiteral("<name>windows</name>")));
        QVERIFY(!text.contains(QStringLiteral("tank/other")));
    }

    void inputMovesBetweenEvdevAndAUsbController()
    {
        // On the host it runs on, the reader tells the USB controller from the GPU.
        const HostScan host = TestHosts::scan(QStringLiteral("article"));
        const PciAddress usb = *PciAddress::parse(u"0000:00:14.0");
        const QDomDocument original = DomainCorpus::load(QStringLiteral("article-vm.xml"));
        const VmSpec before = DomainReader::read(original, &host);
        QCOMPARE(before.gpu.address, PciAddress::parse(u"0000:04:00.0"));
        QVERIFY(!before.input.usbController);

        VmSpec withUsb = before;
        withUsb.input.usbController = usb;
        const QDomDocument passed = DomainUpdater::update(original, before, withUsb).document;
        const VmSpec readUsb = DomainReader::read(passed, &host);
        QCOMPARE(readUsb.input.usbController, std::optional(usb));
        QCOMPARE(readUsb.gpu.functions, before.gpu.functions); // the controller, at 00:14.0, sorts first: not the GPU
        // Without the host the first passed slot is all the reader can go by.
        QCOMPARE(DomainReader::read(passed).gpu.address, std::optional(usb));

        VmSpec withEvdev = readUsb;
        withEvdev.input.usbController.reset();
        withEvdev.input.evdev = {QStringLiteral("/dev/input/by-id/usb-Logitech_USB_Keyboard-event-kbd"),
                                 QStringLiteral("/dev/input/by-id/usb-Logitech_USB_Optical_Mouse-event-mouse")};
        const QDomDocument swapped = DomainUpdater::update(passed, readUsb, withEvdev).document;
        const VmSpec readEvdev = DomainReader::read(swapped, &host);
        QVERIFY(!readEvdev.input.usbController);
        QCOMPARE(readEvdev.input.evdev, withEvdev.input.evdev);
        QCOMPARE(readEvdev.gpu.functions, before.gpu.functions);
        // The PS/2 inputs the VM had stay.
        const auto [was, now] = DomainCanon::canonicalPair(original, swapped, {QStringLiteral("devices/input")});
        QCOMPARE(now, was);
        QVERIFY(DomainXml::toText(swapped).contains(QStringLiteral("bus=\"ps2\"")));
    }

    void gpuMovesToAnotherCard()
    {
        const QDomDocument original = DomainCorpus::load(QStringLiteral("article-vm.xml"));
        const VmSpec before = DomainReader::read(original);
        VmSpec after = before;
        after.gpu.address = PciAddress::parse(u"0000:05:00.0");
        after.gpu.functions = {*PciAddress::parse(u"0000:05:00.0"), *PciAddress::parse(u"0000:05:00.1")};
        const VmSpec readBack = DomainReader::read(DomainUpdater::update(original, before, after).document);
        QCOMPARE(readBack.gpu.functions, after.gpu.functions);
        after.gpu = {};
        QVERIFY(!DomainReader::read(DomainUpdater::update(original, before, after).document).gpu.address);
    }
};

QTEST_MAIN(TestDomainUpdater)
#include "tst_domainupdater.moc"
