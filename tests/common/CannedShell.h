#pragma once

#include "models/RemoteShell.h"

#include <QTimer>
#include <atomic>
#include <functional>
#include <utility>

// A fake of the RemoteShell port for logic in isolation (the lab tests use real hosts): every
// command exits 0 with the same output, after `delayMs()` milliseconds through the event loop
// as SshHost's queued signals would, or only once released.
class CannedShell : public iha::RemoteShell
{
public:
    CannedShell(QByteArray output, std::function<int()> delayMs, QObject *parent)
        : RemoteShell(parent)
        , m_output(std::move(output))
        , m_delayMs(std::move(delayMs))
    {}

    quint64 execute(const iha::RemoteCommand &) override
    {
        const quint64 id = ++m_lastId;
        ++executed;
        if (held)
            m_waiting << id;
        else
            QTimer::singleShot(m_delayMs ? m_delayMs() : 0, this, [this, id] { answer(id); });
        return id;
    }
    void cancel(quint64) override {}

    // Answers what was held back, and everything after at once.
    void release()
    {
        held = false;
        for (const quint64 id : std::exchange(m_waiting, {}))
            answer(id);
    }

    bool held = false;           // commands wait for release()
    std::atomic_int executed{0}; // read by a test while a monitor thread executes

private:
    void answer(quint64 id)
    {
        iha::CommandResult result;
        result.status = iha::CommandResult::Status::Exited;
        result.exitCode = 0;
        result.out = m_output;
        emit finished(id, result);
    }

    QByteArray m_output;
    std::function<int()> m_delayMs;
    QList<quint64> m_waiting;
    quint64 m_lastId = 0;
};
