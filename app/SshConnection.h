#pragma once

#include "app/SshTarget.h"
#include "models/KnownHosts.h"
#include "models/RemoteCommand.h"

#include <atomic>
#include <functional>

struct ssh_session_struct;

namespace iha {

// What happened to the host key when connecting.
struct HostKeyReport
{
    QString nodeName;
    QString host;
    int port = 22;
    HostKey key;
    KnownHosts::Verdict verdict = KnownHosts::Verdict::Unknown;
    QStringList knownFingerprints; // when Changed
    QString source;                // known_hosts file that decided
    bool acceptedNow = false;      // unknown, and recorded because the policy allows it
};

struct ConnectReport
{
    enum class Failure
    {
        None,
        Unreachable,
        HostKeyUnknown,
        HostKeyChanged,
        HostKeyRevoked,
        Authentication
    };
    Failure failure = Failure::None;
    QString message; // names host and the failing step or method
    HostKeyReport hostKey;
    QString authMethod; // the method that worked

    bool ok() const { return failure == Failure::None; }
};

// One libssh session. Blocking; created, used and destroyed on one thread only (the host's
// worker thread): libssh sessions must never be shared between threads.
class SshConnection
{
public:
    SshConnection(SshTarget target, SshPolicy policy);
    ~SshConnection();
    SshConnection(const SshConnection &) = delete;
    SshConnection &operator=(const SshConnection &) = delete;

    // Connects, checks the host key (before any credential is sent) and authenticates.
    ConnectReport open();
    bool isOpen() const { return m_session != nullptr; }
    void close();

    using ChunkHandler = std::function<void(OutputChannel, const QByteArray &)>;
    // Runs one command text as is (privilege already applied) on a new channel.
    CommandResult exec(const QString &command, const QByteArray &input, int timeoutMs,
                       const std::atomic_bool &cancelled, const ChunkHandler &onChunk);

    // Appends a host key to a known_hosts file atomically (one writer at a time in this
    // process); for keys accepted by the operator in the GUI as well.
    static bool recordHostKey(const QString &knownHostsFile, const QString &host, int port,
                              const HostKey &key, QString *error);

private:
    ConnectReport checkHostKey();
    ConnectReport authenticate();
    QString describe(const QString &what) const;
    void quickAck();

    SshTarget m_target;
    SshPolicy m_policy;
    ssh_session_struct *m_session = nullptr;
};

} // namespace iha
