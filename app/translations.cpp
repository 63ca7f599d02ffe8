#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication &app, bool withQt)
{
    const QString resources = QStringLiteral(":/i18n");
    // Installed first, so that it is asked last: English plural forms for every locale that has
    // no translation of its own.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral("vfio-wizard_en"), resources))
        QCoreApplication::installTranslator(english);
    auto *own = new QTranslator(&app);
    if (QLocale().language() != QLocale::English && own->load(QLocale(), QStringLiteral("vfio-wizard"), QStringLiteral("_"), resources))
        QCoreApplication::installTranslator(own);
    if (!withQt)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Translations
