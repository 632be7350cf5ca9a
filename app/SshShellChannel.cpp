#include "app/SshShellChannel.h"

#include "app/SshChannelText.h"
#include "models/PersistentShell.h"
#include "models/ShellFrames.h"

#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive, which clients use too

namespace iha {
namespace {

using namespace SshChannelText;

// After SIGTERM, how long a command's group may take to end before SIGKILL; after SIGKILL, how
// long before the shell is given up (its state is unknown then).
constexpr qint64 kTermGraceMs = 3000;
constexpr qint64 kKillGraceMs = 5000;

} // namespace

SshShellChannel::SshShellChannel(ssh_session session, const SshTarget &target, int keepaliveSeconds)
    : m_session(session)
    , m_target(target)
    , m_keepaliveSeconds(keepaliveSeconds)
{}

SshShellChannel::~SshShellChannel()
{
    close();
}

void SshShellChannel::close()
{
    if (!m_channel)
        return;
    ssh_remove_channel_callbacks(m_channel, &m_callbacks);
    // The shell reads EOF and ends; a command still running there keeps running, as when an
    // exec channel closes (RemoteCommand::stopCommand covers the long ones).
    if (ssh_channel_is_open(m_channel))
        ssh_channel_close(m_channel);
    ssh_channel_free(m_channel);
    m_channel = nullptr;
}

bool SshShellChannel::write(const QByteArray &bytes)
{
    for (qsizetype written = 0; written < bytes.size();) {
        const auto chunk =
            static_cast<uint32_t>(qMin<qsizetype>(bytes.size() - written, 32 * 1024));
        // Blocking within the session's timeout; nothing taken in that time (a window that
        // stays shut: the shell no longer reads) is a failure too, never a spin.
        const int n = ssh_channel_write(m_channel, bytes.constData() + written, chunk);
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

SshShellChannel::Read SshShellChannel::poll(bool waitForStderr)
{
    Read read;
    quickAck(m_session);
    char buffer[32 * 1024];
    // A read waits for its own stream only: once stdout has said all, stderr is waited for.
    const int n =
        waitForStderr ? 0 : ssh_channel_read_timeout(m_channel, buffer, sizeof buffer, 0, 100);
    if (n == SSH_ERROR) {
        read.error = true;
        return read;
    }
    read.out = QByteArray(buffer, qMax(n, 0));
    if (waitForStderr) {
        const int e = ssh_channel_read_timeout(m_channel, buffer, sizeof buffer, 1, 100);
        read.error = e == SSH_ERROR;
        read.err = QByteArray(buffer, qMax(e, 0));
        read.eof = e == 0 && ssh_channel_is_eof(m_channel);
        return read;
    }
    int e = 0;
    while ((e = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 1)) > 0)
        read.err += QByteArray(buffer, e);
    read.error = e == SSH_ERROR;
    // ssh_channel_read_timeout returns 0 on timeout and at EOF alike.
    read.eof = n == 0 && ssh_channel_is_eof(m_channel);
    return read;
}

void SshShellChannel::keepAlive(const QElapsedTimer &clock)
{
    if (clock.elapsed() - m_lastKeepalive >= m_keepaliveSeconds * 1000) {
        ssh_send_keepalive(m_session);
        m_lastKeepalive = clock.elapsed();
    }
}

bool SshShellChannel::alive()
{
    if (!m_channel || !ssh_channel_is_open(m_channel) || m_ended)
        return false;
    // What arrived while it was idle is read first (an end among it is known only then), and
    // dropped: it belongs to no command.
    char buffer[4096];
    for (int is_stderr : {0, 1}) {
        int n = 0;
        while ((n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, is_stderr)) >
               0) {
        }
        if (n == SSH_ERROR)
            return false;
    }
    return !m_ended && ssh_channel_is_open(m_channel) && !ssh_channel_is_eof(m_channel);
}

SshShellChannel::Started SshShellChannel::start(const SshSession::ShellStart &how,
                                                const QString &name, int timeoutMs,
                                                const std::atomic_bool &cancelled,
                                                CommandResult *notStarted)
{
    // Nothing of the command was sent: it did not run, whatever ends the start.
    const auto notRun = [&](CommandResult::Status status, const QString &why) {
        close();
        notStarted->status = status;
        notStarted->error = m_target.describe(why);
        return Started::Failed;
    };
    const auto connectionLost = [&] {
        return notRun(CommandResult::Status::NotStarted,
                      Tr::tr("connection lost before `%1` was sent (%2); it did not run")
                          .arg(name, lostReason(m_session)));
    };
    m_channel = ssh_channel_new(m_session);
    if (!m_channel)
        return connectionLost();
    ssh_callbacks_init(&m_callbacks);
    m_callbacks.userdata = &m_ended;
    m_callbacks.channel_exit_status_function = [](ssh_session, ssh_channel, int, void *ended) {
        *static_cast<bool *>(ended) = true;
    };
    m_callbacks.channel_exit_signal_function = [](ssh_session, ssh_channel, const char *, int,
                                                  const char *, const char *, void *ended) {
        *static_cast<bool *>(ended) = true;
    };
    ssh_set_channel_callbacks(m_channel, &m_callbacks);
    if (ssh_channel_open_session(m_channel) != SSH_OK) {
        if (!ssh_is_connected(m_session))
            return connectionLost();
        close(); // the server allows no more sessions on this connection (MaxSessions)
        return Started::ChannelRefused;
    }
    if (ssh_channel_request_exec(m_channel, how.command.toUtf8().constData()) != SSH_OK ||
        (!how.preamble.isEmpty() && !write(how.preamble))) {
        if (!ssh_is_connected(m_session))
            return connectionLost();
        close();
        return Started::NotHere;
    }

    // What the login shell's rc files print before the shell runs is dropped by the frames.
    ShellFrameReader frames(how.readyNonce, "ready", "ready");
    QElapsedTimer clock;
    clock.start();
    while (!(frames.stdoutValue("ready") && frames.stderrValue("ready"))) {
        if (cancelled.load())
            return notRun(CommandResult::Status::Cancelled,
                          Tr::tr("`%1` was cancelled before it started").arg(name));
        const Read read = poll(frames.stdoutValue("ready").has_value());
        if ((read.error || read.eof) && !ssh_is_connected(m_session))
            return connectionLost();
        frames.feedStdout(read.out);
        frames.feedStderr(read.err);
        // Not here: it said why, or it ended (a sudo that refused, a shell that is no sh), or
        // took too long. The caller goes on with a channel per command, which says what fails.
        if (frames.stdoutValue("unsupported") || read.error || read.eof ||
            clock.elapsed() > timeoutMs) {
            close();
            return Started::NotHere;
        }
        keepAlive(clock);
    }
    return Started::Ready;
}

CommandResult SshShellChannel::run(const QString &command, const QString &name,
                                   const QByteArray &input, int timeoutMs,
                                   const std::atomic_bool &cancelled,
                                   const SshSession::ChunkHandler &onChunk)
{
    CommandResult result;
    if (cancelled.load()) {
        result.status = CommandResult::Status::Cancelled;
        result.error = m_target.describe(Tr::tr("`%1` was cancelled before it started").arg(name));
        return result;
    }
    result.roundTrips = 1;
    const auto lost = [&](LostWhen when) {
        // The shell ended with the connection still up (killed there, a session time limit):
        // the host answered, the command's fate is unknown.
        result.hostAnswered = ssh_is_connected(m_session);
        close();
        result.status = CommandResult::Status::ConnectionLost;
        result.error =
            result.hostAnswered
                ? m_target.describe(Tr::tr("the remote shell ended while running `%1`. The command "
                                           "may or may not have completed.")
                                        .arg(name))
                : m_target.describe(lostSentence(when).arg(name, lostReason(m_session)));
        return result;
    };
    const QByteArray nonce = PersistentShell::newNonce();
    if (!write(PersistentShell::request(nonce, command.toUtf8(), input)))
        return lost(LostWhen::WhenStarting);

    // Output before the command's own "pid" (stdout) and "start" (stderr) is a leftover of an
    // earlier command (a daemon it left writing), not this one's.
    ShellFrameReader frames(nonce, "pid", "start");
    QElapsedTimer clock;
    clock.start();
    // Cancelled or timed out: the command's process group gets SIGTERM, then SIGKILL, and
    // its end is still read, so that the shell stays in step for the next command.
    std::optional<CommandResult::Status> stop;
    qint64 stoppedAt = 0;
    QStringList signalsSent;
    qint64 lastSignalAt = 0;
    const auto signal = [&](const QByteArray &which) {
        const qint64 group = frames.stdoutValue("pid").value_or("0").toLongLong();
        if (group <= 1 || !write(PersistentShell::killRequest(group, which)))
            return false;
        signalsSent << QString::fromLatin1(which);
        lastSignalAt = clock.elapsed();
        return true;
    };
    while (!(frames.stdoutValue("exit") && frames.stderrValue("end"))) {
        if (!stop) {
            if (cancelled.load())
                stop = CommandResult::Status::Cancelled;
            else if (timeoutMs > 0 && clock.elapsed() > timeoutMs)
                stop = CommandResult::Status::TimedOut;
            stoppedAt = clock.elapsed();
        }
        // Stopped, and its group still unknown after the grace (a host whose processes hang,
        // a shell that no longer reads): given up, with the host counted as answering.
        if (stop && !frames.stdoutValue("pid") && clock.elapsed() - stoppedAt > kTermGraceMs) {
            close();
            result.status = *stop;
            result.error = m_target.describe(
                Tr::tr("`%1` was stopped before it reported its process group, which was sent "
                       "no signal; the tool's shell there was closed")
                    .arg(name));
            return result;
        }
        if (stop && frames.stdoutValue("pid")) {
            const qint64 since = clock.elapsed() - lastSignalAt;
            if ((signalsSent.isEmpty() || (signalsSent.size() == 1 && since > kTermGraceMs)) &&
                !signal(signalsSent.isEmpty() ? "TERM" : "KILL"))
                return lost(LostWhen::WhileRunning);
            if (signalsSent.size() == 2 && since > kKillGraceMs) {
                // It did not end: the shell's state is unknown, so it is given up.
                close();
                result.status = *stop;
                result.error = m_target.describe(
                    Tr::tr("`%1` was sent SIGTERM and SIGKILL but did not end; the tool's shell "
                           "there was closed")
                        .arg(name));
                return result;
            }
        }
        const Read read = poll(frames.stdoutValue("exit").has_value());
        if (read.error || read.eof)
            return lost(LostWhen::WhileRunning);
        const QByteArray out = frames.feedStdout(read.out);
        const QByteArray err = frames.feedStderr(read.err);
        if (!out.isEmpty()) {
            result.out += out;
            onChunk(OutputChannel::Stdout, out);
        }
        if (!err.isEmpty()) {
            result.err += err;
            onChunk(OutputChannel::Stderr, err);
        }
        keepAlive(clock);
    }
    if (!frames.stdoutValue("pid")) {
        // Its shell never started (setsid or sh failing there): the command did not run.
        m_unsupported = true;
        close();
        result.status = CommandResult::Status::NotStarted;
        return result;
    }
    // What the command started and left behind in its group goes too (a write that fails now
    // changes nothing of the status known).
    const QStringList sentBeforeItEnded = signalsSent;
    if (!signalsSent.isEmpty())
        signal("KILL");
    signalsSent = sentBeforeItEnded;
    bool numeric = false;
    const int status = frames.stdoutValue("exit")->toInt(&numeric);
    if (!numeric)
        return lost(LostWhen::AtEnd);
    // Its own shell said how it ended; without that word, a status above 128 is a signal's.
    const bool exitedItself =
        frames.stderrValue("exited") == std::optional<QByteArray>(QByteArray::number(status));
    if (stop && !signalsSent.isEmpty()) {
        result.status = *stop;
        const QString sent = signalsSent.join(QLatin1String(", then SIG"));
        result.error =
            *stop == CommandResult::Status::Cancelled
                ? m_target.describe(
                      Tr::tr("`%1` was cancelled: its process group on the host was sent SIG%2")
                          .arg(name, sent))
                : m_target.describe(Tr::tr("`%1` did not finish within %2 s: its process group "
                                           "on the host was sent SIG%3")
                                        .arg(name, QString::number(timeoutMs / 1000.0), sent));
    } else if (const QString killedBy = PersistentShell::signalOfStatus(status);
               !exitedItself && !killedBy.isEmpty()) {
        result.status = CommandResult::Status::Signalled;
        result.signal = killedBy;
        result.error =
            m_target.describe(Tr::tr("`%1` was killed by signal %2").arg(name, killedBy));
    } else {
        // Ended by itself, even if a stop was asked for before any signal could be sent.
        result.status = CommandResult::Status::Exited;
        result.exitCode = status;
    }
    return result;
}

} // namespace iha
