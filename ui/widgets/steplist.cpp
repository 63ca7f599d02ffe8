#include "widgets/steplist.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int padding = 12;

} // namespace

StepList::StepList(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Steps"));
    setToolTip(tr("Click a step to go there: any step before this one, or a later one once the pages between are complete."));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setMouseTracking(true); // the hand over a row, before the click
}

QRect StepList::rowRect(int index) const
{
    const int line = QFontMetrics(font()).height() * 2;
    return {padding, padding + line * (index + 1), width() - 2 * padding, line};
}

int StepList::stepAt(const QPoint &point) const
{
    for (int i = 0; i < m_titles.size(); ++i)
        if (rowRect(i).contains(point))
            return i;
    return -1;
}

void StepList::mousePressEvent(QMouseEvent *event)
{
    if (const int index = stepAt(event->position().toPoint());
        m_clickable && event->button() == Qt::LeftButton && index >= 0 && index != m_current)
        emit stepClicked(index);
}

void StepList::mouseMoveEvent(QMouseEvent *event)
{
    const int index = stepAt(event->position().toPoint());
    setCursor(m_clickable && index >= 0 && index != m_current ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void StepList::setSteps(const QStringList &titles)
{
    m_titles = titles;
    updateGeometry();
    update();
}

void StepList::setCurrent(int index)
{
    m_current = index;
    setAccessibleDescription(positionText());
    update();
}

void StepList::setSeen(const QSet<int> &seen)
{
    m_seen = seen;
    update();
}

void StepList::setClickable(bool clickable)
{
    m_clickable = clickable;
    if (!clickable)
        unsetCursor();
}

QString StepList::positionText() const
{
    return tr("Step %1 of %2: %3").arg(m_current + 1).arg(m_titles.size()).arg(m_titles.value(m_current));
}

QSize StepList::sizeHint() const
{
    const QFontMetrics metrics(font());
    int width = metrics.horizontalAdvance(tr("Step %1 of %2").arg(10).arg(10));
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    for (const QString &title : m_titles)
        width = std::max(width, boldMetrics.horizontalAdvance(title) + metrics.height() * 2);
    return {width + 2 * padding, (int(m_titles.size()) + 2) * metrics.height() * 2};
}

QSize StepList::minimumSizeHint() const
{
    return {sizeHint().width(), 100};
}

void StepList::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::AlternateBase));
    const QFontMetrics metrics(font());
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(QRect(padding, padding, width() - 2 * padding, metrics.height()), Qt::AlignLeft,
                     tr("Step %1 of %2").arg(m_current + 1).arg(m_titles.size()));
    const int dot = metrics.height() / 2;
    for (int i = 0; i < m_titles.size(); ++i) {
        const QRect row = rowRect(i);
        const QPoint centre(row.left() + dot, row.center().y());
        QFont font = this->font();
        if (i == m_current) {
            QColor highlight = pal.color(QPalette::Highlight);
            highlight.setAlphaF(0.18f);
            painter.setPen(Qt::NoPen);
            painter.setBrush(highlight);
            painter.drawRoundedRect(row.adjusted(-6, 2, 6, -2), 4, 4);
            font.setBold(true);
        }
        // Seen: a filled dot; here: a ring in the highlight colour; not yet: an empty ring. Seen
        // stays seen when the user goes back.
        const bool seen = i != m_current && (i < m_current || m_seen.contains(i));
        painter.setPen(QPen(seen || i == m_current ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), 2));
        painter.setBrush(seen ? pal.color(QPalette::Highlight) : Qt::transparent);
        painter.drawEllipse(centre, dot / 2 + 2, dot / 2 + 2);
        painter.setFont(font);
        painter.setPen(i > m_current && !seen ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::WindowText));
        painter.drawText(row.adjusted(dot * 3, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, m_titles[i]);
    }
}
