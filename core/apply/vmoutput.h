#pragma once

#include "util/filewriter.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct HostScan;
struct VmSpec;

/// The files a planned VM is saved as: NAME.xml (the domain), NAME.nix (the NixOS module that
/// imports beside it) and NAME.profile.json (the plan, to re-open or re-plan later).
class VmOutput
{
public:
    struct File
    {
        QString path;
        QByteArray contents;
    };

    /// NAME of the files for a VM: its name made safe to create (SafeName::fileName).
    static QString baseName(const VmSpec &spec);
    /// `domainXml` is the domain to save: a generated one, or an existing VM's updated one.
    static QList<File> files(const QString &directory, const VmSpec &spec, const HostScan &host, const QString &domainXml);
    /// Where files() puts them: NAME.xml, NAME.nix, NAME.profile.json in `directory`.
    static QStringList paths(const QString &directory, const VmSpec &spec);
    static QStringList pathsOf(const QList<File> &files);
    /// Those of `paths` that are there already.
    static QStringList existing(const QStringList &paths);
    /// All of them or none: with Overwrite::No, a file in the way stops it before the first write.
    static Result<void> write(const QString &directory, const QList<File> &files, FileWriter::Overwrite overwrite);
};
