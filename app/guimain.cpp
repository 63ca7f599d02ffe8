// The GUI's entry point, built as a module that main() loads only when no subcommand is given,
// so that `vfio-wizard scan` never loads Qt Widgets, Gui and their forty libraries.
#include "wizard.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

extern "C" Q_DECL_EXPORT int vfioWizardGuiMain(int argc, char **argv)
{
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.vfiowizard.VfioWizard"));
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("vfio-wizard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    Wizard wizard(Wizard::optionsFromArguments(QCoreApplication::arguments()));
    wizard.show();
    return QApplication::exec();
}
