#include "wizard/steps/memorystep.h"

#include "host/scansummary.h"
#include "plan/memoryplanner.h"
#include "wizard/wizardsession.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MemoryStep)
};

} // namespace

qint64 MemoryStep::sizeMiB() const
{
    return m_typedMiB.value_or(m_session->spec().memory.sizeMiB);
}

void MemoryStep::refresh()
{
    m_typedMiB.reset();
    StepModel::refresh();
}

qint64 MemoryStep::maxSizeMiB() const
{
    if (!m_session->host())
        return 1024;
    const qint64 total = m_session->host()->memory.totalKiB;
    return std::max<qint64>(512, (total - MemoryPlanner::hostReserveKiB(total)) / 1024);
}

VmSpec::HugepageSize MemoryStep::hugepages() const
{
    return m_session->spec().memory.hugepages;
}

bool MemoryStep::gigabytePages() const
{
    return m_session->host() && m_session->host()->cpu.pdpe1gb;
}

void MemoryStep::replan(qint64 mib, std::optional<VmSpec::HugepageSize> size)
{
    if (!m_session->host())
        return;
    const HostScan &host = *m_session->host();
    change([&](VmSpec &spec) { return MemoryPlanner::plan(host.memory, host.cpu, {mib, size, &spec.cpu}, spec.memory); });
}

void MemoryStep::setSizeMiB(qint64 mib)
{
    // Kept as typed: a refused size must not snap back to the plan's while its error stays.
    m_typedMiB = mib;
    // An opened VM keeps its page size unless the user changes it.
    replan(mib, m_chosenHugepages ? m_chosenHugepages : m_session->existing() ? std::optional(hugepages()) : std::nullopt);
}

void MemoryStep::setHugepages(VmSpec::HugepageSize size)
{
    m_chosenHugepages = size;
    replan(sizeMiB(), size);
}

QString MemoryStep::hostText() const
{
    if (!m_session->host())
        return {};
    const qint64 total = m_session->host()->memory.totalKiB;
    return Tr::tr("The host has %1 of RAM and keeps at least %2 for itself.")
        .arg(ScanSummary::formatBytes(total * 1024), ScanSummary::formatBytes(MemoryPlanner::hostReserveKiB(total) * 1024));
}
