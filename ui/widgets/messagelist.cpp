#include "widgets/messagelist.h"

#include "widgets/messagebanner.h"

#include <QVBoxLayout>

MessageList::MessageList(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    hide();
}

void MessageList::setMessages(const StepMessages &messages)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    StepMessages sorted = messages;
    std::stable_sort(sorted.begin(), sorted.end(), [](const StepMessage &a, const StepMessage &b) { return a.severity > b.severity; });
    QStringList said;
    for (const StepMessage &message : std::as_const(sorted)) {
        if (said.contains(message.text))
            continue;
        said << message.text;
        m_layout->addWidget(new MessageBanner(message.severity, message.text.toHtmlEscaped(), this));
    }
    setVisible(!said.isEmpty());
}

QStringList MessageList::texts() const
{
    QStringList list;
    for (int i = 0; i < m_layout->count(); ++i)
        if (auto *banner = qobject_cast<MessageBanner *>(m_layout->itemAt(i)->widget()))
            list << banner->text();
    return list;
}
