// The GUI's entry point, built as a module that main() loads only when no subcommand is given,
// so that `vfio-wizard scan` never loads Qt Widgets, Gui and their forty libraries.
#include "apply/libvirtsession.h"
#include "modules/modules.h"
#include "startupprobe.h"
#include "translations.h"
#include "wizard.h"

#include <QApplication>

extern "C" Q_DECL_EXPORT int vfioWizardGuiMain(int argc, char **argv)
{
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.vfiowizard.VfioWizard"));
    Translations::install(app, true);
    Wizard::Options options = Wizard::optionsFromArguments(QCoreApplication::arguments());
    options.openLibvirt = [](const QString &uri) -> Result<std::unique_ptr<LibvirtSession>> {
        using Entry = void (*)(const QString &, Result<std::unique_ptr<LibvirtSession>> *);
        QString error;
        auto entry = reinterpret_cast<Entry>(Modules::resolve(QStringLiteral("vfio-wizard-virt"), "vfioWizardOpenLibvirt", &error));
        if (!entry)
            return Error{QCoreApplication::translate("Wizard", "Cannot load the libvirt module: %1").arg(error)};
        Result<std::unique_ptr<LibvirtSession>> session = Error{};
        entry(uri, &session);
        return session;
    };
    Wizard wizard(std::move(options));
    wizard.show();
    StartupProbe::quitWhenShownIfAsked(&wizard);
    return QApplication::exec();
}
