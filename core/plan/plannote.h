#pragma once

#include "util/severity.h"

#include <QList>
#include <QString>

/// One thing a planner wants the user to know: why it chose something, what to watch, or
/// why the plan cannot work. `topic` names the part of the VM (gpu, cpu, memory, ...).
struct PlanNote
{
    using Severity = ::Severity;

    Severity severity = Severity::Info;
    QString topic;
    QString text;

    static PlanNote info(QString topic, QString text) { return {Severity::Info, std::move(topic), std::move(text)}; }
    static PlanNote warning(QString topic, QString text) { return {Severity::Warning, std::move(topic), std::move(text)}; }
    static PlanNote error(QString topic, QString text) { return {Severity::Error, std::move(topic), std::move(text)}; }
};

using PlanNotes = QList<PlanNote>;

inline bool hasErrors(const PlanNotes &notes)
{
    for (const PlanNote &n : notes)
        if (n.severity == PlanNote::Severity::Error)
            return true;
    return false;
}
