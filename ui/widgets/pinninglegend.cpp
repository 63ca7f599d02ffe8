#include "widgets/pinninglegend.h"

#include "widgets/pinninggrid.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace {

enum class Mark { Vcpu, Reserved, Conflict, Efficiency, Frame };

QPixmap swatch(Mark mark, const QPalette &palette, int size)
{
    QPixmap pixmap(size * 2, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QRect box(1, 1, pixmap.width() - 2, pixmap.height() - 2);
    switch (mark) {
    case Mark::Vcpu:
        for (int i = 0; i < 3; ++i)
            painter.fillRect(QRect(box.left() + i * box.width() / 3, box.top(), box.width() / 3, box.height()), PinningGrid::vcpuColour(i));
        break;
    case Mark::Reserved:
        painter.fillRect(box, palette.color(QPalette::Base));
        painter.fillRect(box, QBrush(palette.color(QPalette::Mid), Qt::BDiagPattern));
        break;
    case Mark::Conflict:
        painter.fillRect(box, PinningGrid::vcpuColour(0));
        painter.setPen(QPen(PinningGrid::conflictColour(), 2));
        painter.drawRect(box.adjusted(1, 1, -1, -1));
        break;
    case Mark::Efficiency:
        painter.setPen(QPen(palette.color(QPalette::Mid), 1, Qt::DashLine));
        painter.drawRoundedRect(box, 3, 3);
        break;
    case Mark::Frame:
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(box, Qt::AlignCenter, QStringLiteral("L3"));
        break;
    }
    return pixmap;
}

QWidget *entry(Mark mark, const QString &text, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(widget);
    icon->setPixmap(swatch(mark, parent->palette(), parent->fontMetrics().height()));
    auto *label = new QLabel(text, widget);
    label->setWordWrap(true);
    layout->addWidget(icon);
    layout->addWidget(label, 1);
    return widget;
}

} // namespace

PinningLegend::PinningLegend(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Legend of the pinning grid"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(entry(Mark::Vcpu, tr("a colour per vCPU (v0, v1, …) on the host thread that runs it"), this), 0, 0);
    grid->addWidget(entry(Mark::Reserved, tr("hatched: kept for the host, QEMU's emulator and I/O thread"), this), 0, 1);
    grid->addWidget(entry(Mark::Conflict, tr("red outline: a conflict (see the message, or hover)"), this), 1, 0);
    grid->addWidget(entry(Mark::Frame, tr("each heading frames one socket, NUMA node and L3 cache"), this), 1, 1);
    m_hybrid = entry(Mark::Efficiency, tr("dashed: an efficiency core; solid: a performance core"), this);
    grid->addWidget(m_hybrid, 2, 0);
    m_hybrid->hide();
}

void PinningLegend::setHybrid(bool hybrid)
{
    m_hybrid->setVisible(hybrid);
}
