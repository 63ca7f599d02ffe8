#include "apply/vmoutput.h"

#include "nix/nixmodulewriter.h"
#include "spec/fieldchecks.h"
#include "spec/vmspec.h"
#include "spec/vmspecjson.h"
#include "util/safename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VmOutput)
};

} // namespace

using namespace Qt::Literals::StringLiterals;

QString VmOutput::baseName(const VmSpec &spec)
{
    return SafeName::fileName(spec.name);
}

QStringList VmOutput::paths(const QString &directory, const VmSpec &spec)
{
    // The VM's name may hold anything but '/': the files get a name safe to create (SafeName).
    const QString base = QDir(directory).filePath(baseName(spec));
    return {base + u".xml"_s, base + u".nix"_s, base + u".profile.json"_s};
}

QList<VmOutput::File> VmOutput::files(const QString &directory, const VmSpec &spec, const HostScan &host, const QString &domainXml)
{
    const QStringList names = paths(directory, spec);
    return {
        {names[0], domainXml.toUtf8()},
        {names[1], NixModuleWriter::write(spec, host, QFileInfo(names[0]).fileName()).toUtf8()},
        {names[2], VmSpecJson::toJson(spec)},
    };
}

QStringList VmOutput::pathsOf(const QList<File> &files)
{
    QStringList list;
    for (const File &file : files)
        list << file.path;
    return list;
}

QStringList VmOutput::existing(const QStringList &paths)
{
    QStringList found;
    for (const QString &path : paths)
        if (QFileInfo::exists(path))
            found << path;
    return found;
}

Result<void> VmOutput::write(const QString &directory, const QList<File> &files, FileWriter::Overwrite overwrite)
{
    if (!QDir().mkpath(directory)) {
        // Why, as the review page says it (a file in the way, no permission).
        const QString why = FieldChecks::outputFolder(directory);
        return Error{why.isEmpty() ? Tr::tr("%1: cannot create the directory").arg(directory) : why};
    }
    if (overwrite == FileWriter::Overwrite::No)
        if (const QStringList there = existing(pathsOf(files)); !there.isEmpty())
            return Error{Tr::tr("%1: exists already; nothing was written.").arg(there.first())};
    for (const File &file : files)
        if (Result<void> written = FileWriter::write(file.path, file.contents, overwrite); !written)
            return written;
    return {};
}
