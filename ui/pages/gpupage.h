#pragma once

#include "pages/steppage.h"

class GpuStep;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

/// Page 2: the GPU. The cards as a list with their IOMMU groups under them; the selected row
/// is the choice (mouse or keys), "No GPU" among them. The one-click Error 43 fix with what it
/// does, its vendor id checked as typed; a ROM file.
class GpuPage : public StepPage
{
    Q_OBJECT

public:
    /// The step's name, for the page and the step list (which lists pages not built yet).
    static QString stepTitle();
    GpuPage(Wizard *wizard, GpuStep *step);
    QString helpText() const override;

    QTreeWidget *tree() const { return m_tree; }
    QCheckBox *error43Toggle() const { return m_error43; }
    QLineEdit *vendorIdEdit() const { return m_vendorId; }
    QLabel *error43Text() const { return m_error43Text; }

protected:
    void showModel() override;

private:
    void fillTree();

    GpuStep *m_step;
    QTreeWidget *m_tree;
    QCheckBox *m_error43;
    QLabel *m_error43Text;
    QLineEdit *m_vendorId;
    QLineEdit *m_rom;
    QPushButton *m_anyway;
    bool m_filled = false;
};
