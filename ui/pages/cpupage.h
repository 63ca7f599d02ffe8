#pragma once

#include "pages/steppage.h"

class CpuStep;
class PinningGrid;
class PinningLegend;
class QCheckBox;
class QLabel;
class QSpinBox;

/// Page 4: vCPU count, cores kept for the host, the guest topology and the pinning grid with
/// its legend. Every change re-plans the pins; a pin map edited by hand is kept and its
/// conflicts are said beside it.
class CpuPage : public StepPage
{
    Q_OBJECT

public:
    /// The step's name, for the page and the step list (which lists pages not built yet).
    static QString stepTitle();
    CpuPage(Wizard *wizard, CpuStep *step);
    QString helpText() const override;

    PinningGrid *grid() const { return m_grid; }
    QSpinBox *vcpuBox() const { return m_vcpus; }
    QSpinBox *reservedBox() const { return m_reserved; }
    QLabel *topologyLabel() const { return m_topology; }
    QLabel *nextLabel() const { return m_next; }
    QLabel *placementLabel() const { return m_placement; }
    QCheckBox *isolateBox() const { return m_isolate; }

protected:
    void showModel() override;

private:
    CpuStep *m_step;
    QSpinBox *m_vcpus;
    QSpinBox *m_reserved;
    QLabel *m_topology;
    QLabel *m_current;
    QLabel *m_next;
    QLabel *m_placement;
    QCheckBox *m_isolate;
    QLabel *m_isolation;
    PinningGrid *m_grid;
    PinningLegend *m_legend;
    bool m_hostShown = false;
};
