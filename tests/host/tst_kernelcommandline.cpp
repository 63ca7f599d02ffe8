#include "host/kernelcommandline.h"

#include <QTest>

class TestKernelCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void parameters()
    {
        const auto line = KernelCommandLine::parse(
            u"BOOT_IMAGE=/vmlinuz root=UUID=ab-cd ro quiet intel_iommu=on,sm_on iommu=pt "
            u"hugepagesz=1G hugepages=24 hugepagesz=2M hugepages=512 vfio-pci.ids=10de:1b80,10de:10f0 "
            u"dyndbg=\"file drivers/usb/* +p\"\n");
        QCOMPARE(line.parameters().size(), 12);
        QCOMPARE(line.value(u"root"), QStringLiteral("UUID=ab-cd"));
        QVERIFY(line.contains(u"ro"));
        QCOMPARE(line.value(u"ro"), QString()); // a flag has an empty value
        QCOMPARE(line.value(u"intel_iommu"), QStringLiteral("on,sm_on"));
        QCOMPARE(line.values(u"hugepagesz"), (QStringList{"1G", "2M"}));
        QCOMPARE(line.value(u"hugepages"), QStringLiteral("512")); // the last one wins
        QCOMPARE(line.value(u"dyndbg"), QStringLiteral("file drivers/usb/* +p"));
        QVERIFY(!line.value(u"amd_iommu").has_value());
    }

    void dashesAndUnderscoresAreOneName()
    {
        const auto line = KernelCommandLine::parse(u"vfio_pci.ids=1002:67df");
        QCOMPARE(line.value(u"vfio-pci.ids"), QStringLiteral("1002:67df"));
        QVERIFY(line.contains(u"vfio_pci.ids"));
    }

    void emptyAndOddInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << "" << 0;
        QTest::newRow("spaces") << "   \t\n" << 0;
        QTest::newRow("unterminated quote") << "a=\"b c" << 1;
        QTest::newRow("lone equals") << "=" << 1;
        QTest::newRow("empty quotes") << "x=\"\" y" << 2;
    }
    void emptyAndOddInput()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(KernelCommandLine::parse(text).parameters().size(), count);
    }
};

QTEST_GUILESS_MAIN(TestKernelCommandLine)
#include "tst_kernelcommandline.moc"
