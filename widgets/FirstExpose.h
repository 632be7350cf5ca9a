#pragma once

#include <QEvent>
#include <QPointer>
#include <QWidget>
#include <QWindow>
#include <functional>

namespace iha {

// Runs `action` once the window has first been exposed on screen (or at once if it already
// is): work that is not needed for the first paint waits until after it.
class FirstExpose : public QObject
{
public:
    static void then(QWidget *window, std::function<void()> action)
    {
        QWindow *native = window->windowHandle();
        if (native && native->isExposed())
            return action();
        auto *watcher = new FirstExpose(window, std::move(action));
        // Shown but not exposed yet: the native window says when; not shown yet: it exists
        // once the widget is.
        if (native) {
            native->installEventFilter(watcher);
            watcher->m_watchingWindow = true;
        } else {
            window->installEventFilter(watcher);
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The native window exists once the widget is shown; exposure is reported to it.
        if (watched == parent() && event->type() == QEvent::Show && !m_watchingWindow) {
            if (QWindow *native = static_cast<QWidget *>(parent())->windowHandle()) {
                native->installEventFilter(this);
                m_watchingWindow = true;
            }
        } else if (event->type() == QEvent::Expose && qobject_cast<QWindow *>(watched) &&
                   static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            parent()->removeEventFilter(this);
            const auto action = std::move(m_action);
            deleteLater();
            action();
        }
        return false;
    }

private:
    FirstExpose(QWidget *window, std::function<void()> action)
        : QObject(window)
        , m_action(std::move(action))
    {}

    std::function<void()> m_action;
    bool m_watchingWindow = false;
};

} // namespace iha
