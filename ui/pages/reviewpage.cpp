#include "pages/reviewpage.h"

#include "lint/lintrule.h"
#include "util/linediff.h"
#include "widgets/fieldmessage.h"
#include "widgets/messagebanner.h"
#include "widgets/messagelist.h"
#include "widgets/syntaxhighlighter.h"
#include "wizard.h"
#include "wizard/steps/reviewstep.h"
#include "wizard/wizardsession.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

bool darkTheme(const QWidget *widget)
{
    return widget->palette().color(QPalette::Base).lightness() < 128;
}

QPlainTextEdit *codeView(QWidget *parent, const QString &accessibleName)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(accessibleName);
    return view;
}

} // namespace

QString ReviewPage::stepTitle()
{
    return tr("Review");
}

ReviewPage::ReviewPage(Wizard *wizard, ReviewStep *step)
    : StepPage(wizard, step), m_step(step), m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)), m_checksTab(new QWidget(this)),
      m_checks(new QVBoxLayout), m_fixAll(new QPushButton(tr("Fi&x all", "button"), this)), m_xml(codeView(this, tr("Domain XML"))),
      m_nix(codeView(this, tr("NixOS module"))), m_diff(codeView(this, tr("Changes"))), m_output(new QLineEdit(this)),
      m_define(new QCheckBox(this)), m_testBoot(new QCheckBox(tr("&Test-boot a copy after defining"), this)),
      m_overwrite(new QCheckBox(tr("&Replace files that exist"), this)), m_actions(new QListWidget(this))
{
    setTitle(stepTitle());
    setSubTitle(tr("What Apply will write and define. Nothing has been changed yet."));
    setButtonText(QWizard::NextButton, tr("&Apply", "button"));

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("The VM in short"));
    m_summary->setFocusPolicy(Qt::NoFocus);

    new SyntaxHighlighter(SyntaxHighlighter::Language::Xml, m_xml->document(), darkTheme(this));
    new SyntaxHighlighter(SyntaxHighlighter::Language::Nix, m_nix->document(), darkTheme(this));
    new SyntaxHighlighter(SyntaxHighlighter::Language::Diff, m_diff->document(), darkTheme(this));
    m_xml->setToolTip(tr("The libvirt domain: the VM's definition as libvirt keeps it."));
    m_nix->setToolTip(tr("The NixOS module: import it from configuration.nix, then rebuild and reboot."));
    m_diff->setToolTip(tr("The opened VM's definition before (-) and after (+) the wizard's changes."));

    m_fixAll->setToolTip(tr("Apply every fix offered below, each once."));
    m_fixAll->setAutoDefault(false);
    auto *checksScroll = new QScrollArea(m_checksTab);
    auto *checksContent = new QWidget;
    checksContent->setLayout(m_checks);
    checksScroll->setWidget(checksContent);
    checksScroll->setWidgetResizable(true);
    checksScroll->setFrameShape(QFrame::NoFrame);
    auto *checksLayout = new QVBoxLayout(m_checksTab);
    auto *fixRow = new QHBoxLayout;
    fixRow->addStretch();
    fixRow->addWidget(m_fixAll);
    checksLayout->addLayout(fixRow);
    checksLayout->addWidget(checksScroll, 1);

    m_tabs->addTab(m_checksTab, tr("Checks"));
    m_tabs->addTab(textTab(m_xml, u".xml"_s), tr("Domain XML"));
    m_tabs->addTab(textTab(m_nix, u".nix"_s), tr("NixOS module"));
    // An opened VM's changes: in words first, a line per part, then line by line.
    m_diffTab = new QWidget(this);
    m_changes = new QLabel(m_diffTab);
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *diffLayout = new QVBoxLayout(m_diffTab);
    diffLayout->addWidget(m_changes);
    diffLayout->addWidget(textTab(m_diff, u".diff"_s), 1);
    m_diffTab->hide(); // outside the tabs it would be drawn over the page's top-left corner

    m_output->setToolTip(tr("Where NAME.xml, NAME.nix and NAME.profile.json are written."));
    auto *browse = new QPushButton(tr("Bro&wse…", "button"), this);
    browse->setAutoDefault(false);
    browse->setToolTip(tr("Choose the folder for the files."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the VM's files"), m_output->text());
        if (!dir.isEmpty())
            m_step->setOutputFolder(dir);
    });
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    m_define->setToolTip(tr("Define the VM in libvirt; a definition it replaces is backed up first."));
    m_overwrite->setToolTip(tr("Otherwise Apply stops before writing if a file of that name exists."));
    m_actions->setToolTip(tr("The jobs Apply runs, in order."));

    auto *outputLabel = new QLabel(tr("&Files go to:"), this);
    outputLabel->setBuddy(m_output);
    auto *form = new QFormLayout;
    form->addRow(outputLabel, outputRow);
    form->addRow(QString(), fieldMessage(m_output, ReviewStep::outputField));
    // One row of choices, and the list of jobs only as tall as its jobs: the room goes to the
    // tabs, which showed eight lines of XML on a 1366x768 laptop.
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_define);
    choices->addWidget(m_testBoot);
    choices->addWidget(m_overwrite);
    choices->addStretch();
    form->addRow(choices);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(messages());
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Apply will:"), this));
    layout->addWidget(m_actions);

    connect(m_output, &QLineEdit::textEdited, m_step, &ReviewStep::setOutputFolder);
    connect(m_define, &QCheckBox::toggled, m_step, &ReviewStep::setDefine);
    connect(m_testBoot, &QCheckBox::toggled, m_step, &ReviewStep::setTestBoot);
    connect(m_overwrite, &QCheckBox::toggled, m_step, &ReviewStep::setOverwrite);
    connect(m_fixAll, &QPushButton::clicked, this, [this] {
        m_step->fixAll();
        focusOnApply();
    });
    connect(m_step->session(), &WizardSession::specChanged, this, [this] {
        if (isVisible())
            m_model->refresh();
    });
    // Back from a failed Apply: the folder may have changed on disk since it was checked.
    connect(wizard, &QWizard::currentIdChanged, this, [this, wizard] {
        if (wizard->currentPage() == this)
            m_model->refresh();
    });
}

QString ReviewPage::helpText() const
{
    return tr("<p>Read the VM in short at the top. <b>Checks</b> lists where it departs from GPU-passthrough best practice, "
              "each with its reason and source; <b>Fix</b> changes just that (the pages show the new value). The other tabs "
              "show the files Apply writes: the libvirt domain and the NixOS module.</p><p>Apply writes the files to the "
              "folder below and, if ticked, defines the VM in libvirt (backing up a definition it replaces).</p>");
}

QWidget *ReviewPage::textTab(QPlainTextEdit *view, const QString &suffix)
{
    auto *tab = new QWidget(this);
    auto *copy = new QPushButton(tr("Copy", "button"), tab);
    copy->setAutoDefault(false);
    copy->setToolTip(tr("Copy the whole text to the clipboard."));
    auto *save = new QPushButton(tr("Save…", "button"), tab);
    save->setAutoDefault(false);
    save->setToolTip(tr("Save this text to a file of your choice."));
    connect(copy, &QPushButton::clicked, view, [view] { QApplication::clipboard()->setText(view->toPlainText()); });
    connect(save, &QPushButton::clicked, this, [this, view, suffix] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save as"), m_wizard->spec().name + suffix);
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        const QByteArray bytes = view->toPlainText().toUtf8();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size() || !file.commit())
            messageList()->setMessages({StepMessage::error(QString(), tr("%1: cannot write: %2").arg(path, file.errorString()))});
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(copy);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    return tab;
}

void ReviewPage::applyFix(const QString &fixId)
{
    m_step->fix(fixId);
    focusOnApply();
}

void ReviewPage::focusOnApply()
{
    // After a fix the Apply button stays the default: Enter must not go backwards.
    if (wizard())
        if (QAbstractButton *next = wizard()->button(QWizard::NextButton)) {
            next->setFocus();
            if (auto *push = qobject_cast<QPushButton *>(next))
                push->setDefault(true);
        }
}

QStringList ReviewPage::findingTexts() const
{
    QStringList texts;
    for (const MessageBanner *banner : m_checksTab->findChildren<MessageBanner *>())
        texts << banner->text();
    return texts;
}

void ReviewPage::showChecks()
{
    while (QLayoutItem *item = m_checks->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            // Off the page at once, deleted later: the Fix button being clicked is among them.
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
    const QList<LintFinding> findings = m_step->findings();
    bool fixable = false;
    for (const LintFinding &finding : findings) {
        // The source as a link to where the advice can be read.
        const QString url = LintSources::url(finding.source);
        const QString source = url.isEmpty() ? finding.source.toHtmlEscaped()
                                             : u"<a href=\"%1\">%2</a>"_s.arg(url.toHtmlEscaped(), finding.source.toHtmlEscaped());
        const QString text = u"%1<br><small>%2</small>"_s.arg(finding.message.toHtmlEscaped(), tr("Source: %1").toHtmlEscaped().arg(source));
        auto *banner = new MessageBanner(finding.severity, text, m_checksTab);
        if (!finding.fix.isEmpty()) {
            fixable = true;
            auto *fix = new QPushButton(tr("Fix", "button"), banner);
            fix->setAutoDefault(false);
            fix->setToolTip(tr("Change just this in the planned VM."));
            connect(fix, &QPushButton::clicked, this, [this, id = finding.fix] { applyFix(id); });
            banner->addAction(fix);
        }
        m_checks->addWidget(banner);
    }
    if (findings.isEmpty())
        m_checks->addWidget(new MessageBanner(Severity::Info, tr("No findings: the VM follows every rule the wizard checks."), m_checksTab));
    m_checks->addStretch();
    m_fixAll->setEnabled(fixable);
    m_tabs->setTabText(m_tabs->indexOf(m_checksTab), findings.isEmpty() ? tr("Checks") : tr("Checks (%1)").arg(findings.size()));
}

void ReviewPage::showModel()
{
    QString summary = u"<b>%1:</b><ul style=\"margin-top:2px\">"_s.arg(m_step->heading().toHtmlEscaped());
    for (const QString &line : m_step->summary())
        summary += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    m_summary->setText(summary + u"</ul>"_s);
    showChecks();
    const QString xml = m_step->session()->domainXml();
    m_xml->setPlainText(xml);
    m_nix->setPlainText(m_step->session()->nixModule());
    // The changes tab is there only for an opened VM (a hidden tab would still take Ctrl+Tab).
    const bool existing = m_wizard->existing().has_value();
    const int diffIndex = m_tabs->indexOf(m_diffTab);
    if (existing && diffIndex < 0)
        m_tabs->addTab(m_diffTab, tr("Changes"));
    else if (!existing && diffIndex >= 0) {
        m_tabs->removeTab(diffIndex);
        m_diffTab->setParent(this);
        m_diffTab->hide();
    }
    if (existing) {
        const QString diff = LineDiff::unified(m_step->session()->originalXml(), xml);
        m_diff->setPlainText(diff.isEmpty() ? tr("No changes.") : diff);
        QString words;
        for (const QString &line : m_step->changes())
            words += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
        m_changes->setText(words.isEmpty() ? tr("Nothing the summary names changes; the lines below are all.")
                                           : tr("What changes:") + u"<ul style=\"margin-top:2px\">"_s + words + u"</ul>"_s);
    }
    if (m_output->text() != m_step->outputFolder())
        m_output->setText(m_step->outputFolder());
    m_define->setText(tr("&Define the VM on %1").arg(m_step->session()->uri()));
    m_define->setChecked(m_step->define());
    const QString obstacle = m_step->testBootObstacle();
    m_testBoot->setEnabled(m_step->define() && obstacle.isEmpty());
    m_testBoot->setChecked(m_step->testBoot());
    m_testBoot->setToolTip(obstacle.isEmpty() ? tr("Starts a throwaway copy without devices or disks and checks its vCPUs, pins and hugepages.")
                                              : obstacle);
    m_overwrite->setChecked(m_step->overwrite());
    m_actions->clear();
    for (const ApplyRunner::Job &job : m_step->jobs(m_wizard->backupDirectory()))
        m_actions->addItem(tr("%1 (%2)").arg(job.title, job.target));
    const int rows = std::clamp(m_actions->count(), 1, 4);
    m_actions->setFixedHeight(rows * m_actions->sizeHintForRow(0) + 2 * m_actions->frameWidth() + 4);
}
