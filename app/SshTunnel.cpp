#include "app/SshTunnel.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive, which clients use too
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace iha {
namespace {

bool writeAll(int fd, const char *data, int size)
{
    for (int written = 0; written < size;) {
        const ssize_t n = ::write(fd, data + written, static_cast<size_t>(size - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += static_cast<int>(n);
    }
    return true;
}

} // namespace

SshTunnel::~SshTunnel()
{
    stop();
}

SshTunnel::Opened SshTunnel::open(ssh_session bastion, const QString &host, int port,
                                  int keepaliveSeconds)
{
    Opened opened;
    m_session = bastion;
    m_channel = ssh_channel_new(bastion);
    const QByteArray to = host.toUtf8();
    // Blocking within the bastion session's timeout.
    if (!m_channel ||
        ssh_channel_open_forward(m_channel, to.constData(), port, "127.0.0.1", 0) != SSH_OK) {
        const QString why = QString::fromUtf8(ssh_get_error(bastion));
        opened.error = why.isEmpty() ? QStringLiteral("no answer from the bastion") : why;
        // Only SSH_OPEN_CONNECT_FAILED (2), "Channel opening failure: channel N error (2) ...",
        // is the bastion's word that the target did not take the connection. A refusal of
        // the bastion's own or a timeout tells nothing of the target.
        opened.targetsFault =
            ssh_is_connected(bastion) && why.contains(QLatin1String(" error (2)"));
        if (m_channel)
            ssh_channel_free(m_channel);
        m_channel = nullptr;
        return opened;
    }
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
        opened.error = QString::fromLocal8Bit(strerror(errno));
        ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
        m_channel = nullptr;
        return opened;
    }
    opened.fd = pair[0];
    m_thread =
        std::thread([this, fd = pair[1], keepaliveSeconds] { pump(fd, keepaliveSeconds * 1000); });
    return opened;
}

// Both ways until asked to stop or the path ends: the channel's data (all of it, as it comes)
// to the socket, the socket's to the channel. The next session then reads EOF on its socket
// and reports its connection lost.
void SshTunnel::pump(int fd, int keepaliveMs)
{
    using Clock = std::chrono::steady_clock;
    auto lastKeepalive = Clock::now();
    std::optional<Clock::time_point> awaitingSince; // bytes went in, nothing came back yet
    char buffer[32 * 1024];
    bool open = true;
    while (open && !m_stop.load()) {
        pollfd fds[2] = {{fd, POLLIN, 0}, {ssh_get_fd(m_session), POLLIN, 0}};
        // Data libssh holds already is not seen on its socket.
        const bool buffered = ssh_channel_poll(m_channel, 0) > 0;
        if (::poll(fds, 2, buffered ? 0 : 100) < 0 && errno != EINTR)
            break;
        int n = 0;
        while ((n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0)) > 0) {
            awaitingSince.reset();
            if (!writeAll(fd, buffer, n)) {
                open = false;
                break;
            }
        }
        if (n == SSH_ERROR || ssh_channel_is_eof(m_channel) || !ssh_channel_is_open(m_channel))
            break;
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t got = ::read(fd, buffer, sizeof buffer);
            if (got <= 0) {
                ssh_channel_send_eof(m_channel); // the next session closed its end
                break;
            }
            if (ssh_channel_write(m_channel, buffer, static_cast<uint32_t>(got)) != got)
                break;
            if (!awaitingSince)
                awaitingSince = Clock::now();
        }
        const auto now = Clock::now();
        // A target (or a way to it) that takes bytes and never answers: lost after three
        // keepalive intervals, as a direct connection's TCP_USER_TIMEOUT would say.
        if (awaitingSince && now - *awaitingSince > std::chrono::milliseconds(3 * keepaliveMs))
            break;
        if (now - lastKeepalive >= std::chrono::milliseconds(keepaliveMs)) {
            ssh_send_keepalive(m_session);
            lastKeepalive = now;
        }
    }
    m_ended = true;
    ::shutdown(fd, SHUT_RDWR); // the next session sees the end at once
    ::close(fd);
}

void SshTunnel::stop()
{
    if (m_thread.joinable()) {
        m_stop = true;
        m_thread.join();
    }
    m_ended = true;
    if (m_channel) {
        if (ssh_channel_is_open(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
}

} // namespace iha
