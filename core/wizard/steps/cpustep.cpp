#include "wizard/steps/cpustep.h"

#include "domain/domainfacts.h"
#include "plan/pinningplanner.h"
#include "plan/vmplanner.h"
#include "wizard/vmsummary.h"
#include "wizard/wizardsession.h"

#include <QCoreApplication>
#include <QSet>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CpuStep)
};

} // namespace

int CpuStep::maxVcpus() const
{
    return threadsLeftWith(m_reserved);
}

QList<int> CpuStep::reservedThreadsWith(int reservedCores) const
{
    // The planner decides which cores are the host's (efficiency cores first, the smaller L3):
    // ask it with one vCPU, and read the threads it kept.
    const HostScan &host = *m_session->host();
    VmSpec::Cpu probe = m_session->spec().cpu;
    PinningPlanner::plan(host.cpu, PinningPlanner::requestFor(host, m_session->spec().gpu.address, 1, reservedCores), probe);
    return probe.emulatorPins;
}

int CpuStep::threadsLeftWith(int reservedCores) const
{
    if (!m_session->host())
        return 1;
    const int threads = std::max(1, int(m_session->host()->cpu.threads.size()));
    if (reservedCores <= 0)
        return threads;
    return std::max(1, threads - int(reservedThreadsWith(reservedCores).size()));
}

int CpuStep::vcpus() const
{
    return m_session->spec().cpu.vcpus;
}

int CpuStep::maxReservedCores() const
{
    return m_session->host() ? std::max(0, m_session->host()->cpu.physicalCores() - 1) : 0;
}

void CpuStep::replan(int vcpus, int reserved)
{
    if (!m_session->host())
        return;
    StepMessages fields;
    const int threads = m_session->host() ? int(m_session->host()->cpu.threads.size()) : 1;
    const int most = threadsLeftWith(reserved);
    if (vcpus < 1 || vcpus > threads)
        fields << StepMessage::error(QString::fromLatin1(vcpusField),
                                     Tr::tr("%1 vCPUs: the host has %n thread(s), and each vCPU needs one of its own.", nullptr, threads).arg(vcpus));
    else if (vcpus > most)
        fields << StepMessage::error(QString::fromLatin1(vcpusField),
                                     Tr::tr("%1 vCPUs: %n thread(s) are left beside the cores kept for the host. Keep fewer cores "
                                            "for the host to give the VM more.", nullptr, most).arg(vcpus));
    if (reserved < 0 || reserved > maxReservedCores())
        fields << StepMessage::error(QString::fromLatin1(reservedField),
                                     Tr::tr("The host has %n core(s); at least one must run the VM.", nullptr, maxReservedCores() + 1));
    const HostScan &host = *m_session->host();
    change([&](VmSpec &spec) {
        PlanNotes notes = PinningPlanner::plan(host.cpu, PinningPlanner::requestFor(host, spec.gpu.address, vcpus, reserved), spec.cpu);
        return notes + VmPlanner::isolationNotes(host, spec);
    }, fields);
    if (isComplete())
        m_reserved = reserved;
}

void CpuStep::setVcpus(int vcpus)
{
    replan(vcpus, m_reserved);
}

void CpuStep::setReservedCores(int cores)
{
    m_reserved = cores;
    // Keeping more cores for the host leaves fewer threads: the vCPUs shrink to fit rather than
    // spill onto the host's cores.
    replan(std::min(vcpus(), threadsLeftWith(cores)), cores);
}

void CpuStep::autoPin()
{
    replan(vcpus(), m_reserved);
}

PinMap CpuStep::pinMap() const
{
    const VmSpec::Cpu &cpu = m_session->spec().cpu;
    return cpu.pins.isEmpty() ? PinMap(cpu.vcpus, cpu.threads) : PinMap::fromPins(cpu.pins, cpu.threads);
}

QList<int> CpuStep::reservedThreads() const
{
    return m_session->spec().cpu.emulatorPins;
}

StepMessages CpuStep::conflictMessages(const PinMap &map, bool planned) const
{
    StepMessages messages;
    if (!m_session->host())
        return messages;
    QSet<QString> said;
    for (const PinMap::Conflict &conflict : map.conflicts(m_session->host()->cpu, reservedThreads())) {
        // The planner's pins come with its own words on where they sit and why they span
        // caches or nodes: the map's shorter "they span" would say it a second time.
        const bool spread = conflict.kind == PinMap::Conflict::Kind::CrossesL3 || conflict.kind == PinMap::Conflict::Kind::CrossesNode;
        if (planned && spread)
            continue;
        if (!said.contains(conflict.reason)) {
            said.insert(conflict.reason);
            messages << StepMessage::warning(QString(), conflict.reason);
        }
    }
    return messages;
}

void CpuStep::setPinMap(const PinMap &map)
{
    const StepMessages conflicts = conflictMessages(map, false);
    // The planner's placement sentence no longer holds, and the isolation sentence names the
    // CPUs the host keeps: those the new pins leave free.
    PlanNotes kept = m_session->notes(topic());
    kept.removeIf([](const PlanNote &n) {
        return n.id == QStringView(PinningPlanner::placementNote) || n.id == QStringView(VmPlanner::isolationNote);
    });
    change([&](VmSpec &spec) {
        spec.cpu.pins = map.pins();
        return m_session->host() ? kept + VmPlanner::isolationNotes(*m_session->host(), spec) : kept;
    });
    StepMessages messages = this->messages();
    messages += conflicts.isEmpty() ? StepMessages{StepMessage::info(QString(), Tr::tr("Pinned by hand: every vCPU on a "
                                                                                    "host thread of its own."))}
                                    : conflicts;
    setMessages(messages);
}

QString CpuStep::placement() const
{
    return messageText(PinningPlanner::placementNote);
}

QString CpuStep::isolationText() const
{
    return messageText(VmPlanner::isolationNote);
}

bool CpuStep::isolateHost() const
{
    return m_session->spec().cpu.isolateHost;
}

void CpuStep::setIsolateHost(bool isolate)
{
    if (!m_session->host())
        return;
    // The pins stay as they were, and their messages; only the isolation is said anew.
    PlanNotes notes = m_session->notes(topic());
    notes.removeIf([](const PlanNote &n) { return n.id == QStringView(VmPlanner::isolationNote); });
    StepMessages kept = messages();
    kept.removeIf([](const StepMessage &m) { return m.id == QStringView(VmPlanner::isolationNote); });
    VmSpec spec = m_session->spec();
    spec.cpu.isolateHost = isolate;
    const PlanNotes isolation = VmPlanner::isolationNotes(*m_session->host(), spec);
    m_session->setNotes(topic(), notes + isolation);
    m_session->setSpec(spec);
    setMessages(kept + ::stepMessages(isolation));
}

QString CpuStep::topologyText() const
{
    return VmSummary::topology(m_session->spec().cpu);
}

QString CpuStep::currentVcpusText() const
{
    const auto &existing = m_session->existing();
    if (!existing || !existing->currentVcpus)
        return {};
    // Said as Apply will write it: the count changes only with the vCPUs, the pins or the fix.
    const DomainFacts after = DomainFacts::read(m_session->domainDocument());
    if (after.currentVcpus && *after.currentVcpus < after.vcpus)
        return Tr::tr("The VM starts with %1 of its %2 vCPUs: the guest never sees the rest. Apply keeps that unless you change "
                      "the vCPUs here; the check on the review page starts all of them.")
            .arg(*existing->currentVcpus).arg(existing->before.cpu.vcpus);
    return Tr::tr("The VM starts with %1 of its %2 vCPUs today; after Apply it starts with all of them.")
        .arg(*existing->currentVcpus).arg(existing->before.cpu.vcpus);
}

void CpuStep::refresh()
{
    // How many cores the plan keeps for the host: the count the planner keeps these threads
    // for (on hybrid parts two efficiency cores make one), else the cores of those threads.
    m_reserved = 1;
    const QList<int> &kept = m_session->spec().cpu.emulatorPins;
    if (m_session->host() && !kept.isEmpty()) {
        QSet<int> cores;
        for (int id : kept)
            if (const CpuThread *t = m_session->host()->cpu.thread(id))
                cores.insert(t->siblings.isEmpty() ? id : t->siblings.first());
        m_reserved = std::clamp(int(cores.size()), 0, maxReservedCores());
        for (int r = 1; r <= maxReservedCores(); ++r)
            if (reservedThreadsWith(r) == kept) {
                m_reserved = r;
                break;
            }
    }
    // vCPUs on every thread (the article's VM, virt-manager's unpinned one): the host keeps no
    // core of its own, and the vCPU box must offer the count the VM has.
    if (m_session->host() && m_session->spec().cpu.vcpus > threadsLeftWith(m_reserved))
        m_reserved = 0;
    StepModel::refresh();
    if (m_session->host()) {
        StepMessages messages = this->messages();
        messages += conflictMessages(pinMap(), !placement().isEmpty());
        setMessages(messages);
    }
}
