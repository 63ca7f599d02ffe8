#pragma once

#include "wizard/stepmessage.h"

#include <QLabel>

/// The line under a field that says why its text cannot be used (or what to watch), in the
/// severity's colour with its icon; empty and hidden when all is well. The field it belongs to
/// gets the message as its accessible description.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    FieldMessage(QWidget *field, QWidget *parent = nullptr);
    void setMessages(const StepMessages &messages);
    /// The field the message is about.
    QWidget *field() const { return m_field; }

private:
    QWidget *m_field;
};
