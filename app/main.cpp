#include "cli.h"
#include "wizard.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

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
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
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
    QApplication app(argc, argv);
    installTranslations(app);
    Wizard wizard(Wizard::optionsFromArguments(QCoreApplication::arguments()));
    wizard.show();
    return QApplication::exec();
}
