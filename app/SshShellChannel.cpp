#include "app/SshShellChannel.h"

#include "app/SshChannelText.h"
#include "models/PersistentShell.h"
#include "models/ShellFrames.h"

#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive, which clients use too
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

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
        const int n = ssh_channel_write(m_channel, bytes.constData() + written, chunk);
        if (n == SSH_ERROR)
            return false;
        written += n;
    }
    return true;
}

SshShellChannel::Read SshShellChannel::poll(bool waitForStderr)
{
    Read read;
    // See SshConnection::quickAck: without it each reply may wait up to 40 ms for our ACK.
    const int fd = ssh_get_fd(m_session);
    const int on = 1;
    if (fd >= 0)
        setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
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

SshShellChannel::Started SshShellChannel::start(const SshSession::ShellStart &how,
                                                const QString &name, int timeoutMs,
                                                CommandResult *lost)
{
    const auto connectionLost = [&](LostWhen when) {
        close();
        lost->status = CommandResult::Status::ConnectionLost;
        const QString why = fromUtf8(ssh_get_error(m_session));
        lost->error = m_target.describe(
            lostSentence(when).arg(name, why.isEmpty() ? Tr::tr("no reason given") : why));
        return Started::ConnectionLost;
    };
    m_channel = ssh_channel_new(m_session);
    if (!m_channel)
        return connectionLost(LostWhen::Before);
    if (ssh_channel_open_session(m_channel) != SSH_OK)
        return connectionLost(LostWhen::Before);
    if (ssh_channel_request_exec(m_channel, how.command.toUtf8().constData()) != SSH_OK)
        return connectionLost(LostWhen::WhenStarting);
    if (!how.preamble.isEmpty() && !write(how.preamble))
        return connectionLost(LostWhen::WhenStarting);

    // What the login shell's rc files print before the shell runs is dropped with the frames.
    ShellFrameReader frames(how.readyNonce);
    QElapsedTimer clock;
    clock.start();
    while (!(frames.stdoutValue("ready") && frames.stderrValue("ready"))) {
        const Read read = poll(frames.stdoutValue("ready").has_value());
        if (read.error && !ssh_is_connected(m_session))
            return connectionLost(LostWhen::WhenStarting);
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
    result.roundTrips = 1;
    const auto lost = [&](LostWhen when) {
        const bool connected = ssh_is_connected(m_session);
        close();
        result.status = CommandResult::Status::ConnectionLost;
        const QString why = fromUtf8(ssh_get_error(m_session));
        result.error =
            connected
                ? m_target.describe(Tr::tr("the remote shell ended while running `%1`. The command "
                                           "may or may not have completed.")
                                        .arg(name))
                : m_target.describe(lostSentence(when).arg(
                      name, why.isEmpty() ? Tr::tr("no reason given") : why));
        return result;
    };
    const QByteArray nonce = PersistentShell::newNonce();
    if (!write(PersistentShell::request(nonce, command.toUtf8(), input)))
        return lost(LostWhen::WhenStarting);

    ShellFrameReader frames(nonce);
    QElapsedTimer clock;
    clock.start();
    // Cancelled or timed out: the command's process group gets SIGTERM, then SIGKILL, and
    // its end is still read, so that the shell stays in step for the next command.
    std::optional<CommandResult::Status> stop;
    qint64 stoppedAt = 0;
    int signalsSent = 0;
    while (!(frames.stdoutValue("exit") && frames.stderrValue("end"))) {
        if (!stop) {
            if (cancelled.load())
                stop = CommandResult::Status::Cancelled;
            else if (timeoutMs > 0 && clock.elapsed() > timeoutMs)
                stop = CommandResult::Status::TimedOut;
            stoppedAt = clock.elapsed();
        }
        const std::optional<QByteArray> group = frames.stdoutValue("pid");
        if (stop && group) {
            const qint64 since = clock.elapsed() - stoppedAt;
            const bool termDue = signalsSent == 0;
            const bool killDue = signalsSent == 1 && since > kTermGraceMs;
            if ((termDue || killDue) && !write(PersistentShell::killRequest(
                                            group->toLongLong(), termDue ? "TERM" : "KILL")))
                return lost(LostWhen::WhileRunning);
            signalsSent += termDue || killDue ? 1 : 0;
        }
        if (stop && clock.elapsed() - stoppedAt > kTermGraceMs + kKillGraceMs) {
            // It did not end: the shell's state is unknown, so it is given up.
            close();
            result.status = *stop;
            result.error = m_target.describe(
                Tr::tr("`%1` was stopped, but its processes on the host did not end after "
                       "SIGKILL; the tool's shell there was closed")
                    .arg(name));
            return result;
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
    bool numeric = false;
    const int status = frames.stdoutValue("exit")->toInt(&numeric);
    if (stop == CommandResult::Status::Cancelled) {
        result.status = *stop;
        result.error = m_target.describe(
            Tr::tr("`%1` was cancelled; its processes on the host were stopped").arg(name));
    } else if (stop) {
        result.status = *stop;
        result.error = m_target.describe(
            Tr::tr("`%1` did not finish within %2 s; its processes on the host were stopped")
                .arg(name, QString::number(timeoutMs / 1000.0)));
    } else if (!numeric) {
        return lost(LostWhen::AtEnd);
    } else if (const QString signal = PersistentShell::signalOfStatus(status); !signal.isEmpty()) {
        result.status = CommandResult::Status::Signalled;
        result.signal = signal;
        result.exitCode = status;
        result.error = m_target.describe(Tr::tr("`%1` was killed by signal %2").arg(name, signal));
    } else {
        result.status = CommandResult::Status::Exited;
        result.exitCode = status;
    }
    return result;
}

} // namespace iha
