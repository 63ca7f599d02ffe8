#include "pages/applypage.h"

#include "apply/libvirtsession.h"
#include "apply/nextsteps.h"
#include "widgets/wrappingdelegate.h"
#include "wizard.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

QString ApplyPage::stepTitle()
{
    return tr("Apply");
}

ApplyPage::ApplyPage(Wizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_jobs(new QTreeWidget(this)), m_progress(new QProgressBar(this)), m_next(new QLabel(this)),
      m_retry(new QPushButton(tr("Run again from the failed job", "button"), this))
{
    setTitle(stepTitle());
    setSubTitle(tr("The files are written and the VM defined, one job at a time."));
    m_jobs->setHeaderLabels({tr("Job"), tr("Result")});
    m_jobs->setRootIsDecorated(false);
    m_jobs->setItemDelegate(new WrappingDelegate(m_jobs, 1)); // a job's result whole, wrapped (German cut it mid-path)
    m_jobs->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_jobs->setToolTip(tr("Each job and what came of it."));
    m_next->setWordWrap(true);
    m_next->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setToolTip(tr("After fixing the cause (start the daemon, free space), run the failed job and the rest again."));
    m_retry->hide();
    m_progress->setFormat(tr("%v of %m jobs done"));
    m_progress->setToolTip(tr("How far Apply has got."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_jobs, 1);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addWidget(m_next);
    connect(m_retry, &QPushButton::clicked, this, [this] { runFrom(m_failed); });
}

ApplyPage::~ApplyPage()
{
    if (m_worker)
        m_worker->wait();
}

void ApplyPage::initializePage()
{
    m_runner.emplace(m_wizard->applyRunner());
    m_jobs->clear();
    for (const ApplyRunner::Job &job : m_runner->jobs()) {
        auto *item = new QTreeWidgetItem(m_jobs, {job.title, tr("waiting")});
        item->setToolTip(0, job.target);
    }
    m_progress->setRange(0, int(m_runner->jobs().size()));
    m_progress->setValue(0);
    m_next->clear();
    m_succeeded = false;
    runFrom(0);
}

void ApplyPage::setRunning(bool running)
{
    m_running = running;
    emit completeChanged();
    // QWizard enables Back on every completeChanged: while jobs run there is no way back;
    // after a failure the user may go back and change what failed (the folder, the URI).
    if (wizard())
        if (QAbstractButton *back = wizard()->button(QWizard::BackButton))
            back->setEnabled(!running);
}

void ApplyPage::runFrom(int index)
{
    m_done = false;
    m_failed = -1;
    m_retry->hide();
    setRunning(true);
    if (index >= m_runner->jobs().size()) {
        m_done = true;
        m_succeeded = true;
        showNextSteps();
        setRunning(false);
        if (wizard())
            if (QAbstractButton *back = wizard()->button(QWizard::BackButton))
                back->setEnabled(false); // done: Finish; changes now go through a new run
        return;
    }
    const ApplyRunner::Job job = m_runner->jobs()[index];
    m_jobs->topLevelItem(index)->setText(1, tr("running…"));
    m_jobs->topLevelItem(index)->setIcon(0, style()->standardIcon(QStyle::SP_BrowserReload));
    const bool needsLibvirt = job.kind == ApplyRunner::Kind::Define || job.kind == ApplyRunner::Kind::TestBoot;
    if (!needsLibvirt) {
        finishJob(index, m_runner->run(job, nullptr));
        return;
    }
    const Result<LibvirtSession *> session = m_wizard->libvirt();
    if (!session) {
        finishJob(index, Error{session.error()});
        return;
    }
    // libvirt calls can wait on a daemon or a booting QEMU: off the GUI thread, so the window
    // keeps painting. The runner and the connection outlive the thread (~ApplyPage waits for it).
    QPointer<ApplyPage> page = this;
    const ApplyRunner *runner = &*m_runner;
    LibvirtSession *libvirt = *session;
    QThread *worker = QThread::create([page, runner, libvirt, job, index] {
        const Result<QString> result = runner->run(job, libvirt);
        QMetaObject::invokeMethod(qApp, [page, index, result] {
            if (page)
                page->finishJob(index, result);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    worker->start();
}

void ApplyPage::finishJob(int index, const Result<QString> &result)
{
    QTreeWidgetItem *item = m_jobs->topLevelItem(index);
    if (!result) {
        item->setText(1, result.error());
        item->setToolTip(1, result.error());
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        for (int rest = index + 1; rest < m_jobs->topLevelItemCount(); ++rest)
            m_jobs->topLevelItem(rest)->setText(1, tr("not run"));
        m_failed = index;
        m_done = true;
        m_retry->show();
        // The whole reason, wrapped: the table's cell cuts a long one short.
        m_next->setText(tr("Apply stopped at \"%1\": %2\nNothing after it ran; what ran before stays done. Fix the cause and "
                           "run it again, or go Back to change the settings.").arg(item->text(0), result.error()));
        setRunning(false);
        return;
    }
    item->setText(1, *result);
    item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_progress->setValue(index + 1);
    runFrom(index + 1);
}

void ApplyPage::showNextSteps()
{
    const auto &existing = m_wizard->existing();
    const QStringList steps = NextSteps::list(m_wizard->spec(), m_wizard->outputDirectory(),
                                              existing && !existing->fromLibvirt ? existing->origin : QString());
    QString html = u"<p><b>%1</b></p><ol>"_s.arg(tr("Next steps"));
    for (const QString &step : steps)
        html += u"<li>"_s + step + u"</li>"_s;
    m_next->setText(html + u"</ol>"_s);
}

bool ApplyPage::isComplete() const
{
    return m_done && !m_running;
}

QString ApplyPage::helpText() const
{
    return tr("<p>Apply runs its jobs one after another and says what each did. A job that fails stops the rest: fix the "
              "cause (start libvirtd, free space) and run it again, or go Back to change the settings.</p><p>At the end "
              "come the next steps, in order: import the NixOS module, rebuild, reboot, start and install the VM.</p>");
}
