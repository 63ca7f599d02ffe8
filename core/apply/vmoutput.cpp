#include "apply/vmoutput.h"

#include "nix/nixmodulewriter.h"
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

QList<VmOutput::File> VmOutput::files(const QString &directory, const VmSpec &spec, const HostScan &host, const QString &domainXml)
{
    // The VM's name may hold anything but '/': the files get a name safe to create (SafeName).
    const QString base = QDir(directory).filePath(SafeName::fileName(spec.name));
    const QString xmlPath = base + u".xml"_s;
    return {
        {xmlPath, domainXml.toUtf8()},
        {base + u".nix"_s, NixModuleWriter::write(spec, host, QFileInfo(xmlPath).fileName()).toUtf8()},
        {base + u".profile.json"_s, VmSpecJson::toJson(spec)},
    };
}

Result<void> VmOutput::write(const QString &directory, const QList<File> &files, FileWriter::Overwrite overwrite)
{
    if (!QDir().mkpath(directory))
        return Error{Tr::tr("%1: cannot create the directory").arg(directory)};
    if (overwrite == FileWriter::Overwrite::No) {
        for (const File &file : files)
            if (QFileInfo::exists(file.path))
                return Error{Tr::tr("%1: exists already; nothing was written (--force or \"Replace files that exist\" replaces it)").arg(file.path)};
    }
    for (const File &file : files)
        if (Result<void> written = FileWriter::write(file.path, file.contents, overwrite); !written)
            return written;
    return {};
}
