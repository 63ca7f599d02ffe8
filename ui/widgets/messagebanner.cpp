#include "widgets/messagebanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

MessageBanner::MessageBanner(QWidget *parent) : MessageBanner(Severity::Info, QString(), parent) {}

MessageBanner::MessageBanner(Severity severity, const QString &text, QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_actions(new QHBoxLayout)
{
    m_text->setWordWrap(true);
    // Always rich text: callers escape what they did not write (an entity must not show as "&quot;").
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    setMessage(severity, text);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::setMessage(Severity severity, const QString &text)
{
    m_severity = severity;
    m_text->setText(text);
    setAccessibleName(severityName(severity));
    setAccessibleDescription(text);
    updateLook();
}

void MessageBanner::addAction(QWidget *button)
{
    m_actions->addWidget(button, 0, Qt::AlignTop);
}

QColor MessageBanner::colour(Severity severity, const QPalette &palette)
{
    switch (severity) {
    case Severity::Error: return QColor(0xda, 0x44, 0x53);
    case Severity::Warning: return QColor(0xf6, 0x74, 0x00);
    case Severity::Info: break;
    }
    return palette.color(QPalette::Highlight);
}

QString MessageBanner::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return tr("Error");
    case Severity::Warning: return tr("Warning");
    case Severity::Info: break;
    }
    return tr("Information");
}

void MessageBanner::updateLook()
{
    const QStyle::StandardPixmap icons[] = {QStyle::SP_MessageBoxInformation, QStyle::SP_MessageBoxWarning, QStyle::SP_MessageBoxCritical};
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icons[int(m_severity)], nullptr, this).pixmap(size, size));
    update();
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor border = colour(m_severity, palette());
    QColor fill = border;
    fill.setAlphaF(0.15f);
    painter.setPen(QPen(border, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateLook();
}
