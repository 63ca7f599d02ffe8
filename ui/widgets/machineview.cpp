#include "widgets/machineview.h"

#include "host/scansummary.h"
#include "widgets/messagebanner.h"

#include <QHelpEvent>
#include <QMap>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int gap = 8;
constexpr int pad = 6;

/// The kernel's operstate in the user's words (an unknown one as it is).
QString stateText(const QString &state)
{
    if (state == QLatin1String("up"))
        return MachineView::tr("up");
    if (state == QLatin1String("down"))
        return MachineView::tr("down", "network interface: no link");
    if (state == QLatin1String("dormant") || state == QLatin1String("lowerlayerdown"))
        return MachineView::tr("no link");
    return state;
}

} // namespace

MachineView::MachineView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("The scanned machine"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void MachineView::clear()
{
    m_host.reset();
    m_rows.clear();
    updateGeometry();
    update();
}

void MachineView::setHost(const HostScan &host, const QHash<PciAddress, QString> &gpuObstacles)
{
    m_host = host;
    m_rows.clear();
    Row memory{tr("Memory"), {}};
    memory.chips << Chip{ScanSummary::formatBytes(host.memory.totalKiB * 1024), tr("RAM"), {}, 0};
    for (const HugepagePool &pool : host.memory.hugepages)
        if (pool.total > 0)
            memory.chips << Chip{tr("%n hugepage(s)", nullptr, int(pool.total)), ScanSummary::formatBytes(pool.sizeKiB * 1024), {}, 1};
    m_rows << memory;

    Row gpus{tr("GPUs"), {}};
    for (const Gpu &gpu : host.gpus) {
        const QString obstacle = gpuObstacles.value(gpu.address);
        const QString detail = gpu.bootVga ? tr("%1 · the host's screen").arg(gpu.address.toString())
                               : obstacle.isEmpty() ? tr("%1 · can go to a VM").arg(gpu.address.toString())
                                                    : tr("%1 · shares its IOMMU group").arg(gpu.address.toString());
        gpus.chips << Chip{gpu.name, detail, obstacle.isEmpty() ? detail : obstacle, gpu.bootVga ? 2 : obstacle.isEmpty() ? 1 : 3};
    }
    if (gpus.chips.isEmpty())
        gpus.chips << Chip{tr("none found"), {}, {}, 3};
    m_rows << gpus;

    Row disks{tr("Storage"), {}};
    for (const BlockDevice &device : host.storage) {
        if (device.kind == BlockDevice::Kind::Partition || device.kind == BlockDevice::Kind::Other || device.removable)
            continue;
        const QString medium = device.rotational || device.backedByRotational ? tr("HDD") : tr("SSD");
        const QString name = device.kind == BlockDevice::Kind::Zvol ? tr("zvol %1/%2").arg(device.pool, device.volumeName)
                             : device.kind == BlockDevice::Kind::Lvm ? tr("LV %1/%2").arg(device.volumeGroup, device.volumeName)
                             : device.kind == BlockDevice::Kind::Disk ? device.name : device.name;
        disks.chips << Chip{name, tr("%1 · %2").arg(ScanSummary::formatBytes(device.sizeBytes), medium), device.model + u' ' + device.path, 0};
    }
    m_rows << disks;

    Row network{tr("Network"), {}};
    for (const NetInterface &nic : host.network) {
        if (!nic.physical && !nic.bridge)
            continue;
        const QString detail = nic.bridge ? (nic.members.isEmpty() ? tr("bridge, no ports") : tr("bridge over %1").arg(nic.members.join(QStringLiteral(", "))))
                               : nic.wireless ? tr("Wi-Fi") : nic.defaultRoute ? tr("default route") : stateText(nic.state);
        network.chips << Chip{nic.name, detail, nic.mac, nic.bridge ? 1 : 0};
    }
    m_rows << network;
    updateGeometry();
    update();
}

int MachineView::cpuHeight() const
{
    if (!m_host || m_host->cpu.threads.isEmpty())
        return 0;
    const QFontMetrics metrics(font());
    QMap<int, int> coresPerSocket;
    for (const CpuThread &t : m_host->cpu.threads)
        if (t.siblings.value(0, t.id) == t.id)
            ++coresPerSocket[t.package];
    const int rowsPerSocket = 1 + (std::max(1, *std::max_element(coresPerSocket.begin(), coresPerSocket.end())) - 1) / 16;
    return metrics.height() * 2 + int(coresPerSocket.size()) * (rowsPerSocket * (metrics.height() + 10) + metrics.height() + gap);
}

int MachineView::layout(int width, QList<std::pair<QRect, const Chip *>> *placed) const
{
    const QFontMetrics metrics(font());
    // The widest row label, bold as it is drawn ("Arbeitsspeicher" is wider than "Storage").
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int widestLabel = 0;
    for (const Row &row : m_rows)
        widestLabel = std::max(widestLabel, boldMetrics.horizontalAdvance(row.label));
    const int labelWidth = widestLabel + 2 * gap;
    int y = cpuHeight();
    const int chipHeight = metrics.height() * 2 + 2 * pad;
    for (const Row &row : m_rows) {
        int x = labelWidth;
        y += gap;
        for (const Chip &chip : row.chips) {
            const int chipWidth = std::min(width - labelWidth, std::max(metrics.horizontalAdvance(chip.title), metrics.horizontalAdvance(chip.detail)) + 2 * pad + 8);
            if (x + chipWidth > width && x > labelWidth) {
                x = labelWidth;
                y += chipHeight + gap;
            }
            if (placed)
                placed->append({QRect(x, y, chipWidth, chipHeight), &chip});
            x += chipWidth + gap;
        }
        y += chipHeight;
    }
    return y + gap;
}

QList<std::pair<QString, QRect>> MachineView::rowLabels() const
{
    QList<std::pair<QRect, const Chip *>> placed;
    layout(width(), &placed);
    QList<std::pair<QString, QRect>> labels;
    int chipIndex = 0;
    for (const Row &row : m_rows) {
        if (chipIndex < placed.size())
            labels << std::pair{row.label, placed[chipIndex].first};
        chipIndex += int(row.chips.size());
    }
    return labels;
}

int MachineView::heightForWidth(int width) const
{
    return m_host ? layout(width, nullptr) : 0;
}

QSize MachineView::sizeHint() const
{
    return {640, heightForWidth(640)};
}

void MachineView::paintCpu(QPainter &painter, const QRect &area) const
{
    const CpuTopology &cpu = m_host->cpu;
    const QFontMetrics metrics(font());
    const QPalette pal = palette();
    painter.setPen(pal.color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRect(area.left(), area.top(), area.width(), metrics.height()), Qt::AlignLeft,
                     tr("CPU: %1").arg(cpu.model.isEmpty() ? cpu.vendor : cpu.model));
    painter.setFont(font());
    painter.drawText(QRect(area.left(), area.top() + metrics.height(), area.width(), metrics.height()), Qt::AlignLeft,
                     tr("%n socket(s)", nullptr, cpu.sockets()) + QStringLiteral(" · ") + tr("%n core(s) each", nullptr, cpu.coresPerSocket())
                         + QStringLiteral(" · ") + tr("%n thread(s) per core", nullptr, cpu.threadsPerCore()));
    // One box per socket, a square per core (dots for its threads), shaded by L3 domain.
    QMap<int, QList<const CpuThread *>> cores; // first sibling -> threads
    for (const CpuThread &t : cpu.threads)
        cores[t.siblings.value(0, t.id)].append(&t);
    QMap<int, QList<QList<const CpuThread *>>> sockets;
    for (const QList<const CpuThread *> &core : std::as_const(cores))
        sockets[core.first()->package].append(core);
    int y = area.top() + metrics.height() * 2;
    const int cell = metrics.height() + 6;
    for (auto socket = sockets.cbegin(); socket != sockets.cend(); ++socket) {
        const int perRow = 16;
        const int rows = 1 + (int(socket.value().size()) - 1) / perRow;
        const QRect box(area.left(), y, std::min(area.width(), perRow * (cell + 4) + 2 * pad), rows * (cell + 4) + metrics.height() + pad);
        painter.setPen(pal.color(QPalette::Mid));
        painter.setBrush(pal.color(QPalette::Base));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(box.adjusted(pad, 2, -pad, 0), Qt::AlignLeft | Qt::AlignTop, tr("Socket %1").arg(socket.key()));
        int i = 0;
        for (const QList<const CpuThread *> &core : socket.value()) {
            const QRect square(box.left() + pad + (i % perRow) * (cell + 4), box.top() + metrics.height() + 2 + (i / perRow) * (cell + 4), cell, cell);
            const int l3 = core.first()->l3.value_or(0);
            QColor shade = QColor::fromHsv((200 + l3 * 67) % 360, 70, 225);
            painter.setPen(QPen(pal.color(QPalette::Mid), 1, core.first()->kind == CoreKind::Efficiency ? Qt::DashLine : Qt::SolidLine));
            painter.setBrush(shade);
            painter.drawRoundedRect(square, 3, 3);
            painter.setBrush(QColor(60, 60, 60));
            painter.setPen(Qt::NoPen);
            for (int t = 0; t < core.size(); ++t)
                painter.drawEllipse(QPoint(square.left() + (t + 1) * square.width() / (int(core.size()) + 1), square.center().y()), 2, 2);
            ++i;
        }
        y = box.bottom() + gap;
    }
}

void MachineView::paintEvent(QPaintEvent *)
{
    if (!m_host)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintCpu(painter, rect());
    const QFontMetrics metrics(font());
    QList<std::pair<QRect, const Chip *>> placed;
    layout(width(), &placed);
    const QPalette pal = palette();
    // Row labels beside their first chip.
    int chipIndex = 0;
    for (const Row &row : m_rows) {
        if (chipIndex < placed.size()) {
            painter.setPen(pal.color(QPalette::WindowText));
            QFont bold = font();
            bold.setBold(true);
            painter.setFont(bold);
            painter.drawText(QRect(0, placed[chipIndex].first.top(), placed[chipIndex].first.left(), metrics.height() + 2 * pad),
                             Qt::AlignLeft | Qt::AlignVCenter, row.label);
            painter.setFont(font());
        }
        chipIndex += int(row.chips.size());
    }
    for (const auto &[rect, chip] : placed) {
        const Severity severity = chip->state == 3 ? Severity::Error : chip->state == 2 ? Severity::Warning : Severity::Info;
        QColor border = chip->state == 0 ? pal.color(QPalette::Mid) : chip->state == 1 ? QColor(0x27, 0xae, 0x60) : MessageBanner::colour(severity, pal);
        QColor fill = border;
        fill.setAlphaF(chip->state == 0 ? 0.0f : 0.12f);
        painter.setPen(QPen(border, 1));
        painter.setBrush(chip->state == 0 ? pal.color(QPalette::Base) : fill);
        painter.drawRoundedRect(rect, 4, 4);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(rect.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(chip->title, Qt::ElideRight, rect.width() - 2 * pad));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignBottom, metrics.elidedText(chip->detail, Qt::ElideRight, rect.width() - 2 * pad));
    }
}

bool MachineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_host) {
        auto *help = static_cast<QHelpEvent *>(event);
        QList<std::pair<QRect, const Chip *>> placed;
        layout(width(), &placed);
        for (const auto &[rect, chip] : placed)
            if (rect.contains(help->pos()) && !chip->tooltip.trimmed().isEmpty()) {
                QToolTip::showText(help->globalPos(), chip->tooltip, this);
                return true;
            }
    }
    return QWidget::event(event);
}
