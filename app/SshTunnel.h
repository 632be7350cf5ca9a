#pragma once

#include <QString>
#include <atomic>
#include <thread>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace iha {

// A direct-tcpip channel through a bastion's session (ProxyJump), carried to a local socket
// that the next session connects over (SSH_OPTIONS_FD). A thread of its own moves the bytes
// and, from then on, is the only user of the bastion's session until the tunnel is stopped.
// Part of the SSH module.
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
        bool targetsFault = false; // the bastion said it could not connect (open failure 2)
    };
    // Blocking, on the bastion session's thread; at most once per tunnel. `keepaliveSeconds`:
    // the path counts as lost when bytes went in and nothing came back for three of them.
    Opened open(ssh_session_struct *bastion, const QString &host, int port, int keepaliveSeconds);
    // Ends the thread and closes the channel; the thread's end of the socket is closed by it.
    void stop();
    // The way through still works (the thread runs and has not seen its end).
    bool running() const { return !m_ended.load(); }

private:
    void pump(int fd, int keepaliveMs);

    ssh_session_struct *m_session = nullptr;
    ssh_channel_struct *m_channel = nullptr;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_ended{false};
    std::thread m_thread;
};

} // namespace iha
