#pragma once

#include <QWidget>

/// What the pinning grid's marks mean: vCPU colours, the host's reserved threads, conflicts,
/// performance and efficiency cores, and the frames of L3 caches and NUMA nodes.
class PinningLegend : public QWidget
{
    Q_OBJECT

public:
    explicit PinningLegend(QWidget *parent = nullptr);
    /// Shows the performance/efficiency entries only on hosts that have both kinds.
    void setHybrid(bool hybrid);

private:
    QWidget *m_hybrid;
};
