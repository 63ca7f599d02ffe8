#pragma once

// For the start-up benchmark only (bench/startup.sh): with VFIO_WIZARD_EXIT_WHEN_SHOWN set, the
// process prints its resident memory once the window is on screen and painted, then exits at once.
// Header-only, so the empty-QWizard reference links nothing of ours.
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <cstdlib>

namespace StartupProbe {

class ExposeWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (event->type() == QEvent::Expose && window && window->isExposed() && !m_done) {
            m_done = true;
            // Queued: the expose is painted first, then memory is read and the process exits.
            QTimer::singleShot(0, qApp, [] {
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : status.readAll().split('\n'))
                        if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
                            std::fprintf(stderr, "%s\n", line.simplified().constData());
                // Straight out: the figure is the time to the first page, not the time to tear
                // down widgets and a scan thread mid-read, which a user never waits for.
                std::fflush(stderr);
                std::_Exit(0);
            });
        }
        return false;
    }

private:
    bool m_done = false;
};

/// Call after show(): does nothing unless the benchmark asked for it.
inline void quitWhenShownIfAsked(QWidget *window)
{
    if (qEnvironmentVariableIsEmpty("VFIO_WIZARD_EXIT_WHEN_SHOWN") || !window->windowHandle())
        return;
    window->windowHandle()->installEventFilter(new ExposeWatcher(window));
}

} // namespace StartupProbe
