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
    /// A stable name for a note the GUI shows in a place of its own (`cpu.placement`); empty
    /// for the others.
    QString id = {};

    static PlanNote info(QString topic, QString text) { return {Severity::Info, std::move(topic), std::move(text)}; }
    static PlanNote warning(QString topic, QString text) { return {Severity::Warning, std::move(topic), std::move(text)}; }
    static PlanNote error(QString topic, QString text) { return {Severity::Error, std::move(topic), std::move(text)}; }
};

using PlanNotes = QList<PlanNote>;

/// The note with this id, or null.
inline const PlanNote *findNote(const PlanNotes &notes, QStringView id)
{
    for (const PlanNote &n : notes)
        if (n.id == id)
            return &n;
    return nullptr;
}

inline bool hasErrors(const PlanNotes &notes)
{
    for (const PlanNote &n : notes)
        if (n.severity == PlanNote::Severity::Error)
            return true;
    return false;
}
