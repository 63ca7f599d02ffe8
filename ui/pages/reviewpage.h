#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;
class Wizard;

/// Page 7: the domain XML and the NixOS module (highlighted, read-only, copy and save), for an
/// opened VM the diff against what it was, the lint findings of the planned VM, and the list of
/// actions Apply will run, with where the files go and whether to define and test-boot.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(Wizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    QPlainTextEdit *xmlView() const { return m_xml; }
    QPlainTextEdit *nixView() const { return m_nix; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QTreeWidget *lintView() const { return m_lint; }
    QListWidget *actionList() const { return m_actions; }
    QTabWidget *tabs() const { return m_tabs; }
    QCheckBox *defineBox() const { return m_define; }
    QCheckBox *testBootBox() const { return m_testBoot; }
    QLineEdit *outputEdit() const { return m_output; }
    /// Applies a lint fix to the planned VM (what a finding's Fix button does) and refreshes.
    void applyFix(const QString &fixId);

private:
    QWidget *textTab(QPlainTextEdit *view, const QString &suggestedName);
    void refresh();
    void showActions();

    Wizard *m_wizard;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_xml;
    QPlainTextEdit *m_nix;
    QPlainTextEdit *m_diff;
    QWidget *m_diffTab;
    QTreeWidget *m_lint;
    QLabel *m_notApplied;
    QLineEdit *m_output;
    QCheckBox *m_define;
    QCheckBox *m_testBoot;
    QCheckBox *m_overwrite;
    QListWidget *m_actions;
};
