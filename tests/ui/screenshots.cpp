// Renders every page of the wizard, walked through on the demo host, into PNG files:
// `vfio-wizard-screenshots DIR` (scripts/screenshots.sh runs it offscreen for the README).
#include "libvirt/libvirtconnectionsession.h"
#include "translations.h"
#include "wizard.h"
#include "wizard/steps/hoststep.h"
#include "wizard/steps/storagestep.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Translations::install(app, true);
    // As the user sees it: the theme's style (Fusion where the desktop names none).
    if (!qEnvironmentVariableIsEmpty("VFIO_SCREENSHOTS_DARK")) {
        // A dark theme, to check that every page stays readable in one.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        QApplication::setPalette(dark);
    }
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: vfio-wizard-screenshots DIR\n");
        return 2;
    }
    const QDir out(args[1]);
    if (!out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "%s: cannot create the directory\n", qPrintable(args[1]));
        return 1;
    }
    QTemporaryDir files;
    Wizard::Options options;
    options.demo = true;
    options.useSettings = false;
    options.openLibvirt = &LibvirtConnectionSession::open;
    options.outputDirectory = files.path() + QStringLiteral("/vfio-wizard");
    options.backupDirectory = files.path() + QStringLiteral("/backups");
    Wizard wizard(options);
    // Sized as it would open on this screen (run under Xvfb at the size wanted).
    wizard.show();
    const QStringList names = {QStringLiteral("host-check"), QStringLiteral("gpu"), QStringLiteral("input"), QStringLiteral("cpu"),
                               QStringLiteral("memory"), QStringLiteral("network"), QStringLiteral("storage"), QStringLiteral("review"),
                               QStringLiteral("apply")};
    for (int page = 0; page < names.size(); ++page) {
        QAbstractButton *forward = wizard.button(page + 1 < names.size() ? QWizard::NextButton : QWizard::FinishButton);
        if (wizard.currentId() == Wizard::StoragePageId && !wizard.currentPage()->isComplete())
            wizard.storageStep()->setInstallIso(QStringLiteral("/var/lib/libvirt/images/Win10_22H2_English_x64.iso"));
        if (!QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 20000)) {
            std::fprintf(stderr, "page %s never completed (host scanned: %d)\n", qPrintable(names[page]), int(wizard.host().has_value()));
            for (const StepMessage &m : wizard.hostStep()->messages())
                std::fprintf(stderr, "  %s: %s\n", qPrintable(m.field), qPrintable(m.text));
            return 1;
        }
        QTest::qWait(200); // let the libvirt check and the layout settle
        const QString path = out.filePath(QStringLiteral("%1-%2.png").arg(page + 1, 2, 10, QLatin1Char('0')).arg(names[page]));
        if (!wizard.grab().save(path)) {
            std::fprintf(stderr, "%s: cannot write\n", qPrintable(path));
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
        if (page + 1 < names.size())
            forward->click();
    }
    return 0;
}
