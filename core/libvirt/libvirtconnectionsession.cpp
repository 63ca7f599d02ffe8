#include "libvirt/libvirtconnectionsession.h"

#include "apply/definitionbackups.h"
#include "libvirt/domaindefiner.h"
#include "libvirt/testboot.h"

Result<std::unique_ptr<LibvirtSession>> LibvirtConnectionSession::open(const QString &uri)
{
    Result<LibvirtConnection> connection = LibvirtConnection::open(uri);
    if (!connection)
        return Error{connection.error()};
    return std::unique_ptr<LibvirtSession>(std::make_unique<LibvirtConnectionSession>(std::move(connection).value()));
}

Result<QList<LibvirtSession::DomainEntry>> LibvirtConnectionSession::domains()
{
    const Result<QList<LibvirtConnection::DomainInfo>> all = m_connection.domains();
    if (!all)
        return Error{all.error()};
    QList<DomainEntry> entries;
    for (const LibvirtConnection::DomainInfo &domain : *all)
        entries << DomainEntry{domain.name, domain.persistent};
    return entries;
}

Result<LibvirtSession::DefineOutcome> LibvirtConnectionSession::define(const QString &xml, const QString &backupDirectory)
{
    const DefinitionBackups backups(backupDirectory);
    const Result<DomainDefiner::Outcome> outcome = DomainDefiner(m_connection, backups).define(xml);
    if (!outcome)
        return Error{outcome.error()};
    return DefineOutcome{outcome->defined.name, outcome->defined.replaced, outcome->defined.running, outcome->backupPath};
}

Result<LibvirtSession::BootSummary> LibvirtConnectionSession::testBoot(const QString &xml)
{
    const Result<TestBoot::Report> report = TestBoot::run(m_connection, xml);
    if (!report)
        return Error{report.error()};
    return BootSummary{int(report->vcpus.size()), report->sockets, report->cores, report->threads, report->hugepagesExpected,
                       report->mismatches, report->unproven};
}
