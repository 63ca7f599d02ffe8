#pragma once

#include "util/pciaddress.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class Wizard;

/// Page 2: IOMMU groups as a tree, GPUs highlighted and the host's boot GPU marked; choosing a
/// GPU takes every function of its slot and says in words whether its group can go whole.
/// The "Fix Error 43" toggle and its vendor id live here too.
class GpuPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit GpuPage(Wizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// Chooses a GPU as a click on its row does; empty: no passthrough.
    void choose(const std::optional<PciAddress> &gpu);
    QTreeWidget *tree() const { return m_tree; }
    QCheckBox *error43Toggle() const { return m_error43; }
    QLabel *verdict() const { return m_verdict; }

private:
    Wizard *m_wizard;
    QTreeWidget *m_tree;
    QLabel *m_verdict;
    QCheckBox *m_error43;
    QLineEdit *m_vendorId;
    QLineEdit *m_rom;
    bool m_usable = false;
};
