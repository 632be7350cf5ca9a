#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <QWindow>
#include <cstdio>

namespace iha {

// For the start-up benchmark (tests/bench/BenchGuiStartup.cpp) only: when the environment has
// IHA_REPORT_SHOWN=<ms>, prints "shown" the moment the window is first exposed, then, after
// that many milliseconds of idling, "rss <kB>" and quits. Without it, it does nothing.
class StartupReport : public QObject
{
public:
    static void install(QWidget *window)
    {
        bool ok = false;
        const int idleMs = qEnvironmentVariableIntValue("IHA_REPORT_SHOWN", &ok);
        if (ok && window->windowHandle())
            window->windowHandle()->installEventFilter(new StartupReport(idleMs, window));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (event->type() == QEvent::Expose && window && window->isExposed() && !m_shown) {
            m_shown = true;
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(m_idleMs, this, [] {
                QFile status(QStringLiteral("/proc/self/status"));
                status.open(QIODevice::ReadOnly);
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmRSS:"))
                        std::printf("rss %s\n",
                                    line.mid(6).simplified().split(' ').value(0).constData());
                }
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    StartupReport(int idleMs, QObject *parent)
        : QObject(parent)
        , m_idleMs(idleMs)
    {}

    int m_idleMs;
    bool m_shown = false;
};

} // namespace iha
