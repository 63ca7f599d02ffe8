#include "host/hostscan.h"
#include "plan/networkplanner.h"
#include "support/testhosts.h"

#include <QTest>

class TestNetworkPlanner final : public QObject
{
    Q_OBJECT

private slots:
    void newBridgeOverTheDefaultRoute()
    {
        VmSpec::Network network;
        QVERIFY(!hasErrors(NetworkPlanner::plan(TestHosts::scan(QStringLiteral("article")), {}, network)));
        QCOMPARE(network.mode, VmSpec::NetworkMode::NewBridge);
        QCOMPARE(network.uplink, QStringLiteral("eno2")); // eno1 is down, virbr0 has no port
        QCOMPARE(network.bridge, QStringLiteral("br0"));
        QCOMPARE(network.model, QStringLiteral("virtio"));
    }

    void existingBridgeWithAPort()
    {
        VmSpec::Network network;
        NetworkPlanner::plan(TestHosts::scan(QStringLiteral("ryzen")), {}, network);
        QCOMPARE(network.mode, VmSpec::NetworkMode::ExistingBridge);
        QCOMPARE(network.bridge, QStringLiteral("br0"));
        // Naming the bridge's port as the uplink joins the bridge instead of making another.
        NetworkPlanner::plan(TestHosts::scan(QStringLiteral("ryzen")), {std::nullopt, QStringLiteral("enp4s0"), false}, network);
        QCOMPARE(network.mode, VmSpec::NetworkMode::ExistingBridge);
    }

    void namedBridges()
    {
        VmSpec::Network network;
        NetworkPlanner::plan(TestHosts::scan(QStringLiteral("article")), {QStringLiteral("br-lan"), QStringLiteral("eno1"), false}, network);
        QCOMPARE(network.mode, VmSpec::NetworkMode::NewBridge);
        QCOMPARE(network.bridge, QStringLiteral("br-lan"));
        QCOMPARE(network.uplink, QStringLiteral("eno1"));
        const PlanNotes portless = NetworkPlanner::plan(TestHosts::scan(QStringLiteral("article")), {QStringLiteral("virbr0"), {}, false}, network);
        QCOMPARE(network.mode, VmSpec::NetworkMode::ExistingBridge);
        QCOMPARE(portless.last().severity, PlanNote::Severity::Warning);
        QVERIFY(hasErrors(NetworkPlanner::plan(TestHosts::scan(QStringLiteral("article")), {QStringLiteral("eno2"), {}, false}, network)));
    }

    void wirelessCannotBridge()
    {
        VmSpec::Network network;
        const PlanNotes notes = NetworkPlanner::plan(TestHosts::scan(QStringLiteral("hybrid")), {std::nullopt, QStringLiteral("wlp0s20f3"), false}, network);
        QVERIFY(hasErrors(notes));
        NetworkPlanner::plan(TestHosts::scan(QStringLiteral("hybrid")), {}, network);
        QCOMPARE(network.uplink, QStringLiteral("enp2s0"));
    }

    void natOnRequestOrWithoutAWiredNic()
    {
        VmSpec::Network network;
        const PlanNotes notes = NetworkPlanner::plan(TestHosts::scan(QStringLiteral("article")), {std::nullopt, std::nullopt, true}, network);
        QCOMPARE(network.mode, VmSpec::NetworkMode::Nat);
        QVERIFY(notes.first().text.contains(QStringLiteral("port forwarding")));
        HostScan scan = TestHosts::scan(QStringLiteral("no-iommu"));
        scan.network.clear();
        NetworkPlanner::plan(scan, {}, network);
        QCOMPARE(network.mode, VmSpec::NetworkMode::Nat);
    }
};

QTEST_GUILESS_MAIN(TestNetworkPlanner)
#include "tst_networkplanner.moc"
