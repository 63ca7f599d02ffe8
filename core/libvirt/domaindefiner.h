#pragma once

#include "apply/definitionbackups.h"
#include "libvirt/libvirtconnection.h"
#include "util/result.h"

/// Defines a domain the safe way: the definition it replaces is saved first, and nothing is
/// defined when that save fails.
class DomainDefiner
{
public:
    struct Outcome
    {
        LibvirtConnection::Defined defined;
        QString backupPath; ///< empty when no definition was replaced
    };

    DomainDefiner(LibvirtConnection &connection, const DefinitionBackups &backups)
        : m_connection(connection), m_backups(backups)
    {
    }

    Result<Outcome> define(const QString &xml);
    /// Defines a saved backup again (itself backing up what it replaces).
    Result<Outcome> restore(const QString &backupPath);

private:
    LibvirtConnection &m_connection;
    const DefinitionBackups &m_backups;
};
