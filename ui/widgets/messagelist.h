#pragma once

#include "wizard/stepmessage.h"

#include <QWidget>

class QVBoxLayout;

/// A step's messages as banners, errors first; hidden when there are none.
class MessageList : public QWidget
{
    Q_OBJECT

public:
    explicit MessageList(QWidget *parent = nullptr);
    void setMessages(const StepMessages &messages);
    /// The texts shown, in order (for tests and screen readers).
    QStringList texts() const;

private:
    QVBoxLayout *m_layout;
};
