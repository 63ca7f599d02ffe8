#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class Wizard;

/// Page 6: the boot disk (a zvol, logical volume, whole disk by id, or an image file, new or
/// existing), each source with its size and SSD/HDD; bus, cache, I/O mode, discard; the
/// virtio-win ISO and driver staging.
class StoragePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StoragePage(Wizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QComboBox *sourceBox() const { return m_source; }
    QComboBox *busBox() const { return m_bus; }
    QCheckBox *stagingBox() const { return m_staging; }
    QLabel *status() const { return m_status; }
    /// Chooses a source path as picking it in the list does (an image path for a file).
    void chooseSource(const QString &path);

private:
    void replan();
    void showDisk();

    Wizard *m_wizard;
    QComboBox *m_source;
    QLineEdit *m_imagePath;
    QSpinBox *m_imageSize;
    QComboBox *m_bus;
    QComboBox *m_cache;
    QComboBox *m_io;
    QCheckBox *m_discard;
    QLineEdit *m_iso;
    QCheckBox *m_staging;
    QLabel *m_status;
    bool m_filling = false;
    bool m_usable = true;
};
