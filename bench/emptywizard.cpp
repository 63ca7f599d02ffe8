// The start-up reference: an empty QWizard with one page, built with the same Qt and measured
// the same way as the wizard (bench/startup.sh).
#include "startupprobe.h"

#include <QApplication>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.setWizardStyle(QWizard::ModernStyle);
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Empty"));
    wizard.addPage(page);
    wizard.show();
    StartupProbe::quitWhenShownIfAsked(&wizard);
    return QApplication::exec();
}
