#include "spec/vmspecjson.h"
#include "support/plancases.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestVmSpecJson final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        addPlanCaseRows();
    }
    void roundTrip()
    {
        QFETCH(int, index);
        const VmSpec spec = planCase(planCases()[index]).spec;
        const QByteArray json = VmSpecJson::toJson(spec);
        QStringList unknown;
        const Result<VmSpec> loaded = VmSpecJson::fromJson(json, QStringLiteral("p.json"), &unknown);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error()));
        QVERIFY(unknown.isEmpty());
        QCOMPARE(VmSpecJson::toJson(*loaded), json);
    }

    void consentToHostUseIsKept()
    {
        VmSpec spec = planCase(planCases()[0]).spec;
        spec.allowedHostUse = {QStringLiteral("/dev/sda"), QStringLiteral("0000:00:14.0")};
        const Result<VmSpec> loaded = VmSpecJson::fromJson(VmSpecJson::toJson(spec), QStringLiteral("p.json"), nullptr);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->allowedHostUse, spec.allowedHostUse);
    }

    void unknownKeysAreReported()
    {
        QJsonObject object = QJsonDocument::fromJson(VmSpecJson::toJson(planCase(planCases()[0]).spec)).object();
        object.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        QJsonObject cpu = object.value(QStringLiteral("cpu")).toObject();
        cpu.insert(QStringLiteral("turbo"), true);
        object.insert(QStringLiteral("cpu"), cpu);
        QStringList unknown;
        const Result<VmSpec> loaded = VmSpecJson::fromJson(QJsonDocument(object).toJson(), QStringLiteral("p.json"), &unknown);
        QVERIFY(loaded.ok());
        unknown.sort();
        QCOMPARE(unknown, (QStringList{"colour", "cpu.turbo"}));
        QCOMPARE(loaded->cpu.vcpus, 8);
    }

    void errorsNameTheFileAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not json") << QByteArray("{") << "p.json: not JSON";
        QTest::newRow("array") << QByteArray("[]") << "p.json: a profile is a JSON object";
        QTest::newRow("newer") << QByteArray("{\"version\": 7}") << "version 7 is newer";
        QTest::newRow("wrong type") << QByteArray("{\"cpu\": {\"vcpus\": \"eight\"}}") << "p.json: cpu.vcpus: wrong type";
        QTest::newRow("bad enum") << QByteArray("{\"memory\": {\"hugepages\": \"4K\"}}") << "memory.hugepages: \"4K\" is not one of off, 2M, 1G";
        QTest::newRow("bad address") << QByteArray("{\"gpu\": {\"address\": \"pci0\"}}") << "gpu.address: \"pci0\" is not a PCI address";
    }
    void errorsNameTheFileAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        const Result<VmSpec> loaded = VmSpecJson::fromJson(json, QStringLiteral("p.json"), nullptr);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(fragment), qPrintable(loaded.error()));
    }
};

QTEST_GUILESS_MAIN(TestVmSpecJson)
#include "tst_vmspecjson.moc"
