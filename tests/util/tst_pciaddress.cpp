#include "util/pciaddress.h"

#include <QTest>

class TestPciAddress final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised"); // empty: invalid
        QTest::newRow("full") << "0000:04:00.1" << "0000:04:00.1";
        QTest::newRow("short") << "04:00.0" << "0000:04:00.0";
        QTest::newRow("upper case") << "0000:0A:1F.7" << "0000:0a:1f.7";
        QTest::newRow("other domain") << "10000:00:01.0" << "10000:00:01.0";
        QTest::newRow("function 8") << "0000:00:00.8" << "";
        QTest::newRow("device 0x20") << "0000:00:20.0" << "";
        QTest::newRow("no function") << "0000:00:02" << "";
        QTest::newRow("garbage") << "pci0000:00" << "";
        QTest::newRow("empty") << "" << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        const auto address = PciAddress::parse(text);
        QCOMPARE(address.has_value(), !normalised.isEmpty());
        if (address)
            QCOMPARE(address->toString(), normalised);
    }

    void slotsAndOrder()
    {
        const auto video = *PciAddress::parse(u"0000:04:00.0");
        const auto audio = *PciAddress::parse(u"0000:04:00.1");
        const auto other = *PciAddress::parse(u"0000:05:00.0");
        QVERIFY(video.sameSlot(audio));
        QVERIFY(!video.sameSlot(other));
        QVERIFY(video < audio);
        QVERIFY(audio < other);
    }
};

QTEST_GUILESS_MAIN(TestPciAddress)
#include "tst_pciaddress.moc"
