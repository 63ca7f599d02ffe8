#pragma once

#include "pages/steppage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QVBoxLayout;
class ReviewStep;

/// Page 8: the VM in plain words first; then the checks (each with its fix, "Fix all"), the
/// domain XML, the NixOS module and, for an opened VM, the changes, as tabs; where the files
/// go (checked here, with the reason when it cannot be written), and what Apply will do.
class ReviewPage : public StepPage
{
    Q_OBJECT

public:
    /// The step's name, for the page and the step list (which lists pages not built yet).
    static QString stepTitle();
    ReviewPage(Wizard *wizard, ReviewStep *step);
    QString helpText() const override;

    QLabel *summaryLabel() const { return m_summary; }
    QPlainTextEdit *xmlView() const { return m_xml; }
    QPlainTextEdit *nixView() const { return m_nix; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QListWidget *actionList() const { return m_actions; }
    QLabel *changesLabel() const { return m_changes; }
    QTabWidget *tabs() const { return m_tabs; }
    QCheckBox *defineBox() const { return m_define; }
    QCheckBox *testBootBox() const { return m_testBoot; }
    QCheckBox *overwriteBox() const { return m_overwrite; }
    QLineEdit *outputEdit() const { return m_output; }
    QPushButton *fixAllButton() const { return m_fixAll; }
    /// The findings shown, as the banners say them.
    QStringList findingTexts() const;
    /// What a finding's Fix button does.
    void applyFix(const QString &fixId);

protected:
    void showModel() override;

private:
    QWidget *textTab(QPlainTextEdit *view, const QString &suffix);
    void showChecks();
    void focusOnApply();

    ReviewStep *m_step;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QWidget *m_checksTab;
    QVBoxLayout *m_checks;
    QPushButton *m_fixAll;
    QPlainTextEdit *m_xml;
    QPlainTextEdit *m_nix;
    QPlainTextEdit *m_diff;
    QWidget *m_diffTab;
    QLineEdit *m_output;
    QCheckBox *m_define;
    QCheckBox *m_testBoot;
    QCheckBox *m_overwrite;
    QListWidget *m_actions;
    QLabel *m_changes = nullptr; ///< an opened VM's changes in words, above the line diff
};
