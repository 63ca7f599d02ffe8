#include "wizard/steps/reviewstep.h"

#include "apply/vmoutput.h"
#include "spec/fieldchecks.h"
#include "wizard/vmsummary.h"
#include "wizard/wizardsession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStep)
};

} // namespace

QString ReviewStep::heading() const
{
    return VmSummary::heading(m_session->spec());
}

QStringList ReviewStep::changes() const
{
    const auto &existing = m_session->existing();
    return existing ? VmSummary::changes(existing->before, m_session->spec(), m_session->host() ? &*m_session->host() : nullptr)
                    : QStringList();
}

QStringList ReviewStep::summary() const
{
    return VmSummary::lines(m_session->spec(), m_session->host() ? &*m_session->host() : nullptr);
}

QList<LintFinding> ReviewStep::findings() const
{
    return m_session->lint();
}

void ReviewStep::fix(const QString &fixId)
{
    m_session->applyFix(fixId);
    check();
}

void ReviewStep::fixAll()
{
    // A fix can make another one moot: ask again after each, and never apply one twice (the
    // registry's fix ids are finite, so this ends).
    QSet<QString> applied;
    for (;;) {
        QString next;
        for (const LintFinding &finding : m_session->lint())
            if (!finding.fix.isEmpty() && !applied.contains(finding.fix)) {
                next = finding.fix;
                break;
            }
        if (next.isEmpty())
            break;
        applied.insert(next);
        m_session->applyFix(next);
    }
    check();
}

QStringList ReviewStep::notApplied() const
{
    return m_session->notApplied();
}

QString ReviewStep::outputFolder() const
{
    return m_session->outputDirectory();
}

void ReviewStep::setOutputFolder(const QString &folder)
{
    m_session->setOutputDirectory(folder);
    check();
}

bool ReviewStep::define() const
{
    return m_session->applySettings().define;
}

void ReviewStep::setDefine(bool define)
{
    m_session->applySettings().define = define;
    check();
}

bool ReviewStep::overwrite() const
{
    return m_session->applySettings().overwriteFiles;
}

void ReviewStep::setOverwrite(bool overwrite)
{
    m_session->applySettings().overwriteFiles = overwrite;
    check();
}

bool ReviewStep::testBoot() const
{
    return m_session->applySettings().testBoot && testBootObstacle().isEmpty();
}

void ReviewStep::setTestBoot(bool testBoot)
{
    m_session->applySettings().testBoot = testBoot;
    check();
}

QString ReviewStep::testBootObstacle() const
{
    if (m_session->demo() || m_session->uri().startsWith(QLatin1String("test:")))
        return Tr::tr("libvirt's test driver only pretends to run VMs: a test boot needs a real host.");
    if (!m_session->uri().startsWith(QLatin1String("qemu:///")))
        return Tr::tr("A test boot reads the running QEMU on this machine: it needs a local libvirt (qemu:///system).");
    return {};
}

QList<ApplyRunner::Job> ReviewStep::jobs(const QString &backupDirectory) const
{
    ApplyRunner::Settings &settings = m_session->applySettings();
    const bool wanted = settings.testBoot;
    settings.testBoot = testBoot();
    const QList<ApplyRunner::Job> list = m_session->applyRunner(backupDirectory).jobs();
    settings.testBoot = wanted;
    return list;
}

void ReviewStep::check()
{
    StepMessages messages;
    addFieldError(messages, QString::fromLatin1(outputField), FieldChecks::outputFolder(outputFolder()));
    // Files of the same name in the folder: said here, where the user can choose, not as a
    // failed Apply.
    if (!overwrite()) {
        if (const QStringList there = VmOutput::existing(VmOutput::paths(outputFolder(), m_session->spec())); !there.isEmpty())
            messages << StepMessage::error(QString::fromLatin1(outputField),
                                           Tr::tr("%1 is in this folder already: tick “Replace files that exist” or choose another folder.")
                                               .arg(QFileInfo(there.first()).fileName()));
    }
    for (const QString &line : notApplied())
        messages << StepMessage::warning(QString(), line);
    if (m_session->demo())
        messages << StepMessage::info(QString(), Tr::tr("The demo writes the files and defines the VM on libvirt's test driver only: "
                                                        "it creates no disk image, and the installer and virtio-win ISOs are not "
                                                        "looked for on this machine."));
    setMessages(messages);
}

void ReviewStep::refresh()
{
    check();
}
