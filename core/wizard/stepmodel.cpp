#include "wizard/stepmodel.h"

#include "wizard/wizardsession.h"

StepModel::StepModel(WizardSession *session, QObject *parent) : QObject(parent), m_session(session) {}

StepMessages StepModel::messagesFor(const QString &field) const
{
    StepMessages found;
    for (const StepMessage &message : m_messages)
        if (message.field == field)
            found << message;
    return found;
}

StepMessages StepModel::stepMessages() const
{
    StepMessages found;
    for (const StepMessage &message : m_messages)
        if (message.field.isEmpty() && message.id.isEmpty())
            found << message;
    return found;
}

QString StepModel::messageText(QStringView id) const
{
    for (const StepMessage &message : m_messages)
        if (message.id == id)
            return message.text;
    return {};
}

bool StepModel::isComplete() const
{
    return std::none_of(m_messages.begin(), m_messages.end(), [](const StepMessage &m) { return m.severity == Severity::Error; });
}

void StepModel::refresh()
{
    m_messages = checkFields();
    if (!topic().isEmpty())
        m_messages += ::stepMessages(m_session->notes(topic()));
    emit changed();
}

bool StepModel::change(const std::function<PlanNotes(VmSpec &)> &plan, const StepMessages &fieldMessages)
{
    VmSpec trial = m_session->spec();
    StepMessages messages = fieldMessages;
    const bool fieldsOk = std::none_of(fieldMessages.begin(), fieldMessages.end(), [](const StepMessage &m) { return m.severity == Severity::Error; });
    PlanNotes notes;
    if (fieldsOk)
        notes = plan(trial);
    messages += ::stepMessages(notes);
    m_messages = messages;
    const bool ok = fieldsOk && !hasErrors(notes);
    if (ok) {
        if (!topic().isEmpty())
            m_session->setNotes(topic(), notes);
        m_session->setSpec(trial); // every page sees it (specChanged)
    }
    emit changed();
    return ok;
}

void StepModel::setMessages(StepMessages messages)
{
    m_messages = std::move(messages);
    emit changed();
}
