#include "pages/cpupage.h"

#include "widgets/fieldmessage.h"
#include "widgets/pinninggrid.h"
#include "widgets/pinninglegend.h"
#include "wizard.h"
#include "wizard/steps/cpustep.h"
#include "wizard/wizardsession.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

QString CpuPage::stepTitle()
{
    return tr("CPU");
}

CpuPage::CpuPage(Wizard *wizard, CpuStep *step)
    : StepPage(wizard, step), m_step(step), m_vcpus(new QSpinBox(this)), m_reserved(new QSpinBox(this)), m_topology(new QLabel(this)),
      m_current(new QLabel(this)), m_next(new QLabel(this)), m_placement(new QLabel(this)), m_isolate(new QCheckBox(this)), m_isolation(new QLabel(this)), m_grid(new PinningGrid(this)), m_legend(new PinningLegend(this))
{
    setTitle(stepTitle());
    setSubTitle(tr("How many vCPUs the guest gets and which host threads run them. Pairs of vCPUs on the two threads of one "
                   "core, inside one L3 cache, run best; a core stays with the host."));
    // A typed count takes effect when it is whole ("12", not "1" on the way to it).
    m_vcpus->setKeyboardTracking(false);
    m_vcpus->setToolTip(tr("The guest's vCPUs; the current count always equals this maximum."));
    m_reserved->setKeyboardTracking(false);
    m_reserved->setToolTip(tr("Physical cores kept for the host, QEMU's emulator thread and the I/O thread."));
    const int boxWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 60;
    m_vcpus->setMaximumWidth(boxWidth);
    m_reserved->setMaximumWidth(boxWidth);
    m_topology->setToolTip(tr("The topology the guest sees: one socket, with the host's threads per core."));
    m_current->setWordWrap(true);
    m_current->hide();
    m_placement->setWordWrap(true);
    m_isolate->setText(tr("Keep the host's own &tasks off the VM's threads while it runs"));
    m_isolation->setWordWrap(true);
    m_isolation->setIndent(m_isolate->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6);
    m_isolation->setForegroundRole(QPalette::PlaceholderText);
    auto *autoPin = new QPushButton(tr("&Auto-pin", "button"), this);
    autoPin->setToolTip(tr("Fill the grid the way the planner would: sibling pairs, one cache, the host's cores kept free."));

    auto *vcpuLabel = new QLabel(tr("&vCPUs:"), this);
    vcpuLabel->setBuddy(m_vcpus);
    auto *reservedLabel = new QLabel(tr("Cores &kept for the host:"), this);
    reservedLabel->setBuddy(m_reserved);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(vcpuLabel, m_vcpus);
    form->addRow(QString(), fieldMessage(m_vcpus, CpuStep::vcpusField));
    form->addRow(reservedLabel, m_reserved);
    form->addRow(QString(), fieldMessage(m_reserved, CpuStep::reservedField));
    form->addRow(tr("Topology:"), m_topology);
    auto *gridRow = new QHBoxLayout;
    gridRow->addWidget(m_next, 1);
    gridRow->addWidget(autoPin);

    auto *gridArea = new QScrollArea(this);
    gridArea->setWidget(m_grid);
    gridArea->setWidgetResizable(true);
    gridArea->setFrameShape(QFrame::NoFrame);
    gridArea->setFocusPolicy(Qt::NoFocus); // no invisible Tab stop: focus goes to its fields, which it scrolls to
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_current);
    layout->addWidget(m_placement);
    layout->addLayout(gridRow);
    layout->addWidget(gridArea, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_isolate);
    layout->addWidget(m_isolation);
    layout->addWidget(messages());

    connect(m_vcpus, &QSpinBox::valueChanged, m_step, &CpuStep::setVcpus);
    connect(m_reserved, &QSpinBox::valueChanged, m_step, &CpuStep::setReservedCores);
    connect(m_isolate, &QCheckBox::toggled, m_step, &CpuStep::setIsolateHost);
    connect(autoPin, &QPushButton::clicked, m_step, &CpuStep::autoPin);
    connect(m_grid, &PinningGrid::pinMapChanged, this, [this] { m_step->setPinMap(m_grid->pinMap()); });
    connect(m_grid, &PinningGrid::selectedVcpuChanged, this, [this](int vcpu) {
        m_next->setText(tr("A click gives a host thread <b>vCPU %1</b> (digits and +/- choose another).").arg(vcpu));
    });
    connect(m_step->session(), &WizardSession::hostChanged, this, [this] { m_hostShown = false; });
}

QString CpuPage::helpText() const
{
    return tr("<p>Each vCPU runs on a host thread of its own. The best layout gives the guest whole cores (both SMT threads), "
              "inside one L3 cache, and leaves a core to the host and QEMU's own threads: <b>Auto-pin</b> does that.</p>"
              "<p>In the grid, click a host thread to give it the vCPU named above it, drag across threads for a run of "
              "vCPUs, right-click to clear. With the keyboard: arrows move, Space assigns, Delete clears, digits or +/- "
              "choose the vCPU. A red outline is a conflict; hover over it for the reason.</p>");
}

void CpuPage::showModel()
{
    if (!m_hostShown && m_wizard->host()) {
        m_grid->setHost(m_wizard->host()->cpu);
        m_legend->setHybrid(m_wizard->host()->cpu.isHybrid());
        m_hostShown = true;
    }
    m_vcpus->setRange(1, m_step->maxVcpus());
    m_vcpus->setValue(m_step->vcpus());
    m_reserved->setRange(0, m_step->maxReservedCores());
    m_reserved->setValue(m_step->reservedCores());
    m_topology->setText(m_step->topologyText());
    m_current->setText(m_step->currentVcpusText());
    m_current->setVisible(!m_current->text().isEmpty());
    m_placement->setText(m_step->placement());
    m_placement->setVisible(!m_placement->text().isEmpty());
    {
        const QSignalBlocker blocker(m_isolate);
        m_isolate->setChecked(m_step->isolateHost());
    }
    m_isolation->setText(m_step->isolationText());
    m_isolation->setVisible(!m_isolation->text().isEmpty());
    m_grid->setReserved(m_step->reservedThreads());
    m_grid->setPinMap(m_step->pinMap());
    m_next->setText(tr("A click gives a host thread <b>vCPU %1</b> (digits and +/- choose another).").arg(m_grid->selectedVcpu()));
}
