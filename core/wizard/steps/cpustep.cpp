#include "wizard/steps/cpustep.h"

#include "plan/pinningplanner.h"
#include "plan/vmplanner.h"
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
    return m_session->host() ? std::max(1, int(m_session->host()->cpu.threads.size())) : 1;
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
    if (vcpus < 1 || vcpus > maxVcpus())
        fields << StepMessage::error(QString::fromLatin1(vcpusField),
                                     Tr::tr("%1 vCPUs: the host has %n thread(s), and each vCPU needs one of its own.", nullptr, maxVcpus()).arg(vcpus));
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
    replan(vcpus(), cores);
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

StepMessages CpuStep::conflictMessages(const PinMap &map) const
{
    StepMessages messages;
    if (!m_session->host())
        return messages;
    QSet<QString> said;
    for (const PinMap::Conflict &conflict : map.conflicts(m_session->host()->cpu, reservedThreads()))
        if (!said.contains(conflict.reason)) {
            said.insert(conflict.reason);
            messages << StepMessage::warning(QString(), conflict.reason);
        }
    return messages;
}

void CpuStep::setPinMap(const PinMap &map)
{
    const StepMessages conflicts = conflictMessages(map);
    change([&](VmSpec &spec) {
        spec.cpu.pins = map.pins();
        return PlanNotes{};
    });
    setMessages(conflicts.isEmpty() ? StepMessages{StepMessage::info(QString(), Tr::tr("Pinned by hand: every vCPU on a "
                                                                                         "host thread of its own."))}
                                    : conflicts);
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
    const HostScan &host = *m_session->host();
    StepMessages kept = messages();
    VmSpec spec = m_session->spec();
    spec.cpu.isolateHost = isolate;
    m_session->setSpec(spec);
    // The pins stay as they were, and their messages; only the isolation is said anew.
    kept.removeIf([](const StepMessage &m) { return m.id == QStringView(VmPlanner::isolationNote); });
    setMessages(kept + ::stepMessages(VmPlanner::isolationNotes(host, spec)));
}

QString CpuStep::topologyText() const
{
    const VmSpec::Cpu &cpu = m_session->spec().cpu;
    return Tr::tr("%n socket(s)", nullptr, cpu.sockets) + QStringLiteral(", ") + Tr::tr("%n core(s)", nullptr, cpu.cores * cpu.dies)
           + QStringLiteral(", ") + Tr::tr("%n thread(s) per core", nullptr, cpu.threads);
}

QString CpuStep::currentVcpusText() const
{
    const auto &existing = m_session->existing();
    if (!existing || !existing->currentVcpus)
        return {};
    return Tr::tr("The VM starts with %1 of its %2 vCPUs today; after Apply it starts with all of them.")
        .arg(*existing->currentVcpus).arg(existing->before.cpu.vcpus);
}

void CpuStep::refresh()
{
    // How many cores the plan keeps for the host: the cores of the emulator's threads.
    m_reserved = 1;
    if (m_session->host() && !m_session->spec().cpu.emulatorPins.isEmpty()) {
        QSet<int> cores;
        for (int id : m_session->spec().cpu.emulatorPins)
            if (const CpuThread *t = m_session->host()->cpu.thread(id))
                cores.insert(t->siblings.isEmpty() ? id : t->siblings.first());
        m_reserved = std::clamp(int(cores.size()), 0, maxReservedCores());
    }
    StepModel::refresh();
    if (m_session->host()) {
        StepMessages messages = this->messages();
        messages += conflictMessages(pinMap());
        setMessages(messages);
    }
}
