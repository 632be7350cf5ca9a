#pragma once

#include "widgets/FirstExpose.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <cstdio>

namespace iha::StartupReport {

// For the start-up benchmark (tests/bench/BenchGuiStartup.cpp) only: when the environment has
// IHA_REPORT_SHOWN=<ms>, prints "shown" the moment the window is first exposed, then, after
// that many milliseconds of idling, "rss <kB>" and quits. Without it, it does nothing.
// Installed after show(), so its filter runs before the work others defer to the first
// exposure (filters run newest first).
inline void install(QWidget *window)
{
    bool ok = false;
    const int idleMs = qEnvironmentVariableIntValue("IHA_REPORT_SHOWN", &ok);
    if (!ok)
        return;
    FirstExpose::then(window, [idleMs] {
        std::fputs("shown\n", stdout);
        std::fflush(stdout);
        QTimer::singleShot(idleMs, [] {
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
    });
}

} // namespace iha::StartupReport
