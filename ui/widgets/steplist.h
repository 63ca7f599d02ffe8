#pragma once

#include <QSet>
#include <QStringList>
#include <QWidget>

/// The wizard's steps beside its pages, as installers show them: where the user is ("Step 3
/// of 9"), what is done and what comes. It shows, and says which step was clicked; the wizard
/// tells it the current step and decides how far a click may go.
class StepList : public QWidget
{
    Q_OBJECT

public:
    explicit StepList(QWidget *parent = nullptr);
    void setSteps(const QStringList &titles);
    QStringList steps() const { return m_titles; }
    void setCurrent(int index);
    /// The steps shown so far: done, whichever step is current now.
    void setSeen(const QSet<int> &seen);
    QSet<int> seen() const { return m_seen; }
    /// Whether a click may go anywhere (not once the VM is applied).
    void setClickable(bool clickable);
    int current() const { return m_current; }
    QString positionText() const;
    /// The step whose row is at `point`, or -1.
    int stepAt(const QPoint &point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void stepClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    /// The row of step `index`: the one geometry the painting and the clicks share.
    QRect rowRect(int index) const;

    QStringList m_titles;
    int m_current = 0;
    QSet<int> m_seen;
    bool m_clickable = true;
};
