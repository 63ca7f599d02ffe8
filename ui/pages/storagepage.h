#pragma once

#include "pages/steppage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class StorageStep;

/// Page 7: the boot disk (zvol, LV, whole disk or image file) and how it is attached, what
/// installs the system on it (an installer ISO, or an installed system booting as it is), the
/// virtio-win ISO and driver staging.
class StoragePage : public StepPage
{
    Q_OBJECT

public:
    /// The step's name, for the page and the step list (which lists pages not built yet).
    static QString stepTitle();
    StoragePage(Wizard *wizard, StorageStep *step);
    QString helpText() const override;

    QComboBox *sourceBox() const { return m_source; }
    QLabel *refusedLabel() const { return m_refused; }
    QLineEdit *imageEdit() const { return m_imagePath; }
    QRadioButton *isoButton() const { return m_fromIso; }
    QRadioButton *installedButton() const { return m_installed; }
    QLineEdit *installIsoEdit() const { return m_installIso; }
    QLineEdit *virtioIsoEdit() const { return m_virtioIso; }
    QCheckBox *stagingBox() const { return m_staging; }

protected:
    void showModel() override;

private:
    StorageStep *m_step;
    QComboBox *m_source;
    QLineEdit *m_imagePath;
    QSpinBox *m_imageSize;
    QRadioButton *m_fromIso;
    QLineEdit *m_installIso;
    QRadioButton *m_installed;
    QComboBox *m_bus;
    QComboBox *m_cache;
    QComboBox *m_io;
    QCheckBox *m_discard;
    QLineEdit *m_virtioIso;
    QCheckBox *m_staging;
    QPushButton *m_anyway;
    QLabel *m_refused = nullptr; ///< the disks not offered, each with what the host uses it for
};
