#pragma once

#include "app/SshTarget.h"
#include "models/KnownHosts.h"
#include "models/RemoteCommand.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

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
    // @cert-authority lines (file:line) that cover the host, unsupported here.
    QStringList unsupportedCertificateAuthorities;
    bool pinned = false; // the key pinned for the node (SshTarget::pinnedHostKey)
};

struct ConnectReport
{
    enum class Failure
    {
        None,
        Unreachable,
        ProxyUnreachable, // the cluster's proxy, not the host: nothing is known of the host
        Configuration,    // ~/.ssh/config asks what cannot be done: nothing was tried
        HostKeyUnknown,
        HostKeyChanged,
        HostKeyRevoked,
        Authentication
    };
    Failure failure = Failure::None;
    QString message; // names host and the failing step or method
    HostKeyReport hostKey;
    // The bastions' keys (ProxyJump), first to last, of the ones that were reached: one taken
    // now is said and recorded as the host's own.
    QList<HostKeyReport> bastionKeys;
    QString authMethod; // the method that worked

    bool ok() const { return failure == Failure::None; }
};

// One SSH session to one host: blocking, created, used and destroyed on one thread only
// (the host's worker thread). The libssh implementation lives in a module of its own
// (libiha_ssh.so, see SshConnection), loaded on the first connection: programs that never
// connect, and the first paint of the window, do not pay for libssh and its crypto.
class SshSession
{
public:
    virtual ~SshSession() = default;

    // Connects, checks the host key (before any credential is sent) and authenticates.
    virtual ConnectReport open() = 0;
    virtual bool isOpen() const = 0;
    virtual void close() = 0;

    using ChunkHandler = std::function<void(OutputChannel, const QByteArray &)>;
    // Runs one command text as is (privilege already applied) on a new channel; `name` is how
    // messages call it (commandInMessages of what the operator asked, not of a sudo wrapper).
    virtual CommandResult exec(const QString &command, const QString &name, const QByteArray &input,
                               int timeoutMs, const std::atomic_bool &cancelled,
                               const ChunkHandler &onChunk) = 0;

    // How to start a persistent shell (PersistentShell): the command for the login shell,
    // with the privilege applied, and what its stdin gets first (a sudo password).
    struct ShellStart
    {
        int slot = 0; // one shell per slot: the login user's, root's
        QByteArray readyNonce;
        QString command;
        QByteArray preamble;
    };
    // Runs one command in the persistent shell of `start.slot`, started first when needed.
    // nullopt when this host cannot keep one; the caller then runs it with exec().
    virtual std::optional<CommandResult> execInShell(const ShellStart &start,
                                                     const QString &command, const QString &name,
                                                     const QByteArray &input, int timeoutMs,
                                                     const std::atomic_bool &cancelled,
                                                     const ChunkHandler &onChunk) = 0;
};

// A session from the SSH module; nullptr and `error` when the module cannot be loaded.
std::unique_ptr<SshSession> createSshSession(const SshTarget &target, const SshPolicy &policy,
                                             QString *error);

// Appends a host key to a known_hosts file atomically (one writer at a time per module).
bool recordHostKey(const QString &knownHostsFile, const QString &host, int port, const HostKey &key,
                   QString *error);

} // namespace iha
