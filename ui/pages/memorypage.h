#pragma once

#include "pages/steppage.h"

class MemoryStep;
class QComboBox;
class QLabel;
class QDoubleSpinBox;

/// Page 5: the guest's memory against the host's RAM, and the hugepages behind it.
class MemoryPage : public StepPage
{
    Q_OBJECT

public:
    /// The step's name, for the page and the step list (which lists pages not built yet).
    static QString stepTitle();
    MemoryPage(Wizard *wizard, MemoryStep *step);
    QString helpText() const override;

    /// In GiB, as the host's RAM beside it is said; the spec holds MiB.
    QDoubleSpinBox *sizeBox() const { return m_size; }
    QComboBox *hugepageBox() const { return m_hugepages; }

protected:
    void showModel() override;

private:
    MemoryStep *m_step;
    QDoubleSpinBox *m_size;
    QComboBox *m_hugepages;
    QLabel *m_host;
};
