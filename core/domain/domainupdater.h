#pragma once

#include <QCoreApplication>
#include "spec/vmspec.h"

#include <QDomDocument>
#include <QStringList>

/// Writes the wizard's edits back into an existing domain: only the parts of the VmSpec that
/// changed are patched, each by the narrow operation that touches its own elements, so what
/// the wizard does not model (metadata, other devices, addresses, comments) stays as it was.
class DomainUpdater
{
    Q_DECLARE_TR_FUNCTIONS(DomainUpdater)

public:
    struct Update
    {
        QDomDocument document;
        QStringList notApplied; ///< edits an existing domain cannot take here, in words
    };

    /// `before` is what DomainReader read from `original`; `after` is the edited spec.
    static Update update(const QDomDocument &original, const VmSpec &before, const VmSpec &after);
};
