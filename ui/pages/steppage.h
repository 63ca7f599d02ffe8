#pragma once

#include <QWizardPage>

class FieldMessage;
class MessageList;
class StepModel;
class Wizard;

/// A wizard page that shows a step model: it builds the widgets, writes what the user does into
/// the model, and shows the model again after every change (values, field messages, the
/// step's banners). Pages hold no state of their own.
class StepPage : public QWizardPage
{
    Q_OBJECT

public:
    StepPage(Wizard *wizard, StepModel *model);

    void initializePage() override;
    bool isComplete() const override;
    /// Help for this step, shown by the wizard's Help button.
    virtual QString helpText() const = 0;
    MessageList *messageList() const { return m_messages; }

protected:
    /// Shows the model's values in the widgets (their signals are blocked meanwhile).
    virtual void showModel() = 0;
    /// Where the keyboard starts on this page; none: QWizard's choice (the first field).
    virtual QWidget *initialFocus() const { return nullptr; }
    /// A message line under `field`, kept in step with the model's messages for `name`.
    FieldMessage *fieldMessage(QWidget *field, const char *name);
    /// The banners of the step's messages, for the page's layout.
    QWidget *messages() const;

    Wizard *m_wizard;
    StepModel *m_model;
    bool m_showing = false;

private:
    void modelChanged();

    MessageList *m_messages;
    QList<std::pair<FieldMessage *, QString>> m_fieldMessages;
    bool m_stale = false; ///< the VM changed while another page was shown
};
