#pragma once

#include "host/hostscan.h"

#include <QHash>
#include <QWidget>

/// The scanned machine drawn as it is: its CPU sockets with their cores (SMT threads as dots,
/// L3 domains as shades, efficiency cores dashed), memory, GPUs with whether each can go to a
/// VM, disks and NICs. The text summary is there on demand; this is the picture a newcomer reads.
class MachineView : public QWidget
{
    Q_OBJECT

public:
    explicit MachineView(QWidget *parent = nullptr);

    /// `gpuObstacles`: why each GPU cannot be passed (empty: it can).
    void setHost(const HostScan &host, const QHash<PciAddress, QString> &gpuObstacles);
    void clear();

    /// Each row's label and where its first chip is drawn (the label goes left of it).
    QList<std::pair<QString, QRect>> rowLabels() const;

    QSize sizeHint() const override;
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override { return true; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Chip
    {
        QString title;
        QString detail;
        QString tooltip;
        int state = 0; ///< 0 neutral, 1 good, 2 warning, 3 bad
    };
    struct Row
    {
        QString label;
        QList<Chip> chips;
    };
    int layout(int width, QList<std::pair<QRect, const Chip *>> *placed) const;
    int cpuHeight() const;
    void paintCpu(QPainter &painter, const QRect &area) const;

    std::optional<HostScan> m_host;
    QList<Row> m_rows;
};
