#pragma once

#include <QStringList>
#include <QWidget>

/// The wizard's steps beside its pages, as installers show them: where the user is ("Step 3
/// of 9"), what is done and what comes. It only shows; the wizard tells it the current step.
class StepList : public QWidget
{
    Q_OBJECT

public:
    explicit StepList(QWidget *parent = nullptr);
    void setSteps(const QStringList &titles);
    QStringList steps() const { return m_titles; }
    void setCurrent(int index);
    int current() const { return m_current; }
    QString positionText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_titles;
    int m_current = 0;
};
