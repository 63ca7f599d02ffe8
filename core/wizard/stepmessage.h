#pragma once

#include "plan/plannote.h"
#include "util/severity.h"

#include <QList>
#include <QString>

/// What a wizard step tells the user: a planner's why and what to watch, or why a field cannot
/// be used. `field` names the field the message belongs next to; empty: the whole step.
struct StepMessage
{
    Severity severity = Severity::Info;
    QString field;
    QString text;
    /// A message a page shows in a place of its own (PlanNote::id), not among the banners.
    QString id = {};

    static StepMessage error(QString field, QString text) { return {Severity::Error, std::move(field), std::move(text)}; }
    static StepMessage warning(QString field, QString text) { return {Severity::Warning, std::move(field), std::move(text)}; }
    static StepMessage info(QString field, QString text) { return {Severity::Info, std::move(field), std::move(text)}; }
};

using StepMessages = QList<StepMessage>;

/// A planner's text as the wizard says it: without the command line's options in parentheses
/// ("(--allow-host-use DEVICE)"), which the pages offer as buttons of their own.
QString withoutCommandLine(const QString &text);
/// The planners' notes as messages of the whole step (without command-line options).
StepMessages stepMessages(const PlanNotes &notes);
/// An error for `field` when `why` is not empty.
void addFieldError(StepMessages &messages, const QString &field, const QString &why);
