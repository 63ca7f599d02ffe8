#include "cli/cli.h"
#include "modules/modules.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("vfio-wizard"));
    QCoreApplication::setApplicationName(QStringLiteral("vfio-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VFIO_WIZARD_VERSION));
}

int runGui(int argc, char *argv[])
{
    QString error;
    using Entry = int (*)(int, char **);
    if (auto entry = reinterpret_cast<Entry>(Modules::resolve(QStringLiteral("vfio-wizard-gui"), "vfioWizardGuiMain", &error)))
        return entry(argc, argv);
    std::fprintf(stderr, "vfio-wizard: cannot load the GUI module: %s\n", qPrintable(error));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    setIdentity();
    if (argc > 1 && CommandLine::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        Translations::install(app, false);
        return CommandLine::run(QCoreApplication::arguments());
    }
    return runGui(argc, argv);
}
