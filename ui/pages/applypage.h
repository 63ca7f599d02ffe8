#pragma once

#include "apply/applyrunner.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;
class Wizard;

/// Page 9: runs the review page's actions as jobs, one after another, each with its result in
/// words; define and test boot run off the GUI thread. A failed job stops the rest and can be
/// run again. At the end: the next steps on the host and in the guest.
class ApplyPage : public QWizardPage
{
    Q_OBJECT

public:
    /// The step's name, for the page and the step list (which lists pages not built yet).
    static QString stepTitle();
    explicit ApplyPage(Wizard *wizard);
    /// Waits for a job still running: it uses the runner here and the wizard's connection.
    ~ApplyPage() override;

    void initializePage() override;
    bool isComplete() const override;
    QString helpText() const;
    bool running() const { return m_running; }

    QTreeWidget *jobList() const { return m_jobs; }
    QLabel *nextSteps() const { return m_next; }
    QPushButton *retryButton() const { return m_retry; }
    QProgressBar *progress() const { return m_progress; }
    bool succeeded() const { return m_succeeded; }

private:
    void runFrom(int index);
    void finishJob(int index, const Result<QString> &result);
    void setRunning(bool running);
    void showNextSteps();

    Wizard *m_wizard;
    QTreeWidget *m_jobs;
    QProgressBar *m_progress;
    QLabel *m_next;
    QPushButton *m_retry;
    std::optional<ApplyRunner> m_runner;
    QPointer<QThread> m_worker;
    int m_failed = -1;
    bool m_done = false;
    bool m_running = false;
    bool m_succeeded = false;
};
