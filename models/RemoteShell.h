#pragma once

#include "models/RemoteCommand.h"

#include <QObject>

namespace iha {

// The port through which every remote step reaches a host. Implementations run the work on
// a thread of their own; output and results arrive through queued signals, in the thread of
// the object that receives them. Requests of one shell run one after the other, in order.
class RemoteShell : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~RemoteShell() override = default;

    // Queues a command; returns its request id (never 0).
    virtual quint64 execute(const RemoteCommand &command) = 0;
    // Stops a queued or running command (its channel is closed); finished() reports Cancelled.
    virtual void cancel(quint64 requestId) = 0;

signals:
    void outputReceived(quint64 requestId, iha::OutputChannel channel, const QByteArray &chunk);
    void finished(quint64 requestId, const iha::CommandResult &result);
    // The same result, emitted on the thread that ran the command as soon as it ends: for a
    // waiter that must not depend on the shell's thread (the runner, whose owner may be
    // waiting for it to end, e.g. a window closed mid-run).
    void resultReady(quint64 requestId, const iha::CommandResult &result);
};

} // namespace iha
