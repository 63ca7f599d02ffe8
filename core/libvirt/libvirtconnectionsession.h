#pragma once

#include "apply/libvirtsession.h"
#include "libvirt/libvirtconnection.h"

/// LibvirtSession on libvirt's C API: a LibvirtConnection, DomainDefiner and TestBoot.
class LibvirtConnectionSession final : public LibvirtSession
{
public:
    static Result<std::unique_ptr<LibvirtSession>> open(const QString &uri);

    explicit LibvirtConnectionSession(LibvirtConnection connection) : m_connection(std::move(connection)) {}

    QString uri() const override { return m_connection.uri(); }
    Result<QList<DomainEntry>> domains() override;
    Result<QString> domainXml(const QString &name) override { return m_connection.domainXml(name); }
    bool hasDomain(const QString &name) override { return m_connection.hasDomain(name); }
    Result<DefineOutcome> define(const QString &xml, const QString &backupDirectory) override;
    Result<BootSummary> testBoot(const QString &xml) override;

private:
    LibvirtConnection m_connection;
};
