#pragma once

#include "app/SshSession.h"
#include "models/RemoteScripts.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <atomic>
#include <memory>
#include <optional>

namespace iha {

// Shared by a host (which asks) and its worker (which obeys): which requests to stop.
struct SshCancelBoard
{
    QMutex mutex;
    QSet<quint64> cancelled;
    quint64 runningId = 0;
    std::atomic_bool cancelRunning{false};
    std::atomic_bool shuttingDown{false};
    std::atomic<quint64> lastRequestId{0}; // the newest id handed out by the host

    void cancel(quint64 id);
    // Marks `id` as running; false when it was cancelled before it started.
    bool start(quint64 id);
    void done(quint64 id);
    // From now on nothing starts and what runs is cancelled.
    void shutDown();
};

// Lives on a host's own thread and owns its SshSession; every slot is called queued.
class SshWorker : public QObject
{
    Q_OBJECT

public:
    SshWorker(SshTarget target, SshPolicy policy, std::shared_ptr<SshCancelBoard> board);
    ~SshWorker() override;

    void execute(quint64 id, const iha::RemoteCommand &command);
    void open(quint64 id, bool startShellAsRoot);
    // Frees the libssh session on this thread, before the thread ends.
    void shutdown();

signals:
    void outputReceived(quint64 requestId, iha::OutputChannel channel, const QByteArray &chunk);
    void finished(quint64 requestId, const iha::CommandResult &result);
    void opened(quint64 requestId, const iha::ConnectReport &report);
    void connectionAttempted(const iha::ConnectReport &report);

private:
    // A new session (the SSH module's), connected; reported through connectionAttempted().
    ConnectReport connect();
    // Connects when needed for request `id`; nullopt on success, else the failure message.
    std::optional<QString> ensureConnected(quint64 id);
    // Finds out how to become root (once per connection); nullopt on success.
    std::optional<QString> ensurePrivilege();
    std::optional<QString> findPrivilege();
    CommandResult run(quint64 id, const QString &command, const QString &name,
                      const QByteArray &input, int timeoutMs);
    // In the persistent shell of the command's privilege; nullopt when there is none here.
    std::optional<CommandResult> runInShell(quint64 id, const RemoteCommand &command,
                                            const QString &name);
    // An exchange of the tool's own (the sudo checks): its cost goes to the next result.
    CommandResult runOwn(const QString &command, const QString &name, const QByteArray &input);

    SshTarget m_target;
    SshPolicy m_policy;
    std::shared_ptr<SshCancelBoard> m_board;
    std::unique_ptr<SshSession> m_connection;
    ConnectReport::Failure m_lastFailure = ConnectReport::Failure::None;
    // A failed open() (a run connecting every host at its start) answers the commands asked
    // for while it was being tried, instead of a second wait for the same dead host; a command
    // asked for later tries again.
    std::optional<ConnectReport> m_failedOpen;
    quint64 m_failedOpenCovers = 0; // request ids up to this one
    // Why root could not be had on this connection: asked once (a wrong sudo password tried
    // again and again locks the account).
    std::optional<QString> m_privilegeProblem;
    std::optional<RemoteScripts::Privilege> m_privilege;
    CommandResult m_unbilled; // roundTrips and shellStarts of the tool's own exchanges
};

} // namespace iha
