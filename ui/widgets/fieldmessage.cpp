#include "widgets/fieldmessage.h"

#include "widgets/messagebanner.h"


FieldMessage::FieldMessage(QWidget *field, QWidget *parent) : QLabel(parent), m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    hide();
}

void FieldMessage::setMessages(const StepMessages &messages)
{
    if (messages.isEmpty()) {
        clear();
        hide();
        m_field->setAccessibleDescription(QString());
        return;
    }
    const StepMessage worst = *std::max_element(messages.begin(), messages.end(),
                                                [](const StepMessage &a, const StepMessage &b) { return a.severity < b.severity; });
    const QString colour = MessageBanner::colour(worst.severity, palette()).name();
    // A sign as well as a colour: the severity reads without colour vision too.
    const QString sign = worst.severity == Severity::Error ? QStringLiteral("\u2716") : worst.severity == Severity::Warning ? QStringLiteral("\u26a0") : QStringLiteral("\u2139");
    QStringList lines;
    for (const StepMessage &message : messages)
        lines << message.text.toHtmlEscaped();
    setText(QStringLiteral("<span style=\"color:%1\">%2 %3</span>").arg(colour, sign, lines.join(QStringLiteral("<br>"))));
    m_field->setAccessibleDescription(lines.join(u' '));
    show();
}
