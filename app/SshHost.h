#pragma once

#include "app/OwnedThread.h"
#include "app/SshSession.h"
#include "models/RemoteShell.h"

#include <atomic>
#include <memory>

Q_DECLARE_METATYPE(iha::ConnectReport)

namespace iha {

class SshWorker;
struct SshCancelBoard;

// The remote shell of one host over SSH. Its libssh session lives on a thread of its own
// (created, used and freed there); callers talk to it through queued signals only, so the
// GUI thread never waits on the network.
class SshHost : public RemoteShell
{
    Q_OBJECT

public:
    SshHost(const SshTarget &target, const SshPolicy &policy, QObject *parent = nullptr);
    ~SshHost() override;
    // Gives the host up without waiting on its thread (a window's thread must not): the
    // thread ends, then the host is deleted by this thread's event loop. Until then the
    // application owns it, so that an exit still waits for it.
    void deleteWhenEnded();

    quint64 execute(const RemoteCommand &command) override;
    void cancel(quint64 requestId) override;
    // Connects and authenticates without running anything; reports through opened().
    // `startShellAsRoot`: also makes root available (the sudo checks) and starts the shell
    // commands run in as root, so that a run's first command on each host finds them ready.
    quint64 open(bool startShellAsRoot = false);

    const SshTarget &target() const { return m_target; }

signals:
    void opened(quint64 requestId, const iha::ConnectReport &report);
    // Every connection attempt, including the implicit ones of execute(): host key
    // decisions and authentication outcomes, for the audit log.
    void connectionAttempted(const iha::ConnectReport &report);

private:
    quint64 nextRequestId();
    // Cancels what runs and asks its thread to end, without waiting for it.
    void beginShutdown();

    SshTarget m_target;
    std::shared_ptr<SshCancelBoard> m_cancelBoard;
    OwnedThread m_thread;
    SshWorker *m_worker = nullptr; // lives in m_thread; deleted there when it finishes
};

} // namespace iha
