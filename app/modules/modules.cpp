#include "modules/modules.h"

#include <QFileInfo>
#include <QLibrary>

namespace Modules {

QFunctionPointer resolve(const QString &module, const char *symbol, QString *error)
{
    const QString binDir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    const QStringList candidates = {binDir + u'/' + module,
                                    binDir + QStringLiteral("/" VFIO_WIZARD_MODULES_FROM_BIN "/") + module};
    QStringList errors;
    for (const QString &candidate : candidates) {
        QLibrary library(candidate);
        if (QFunctionPointer function = library.resolve(symbol))
            return function; // the library stays loaded: QLibrary does not unload on destruction
        errors << library.errorString();
    }
    *error = errors.join(QStringLiteral("; "));
    return nullptr;
}

} // namespace Modules
