// The pinning grid driven as a user would: clicks, a drag, a right-click, keys.
#include "support/synthetichost.h"
#include "support/testhosts.h"
#include "widgets/pinninggrid.h"

#include <QSignalSpy>
#include <QTest>

class TestPinningGrid final : public QObject
{
    Q_OBJECT

private:
    PinningGrid *makeGrid(const QString &host, int vcpus, int threads)
    {
        auto *grid = new PinningGrid;
        grid->resize(640, 400);
        grid->setHost(TestHosts::scan(host).cpu);
        grid->setPinMap(PinMap(vcpus, threads));
        grid->show();
        return grid;
    }

private slots:
    void everyOnlineThreadHasACell()
    {
        std::unique_ptr<PinningGrid> grid(makeGrid(QStringLiteral("hybrid"), 4, 2));
        for (int cpu = 0; cpu < 19; ++cpu)
            QVERIFY2(!grid->cellRect(cpu).isEmpty(), qPrintable(QString::number(cpu)));
        QVERIFY(grid->cellRect(19).isEmpty()); // offline
        // SMT siblings sit side by side in one row.
        QCOMPARE(grid->cellRect(2).top(), grid->cellRect(3).top());
        QVERIFY(grid->cellRect(3).left() > grid->cellRect(2).left());
        QCOMPARE(grid->accessibleName(), QStringLiteral("vCPU pinning grid"));
    }

    void clickAssignsTheSelectedVcpu()
    {
        std::unique_ptr<PinningGrid> grid(makeGrid(QStringLiteral("article"), 4, 2));
        QSignalSpy changed(grid.get(), &PinningGrid::pinMapChanged);
        grid->setSelectedVcpu(1);
        QTest::mouseClick(grid.get(), Qt::LeftButton, {}, grid->cellRect(5).center());
        QCOMPARE(grid->pinMap().hostCpu(1), 5);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(grid->selectedVcpu(), 2); // ready for the next one
        QTest::mouseClick(grid.get(), Qt::RightButton, {}, grid->cellRect(5).center());
        QVERIFY(!grid->pinMap().hostCpu(1));
    }

    void dragAssignsARun()
    {
        std::unique_ptr<PinningGrid> grid(makeGrid(QStringLiteral("ryzen"), 4, 2));
        grid->setSelectedVcpu(0);
        QTest::mousePress(grid.get(), Qt::LeftButton, {}, grid->cellRect(8).center());
        for (int cpu : {9, 10, 11}) {
            QMouseEvent move(QEvent::MouseMove, grid->cellRect(cpu).center(), grid->mapToGlobal(grid->cellRect(cpu).center()),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(grid.get(), &move);
        }
        QTest::mouseRelease(grid.get(), Qt::LeftButton, {}, grid->cellRect(11).center());
        QCOMPARE(grid->pinMap().pins(), (QList<int>{8, 9, 10, 11}));
        QVERIFY(grid->pinMap().conflicts(TestHosts::scan(QStringLiteral("ryzen")).cpu).isEmpty());
    }

    void keyboardOnly()
    {
        std::unique_ptr<PinningGrid> grid(makeGrid(QStringLiteral("article"), 2, 1));
        grid->setFocus();
        const int first = *grid->focusedCpu();
        QTest::keyClick(grid.get(), Qt::Key_1);
        QCOMPARE(grid->selectedVcpu(), 1);
        QTest::keyClick(grid.get(), Qt::Key_Right);
        const int second = *grid->focusedCpu();
        QVERIFY(second != first);
        QTest::keyClick(grid.get(), Qt::Key_Space);
        QCOMPARE(grid->pinMap().hostCpu(1), second);
        QTest::keyClick(grid.get(), Qt::Key_Delete);
        QVERIFY(!grid->pinMap().hostCpu(1));
        QTest::keyClick(grid.get(), Qt::Key_0);
        QTest::keyClick(grid.get(), Qt::Key_Left);
        QTest::keyClick(grid.get(), Qt::Key_Space);
        QCOMPARE(grid->pinMap().hostCpu(0), first);
    }

    void paintsLargeHosts()
    {
        const CpuTopology host = dualSocketHost();
        PinningGrid grid;
        grid.resize(1200, 900);
        grid.setHost(host);
        QList<int> pins;
        for (int v = 0; v < 64; ++v)
            pins << (v % 2 ? 128 + v / 2 : v / 2);
        grid.setPinMap(PinMap::fromPins(pins, 2));
        const QImage image = grid.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(!grid.cellRect(255).isEmpty());
    }
};

QTEST_MAIN(TestPinningGrid)
#include "tst_pinninggrid.moc"
