#pragma once

#include "app/SshSession.h"
#include "app/SshShellChannel.h"
#include "app/SshTunnel.h"

#include <array>
#include <memory>

struct ssh_session_struct;

namespace iha {

// The libssh session, built into the SSH module (libiha_ssh.so). Blocking; created, used and
// destroyed on one thread only: libssh sessions must never be shared between threads.
class SshConnection : public SshSession
{
public:
    SshConnection(SshTarget target, SshPolicy policy);
    ~SshConnection() override;
    SshConnection(const SshConnection &) = delete;
    SshConnection &operator=(const SshConnection &) = delete;

    ConnectReport open() override;
    // False too once libssh knows the connection is gone: the next command connects again.
    bool isOpen() const override;
    void close() override;
    CommandResult exec(const QString &command, const QString &name, const QByteArray &input,
                       int timeoutMs, const std::atomic_bool &cancelled,
                       const ChunkHandler &onChunk) override;
    std::optional<CommandResult> execInShell(const ShellStart &start, const QString &command,
                                             const QString &name, const QByteArray &input,
                                             int timeoutMs, const std::atomic_bool &cancelled,
                                             const ChunkHandler &onChunk) override;

private:
    ConnectReport connectAndLogIn();
    // ProxyJump: connects to the last bastion (through the ones before it), then a tunnel
    // from it to this target; the socket to connect over, or -1 and `report` filled in.
    int connectThroughBastions(ConnectReport &report);
    // Every tunnel to this host still runs (none: a direct connection).
    bool wayInWorks() const;
    ConnectReport checkHostKey();
    ConnectReport authenticate();

    SshTarget m_target;
    SshPolicy m_basePolicy; // as given: what a bastion's connection starts from
    SshPolicy m_policy;     // with what ~/.ssh/config says of this host
    ssh_session_struct *m_session = nullptr;
    int m_proxiedFd = -1; // the socket through the cluster's proxy, if any: closed by close()
    std::unique_ptr<SshConnection> m_bastion; // the last hop of a ProxyJump, if any
    QList<HostKeyReport> m_bastionKeys;       // of the last open(), for its report
    std::unique_ptr<SshTunnel> m_tunnel;      // through this session to the next hop
    std::array<std::unique_ptr<SshShellChannel>, 2> m_shells; // per ShellStart::slot
    std::array<bool, 2> m_noShellHere{false, false};          // it could not start: exec() only
};

} // namespace iha
