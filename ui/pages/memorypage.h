#pragma once

#include "spec/vmspec.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;
class Wizard;

/// Page 4: the guest's memory against the host's RAM and what stays for the host; hugepages
/// off, 2 MiB or 1 GiB with the computed count and whether the host has them reserved now.
class MemoryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MemoryPage(Wizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QSpinBox *sizeBox() const { return m_size; }
    QComboBox *hugepageBox() const { return m_hugepages; }
    QLabel *status() const { return m_status; }

private:
    void replan();

    Wizard *m_wizard;
    QSpinBox *m_size;
    QComboBox *m_hugepages;
    QLabel *m_host;
    QLabel *m_status;
    bool m_usable = true;
};
