#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <tuple>

namespace iha {

// A bastion the connection goes through (ProxyJump in ~/.ssh/config), with what the
// configuration says of it. Its host key is checked as any host's; it logs in with its
// IdentityFile or the agent's keys, never with the node's passwords.
struct SshJump
{
    QString address;
    int port = 22;
    QString user;
    QString identityFile;
    bool identitiesOnly = false;
    QString userKnownHostsFile;

    bool operator==(const SshJump &o) const
    {
        return std::tie(address, port, user, identityFile, identitiesOnly, userKnownHostsFile) ==
               std::tie(o.address, o.port, o.user, o.identityFile, o.identitiesOnly,
                        o.userKnownHostsFile);
    }
};

// Where and as whom to log in, and the secrets that may be needed (held in memory only,
// handed to the host's worker thread, never written anywhere).
struct SshTarget
{
    QString nodeName;
    QString address;
    int port = 22;
    QString user;
    QString identityFile; // absolute, "~/" already expanded; empty: agent and default keys
    QString password;     // for password and keyboard-interactive authentication
    QString keyPassphrase;
    QString sudoPassword;
    // "SHA256:...": the only host key accepted (the cluster file's ssh.hostKey, or
    // --host-key); empty: known_hosts decides.
    QString pinnedHostKey;
    // Empty: connect directly. Else the SOCKS5 proxy the connection goes through (the
    // cluster file's "proxy").
    QString proxyHost;
    int proxyPort = 0;
    // From ~/.ssh/config (sshTargetFor): what it says of this host that the policy does not.
    bool identitiesOnly = false;   // IdentitiesOnly yes: no key of the agent is offered
    QString userKnownHostsFile;    // UserKnownHostsFile; empty: the policy's
    int connectTimeoutSeconds = 0; // ConnectTimeout, only where longer than the policy's
    int keepaliveSeconds = 0;      // ServerAliveInterval, likewise
    // What of ~/.ssh/config applies and cannot be done, naming file and line: not connected.
    QStringList configProblems;
    // ProxyJump: the bastions, first to last (after the cluster's proxy, if any).
    QList<SshJump> jumps;

    // "db1 (198.18.7.11:22)": how messages name the host.
    QString label() const { return QStringLiteral("%1 (%2:%3)").arg(nodeName, address).arg(port); }
    // Why nothing is connected to when ~/.ssh/config asks for what cannot be done.
    QString configRefusal() const
    {
        return describe(QCoreApplication::translate("SshTarget", "not connected: %1")
                            .arg(configProblems.join(QLatin1String("; "))));
    }
    // "db1 (198.18.7.11:22): what": a message about this host.
    QString describe(const QString &what) const
    {
        return QStringLiteral("%1: %2").arg(label(), what);
    }
};

// Equal targets log in alike (a monitor keeps a host whose target did not change).
inline bool operator==(const SshTarget &a, const SshTarget &b)
{
    const auto fields = [](const SshTarget &t) {
        return std::tie(t.nodeName, t.address, t.port, t.user, t.identityFile, t.password,
                        t.keyPassphrase, t.sudoPassword, t.pinnedHostKey, t.proxyHost, t.proxyPort,
                        t.identitiesOnly, t.userKnownHostsFile, t.connectTimeoutSeconds,
                        t.keepaliveSeconds, t.configProblems, t.jumps);
    };
    return fields(a) == fields(b);
}
inline bool operator!=(const SshTarget &a, const SshTarget &b)
{
    return !(a == b);
}

struct SshPolicy
{
    QString knownHostsFile;       // the product's own; new keys are recorded here
    QString userKnownHostsFile;   // ~/.ssh/known_hosts: trusted, never written
    QString systemKnownHostsFile; // /etc/ssh/ssh_known_hosts: trusted, never written
    // Public keys refused for every host (ssh_config's RevokedHostKeys); one that cannot be
    // read stops every connection, as in OpenSSH.
    QStringList revokedHostKeysFiles;
    bool acceptNewHostKeys = false;
    int connectTimeoutSeconds = 10;
    // A keepalive every this many seconds while a command runs; the connection counts as
    // lost when the host stays silent for three of them.
    int keepaliveSeconds = 3;
    // How long the sudo checks may take before the tool stops (never guesses) on that host.
    int sudoCheckTimeoutMs = 30000;
    // One persistent shell per connection and privilege (PersistentShell) instead of a login
    // shell per command. Off (IHA_SSH_PERSISTENT_SHELL=0): a channel per command, as OpenSSH's
    // `ssh host command` does; the benchmark compares both.
    bool persistentShell = true;
};

inline bool operator==(const SshPolicy &a, const SshPolicy &b)
{
    const auto fields = [](const SshPolicy &p) {
        return std::tie(p.knownHostsFile, p.userKnownHostsFile, p.systemKnownHostsFile,
                        p.revokedHostKeysFiles, p.acceptNewHostKeys, p.connectTimeoutSeconds,
                        p.keepaliveSeconds, p.sudoCheckTimeoutMs, p.persistentShell);
    };
    return fields(a) == fields(b);
}
inline bool operator!=(const SshPolicy &a, const SshPolicy &b)
{
    return !(a == b);
}

} // namespace iha
