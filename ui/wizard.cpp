#include "wizard.h"

#include "cpupage.h"
#include "gpupage.h"
#include "hostcheckpage.h"
#include "vmplanner.h"

#include <QCommandLineParser>

Wizard::Options Wizard::optionsFromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption root(QStringLiteral("root"), tr("Scan the saved tree DIR instead of this machine."), tr("DIR"),
                                  QStringLiteral("/"));
    parser.addOptions({root});
    parser.parse(arguments);
    Options options;
    options.root = parser.value(root);
    return options;
}

Wizard::Wizard(Options options, QWidget *parent) : QWizard(parent), m_options(std::move(options))
{
    setWindowTitle(tr("VFIO Wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(HostCheckPageId, new HostCheckPage(m_options.root, this));
    setPage(GpuPageId, new GpuPage(this));
    setPage(CpuPageId, new CpuPage(this));
}

void Wizard::setHost(const HostScan &host)
{
    m_host = host;
    m_spec = VmPlanner::plan(host, HostRoot(m_options.root), PlanRequest()).spec;
    emit hostReady();
}
