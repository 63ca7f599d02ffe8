#pragma once

#include "plan/plannote.h"
#include "wizard/stepmessage.h"

#include <QObject>

#include <functional>

class WizardSession;
struct VmSpec;

/// The model of one wizard step (the Calamares pattern: a config object per step, the page
/// only shows it). It holds what the step's fields say, checks them as they are typed, and
/// re-plans on every change, so a page never shows a stale value, and the command line and
/// profiles get the same checks.
class StepModel : public QObject
{
    Q_OBJECT

public:
    explicit StepModel(WizardSession *session, QObject *parent = nullptr);

    WizardSession *session() const { return m_session; }
    const StepMessages &messages() const { return m_messages; }
    /// The messages of one field, for the line under it.
    StepMessages messagesFor(const QString &field) const;
    /// The messages that belong to the whole step, for its banners (not those with an id).
    StepMessages stepMessages() const;
    /// The text of the message with this id (PlanNote::id), or empty.
    QString messageText(QStringView id) const;
    /// Nothing stops the step: no error, in a field or in the plan.
    bool isComplete() const;

    /// Reads the session again: the page is shown, or something elsewhere changed the VM.
    virtual void refresh();

signals:
    void changed();

protected:
    /// The one way a step changes the VM: plan the change on a copy of the spec and keep the
    /// copy when it plans without an error. Errors of typed fields stop it as well.
    bool change(const std::function<PlanNotes(VmSpec &)> &plan, const StepMessages &fieldMessages = {});
    void setMessages(StepMessages messages);
    /// The topic of the planners' notes this step shows when it is first shown.
    virtual QString topic() const { return {}; }
    /// The checks of the step's fields as they stand (shown from the start, not only after a change).
    virtual StepMessages checkFields() const { return {}; }

    WizardSession *m_session;

private:
    StepMessages m_messages;
};
