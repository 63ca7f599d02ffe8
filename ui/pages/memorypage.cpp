#include "pages/memorypage.h"

#include "wizard.h"
#include "wizard/steps/memorystep.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QDoubleSpinBox>
#include <QVBoxLayout>

QString MemoryPage::stepTitle()
{
    return tr("Memory");
}

MemoryPage::MemoryPage(Wizard *wizard, MemoryStep *step)
    : StepPage(wizard, step), m_step(step), m_size(new QDoubleSpinBox(this)), m_hugepages(new QComboBox(this)), m_host(new QLabel(this))
{
    setTitle(stepTitle());
    setSubTitle(tr("How much RAM the guest gets, and whether hugepages back it: they spare the CPU most page-table walks and "
                   "cannot be swapped out, which keeps games smooth."));
    m_size->setKeyboardTracking(false);
    m_size->setDecimals(1);
    m_size->setSingleStep(1);
    m_size->setSuffix(tr(" GiB"));
    m_size->setToolTip(tr("The guest's memory. The host keeps at least 4 GiB or 10% of its RAM, whichever is larger."));
    m_size->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000.0 GiB")) + 60);
    m_hugepages->addItem(tr("Off"), int(VmSpec::HugepageSize::Off));
    m_hugepages->addItem(tr("2 MiB pages"), int(VmSpec::HugepageSize::Size2M));
    m_hugepages->addItem(tr("1 GiB pages"), int(VmSpec::HugepageSize::Size1G));
    m_hugepages->setToolTip(tr("1 GiB pages are best where the CPU has them and the size is whole GiB; 2 MiB pages work everywhere."));
    m_host->setWordWrap(true);
    auto *sizeLabel = new QLabel(tr("Guest &memory:"), this);
    sizeLabel->setBuddy(m_size);
    auto *pagesLabel = new QLabel(tr("Huge&pages:"), this);
    pagesLabel->setBuddy(m_hugepages);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(sizeLabel, m_size);
    form->addRow(pagesLabel, m_hugepages);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_host);
    layout->addWidget(messages());
    layout->addStretch();

    connect(m_size, &QDoubleSpinBox::valueChanged, m_step, [this](double gib) { m_step->setSizeMiB(qRound64(gib * 1024)); });
    connect(m_hugepages, &QComboBox::currentIndexChanged, this,
            [this] { m_step->setHugepages(VmSpec::HugepageSize(m_hugepages->currentData().toInt())); });
}

QString MemoryPage::helpText() const
{
    return tr("<p>Give the guest what its games or programs need; the host keeps at least 4 GiB (or a tenth of its RAM).</p>"
              "<p>Hugepages back the guest's memory with large pages: fewer address translations, no swapping. The NixOS "
              "module reserves them at boot, when memory is not yet fragmented. 1 GiB pages need a CPU that has them and a "
              "size in whole GiB; the wizard falls back to 2 MiB pages and says so.</p>");
}

void MemoryPage::showModel()
{
    m_size->setRange(0.5, double(std::max<qint64>(512, m_step->maxSizeMiB() * 2)) / 1024);
    m_size->setValue(double(m_step->sizeMiB()) / 1024);
    m_hugepages->setCurrentIndex(m_hugepages->findData(int(m_step->hugepages())));
    m_host->setText(m_step->hostText());
}
