#pragma once

#include "app/SshSession.h"

#include <QElapsedTimer>
#include <libssh/callbacks.h>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace iha {

// One persistent shell on an open libssh session (see PersistentShell): started once, then
// each command is one request and its framed reply. Part of the SSH module; used on the
// session's thread only.
class SshShellChannel
{
public:
    SshShellChannel(ssh_session_struct *session, const SshTarget &target, int keepaliveSeconds);
    ~SshShellChannel();
    SshShellChannel(const SshShellChannel &) = delete;
    SshShellChannel &operator=(const SshShellChannel &) = delete;

    enum class Started
    {
        Ready,
        NotHere,        // the host cannot keep one (no setsid, a head that reads ahead, ...)
        ChannelRefused, // the server allows no more sessions on this connection
        Failed,         // see *notStarted: the command was not sent (cancelled, connection lost)
    };
    // `name`: the command it is started for, as messages name it.
    Started start(const SshSession::ShellStart &how, const QString &name, int timeoutMs,
                  const std::atomic_bool &cancelled, CommandResult *notStarted);
    // The shell still runs there; false once it ended (a command sent now would be lost).
    bool alive();
    // A command's own shell did not start there: the host needs a channel per command.
    bool unsupported() const { return m_unsupported; }

    CommandResult run(const QString &command, const QString &name, const QByteArray &input,
                      int timeoutMs, const std::atomic_bool &cancelled,
                      const SshSession::ChunkHandler &onChunk);

private:
    // What one poll of the channel brought.
    struct Read
    {
        QByteArray out;
        QByteArray err;
        bool eof = false;
        bool error = false;
    };
    Read poll(bool waitForStderr);
    bool write(const QByteArray &bytes);
    void keepAlive(const QElapsedTimer &clock);
    void close();

    ssh_session_struct *m_session;
    SshTarget m_target;
    int m_keepaliveSeconds;
    ssh_channel_struct *m_channel = nullptr;
    qint64 m_lastKeepalive = 0;
    bool m_unsupported = false;
    // The shell process itself ended (exit-status or exit-signal from the server), which is
    // said even while something it left behind still holds its output open.
    bool m_ended = false;
    ssh_channel_callbacks_struct m_callbacks{};
};

} // namespace iha
