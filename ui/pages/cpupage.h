#pragma once

#include <QWizardPage>

class PinningGrid;
class QLabel;
class QSpinBox;
class Wizard;

/// Page 3: vCPU count, host-reserved cores, the guest topology and the pinning grid, with
/// Auto-pin filling the grid from the planner.
class CpuPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CpuPage(Wizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    void autoPin();
    PinningGrid *grid() const { return m_grid; }
    QSpinBox *vcpuBox() const { return m_vcpus; }

private:
    void showConflicts();

    Wizard *m_wizard;
    QSpinBox *m_vcpus;
    QSpinBox *m_reserved;
    QLabel *m_topology;
    QLabel *m_conflicts;
    PinningGrid *m_grid;
};
