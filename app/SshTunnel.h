#pragma once

#include <QString>
#include <atomic>
#include <thread>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace iha {

// A direct-tcpip channel through a bastion's session (ProxyJump), carried to a local socket
// that the next session connects over (SSH_OPTIONS_FD). A thread of its own moves the bytes
// (libssh's connectors on an event loop) and, from then on, is the only user of the bastion's
// session until the tunnel is destroyed. Part of the SSH module.
class SshTunnel
{
public:
    SshTunnel() = default;
    ~SshTunnel();
    SshTunnel(const SshTunnel &) = delete;
    SshTunnel &operator=(const SshTunnel &) = delete;

    struct Opened
    {
        int fd = -1;               // the next session's end; the caller closes it
        QString error;             // when fd < 0
        bool targetsFault = false; // the bastion answered: the target refused or was silent
    };
    // Blocking, on the bastion session's thread; at most once per tunnel.
    Opened open(ssh_session_struct *bastion, const QString &host, int port);
    // Ends the thread (within 100 ms) and closes the channel and the bastion's end.
    void stop();

private:
    void pump(int fd, int keepaliveMs);

    ssh_session_struct *m_session = nullptr;
    ssh_channel_struct *m_channel = nullptr;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

} // namespace iha
