#pragma once

#include "pages/steppage.h"
#include "util/result.h"

class HostStep;
class MachineView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

/// Page 1: what the scan found, as a checklist with a state and a fix for each item
/// (virtualisation, IOMMU, a GPU that can be passed, libvirt, hugepages), then the machine drawn
/// as it is, the text summary on demand; the VM's name, guest and user; the door to an existing
/// VM and to the demo. The scan runs off the GUI thread so the window never waits on sysfs.
class HostCheckPage : public StepPage
{
    Q_OBJECT

public:
    enum class Check { Virtualisation, Iommu, Gpu, Libvirt, Hugepages };
    enum class State { Pending, Good, Warning, Bad };
    /// The step's name, for the page and the step list (which lists pages not built yet).
    static QString stepTitle();

    HostCheckPage(Wizard *wizard, HostStep *step);

    void initializePage() override;
    bool isComplete() const override;
    /// The GPU page, named: it is built after this page's first paint, and until then QWizard
    /// would take this page for the last one (and offer Finish).
    int nextId() const override;
    QString helpText() const override;

    State state(Check check) const;
    QString text(Check check) const;
    QPushButton *demoButton() const { return m_demo; }
    QComboBox *uriBox() const { return m_uri; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *osBox() const { return m_os; }
    QLineEdit *userEdit() const { return m_user; }
    QToolButton *openButton() const { return m_open; }

    Result<void> openFromFile(const QString &path);
    Result<void> openFromLibvirt(const QString &name);
    /// Checks the URI in the box off the GUI thread; the libvirt row shows the outcome.
    void checkLibvirt();

protected:
    QWidget *initialFocus() const override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showModel() override;

private:
    struct Row
    {
        QLabel *icon;
        QLabel *text;
        State state = State::Pending;
    };

    void scan();
    void checkLibvirtWhenShown();
    void showScan();
    void setRow(Check check, State state, const QString &text);
    void chooseFile();
    void chooseDomain();
    void showOpened(const Result<void> &opened);

    HostStep *m_step;
    QList<Row> m_rows;
    QComboBox *m_uri;
    QLineEdit *m_name;
    QComboBox *m_os;
    QLineEdit *m_user;
    QToolButton *m_open;
    QPushButton *m_demo;
    QLabel *m_opened;
    MachineView *m_machine;
    QPushButton *m_details;
    QPlainTextEdit *m_summary;
    int m_scanGeneration = 0;
    bool m_scanStarted = false;
    bool m_scanned = false;
    bool m_painted = false;
    bool m_scanFinished = false;
    bool m_libvirtChecked = false;
};
