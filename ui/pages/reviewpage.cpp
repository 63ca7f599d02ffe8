#include "pages/reviewpage.h"

#include "util/linediff.h"
#include "widgets/syntaxhighlighter.h"
#include "wizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTreeWidget>
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

ReviewPage::ReviewPage(Wizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_tabs(new QTabWidget(this)), m_xml(codeView(this, tr("Domain XML"))),
      m_nix(codeView(this, tr("NixOS module"))), m_diff(codeView(this, tr("Changes"))), m_lint(new QTreeWidget(this)),
      m_notApplied(new QLabel(this)), m_output(new QLineEdit(this)), m_define(new QCheckBox(this)),
      m_testBoot(new QCheckBox(tr("Test-boot a copy after defining"), this)), m_overwrite(new QCheckBox(tr("Replace files that exist"), this)),
      m_actions(new QListWidget(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("What Apply will write and define. Nothing has been changed yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Apply", "button"));

    new SyntaxHighlighter(SyntaxHighlighter::Language::Xml, m_xml->document(), darkTheme(this));
    new SyntaxHighlighter(SyntaxHighlighter::Language::Nix, m_nix->document(), darkTheme(this));
    new SyntaxHighlighter(SyntaxHighlighter::Language::Diff, m_diff->document(), darkTheme(this));
    m_xml->setToolTip(tr("The libvirt domain: what `virsh define` takes."));
    m_nix->setToolTip(tr("The NixOS module: import it from configuration.nix, then run nixos-rebuild switch."));
    m_diff->setToolTip(tr("The opened VM's definition before (-) and after (+) the wizard's changes."));
    m_lint->setHeaderLabels({tr("Severity"), tr("Finding"), QString()});
    m_lint->setColumnCount(3);
    m_lint->setRootIsDecorated(false);
    m_lint->setWordWrap(true);
    m_lint->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_lint->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lint->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_lint->header()->setStretchLastSection(false);
    m_lint->setToolTip(tr("Where the planned VM departs from GPU-passthrough best practice; a Fix button changes just that."));
    m_notApplied->setWordWrap(true);

    m_tabs->addTab(textTab(m_xml, u".xml"_s), tr("Domain XML"));
    m_tabs->addTab(textTab(m_nix, u".nix"_s), tr("NixOS module"));
    m_diffTab = textTab(m_diff, u".diff"_s);
    m_tabs->addTab(m_diffTab, tr("Changes"));
    auto *lintTab = new QWidget(this);
    auto *lintLayout = new QVBoxLayout(lintTab);
    lintLayout->addWidget(m_lint);
    m_tabs->addTab(lintTab, tr("Checks"));

    m_output->setToolTip(tr("Where NAME.xml, NAME.nix and NAME.profile.json are written."));
    auto *browse = new QPushButton(tr("Browse…", "button"), this);
    browse->setToolTip(tr("Choose the folder for the files."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the VM's files"), m_output->text());
        if (!dir.isEmpty())
            m_output->setText(dir);
    });
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    m_define->setToolTip(tr("Define the VM in libvirt; a definition it replaces is backed up first."));
    m_testBoot->setToolTip(tr("Starts a throwaway copy without devices or disks and checks its vCPUs, pins and hugepages."));
    m_overwrite->setToolTip(tr("Otherwise Apply stops before writing if a file of that name exists."));
    m_actions->setToolTip(tr("The jobs Apply runs, in order."));
    m_actions->setMaximumHeight(m_actions->fontMetrics().height() * 6);

    auto *form = new QFormLayout;
    form->addRow(tr("Files go to:"), outputRow);
    form->addRow(m_define);
    form->addRow(m_testBoot);
    form->addRow(m_overwrite);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_notApplied);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Apply will:"), this));
    layout->addWidget(m_actions);

    connect(m_output, &QLineEdit::textChanged, this, [this](const QString &dir) {
        m_wizard->setOutputDirectory(dir);
        showActions();
    });
    for (QCheckBox *box : {m_define, m_testBoot, m_overwrite})
        connect(box, &QCheckBox::toggled, this, &ReviewPage::showActions);
}

QWidget *ReviewPage::textTab(QPlainTextEdit *view, const QString &suffix)
{
    auto *tab = new QWidget(this);
    auto *copy = new QPushButton(tr("Copy", "button"), tab);
    copy->setToolTip(tr("Copy the whole text to the clipboard."));
    auto *save = new QPushButton(tr("Save…", "button"), tab);
    save->setToolTip(tr("Save this text to a file of your choice."));
    connect(copy, &QPushButton::clicked, view, [view] { QApplication::clipboard()->setText(view->toPlainText()); });
    connect(save, &QPushButton::clicked, this, [this, view, suffix] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save as"), m_wizard->spec().name + suffix);
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        const QByteArray bytes = view->toPlainText().toUtf8();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size() || !file.commit())
            m_notApplied->setText(tr("%1: cannot write: %2").arg(path, file.errorString()));
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

void ReviewPage::initializePage()
{
    const ApplyRunner::Settings &settings = m_wizard->applySettings();
    m_define->setText(tr("Define the VM on %1").arg(m_wizard->options().uri));
    m_define->setChecked(settings.define);
    m_testBoot->setChecked(settings.testBoot);
    m_overwrite->setChecked(settings.overwriteFiles || m_wizard->existing().has_value());
    m_output->setText(m_wizard->outputDirectory());
    refresh();
}

void ReviewPage::refresh()
{
    const QString xml = m_wizard->domainXml();
    m_xml->setPlainText(xml);
    m_nix->setPlainText(m_wizard->nixModule());
    const bool existing = m_wizard->existing().has_value();
    m_tabs->setTabVisible(m_tabs->indexOf(m_diffTab), existing);
    if (existing) {
        const QString diff = LineDiff::unified(m_wizard->originalXml(), xml);
        m_diff->setPlainText(diff.isEmpty() ? tr("No changes.") : diff);
    }
    const QStringList notApplied = m_wizard->notApplied();
    m_notApplied->setText(notApplied.isEmpty() ? QString() : tr("Not changed by Apply: %1").arg(notApplied.join(u' ')));
    m_notApplied->setVisible(!notApplied.isEmpty());

    m_lint->clear();
    const QList<LintFinding> findings = m_wizard->lint();
    for (const LintFinding &finding : findings) {
        auto *item = new QTreeWidgetItem(m_lint, {Linter::severityName(finding.severity), finding.message});
        item->setToolTip(1, tr("Source: %1").arg(finding.source));
        if (!finding.fix.isEmpty()) {
            auto *fix = new QPushButton(tr("Fix", "button"), m_lint);
            fix->setToolTip(tr("Change just this in the planned VM."));
            connect(fix, &QPushButton::clicked, this, [this, id = finding.fix] { applyFix(id); });
            m_lint->setItemWidget(item, 2, fix);
        }
    }
    if (findings.isEmpty())
        new QTreeWidgetItem(m_lint, {QString(), tr("No findings: the VM follows every rule the wizard checks.")});
    m_tabs->setTabText(m_tabs->indexOf(m_lint->parentWidget()), findings.isEmpty() ? tr("Checks") : tr("Checks (%1)").arg(findings.size()));
    showActions();
}

void ReviewPage::applyFix(const QString &fixId)
{
    m_wizard->addLintFix(fixId);
    refresh();
}

void ReviewPage::showActions()
{
    ApplyRunner::Settings &settings = m_wizard->applySettings();
    settings.define = m_define->isChecked();
    settings.testBoot = m_testBoot->isChecked();
    settings.overwriteFiles = m_overwrite->isChecked();
    m_testBoot->setEnabled(m_define->isChecked());
    m_actions->clear();
    for (const ApplyRunner::Job &job : m_wizard->applyRunner().jobs())
        m_actions->addItem(tr("%1 (%2)").arg(job.title, job.target));
}

bool ReviewPage::validatePage()
{
    showActions();
    return true;
}
