// Repaint time of the pinning grid at 256 host threads x 64 vCPUs (target: under 4 ms).
// Usage: QT_QPA_PLATFORM=offscreen pinninggrid_bench [repaints]
#include "support/synthetichost.h"
#include "widgets/pinninggrid.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int repaints = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    const CpuTopology host = dualSocketHost();
    QList<int> pins;
    for (int v = 0; v < 64; ++v)
        pins << (v % 2 ? 128 + 16 + v / 2 : 16 + v / 2);
    PinningGrid grid;
    grid.resize(1400, 1000);
    grid.setHost(host);
    grid.setPinMap(PinMap::fromPins(pins, 2));
    grid.setReserved({0, 128});
    QImage image(grid.size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> times;
    for (int i = 0; i < repaints; ++i) {
        QElapsedTimer timer;
        timer.start();
        QPainter painter(&image);
        grid.render(&painter);
        painter.end();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::printf("pinning grid repaint, 256 threads x 64 vCPUs: median %.2f ms, p95 %.2f ms over %d repaints\n",
                times[times.size() / 2], times[times.size() * 95 / 100], repaints);
    return 0;
}
