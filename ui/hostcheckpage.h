#pragma once

#include <QWizardPage>

class QPlainTextEdit;

/// Page 1: what the scan found. The scan runs off the GUI thread so the window never waits
/// on a slow sysfs.
class HostCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    HostCheckPage(QString root, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    QString m_root;
    QPlainTextEdit *m_summary;
    bool m_scanStarted = false;
    bool m_scanned = false;
};
