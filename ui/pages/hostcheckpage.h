#pragma once

#include "util/result.h"

#include <QWizardPage>

class QComboBox;
class QLineEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class Wizard;

/// Page 1: what the scan found, as a checklist with a state and a fix for each item:
/// virtualisation, IOMMU, a GPU that can be passed, libvirt, hugepages. The scan runs off the
/// GUI thread so the window never waits on a slow sysfs. Also the door to an existing VM and
/// to the demo.
class HostCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Check { Virtualisation, Iommu, Gpu, Libvirt, Hugepages };
    enum class State { Pending, Good, Warning, Bad };

    explicit HostCheckPage(Wizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    bool event(QEvent *event) override;

public:

    State state(Check check) const;
    QString text(Check check) const;
    QPushButton *demoButton() const { return m_demo; }
    QComboBox *uriBox() const { return m_uri; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *osBox() const { return m_os; }
    QLineEdit *userEdit() const { return m_user; }

    /// Opens an existing VM into the wizard (what the menu's dialogs call).
    Result<void> openFromFile(const QString &path);
    Result<void> openFromLibvirt(const QString &name);

    /// Checks the URI in the box off the GUI thread; the libvirt row shows the outcome.
    void checkLibvirt();

private:
    struct Row
    {
        QLabel *icon;
        QLabel *text;
        State state = State::Pending;
    };

    void scan();
    /// Checks libvirt once the scan is in and the page has been painted: loading libvirt's
    /// fifty libraries holds the dynamic loader's lock, which the first paint needs too.
    void checkLibvirtWhenShown();
    void showScan();
    void setRow(Check check, State state, const QString &text);
    void chooseFile();
    void chooseDomain();
    void showOpened(const Result<void> &opened);

    Wizard *m_wizard;
    QList<Row> m_rows;
    QComboBox *m_uri;
    QLineEdit *m_name;
    QComboBox *m_os;
    QLineEdit *m_user;
    QPushButton *m_demo;
    QLabel *m_opened;
    QPlainTextEdit *m_summary;
    int m_scanGeneration = 0;
    bool m_scanStarted = false;
    bool m_scanned = false;
    bool m_painted = false;
    bool m_scanFinished = false;
    bool m_libvirtChecked = false;
};
