#include "apply/applyrunner.h"

#include "apply/libvirtsession.h"
#include "apply/vmoutput.h"
#include "util/filewriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

ApplyRunner::ApplyRunner(VmSpec spec, HostScan host, QString domainXml, Settings settings)
    : m_spec(std::move(spec)), m_host(std::move(host)), m_domainXml(std::move(domainXml)), m_settings(std::move(settings))
{
    m_jobs << Job{Kind::WriteFiles, tr("Write %1.xml, %1.nix and %1.profile.json").arg(VmOutput::baseName(m_spec)), m_settings.outputDirectory};
    if (m_settings.createImages) {
        for (const VmSpec::Disk &disk : std::as_const(m_spec.disks))
            if (disk.source == VmSpec::DiskSource::ImageFile && disk.sizeBytes > 0 && !QFileInfo::exists(disk.path))
                m_jobs << Job{Kind::CreateImage, tr("Create the disk image (%1)").arg(QLocale().formattedDataSize(disk.sizeBytes)), disk.path};
        if (m_spec.driverStaging && !QFileInfo::exists(m_spec.stagingDiskPath()))
            m_jobs << Job{Kind::CreateImage, tr("Create the driver-staging disk image"), m_spec.stagingDiskPath()};
    }
    if (m_settings.define)
        m_jobs << Job{Kind::Define, tr("Back up the old definition, if any, and define the VM"), m_spec.name};
    if (m_settings.define && m_settings.testBoot)
        m_jobs << Job{Kind::TestBoot, tr("Test-boot a copy and check its CPUs, pins and memory"), m_spec.name};
}

Result<QString> ApplyRunner::run(const Job &job, LibvirtSession *libvirt) const
{
    switch (job.kind) {
    case Kind::WriteFiles: {
        const QList<VmOutput::File> files = VmOutput::files(job.target, m_spec, m_host, m_domainXml);
        const auto overwrite = m_settings.overwriteFiles ? FileWriter::Overwrite::Yes : FileWriter::Overwrite::No;
        if (Result<void> written = VmOutput::write(job.target, files, overwrite); !written)
            return Error{written.error()};
        return tr("Wrote %1.xml, %1.nix and %1.profile.json to %2.").arg(VmOutput::baseName(m_spec), job.target);
    }
    case Kind::CreateImage: {
        const bool staging = job.target == m_spec.stagingDiskPath();
        qint64 size = VmSpec::stagingDiskBytes;
        for (const VmSpec::Disk &disk : m_spec.disks)
            if (!staging && disk.path == job.target)
                size = disk.sizeBytes;
        if (Result<void> created = FileWriter::createSparse(job.target, size); !created)
            return Error{created.error()};
        return tr("Created %1 (sparse: it takes space as the guest writes).").arg(job.target);
    }
    case Kind::Define: {
        if (!libvirt)
            return Error{tr("No libvirt connection: check the URI on the first page.")};
        const Result<LibvirtSession::DefineOutcome> outcome = libvirt->define(m_domainXml, m_settings.backupDirectory);
        if (!outcome)
            return Error{outcome.error()};
        QString text = outcome->replaced ? tr("Redefined %1 on %2.").arg(outcome->name, libvirt->uri())
                                         : tr("Defined %1 on %2.").arg(outcome->name, libvirt->uri());
        if (!outcome->backupPath.isEmpty())
            text += u' ' + tr("The old definition is saved in %1.").arg(outcome->backupPath);
        if (outcome->running)
            text += u' ' + tr("It is running: the changes take effect at its next start.");
        return text;
    }
    case Kind::TestBoot: {
        if (!libvirt)
            return Error{tr("No libvirt connection: check the URI on the first page.")};
        const Result<LibvirtSession::BootSummary> report = libvirt->testBoot(m_domainXml);
        if (!report)
            return Error{report.error()};
        if (!report->mismatches.isEmpty())
            return Error{tr("The test boot found differences: %1").arg(report->mismatches.join(u"; "_s))};
        QString text = tr("A copy booted with %1 vCPUs as %2 x %3 x %4, pinned as written%5.")
                           .arg(report->vcpus)
                           .arg(report->sockets)
                           .arg(report->cores)
                           .arg(report->threads)
                           .arg(report->hugepages ? tr(", on hugepages") : QString());
        if (!report->unproven.isEmpty())
            text += u' ' + tr("Not proven by this run: %1.").arg(report->unproven.join(u"; "_s));
        return text;
    }
    }
    return Error{tr("unknown job")};
}
