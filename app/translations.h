#pragma once

class QCoreApplication;

/// The application's translations, for the command line and the GUI alike.
namespace Translations {

/// Installs English plural forms ("1 socket", "2 sockets"; the sources say "%n socket(s)"),
/// then the user's language over them, and with `withQt` Qt's own strings for the dialogs.
void install(QCoreApplication &app, bool withQt);

} // namespace Translations
