#include "pages/cpupage.h"

#include "plan/pinningplanner.h"
#include "widgets/pinninggrid.h"
#include "wizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

CpuPage::CpuPage(Wizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_vcpus(new QSpinBox(this)), m_reserved(new QSpinBox(this)),
      m_topology(new QLabel(this)), m_conflicts(new QLabel(this)), m_grid(new PinningGrid(this))
{
    setTitle(tr("CPU"));
    setSubTitle(tr("How many vCPUs the guest gets and which host threads run them. Pairs of vCPUs on the two threads "
                   "of one core, inside one L3 cache, run best; one core stays with the host."));
    m_vcpus->setRange(1, 1024);
    m_vcpus->setToolTip(tr("The guest's vCPUs; the current count always equals this maximum."));
    m_reserved->setRange(0, 64);
    m_reserved->setToolTip(tr("Physical cores kept for the host, QEMU's emulator thread and the I/O thread."));
    m_topology->setToolTip(tr("The topology the guest sees: one socket, with the host's threads per core."));
    m_conflicts->setWordWrap(true);
    m_conflicts->setToolTip(tr("What the pin map does against good practice, if anything."));
    auto *autoPinButton = new QPushButton(tr("Auto-pin", "button"), this);
    autoPinButton->setToolTip(tr("Fill the grid the way the planner would: sibling pairs, one cache, the host's core kept free."));

    auto *form = new QFormLayout;
    form->addRow(tr("vCPUs:"), m_vcpus);
    form->addRow(tr("Cores kept for the host:"), m_reserved);
    form->addRow(tr("Topology:"), m_topology);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(autoPinButton, 0, Qt::AlignLeft);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_conflicts);

    connect(autoPinButton, &QPushButton::clicked, this, &CpuPage::autoPin);
    connect(m_grid, &PinningGrid::pinMapChanged, this, &CpuPage::showConflicts);
    connect(m_vcpus, &QSpinBox::valueChanged, this, [this](int vcpus) {
        // A new count keeps the pins of the vCPUs that remain.
        const PinMap &old = m_grid->pinMap();
        if (old.vcpus() == vcpus)
            return;
        PinMap resized(vcpus, old.threadsPerGuestCore());
        for (int v = 0; v < std::min(vcpus, old.vcpus()); ++v)
            if (const auto cpu = old.hostCpu(v))
                resized.assign(v, *cpu);
        m_grid->setPinMap(resized);
        showConflicts();
    });
}

void CpuPage::initializePage()
{
    const VmSpec &spec = m_wizard->spec();
    if (m_wizard->host())
        m_grid->setHost(m_wizard->host()->cpu);
    m_vcpus->setValue(spec.cpu.vcpus);
    m_reserved->setValue(1);
    m_grid->setPinMap(spec.cpu.pins.isEmpty() ? PinMap(spec.cpu.vcpus, spec.cpu.threads)
                                              : PinMap::fromPins(spec.cpu.pins, spec.cpu.threads));
    m_grid->setReserved(spec.cpu.emulatorPins);
    m_topology->setText(tr("%1 socket x %2 cores x %3 threads").arg(spec.cpu.sockets).arg(spec.cpu.cores).arg(spec.cpu.threads));
    showConflicts();
}

void CpuPage::autoPin()
{
    if (!m_wizard->host())
        return;
    VmSpec::Cpu cpu = m_wizard->spec().cpu;
    const PlanNotes notes = PinningPlanner::plan(
        m_wizard->host()->cpu, PinningPlanner::requestFor(*m_wizard->host(), m_wizard->spec().gpu.address, m_vcpus->value(), m_reserved->value()), cpu);
    QStringList warnings;
    for (const PlanNote &note : notes)
        if (note.severity != PlanNote::Severity::Info)
            warnings << note.text;
    if (hasErrors(notes)) {
        m_conflicts->setText(warnings.join(u'\n'));
        return;
    }
    m_wizard->spec().cpu = cpu;
    m_grid->setPinMap(PinMap::fromPins(cpu.pins, cpu.threads));
    m_grid->setReserved(cpu.emulatorPins);
    m_topology->setText(tr("%1 socket x %2 cores x %3 threads").arg(cpu.sockets).arg(cpu.cores).arg(cpu.threads));
    showConflicts();
    if (!warnings.isEmpty())
        m_conflicts->setText(m_conflicts->text() + u'\n' + warnings.join(u'\n'));
}

void CpuPage::showConflicts()
{
    if (!m_wizard->host())
        return;
    QStringList reasons;
    for (const PinMap::Conflict &c : m_grid->pinMap().conflicts(m_wizard->host()->cpu))
        reasons << c.reason;
    m_conflicts->setText(reasons.isEmpty() ? tr("The pins follow the host's cores and caches.") : reasons.join(u'\n'));
}

bool CpuPage::validatePage()
{
    const QList<int> pins = m_grid->pinMap().pins();
    VmSpec::Cpu &cpu = m_wizard->spec().cpu;
    cpu.pins = pins;
    cpu.vcpus = m_grid->pinMap().vcpus();
    return true;
}
