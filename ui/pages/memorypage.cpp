#include "pages/memorypage.h"

#include "plan/memoryplanner.h"
#include "wizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

MemoryPage::MemoryPage(Wizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_size(new QSpinBox(this)), m_hugepages(new QComboBox(this)),
      m_host(new QLabel(this)), m_status(new QLabel(this))
{
    setTitle(tr("Memory"));
    setSubTitle(tr("How much RAM the guest gets, and whether hugepages back it: they spare the CPU most page-table walks "
                   "and cannot be swapped out, which keeps games smooth."));
    m_size->setRange(512, 16 * 1024 * 1024);
    m_size->setSingleStep(1024);
    m_size->setSuffix(tr(" MiB"));
    m_size->setToolTip(tr("The guest's memory. The host keeps at least 4 GiB or 10% of its RAM, whichever is larger."));
    m_hugepages->addItem(tr("Off"), int(VmSpec::HugepageSize::Off));
    m_hugepages->addItem(tr("2 MiB pages"), int(VmSpec::HugepageSize::Size2M));
    m_hugepages->addItem(tr("1 GiB pages"), int(VmSpec::HugepageSize::Size1G));
    m_hugepages->setToolTip(tr("1 GiB pages are best where the CPU has them and the size is whole GiB; 2 MiB pages work everywhere."));
    m_host->setWordWrap(true);
    m_host->setToolTip(tr("The host's RAM and what it keeps."));
    m_status->setWordWrap(true);
    m_status->setToolTip(tr("How many pages the guest needs and whether the host has them now."));

    auto *form = new QFormLayout;
    form->addRow(tr("Guest memory:"), m_size);
    form->addRow(tr("Hugepages:"), m_hugepages);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_host);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_size, &QSpinBox::valueChanged, this, &MemoryPage::replan);
    connect(m_hugepages, &QComboBox::currentIndexChanged, this, &MemoryPage::replan);
}

void MemoryPage::initializePage()
{
    const VmSpec::Memory &memory = m_wizard->spec().memory;
    {
        const QSignalBlocker sizeBlocker(m_size);
        const QSignalBlocker pagesBlocker(m_hugepages);
        m_size->setValue(int(memory.sizeMiB));
        m_hugepages->setCurrentIndex(m_hugepages->findData(int(memory.hugepages)));
    }
    replan();
}

void MemoryPage::replan()
{
    if (!m_wizard->host())
        return;
    const HostScan &host = *m_wizard->host();
    const qint64 reserveKiB = MemoryPlanner::hostReserveKiB(host.memory.totalKiB);
    const QLocale locale;
    m_host->setText(tr("The host has %1 of RAM and keeps at least %2.")
                        .arg(locale.formattedDataSize(host.memory.totalKiB * 1024, 1, QLocale::DataSizeTraditionalFormat),
                             locale.formattedDataSize(reserveKiB * 1024, 1, QLocale::DataSizeTraditionalFormat)));
    VmSpec::Memory memory = m_wizard->spec().memory;
    const auto size = VmSpec::HugepageSize(m_hugepages->currentData().toInt());
    const PlanNotes notes = MemoryPlanner::plan(host.memory, host.cpu, {m_size->value(), size, &m_wizard->spec().cpu}, memory);
    QStringList lines;
    for (const PlanNote &note : notes)
        lines << note.text;
    m_status->setText(lines.join(u'\n'));
    m_usable = !hasErrors(notes);
    if (m_usable)
        m_wizard->spec().memory = memory;
    if (m_hugepages->currentData().toInt() != int(memory.hugepages)) {
        // The planner fell back (no 1 GiB pages, or not whole GiB): show what it chose.
        const QSignalBlocker blocker(m_hugepages);
        m_hugepages->setCurrentIndex(m_hugepages->findData(int(memory.hugepages)));
    }
    emit completeChanged();
}

bool MemoryPage::isComplete() const
{
    return m_usable;
}
