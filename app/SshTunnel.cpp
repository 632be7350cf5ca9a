#include "app/SshTunnel.h"

#include <chrono>
#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive, which clients use too
#include <sys/socket.h>
#include <unistd.h>

namespace iha {

SshTunnel::~SshTunnel()
{
    stop();
}

SshTunnel::Opened SshTunnel::open(ssh_session bastion, const QString &host, int port)
{
    Opened opened;
    m_session = bastion;
    m_channel = ssh_channel_new(bastion);
    const QByteArray to = host.toUtf8();
    // Blocking within the bastion session's timeout: a target that does not answer the
    // bastion's connect is silent, as a direct connection's would be.
    if (!m_channel ||
        ssh_channel_open_forward(m_channel, to.constData(), port, "127.0.0.1", 0) != SSH_OK) {
        const QString why = QString::fromUtf8(ssh_get_error(bastion));
        opened.error = why;
        // The bastion answered, unless its session broke: SSH_OPEN_CONNECT_FAILED (2) and a
        // timeout are the target's; "administratively prohibited" (1) and others the bastion's.
        opened.targetsFault = ssh_is_connected(bastion) &&
                              !why.contains(QLatin1String("prohibited"), Qt::CaseInsensitive) &&
                              !why.contains(QLatin1String("reason 1)"));
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
    m_thread = std::thread([this, fd = pair[1]] { pump(fd, 3000); });
    return opened;
}

void SshTunnel::pump(int fd, int keepaliveMs)
{
    ssh_event event = ssh_event_new();
    ssh_connector toBastion = ssh_connector_new(m_session);
    ssh_connector fromBastion = ssh_connector_new(m_session);
    ssh_connector_set_in_fd(toBastion, fd);
    ssh_connector_set_out_channel(toBastion, m_channel, SSH_CONNECTOR_STDINOUT);
    ssh_connector_set_in_channel(fromBastion, m_channel, SSH_CONNECTOR_STDINOUT);
    ssh_connector_set_out_fd(fromBastion, fd);
    ssh_event_add_connector(event, toBastion);
    ssh_event_add_connector(event, fromBastion);
    auto lastKeepalive = std::chrono::steady_clock::now();
    // Until asked to stop, or the channel ends (the target or the bastion went away): the
    // next session then reads EOF on its socket and reports its connection lost.
    while (!m_stop.load() && ssh_channel_is_open(m_channel) && !ssh_channel_is_eof(m_channel)) {
        if (ssh_event_dopoll(event, 100) == SSH_ERROR)
            break;
        const auto now = std::chrono::steady_clock::now();
        if (now - lastKeepalive >= std::chrono::milliseconds(keepaliveMs)) {
            ssh_send_keepalive(m_session);
            lastKeepalive = now;
        }
    }
    ssh_event_remove_connector(event, toBastion);
    ssh_event_remove_connector(event, fromBastion);
    ssh_connector_free(toBastion);
    ssh_connector_free(fromBastion);
    ssh_event_free(event);
    ::shutdown(fd, SHUT_RDWR); // the next session sees the end at once
    ::close(fd);
}

void SshTunnel::stop()
{
    if (m_thread.joinable()) {
        m_stop = true;
        m_thread.join();
    }
    if (m_channel) {
        if (ssh_channel_is_open(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
}

} // namespace iha
