#include "wizard/stepmessage.h"

#include <QRegularExpression>

QString withoutCommandLine(const QString &text)
{
    // The planners speak to the command line too: "(--allow-host-use DEVICE ...)" says how to
    // give the VM what the host uses there. In the wizard the page's own button does that.
    static const QRegularExpression option(QStringLiteral("\\s*\\(--[a-z][a-z-]* [^)]*\\)"));
    QString cleaned = text;
    return cleaned.remove(option);
}

StepMessages stepMessages(const PlanNotes &notes)
{
    StepMessages messages;
    for (const PlanNote &note : notes)
        messages << StepMessage{note.severity, QString(), withoutCommandLine(note.text), note.id};
    return messages;
}

void addFieldError(StepMessages &messages, const QString &field, const QString &why)
{
    if (!why.isEmpty())
        messages << StepMessage::error(field, why);
}
