#pragma once

#include "host/cputopology.h"
#include "plan/pinmap.h"

#include <QList>
#include <QWidget>

#include <optional>

/// The pinning grid: host threads laid out as the machine is (socket, NUMA node, L3 domain,
/// core, SMT siblings side by side), each vCPU in a colour of its own. Click a thread to give
/// it the selected vCPU, drag across threads to give them a run of vCPUs, right-click to
/// clear; arrows move, space assigns, digits pick a vCPU, Delete clears. Conflicts show at
/// once with their reason in the tooltip, a vCPU on a reserved thread among them. It paints
/// the PinMap it edits, nothing more.
class PinningGrid : public QWidget
{
    Q_OBJECT

public:
    explicit PinningGrid(QWidget *parent = nullptr);

    void setHost(const CpuTopology &host);
    void setPinMap(const PinMap &map);
    const PinMap &pinMap() const { return m_map; }
    /// Host threads kept for the host, the emulator and the I/O thread: shaded.
    void setReserved(const QList<int> &cpus);
    void setSelectedVcpu(int vcpu);
    int selectedVcpu() const { return m_selected; }
    std::optional<int> focusedCpu() const;

    /// Where a host thread is drawn (for tests and accessibility); empty for an absent CPU.
    QRect cellRect(int cpu) const;
    QSize sizeHint() const override;

    /// The colour of a vCPU (also the legend's).
    static QColor vcpuColour(int vcpu);
    static QColor conflictColour();
    QSize minimumSizeHint() const override;

signals:
    void pinMapChanged();
    void selectedVcpuChanged(int vcpu);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Cell
    {
        int cpu;
        QRect rect;
        QRect coreRect; ///< the box around the core's siblings
        CoreKind kind;
    };
    struct Header
    {
        QString text;
        QRect rect;
    };

    void layoutCells();
    std::optional<int> cellAt(const QPoint &point) const;
    void assignAt(int cellIndex, int vcpu);
    QString tooltipFor(int cpu) const;


    CpuTopology m_host;
    PinMap m_map;
    QList<int> m_reserved;
    QList<Cell> m_cells;
    QList<Header> m_headers;
    QList<PinMap::Conflict> m_conflicts;
    int m_selected = 0;
    int m_focus = 0;
    std::optional<int> m_dragVcpu;
    std::optional<int> m_lastDragCell;
    int m_layoutWidth = -1;
    int m_contentHeight = 0;
};
