#include "wizard/stepmessage.h"

StepMessages stepMessages(const PlanNotes &notes)
{
    StepMessages messages;
    for (const PlanNote &note : notes)
        messages << StepMessage{note.severity, QString(), note.text, note.id};
    return messages;
}

void addFieldError(StepMessages &messages, const QString &field, const QString &why)
{
    if (!why.isEmpty())
        messages << StepMessage::error(field, why);
}
