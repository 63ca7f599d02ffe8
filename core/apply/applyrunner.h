#pragma once

#include <QCoreApplication>
#include "apply/definitionbackups.h"
#include "host/hostscan.h"
#include "spec/vmspec.h"
#include "util/result.h"

#include <QList>
#include <QString>

class LibvirtSession;

/// What the wizard's Apply step does, in order, one job at a time: write the files, create new
/// disk images, back up and define the VM, test-boot a copy. The review page lists the jobs
/// before anything runs; the apply page runs them and shows each result.
class ApplyRunner
{
    Q_DECLARE_TR_FUNCTIONS(ApplyRunner)

public:
    enum class Kind { WriteFiles, CreateImage, Define, TestBoot };
    struct Job
    {
        Kind kind;
        QString title;  ///< what it does, in words
        QString target; ///< the directory, image or domain it acts on
    };

    struct Settings
    {
        QString outputDirectory;
        bool overwriteFiles = false;
        bool createImages = true; ///< off in the demo: its sample paths are not this machine's
        bool define = true;
        bool testBoot = false;
        QString backupDirectory;
    };

    ApplyRunner(VmSpec spec, HostScan host, QString domainXml, Settings settings);

    const QList<Job> &jobs() const & { return m_jobs; }
    // By value: `for (auto &job : wizard.applyRunner().jobs())` must not outlive its runner.
    QList<Job> jobs() && { return std::move(m_jobs); }
    /// Runs one job; returns what it did, in words. Define and test boot need a session.
    Result<QString> run(const Job &job, LibvirtSession *libvirt) const;

private:
    VmSpec m_spec;
    HostScan m_host;
    QString m_domainXml;
    Settings m_settings;
    QList<Job> m_jobs;
};
