#include "cli.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("vfio-wizard"));
    QCoreApplication::setApplicationName(QStringLiteral("vfio-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VFIO_WIZARD_VERSION));
}

void installTranslations(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("vfio-wizard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

/// Loads the GUI module from beside the executable (build tree) or from the install's lib dir.
int runGui(int argc, char *argv[])
{
    const QString binDir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    const QStringList candidates = {binDir + QStringLiteral("/vfio-wizard-gui"),
                                    binDir + QStringLiteral("/" VFIO_WIZARD_GUI_MODULE_FROM_BIN "/vfio-wizard-gui")};
    QString errors;
    for (const QString &candidate : candidates) {
        QLibrary module(candidate);
        using Entry = int (*)(int, char **);
        if (auto entry = reinterpret_cast<Entry>(module.resolve("vfioWizardGuiMain")))
            return entry(argc, argv);
        errors += module.errorString() + u'\n';
    }
    std::fprintf(stderr, "vfio-wizard: cannot load the GUI module: %s", qPrintable(errors));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    setIdentity();
    if (argc > 1 && Cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        return Cli::run(QCoreApplication::arguments());
    }
    return runGui(argc, argv);
}
