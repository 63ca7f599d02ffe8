#pragma once

#include "util/severity.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;

/// A message with an icon and a colour per severity, in the look of KDE's KMessageWidget: a
/// tinted, rounded box with a coloured border. Text wraps; links open; actions sit at the right.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBanner(QWidget *parent = nullptr);
    /// `text` is rich text: escape what the user or the host wrote (QString::toHtmlEscaped).
    MessageBanner(Severity severity, const QString &text, QWidget *parent = nullptr);

    void setMessage(Severity severity, const QString &text);
    Severity severity() const { return m_severity; }
    QString text() const;
    /// A button at the banner's right (Fix, Browse…).
    void addAction(QWidget *button);

    /// The colour a severity is drawn in, from the palette (so dark themes work).
    static QColor colour(Severity severity, const QPalette &palette);
    /// The translated word for a severity ("Warning", "Fehler").
    static QString severityName(Severity severity);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateLook();

    Severity m_severity = Severity::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_actions;
};
