#include "wizard/steps/hoststep.h"

#include "plan/storageplanner.h"
#include "spec/fieldchecks.h"
#include "wizard/wizardsession.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostStep)
};

} // namespace

void HostStep::check()
{
    StepMessages messages;
    addFieldError(messages, QString::fromLatin1(nameField), FieldChecks::vmName(m_name));
    // An opened VM is defined again under its own name: a new one here would name the files and
    // the module's hooks after a VM libvirt does not have.
    // Said at the field from the start, not only when a new name is refused: a read-only field
    // looks like any other.
    if (!nameEditable()) {
        const QString why = Tr::tr("An opened VM keeps its name, %1: to rename it, do so in virt-manager (while it is shut off) or "
                                   "in its XML file, then open it again.")
                                .arg(m_session->spec().name);
        messages << (m_name != m_session->spec().name ? StepMessage::error(QString::fromLatin1(nameField), why)
                                                       : StepMessage::info(QString::fromLatin1(nameField), why));
    }
    addFieldError(messages, QString::fromLatin1(userField), FieldChecks::userName(m_user));
    addFieldError(messages, QString::fromLatin1(uriField), FieldChecks::uri(m_uri));
    // The demo's pages look like a real host's: say so where the user starts.
    if (m_session->demo())
        messages << StepMessage::info(QString(), Tr::tr("This is the demo: a sample host (the article's i7-6700K with a GTX 1080) and "
                                                        "libvirt's test driver. Nothing on this machine is scanned or changed, except "
                                                        "the files Apply writes."));
    setMessages(messages);
}

bool HostStep::nameEditable() const
{
    return !m_session->existing();
}

void HostStep::setName(const QString &name)
{
    m_name = name;
    check();
    const StepMessages said = messagesFor(QString::fromLatin1(nameField));
    if (std::none_of(said.begin(), said.end(), [](const StepMessage &m) { return m.severity == Severity::Error; })) {
        VmSpec spec = m_session->spec();
        // A new image named after the VM follows the new name; a disk the user chose stays.
        const QString oldImage = StoragePlanner::defaultImagePath(spec.name);
        const QString newImage = StoragePlanner::defaultImagePath(name);
        bool imageRenamed = false;
        for (VmSpec::Disk &disk : spec.disks)
            if (disk.source == VmSpec::DiskSource::ImageFile && disk.sizeBytes > 0 && disk.path == oldImage) {
                disk.path = newImage;
                imageRenamed = true;
            }
        spec.name = name;
        if (imageRenamed) {
            // The storage page's notes name the image too ("a new 64 GiB image file ...").
            const QString storage = QString::fromUtf16(StoragePlanner::topic);
            PlanNotes notes = m_session->notes(storage);
            for (PlanNote &note : notes)
                note.text.replace(oldImage, newImage);
            m_session->setNotes(storage, notes);
        }
        m_session->setSpec(spec);
    }
}

VmSpec::Os HostStep::os() const
{
    return m_session->spec().os;
}

void HostStep::setOs(VmSpec::Os os)
{
    if (os == m_session->spec().os)
        return;
    if (m_session->existing()) {
        // An opened VM keeps its firmware and devices; review lists the change as not applied.
        VmSpec spec = m_session->spec();
        spec.os = os;
        m_session->setSpec(spec);
    } else {
        PlanRequest request;
        request.name = m_session->spec().name;
        request.os = os;
        request.user = m_session->spec().user;
        m_session->replan(request);
    }
    check();
}

void HostStep::setUser(const QString &user)
{
    m_user = user;
    check();
    if (messagesFor(QString::fromLatin1(userField)).isEmpty()) {
        VmSpec spec = m_session->spec();
        spec.user = user;
        m_session->setSpec(spec);
    }
}

void HostStep::setUri(const QString &uri)
{
    m_uri = uri;
    check();
    if (messagesFor(QString::fromLatin1(uriField)).isEmpty())
        m_session->setUri(uri);
}

void HostStep::refresh()
{
    m_name = m_session->spec().name;
    m_user = m_session->spec().user;
    m_uri = m_session->uri();
    check();
}
