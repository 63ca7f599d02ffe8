#include "wizard/steps/gpustep.h"

#include "plan/inputplanner.h"
#include "plan/hostuseguard.h"
#include "plan/passthroughplanner.h"
#include "spec/fieldchecks.h"
#include "wizard/wizardsession.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GpuStep)
};

} // namespace

QList<GpuStep::Choice> GpuStep::choices() const
{
    QList<Choice> list;
    Choice none;
    none.name = Tr::tr("No GPU: the VM is shown in a window");
    list << none;
    if (!m_session->host())
        return list;
    const HostScan &host = *m_session->host();
    for (const Gpu &gpu : host.gpus) {
        Choice choice;
        choice.address = gpu.address;
        choice.name = gpu.name;
        choice.iommuGroup = gpu.iommuGroup;
        const QStringList allowed = m_session->spec().allowedHostUse;
        choice.obstacle = PassthroughPlanner::obstacle(host, gpu.address, allowed);
        choice.usable = choice.obstacle.isEmpty();
        const HostUseGuard::Verdict uses = HostUseGuard::gpuGroup(host, gpu.address, allowed);
        // Overridable when the host's uses are all that stands in the way.
        choice.overridable = !choice.usable && !uses.allowed
                             && PassthroughPlanner::obstacle(host, gpu.address, allowed + uses.blocking).isEmpty()
                             && HostUseGuard::gpuGroup(host, gpu.address, allowed + uses.blocking).allowed;
        choice.loss = uses.uses;
        choice.hostDisplay = gpu.bootVga;
        list << choice;
    }
    return list;
}

std::optional<PciAddress> GpuStep::chosen() const
{
    return m_session->spec().gpu.address;
}

void GpuStep::replan(const std::optional<PciAddress> &gpu, std::optional<bool> fix)
{
    if (!m_session->host())
        return;
    const HostScan &host = *m_session->host();
    StepMessages fields;
    if (fix.value_or(false))
        addFieldError(fields, QString::fromLatin1(vendorIdField), FieldChecks::vendorId(m_vendorId));
    fields += romMessages();
    change([&](VmSpec &spec) {
        const PassthroughPlanner::Request request{gpu ? gpu->toString() : u"none"_s, fix, m_romFile, spec.allowedHostUse};
        PlanNotes notes = PassthroughPlanner::plan(host, request, spec);
        // Only an id the rule accepts reaches the VM: one typed while the fix is off would
        // otherwise be written when the fix is turned on elsewhere (review's fix).
        if (FieldChecks::vendorId(m_vendorId).isEmpty())
            spec.error43.vendorId = m_vendorId;
        if (hasErrors(notes))
            return notes;
        // Another card (or none) changes what the VM needs for input: keep a choice made for a
        // USB controller, else the host's keyboard and mouse for a GPU, nothing for a window.
        const bool gpuChanged = m_session->spec().gpu.address.has_value() != spec.gpu.address.has_value();
        if (gpuChanged)
            notes += InputPlanner::plan(host, {std::nullopt, false, spec.input.usbController}, spec);
        return notes;
    }, fields);
}

StepMessages GpuStep::romMessages() const
{
    StepMessages fields;
    if (!m_romFile.isEmpty() && m_session->root().isLiveSystem())
        addFieldError(fields, QString::fromLatin1(romField), FieldChecks::readableFile(m_romFile, Tr::tr("The ROM file")));
    return fields;
}

StepMessages GpuStep::checkFields() const
{
    StepMessages fields;
    if (error43())
        addFieldError(fields, QString::fromLatin1(vendorIdField), FieldChecks::vendorId(m_vendorId));
    return fields + romMessages();
}

void GpuStep::choose(const std::optional<PciAddress> &gpu)
{
    // Another card: the planner's default for it (on for NVIDIA); the same one: the toggle as set.
    const auto current = chosen();
    const bool same = gpu && current && gpu->sameSlot(*current);
    replan(gpu, same ? std::optional<bool>(error43()) : std::nullopt);
}

void GpuStep::chooseAnyway(const PciAddress &gpu)
{
    if (!m_session->host())
        return;
    VmSpec spec = m_session->spec();
    for (const QString &device : HostUseGuard::gpuGroup(*m_session->host(), gpu, spec.allowedHostUse).blocking)
        if (!spec.allowedHostUse.contains(device))
            spec.allowedHostUse << device;
    m_session->setSpec(spec);
    choose(gpu);
}

bool GpuStep::error43() const
{
    return m_session->spec().error43.enabled;
}

void GpuStep::setError43(bool on)
{
    replan(chosen(), on);
}

QString GpuStep::vendorId() const
{
    return m_vendorId;
}

void GpuStep::setVendorId(const QString &vendorId)
{
    m_vendorId = vendorId;
    replan(chosen(), error43());
}

QString GpuStep::romFile() const
{
    return m_romFile;
}

void GpuStep::setRomFile(const QString &path)
{
    m_romFile = path;
    replan(chosen(), error43());
}

QString GpuStep::error43Text() const
{
    const VmSpec &spec = m_session->spec();
    if (!spec.gpu.address)
        return Tr::tr("Without a passed GPU there is no driver to hide the VM from.");
    if (spec.error43.enabled)
        return Tr::tr("On: the guest sees the Hyper-V vendor id \"%1\" and no KVM signature. NVIDIA's drivers before 465 "
                      "need this; from 465 on they run in a VM anyway, and the fix does no harm.").arg(spec.error43.vendorId);
    return Tr::tr("Off: the guest sees that it runs under KVM. NVIDIA's drivers from 465 on accept that; older ones stop "
                  "with Error 43.");
}

void GpuStep::refresh()
{
    m_vendorId = m_session->spec().error43.vendorId;
    m_romFile = m_session->spec().gpu.romFile;
    StepModel::refresh();
    // "No GPU" is a choice: where the planner found no card it could pass, the VM goes without
    // one, and why none could go is a warning beside that choice, not an error that stops the step.
    if (!chosen()) {
        StepMessages messages = this->messages();
        for (StepMessage &message : messages)
            if (message.severity == Severity::Error && message.field.isEmpty())
                message.severity = Severity::Warning;
        setMessages(messages);
    }
}
