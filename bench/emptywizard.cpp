// The start-up reference: an empty QWizard with one page, built with the same Qt and measured
// the same way as the wizard (bench/startup.sh). With WIDTHxHEIGHT it opens at that size, the
// wizard's own, so that the area painted is the same too.
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
    if (argc > 1) {
        const QStringList size = QString::fromLocal8Bit(argv[1]).split(u'x');
        if (size.size() == 2)
            wizard.resize(size[0].toInt(), size[1].toInt());
    }
    wizard.show();
    StartupProbe::quitWhenShownIfAsked(&wizard);
    return QApplication::exec();
}
