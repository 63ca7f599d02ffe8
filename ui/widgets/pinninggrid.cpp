#include "widgets/pinninggrid.h"

#include "host/scansummary.h"

#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMap>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int margin = 6;
constexpr int coreGap = 6;

} // namespace

PinningGrid::PinningGrid(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAccessibleName(tr("vCPU pinning grid"));
    setToolTip(tr("Click a host thread to give it the selected vCPU; drag to give a run of vCPUs; right-click to clear.\n"
                  "Keys: arrows move, Space gives the thread the selected vCPU, Delete clears it, digits 0-9 select a "
                  "vCPU, + and - select the next or previous one."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::MinimumExpanding);
}

void PinningGrid::setHost(const CpuTopology &host)
{
    m_host = host;
    m_layoutWidth = -1;
    layoutCells();
    m_conflicts = m_map.conflicts(m_host, m_reserved);
    updateGeometry();
    update();
}

void PinningGrid::setPinMap(const PinMap &map)
{
    m_map = map;
    m_conflicts = m_map.conflicts(m_host, m_reserved);
    setSelectedVcpu(std::clamp(m_selected, 0, std::max(0, m_map.vcpus() - 1)));
    update();
}

void PinningGrid::setReserved(const QList<int> &cpus)
{
    m_reserved = cpus;
    m_conflicts = m_map.conflicts(m_host, m_reserved);
    update();
}

void PinningGrid::setSelectedVcpu(int vcpu)
{
    if (m_map.vcpus() == 0)
        return;
    vcpu = std::clamp(vcpu, 0, m_map.vcpus() - 1);
    if (vcpu == m_selected)
        return;
    m_selected = vcpu;
    setAccessibleDescription(tr("vCPU %1 selected").arg(vcpu));
    emit selectedVcpuChanged(vcpu);
    update();
}

std::optional<int> PinningGrid::focusedCpu() const
{
    return m_focus >= 0 && m_focus < m_cells.size() ? std::optional<int>(m_cells[m_focus].cpu) : std::nullopt;
}

QRect PinningGrid::cellRect(int cpu) const
{
    for (const Cell &cell : m_cells)
        if (cell.cpu == cpu)
            return cell.rect;
    return {};
}

QSize PinningGrid::sizeHint() const
{
    return {std::max(320, m_layoutWidth), std::max(120, m_contentHeight)};
}

QSize PinningGrid::minimumSizeHint() const
{
    return {200, std::max(80, m_contentHeight)};
}

void PinningGrid::layoutCells()
{
    const int width = std::max(200, this->width());
    if (width == m_layoutWidth && !m_cells.isEmpty())
        return;
    m_layoutWidth = width;
    m_cells.clear();
    m_headers.clear();
    const QFontMetrics metrics(font());
    const int cellWidth = metrics.horizontalAdvance(QStringLiteral("888")) + 10;
    const int cellHeight = metrics.height() * 2 + 6;

    // Cores grouped the way caches and memory are shared: package, node, L3.
    QMap<std::tuple<int, int, int>, QMap<int, QList<const CpuThread *>>> groups;
    QHash<int, qint64> l3Sizes;
    qint64 largestL3 = 0;
    for (const CpuThread &t : m_host.threads) {
        groups[{t.package, t.node, t.l3.value_or(-1)}][t.siblings.value(0, t.id)].append(&t);
        if (t.l3 && t.l3KiB > 0) {
            l3Sizes.insert(*t.l3, t.l3KiB);
            largestL3 = std::max(largestL3, t.l3KiB);
        }
    }
    // Which cache is the larger one (an X3D part's V-Cache) decides where vCPUs go: say it.
    const bool sizesDiffer = m_host.l3SizesDiffer();
    const auto l3Text = [&](int l3) {
        const qint64 kib = l3Sizes.value(l3);
        if (kib <= 0)
            return tr("L3 %1").arg(l3);
        const QString size = ScanSummary::formatBytes(kib * 1024);
        return sizesDiffer && kib == largestL3 ? tr("L3 %1 (%2, the larger cache)").arg(l3).arg(size) : tr("L3 %1 (%2)").arg(l3).arg(size);
    };

    int y = margin;
    for (auto group = groups.cbegin(); group != groups.cend(); ++group) {
        const auto [package, node, l3] = group.key();
        const QString title = l3 >= 0 ? tr("Socket %1 · NUMA node %2 · %3").arg(package).arg(node).arg(l3Text(l3))
                                      : tr("Socket %1 · NUMA node %2").arg(package).arg(node);
        m_headers.append({title, QRect(margin, y, width - 2 * margin, metrics.height())});
        y += metrics.height() + 4;
        int x = margin;
        for (const QList<const CpuThread *> &core : group.value()) {
            const int coreWidth = int(core.size()) * cellWidth + 4;
            if (x + coreWidth > width - margin && x > margin) {
                x = margin;
                y += cellHeight + coreGap + 4;
            }
            const QRect coreRect(x, y, coreWidth, cellHeight + 4);
            for (qsizetype i = 0; i < core.size(); ++i)
                m_cells.append({core[i]->id, QRect(x + 2 + int(i) * cellWidth, y + 2, cellWidth - 2, cellHeight), coreRect, core[i]->kind});
            x += coreWidth + coreGap;
        }
        y += cellHeight + coreGap + 10;
    }
    m_contentHeight = y;
    m_focus = std::clamp(m_focus, 0, std::max(0, int(m_cells.size()) - 1));
    setMinimumHeight(m_contentHeight);
}

std::optional<int> PinningGrid::cellAt(const QPoint &point) const
{
    for (qsizetype i = 0; i < m_cells.size(); ++i)
        if (m_cells[i].rect.contains(point))
            return int(i);
    return std::nullopt;
}

QColor PinningGrid::vcpuColour(int vcpu)
{
    // Golden-angle hues keep neighbouring vCPUs apart; value and saturation stay readable
    // with dark text on light and dark themes.
    return QColor::fromHsv((vcpu * 137) % 360, 110, 235);
}

QColor PinningGrid::conflictColour()
{
    return QColor(200, 30, 30);
}

void PinningGrid::assignAt(int cellIndex, int vcpu)
{
    if (m_map.vcpus() == 0 || cellIndex < 0 || cellIndex >= m_cells.size())
        return;
    m_map.assign(vcpu, m_cells[cellIndex].cpu);
    m_conflicts = m_map.conflicts(m_host, m_reserved);
    emit pinMapChanged();
    update();
}

void PinningGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.setPen(pal.color(QPalette::WindowText));
    for (const Header &header : std::as_const(m_headers))
        painter.drawText(header.rect, Qt::AlignLeft | Qt::AlignVCenter, header.text);

    QSet<int> conflicted;
    for (const PinMap::Conflict &c : std::as_const(m_conflicts))
        if (c.kind == PinMap::Conflict::Kind::SharedThread || c.kind == PinMap::Conflict::Kind::SplitSiblings
            || c.kind == PinMap::Conflict::Kind::OnReserved)
            for (int cpu : c.cpus)
                conflicted.insert(cpu);

    QRect lastCore;
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const Cell &cell = m_cells[i];
        if (cell.coreRect != lastCore) {
            painter.setPen(QPen(pal.color(QPalette::Mid), 1, cell.kind == CoreKind::Efficiency ? Qt::DashLine : Qt::SolidLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(cell.coreRect, 3, 3);
            lastCore = cell.coreRect;
        }
        const QList<int> vcpus = m_map.vcpusOn(cell.cpu);
        QColor fill = vcpus.isEmpty() ? pal.color(QPalette::Base) : vcpuColour(vcpus.first());
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRect(cell.rect);
        if (m_reserved.contains(cell.cpu)) {
            painter.setBrush(QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
            painter.drawRect(cell.rect);
        }
        painter.setPen(vcpus.isEmpty() ? pal.color(QPalette::Text) : QColor(Qt::black));
        const QRect upper = cell.rect.adjusted(0, 1, 0, -cell.rect.height() / 2);
        const QRect lower = cell.rect.adjusted(0, cell.rect.height() / 2, 0, -1);
        painter.drawText(upper, Qt::AlignCenter, QString::number(cell.cpu));
        if (!vcpus.isEmpty()) {
            QFont bold = painter.font();
            bold.setBold(true);
            painter.save();
            painter.setFont(bold);
            painter.drawText(lower, Qt::AlignCenter, tr("v%1").arg(vcpus.first()) + (vcpus.size() > 1 ? QStringLiteral("+") : QString()));
            painter.restore();
        }
        if (conflicted.contains(cell.cpu)) {
            painter.setPen(QPen(conflictColour(), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell.rect.adjusted(1, 1, -1, -1));
        }
        if (i == m_focus && hasFocus()) {
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell.rect.adjusted(-2, -2, 2, 2));
        }
    }
}

void PinningGrid::mousePressEvent(QMouseEvent *event)
{
    const auto cell = cellAt(event->position().toPoint());
    if (!cell)
        return;
    m_focus = *cell;
    if (event->button() == Qt::RightButton) {
        m_map.clearCpu(m_cells[*cell].cpu);
        m_conflicts = m_map.conflicts(m_host, m_reserved);
        emit pinMapChanged();
        update();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_dragVcpu = m_selected;
    m_lastDragCell = *cell;
    assignAt(*cell, m_selected);
}

void PinningGrid::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragVcpu || !(event->buttons() & Qt::LeftButton))
        return;
    const auto cell = cellAt(event->position().toPoint());
    if (!cell || cell == m_lastDragCell || *m_dragVcpu + 1 >= m_map.vcpus())
        return;
    // Each new thread the drag crosses takes the next vCPU.
    m_dragVcpu = *m_dragVcpu + 1;
    m_lastDragCell = *cell;
    m_focus = *cell;
    assignAt(*cell, *m_dragVcpu);
}

void PinningGrid::mouseReleaseEvent(QMouseEvent *)
{
    if (m_dragVcpu)
        setSelectedVcpu(std::min(*m_dragVcpu + 1, m_map.vcpus() - 1));
    m_dragVcpu.reset();
    m_lastDragCell.reset();
}

void PinningGrid::keyPressEvent(QKeyEvent *event)
{
    if (m_cells.isEmpty())
        return QWidget::keyPressEvent(event);
    const QRect here = m_cells[m_focus].rect;
    auto nearestVertically = [&](int direction) {
        int best = m_focus;
        int bestDistance = INT_MAX;
        for (qsizetype i = 0; i < m_cells.size(); ++i) {
            const int dy = (m_cells[i].rect.center().y() - here.center().y()) * direction;
            if (dy <= 0)
                continue;
            const int distance = dy * 4 + std::abs(m_cells[i].rect.center().x() - here.center().x());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = int(i);
            }
        }
        return best;
    };
    switch (event->key()) {
    case Qt::Key_Left: m_focus = std::max(0, m_focus - 1); break;
    case Qt::Key_Right: m_focus = std::min(int(m_cells.size()) - 1, m_focus + 1); break;
    case Qt::Key_Up: m_focus = nearestVertically(-1); break;
    case Qt::Key_Down: m_focus = nearestVertically(1); break;
    case Qt::Key_Space:
        assignAt(m_focus, m_selected);
        setSelectedVcpu(m_selected + 1);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        m_map.clearCpu(m_cells[m_focus].cpu);
        m_conflicts = m_map.conflicts(m_host, m_reserved);
        emit pinMapChanged();
        break;
    case Qt::Key_Plus: setSelectedVcpu(m_selected + 1); break;
    case Qt::Key_Minus: setSelectedVcpu(m_selected - 1); break;
    default:
        if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9) {
            setSelectedVcpu(event->key() - Qt::Key_0);
            break;
        }
        return QWidget::keyPressEvent(event);
    }
    update();
}

void PinningGrid::resizeEvent(QResizeEvent *)
{
    layoutCells();
}

QString PinningGrid::tooltipFor(int cpu) const
{
    const CpuThread *t = m_host.thread(cpu);
    if (!t)
        return {};
    QStringList lines;
    lines << tr("Host CPU %1: socket %2, core %3, NUMA node %4").arg(cpu).arg(t->package).arg(t->core).arg(t->node);
    if (t->kind != CoreKind::Uniform)
        lines << (t->kind == CoreKind::Performance ? tr("performance core") : tr("efficiency core"));
    const QList<int> vcpus = m_map.vcpusOn(cpu);
    QStringList names;
    for (int v : vcpus)
        names << QString::number(v);
    lines << (vcpus.isEmpty() ? tr("no vCPU") : tr("vCPU %1").arg(names.join(QStringLiteral(", "))));
    if (m_reserved.contains(cpu))
        lines << tr("kept for the host, the emulator and the I/O thread");
    for (const PinMap::Conflict &c : m_map.conflictsAt(m_host, cpu, m_reserved))
        lines << c.reason;
    return lines.join(u'\n');
}

bool PinningGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto cell = cellAt(help->pos())) {
            QToolTip::showText(help->globalPos(), tooltipFor(m_cells[*cell].cpu), this);
            return true;
        }
    }
    return QWidget::event(event);
}
