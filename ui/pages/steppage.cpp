#include "pages/steppage.h"

#include "widgets/fieldmessage.h"
#include "widgets/messagelist.h"
#include "wizard.h"
#include "wizard/stepmodel.h"
#include "wizard/wizardsession.h"

#include <QTimer>

StepPage::StepPage(Wizard *wizard, StepModel *model)
    : QWizardPage(wizard), m_wizard(wizard), m_model(model), m_messages(new MessageList(this))
{
    connect(m_model, &StepModel::changed, this, &StepPage::modelChanged);
    // QWizard initialises a page only on the way forward; Back shows it as it was left. A change
    // made elsewhere meanwhile (a fix on review) must show here too.
    connect(m_model->session(), &WizardSession::specChanged, this, [this] {
        if (m_wizard->currentPage() != this)
            m_stale = true;
    });
    connect(m_wizard, &QWizard::currentIdChanged, this, [this] {
        if (m_wizard->currentPage() == this && m_stale) {
            m_stale = false;
            m_model->refresh();
        }
    });
}

void StepPage::initializePage()
{
    m_stale = false;
    m_model->refresh();
    // QWizard gives the focus to the page's first field after this returns: queued, to come after.
    QTimer::singleShot(0, this, [this] {
        if (QWidget *start = initialFocus(); start && m_wizard->currentPage() == this)
            start->setFocus(Qt::TabFocusReason);
    });
}

bool StepPage::isComplete() const
{
    return m_model->isComplete();
}

FieldMessage *StepPage::fieldMessage(QWidget *field, const char *name)
{
    auto *message = new FieldMessage(field, this);
    m_fieldMessages << std::pair{message, QString::fromLatin1(name)};
    return message;
}

QWidget *StepPage::messages() const
{
    return m_messages;
}

void StepPage::modelChanged()
{
    // Showing the model must not feed back into it: the widgets' own signals wait.
    m_showing = true;
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    QList<bool> blocked;
    for (QWidget *w : widgets)
        blocked << w->blockSignals(true);
    showModel();
    for (qsizetype i = 0; i < widgets.size(); ++i)
        widgets[i]->blockSignals(blocked[i]);
    m_showing = false;
    for (const auto &[message, name] : std::as_const(m_fieldMessages))
        message->setMessages(m_model->messagesFor(name));
    m_messages->setMessages(m_model->stepMessages());
    emit completeChanged();
}
