#include "app/SshConnection.h"

#include "app/SocksConnect.h"
#include "app/SshChannelText.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QScopeGuard>
#include <algorithm>
#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive, which clients use too
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace iha {
namespace {

using namespace SshChannelText;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct ExitState
{
    int status = -1;
    bool gotStatus = false;
    QString signal;
};

void onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *state = static_cast<ExitState *>(userdata);
    state->status = status;
    state->gotStatus = true;
}

void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *,
                  void *userdata)
{
    auto *state = static_cast<ExitState *>(userdata);
    state->signal = fromUtf8(signal);
    state->gotStatus = true;
}

// A channel that is closed and freed whatever way exec() leaves, with its callbacks taken off
// first: libssh keeps a channel freed before the host closed its end until the host does, and
// would call them from a later command's exchanges, long after exec() returned.
class ChannelGuard
{
public:
    ChannelGuard(ssh_channel channel, ssh_channel_callbacks callbacks)
        : m_channel(channel)
        , m_callbacks(callbacks)
    {}
    ~ChannelGuard()
    {
        if (!m_channel)
            return;
        ssh_remove_channel_callbacks(m_channel, m_callbacks);
        if (ssh_channel_is_open(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
    ChannelGuard(const ChannelGuard &) = delete;
    ChannelGuard &operator=(const ChannelGuard &) = delete;

private:
    ssh_channel m_channel;
    ssh_channel_callbacks m_callbacks;
};

} // namespace

SshConnection::SshConnection(SshTarget target, SshPolicy policy)
    : m_target(std::move(target))
    , m_basePolicy(policy)
    , m_policy(std::move(policy))
{
    // What ~/.ssh/config says of this host (sshTargetFor decided what applies).
    if (!m_target.userKnownHostsFile.isEmpty())
        m_policy.userKnownHostsFile = m_target.userKnownHostsFile;
    // Only longer: the tool's own bounds are the least (a loaded host is no dead one).
    m_policy.connectTimeoutSeconds =
        std::max(m_policy.connectTimeoutSeconds, m_target.connectTimeoutSeconds);
    m_policy.keepaliveSeconds = std::max(m_policy.keepaliveSeconds, m_target.keepaliveSeconds);
}

SshConnection::~SshConnection()
{
    close();
}

bool SshConnection::isOpen() const
{
    return m_session && ssh_is_connected(m_session) && wayInWorks();
}

bool SshConnection::wayInWorks() const
{
    return !m_bastion ||
           (m_bastion->m_tunnel && m_bastion->m_tunnel->running() && m_bastion->wayInWorks());
}

void SshConnection::close()
{
    for (auto &shell : m_shells)
        shell.reset(); // their channels before the session that holds them
    m_noShellHere = {false, false};
    m_tunnel.reset(); // its thread uses the session until it is stopped
    const auto bastionLast = qScopeGuard([this] { m_bastion.reset(); }); // after this session
    if (!m_session)
        return;
    // A socket handed to libssh (SSH_OPTIONS_FD) stays ours to close, unless libssh closed it
    // on an error already: its number may be another thread's by now.
    const int proxied = std::exchange(m_proxiedFd, -1);
    const bool stillOpen = proxied >= 0 && ssh_get_fd(m_session) == proxied;
    ssh_disconnect(m_session);
    ssh_free(m_session);
    m_session = nullptr;
    if (stillOpen)
        ::close(proxied);
}

ConnectReport SshConnection::open()
{
    m_bastionKeys.clear();
    ConnectReport report = connectAndLogIn();
    report.bastionKeys = m_bastionKeys;
    return report;
}

ConnectReport SshConnection::connectAndLogIn()
{
    close();
    ConnectReport report;
    if (!m_target.configProblems.isEmpty()) {
        report.failure = ConnectReport::Failure::Configuration;
        report.message = m_target.configRefusal();
        return report;
    }
    m_session = ssh_new();
    const QByteArray host = m_target.address.toUtf8();
    const QByteArray user = m_target.user.toUtf8();
    const QByteArray ours = m_policy.knownHostsFile.toUtf8();
    const QByteArray users = m_policy.userKnownHostsFile.toUtf8();
    unsigned int port = static_cast<unsigned int>(m_target.port);
    long timeout = m_policy.connectTimeoutSeconds;
    bool processConfig = false; // nothing in ~/.ssh/config may change what we check
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    // libssh prefers the host key algorithms it finds on record for the host; we still
    // check the key ourselves below.
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, ours.constData());
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, users.constData());
    if (!m_target.jumps.isEmpty()) {
        const int fd = connectThroughBastions(report);
        if (fd < 0) {
            close();
            return report;
        }
        m_proxiedFd = fd;
        socket_t socket = fd;
        ssh_options_set(m_session, SSH_OPTIONS_FD, &socket);
    } else if (!m_target.proxyHost.isEmpty()) {
        const SocksConnection proxied =
            socksConnect(m_target.proxyHost, m_target.proxyPort, m_target.address, m_target.port,
                         m_policy.connectTimeoutSeconds * 1000);
        if (proxied.fd < 0) {
            report.failure = proxied.proxyFailed ? ConnectReport::Failure::ProxyUnreachable
                                                 : ConnectReport::Failure::Unreachable;
            report.message = m_target.describe(Tr::tr("cannot connect: %1").arg(proxied.error));
            close();
            return report;
        }
        m_proxiedFd = proxied.fd;
        socket_t fd = proxied.fd;
        ssh_options_set(m_session, SSH_OPTIONS_FD, &fd);
    }

    if (ssh_connect(m_session) != SSH_OK) {
        // Through bastions a silence may be theirs: it tells nothing of this host.
        report.failure = m_target.jumps.isEmpty() ? ConnectReport::Failure::Unreachable
                                                  : ConnectReport::Failure::ProxyUnreachable;
        report.message =
            m_target.describe(Tr::tr("cannot connect: %1").arg(fromUtf8(ssh_get_error(m_session))));
        close();
        return report;
    }
    const int fd = ssh_get_fd(m_session);
    if (fd >= 0) {
        // With keepalives going out, a host that stops acknowledging is declared lost after
        // three intervals instead of TCP's default of many minutes.
        const int userTimeoutMs = m_policy.keepaliveSeconds * 3 * 1000;
        const int on = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeoutMs, sizeof userTimeoutMs);
        setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
        // Commands are small request/reply exchanges: without this, Nagle's algorithm and
        // delayed ACKs add some 40 ms to each of them.
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    }

    report = checkHostKey();
    if (!report.ok()) {
        close();
        return report;
    }
    const HostKeyReport hostKey = report.hostKey;
    report = authenticate();
    report.hostKey = hostKey;
    if (!report.ok())
        close();
    return report;
}

int SshConnection::connectThroughBastions(ConnectReport &report)
{
    const SshJump &last = m_target.jumps.constLast();
    SshTarget bastion;
    bastion.nodeName = Tr::tr("%1's bastion").arg(m_target.nodeName);
    bastion.address = last.address;
    bastion.port = last.port;
    bastion.user = last.user;
    bastion.identityFile = last.identityFile;
    bastion.identitiesOnly = last.identitiesOnly;
    bastion.userKnownHostsFile = last.userKnownHostsFile;
    bastion.connectTimeoutSeconds = m_target.connectTimeoutSeconds;
    bastion.keepaliveSeconds = m_target.keepaliveSeconds;
    bastion.proxyHost = m_target.proxyHost;
    bastion.proxyPort = m_target.proxyPort;
    bastion.jumps = m_target.jumps.mid(0, m_target.jumps.size() - 1);
    m_bastion = std::make_unique<SshConnection>(bastion, m_basePolicy);
    const ConnectReport reached = m_bastion->open();
    // The keys of the bastions before it; its own is the report's when it failed.
    m_bastionKeys = reached.bastionKeys;
    if (reached.ok())
        m_bastionKeys << reached.hostKey;
    if (!reached.ok()) {
        // Its host key and login problems stay what they are (a dialog may accept the
        // bastion's key); a bastion that cannot be reached tells nothing of this host.
        report = reached;
        if (report.failure == ConnectReport::Failure::Unreachable)
            report.failure = ConnectReport::Failure::ProxyUnreachable;
        report.message = m_target.describe(
            Tr::tr("cannot connect through its bastion: %1").arg(reached.message));
        return -1;
    }
    m_bastion->m_tunnel = std::make_unique<SshTunnel>();
    const SshTunnel::Opened tunnel = m_bastion->m_tunnel->open(
        m_bastion->m_session, m_target.address, m_target.port, m_policy.keepaliveSeconds);
    if (tunnel.fd < 0) {
        report.failure = tunnel.targetsFault ? ConnectReport::Failure::Unreachable
                                             : ConnectReport::Failure::ProxyUnreachable;
        report.message = m_target.describe(
            Tr::tr("cannot connect through %1: %2").arg(bastion.label(), tunnel.error));
        return -1;
    }
    return tunnel.fd;
}

ConnectReport SshConnection::checkHostKey()
{
    ConnectReport report;
    HostKeyReport &hk = report.hostKey;
    hk.nodeName = m_target.nodeName;
    hk.host = m_target.address;
    hk.port = m_target.port;

    ssh_key serverKey = nullptr;
    if (ssh_get_server_publickey(m_session, &serverKey) != SSH_OK) {
        report.failure = ConnectReport::Failure::Unreachable;
        report.message = m_target.describe(Tr::tr("the server sent no host key"));
        return report;
    }
    char *base64 = nullptr;
    ssh_pki_export_pubkey_base64(serverKey, &base64);
    hk.key.type = fromUtf8(ssh_key_type_to_char(ssh_key_type(serverKey)));
    hk.key.blob = QByteArray::fromBase64(QByteArray(base64 ? base64 : ""));
    ssh_string_free_char(base64);
    ssh_key_free(serverKey);

    // A pinned key is the operator's word for this node: no other key is taken, whatever
    // known_hosts says or the policy allows.
    if (!m_target.pinnedHostKey.isEmpty()) {
        hk.pinned = hk.key.fingerprint() == m_target.pinnedHostKey;
        if (!hk.pinned) {
            // A changed key to the windows' host key dialog too: refused, never offered.
            hk.verdict = KnownHosts::Verdict::Changed;
            hk.knownFingerprints = {m_target.pinnedHostKey};
            hk.source = Tr::tr("ssh.hostKey in the cluster file (or --host-key)");
            report.failure = ConnectReport::Failure::HostKeyChanged;
            report.message = m_target.describe(
                QStringLiteral("REFUSED: ") +
                Tr::tr("the host key presented, %1 %2, is not the one pinned for this node (%3); "
                       "nothing was sent to it.")
                    .arg(hk.key.type, hk.key.fingerprint(), m_target.pinnedHostKey));
            return report;
        }
    }

    KnownHosts knownHosts;
    for (const QString &file :
         {m_policy.knownHostsFile, m_policy.userKnownHostsFile, m_policy.systemKnownHostsFile}) {
        if (!file.isEmpty())
            knownHosts.addFile(file, readAll(file));
    }
    for (const QString &file : m_policy.revokedHostKeysFiles) {
        QFile revoked(file);
        const QString problem = revoked.open(QIODevice::ReadOnly)
                                    ? knownHosts.addRevokedKeys(file, revoked.readAll())
                                    : QStringLiteral("%1: %2").arg(file, revoked.errorString());
        if (!problem.isEmpty()) {
            hk.verdict = KnownHosts::Verdict::Revoked; // refused, never offered for acceptance
            hk.source = file;
            report.failure = ConnectReport::Failure::HostKeyRevoked;
            report.message = m_target.describe(
                QStringLiteral("REFUSED: ") +
                Tr::tr("the revoked host keys (RevokedHostKeys) cannot be checked: %1; nothing "
                       "was sent to the host.")
                    .arg(problem));
            return report;
        }
    }
    const KnownHosts::Match match = knownHosts.check(m_target.address, m_target.port, hk.key);
    hk.verdict = match.verdict;
    hk.unsupportedCertificateAuthorities = match.unsupportedCertificateAuthorities;
    hk.knownFingerprints = match.knownFingerprints;
    hk.source = match.source;

    switch (match.verdict) {
    case KnownHosts::Verdict::Known:
        return report;
    case KnownHosts::Verdict::Changed:
        report.failure = ConnectReport::Failure::HostKeyChanged;
        report.message = m_target.describe(
            QStringLiteral("REFUSED: ") +
            Tr::tr("the host key has CHANGED. On record (%1): %2. "
                   "Presented now: %3 %4. This may be an attack or a "
                   "reinstalled host; nothing was sent to it. If the change is "
                   "expected, remove the old entry from %1 and connect again.")
                .arg(match.source, match.knownFingerprints.join(QLatin1String(", ")), hk.key.type,
                     hk.key.fingerprint()));
        return report;
    case KnownHosts::Verdict::Revoked:
        report.failure = ConnectReport::Failure::HostKeyRevoked;
        report.message =
            m_target.describe(QStringLiteral("REFUSED: ") +
                              Tr::tr("the host key %1 %2 is marked @revoked in %3")
                                  .arg(hk.key.type, hk.key.fingerprint(), match.source));
        return report;
    case KnownHosts::Verdict::Unknown:
        break;
    }
    // The pin, in the cluster file or on the command line, is the record: nothing to add.
    if (hk.pinned)
        return report;
    if (!m_policy.acceptNewHostKeys) {
        report.failure = ConnectReport::Failure::HostKeyUnknown;
        report.message =
            m_target.describe(Tr::tr("the host key is not known yet: %1 %2. Check this fingerprint "
                                     "with the host's administrator, then accept it.")
                                  .arg(hk.key.type, hk.key.fingerprint()));
        if (!hk.unsupportedCertificateAuthorities.isEmpty())
            report.message += QLatin1Char(' ') + KnownHosts::certificateAuthoritiesNote(
                                                     hk.unsupportedCertificateAuthorities);
        return report;
    }
    QString error;
    if (!iha::recordHostKey(m_policy.knownHostsFile, m_target.address, m_target.port, hk.key,
                            &error)) {
        report.failure = ConnectReport::Failure::HostKeyUnknown;
        report.message = m_target.describe(Tr::tr("cannot record the new host key: %1").arg(error));
        return report;
    }
    hk.acceptedNow = true;
    hk.source = m_policy.knownHostsFile;
    return report;
}

CommandResult SshConnection::exec(const QString &command, const QString &name,
                                  const QByteArray &input, int timeoutMs,
                                  const std::atomic_bool &cancelled, const ChunkHandler &onChunk)
{
    CommandResult result;
    result.roundTrips = 3; // a channel opened, the command sent, its output and end
    result.shellStarts = 1;
    const auto lost = [&](LostWhen when) {
        result.status = CommandResult::Status::ConnectionLost;
        result.error = m_target.describe(lostSentence(when).arg(name, lostReason(m_session)));
        // The session is closed by the owner once the channel is freed (see SshWorker::run).
        return result;
    };
    if (!m_session)
        return lost(LostWhen::Before);

    // Before the guard: they outlive the channel's use of them.
    ExitState exitState;
    ssh_channel_callbacks_struct callbacks{};
    ssh_callbacks_init(&callbacks);
    callbacks.userdata = &exitState;
    callbacks.channel_exit_status_function = onExitStatus;
    callbacks.channel_exit_signal_function = onExitSignal;

    // A server that allows no more sessions (MaxSessions): the idle shells make room, once.
    std::optional<ChannelGuard> guard;
    ssh_channel channel = nullptr;
    bool opened = false;
    for (int attempt = 0; attempt < 2 && !opened; ++attempt) {
        if (attempt == 1) {
            if (!ssh_is_connected(m_session) || (!m_shells[0] && !m_shells[1]))
                break;
            for (auto &shell : m_shells)
                shell.reset();
        }
        guard.reset();
        channel = ssh_channel_new(m_session);
        if (!channel)
            return lost(LostWhen::Before);
        guard.emplace(channel, &callbacks);
        opened = ssh_channel_open_session(channel) == SSH_OK;
    }
    if (!opened && ssh_is_connected(m_session)) {
        result.status = CommandResult::Status::NotStarted;
        result.hostAnswered = true; // it answered: with a refusal
        result.error = m_target.describe(
            Tr::tr("the server refused a new session for `%1` (its MaxSessions?); it did not run")
                .arg(name));
        return result;
    }
    if (!opened)
        return lost(LostWhen::Before);
    ssh_set_channel_callbacks(channel, &callbacks);

    const QByteArray commandBytes = command.toUtf8();
    if (ssh_channel_request_exec(channel, commandBytes.constData()) != SSH_OK)
        return lost(LostWhen::WhenStarting);
    // The command has started from here on: a lost connection now leaves it undecided. A
    // cancel or the time limit ends it while its input is still being sent, too (a command
    // that neither reads it nor ends fills the channel's window).
    QElapsedTimer clock;
    clock.start();
    const auto stopped = [&] {
        if (cancelled.load()) {
            result.status = CommandResult::Status::Cancelled;
            result.error =
                m_target.describe(Tr::tr("`%1` was cancelled; its channel was closed").arg(name));
            return true;
        }
        if (timeoutMs > 0 && clock.elapsed() > timeoutMs) {
            result.status = CommandResult::Status::TimedOut;
            result.error =
                m_target.describe(Tr::tr("`%1` did not finish within %2 s; its channel was closed")
                                      .arg(name, QString::number(timeoutMs / 1000.0)));
            return true;
        }
        return false;
    };
    for (qsizetype written = 0; written < input.size();) {
        if (stopped())
            return result;
        const auto chunk =
            static_cast<uint32_t>(qMin<qsizetype>(input.size() - written, 32 * 1024));
        const int n = ssh_channel_write(channel, input.constData() + written, chunk);
        if (n == SSH_ERROR) {
            // With the connection alive, the command closed its channel before reading all of
            // its input (it had no use for it): its output and exit status are still to come.
            if (!ssh_is_connected(m_session))
                return lost(LostWhen::WhileRunning);
            break;
        }
        written += n;
    }
    if (ssh_channel_is_open(channel))
        ssh_channel_send_eof(channel);

    qint64 lastKeepalive = 0;
    char buffer[32 * 1024];
    while (true) {
        if (stopped())
            return result;
        quickAck(m_session);
        // ssh_channel_read_timeout returns 0 on timeout and at EOF alike: EOF is asked separately.
        const int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, 100);
        if (n == SSH_ERROR)
            return lost(LostWhen::WhileRunning);
        if (n > 0) {
            const QByteArray chunk(buffer, n);
            result.out += chunk;
            onChunk(OutputChannel::Stdout, chunk);
        }
        int e = 0;
        while ((e = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1)) > 0) {
            const QByteArray chunk(buffer, e);
            result.err += chunk;
            onChunk(OutputChannel::Stderr, chunk);
        }
        if (e == SSH_ERROR)
            return lost(LostWhen::WhileRunning);
        if (n == 0 && ssh_channel_is_eof(channel))
            break;
        if (clock.elapsed() - lastKeepalive >= m_policy.keepaliveSeconds * 1000) {
            ssh_send_keepalive(m_session);
            lastKeepalive = clock.elapsed();
        }
    }
    // The exit status follows EOF; this waits for it (or for the channel to close).
    const int status = ssh_channel_get_exit_status(channel);
    if (!exitState.signal.isEmpty()) {
        result.status = CommandResult::Status::Signalled;
        result.signal = exitState.signal;
        result.error =
            m_target.describe(Tr::tr("`%1` was killed by signal %2").arg(name, exitState.signal));
    } else if (status >= 0) {
        result.status = CommandResult::Status::Exited;
        result.exitCode = status;
    } else {
        return lost(LostWhen::AtEnd);
    }
    return result;
}

} // namespace iha

// The module's one entry point, resolved by createSshSession() (app/SshSession.cpp).
extern "C" Q_DECL_EXPORT iha::SshSession *iha_create_ssh_session(const iha::SshTarget *target,
                                                                 const iha::SshPolicy *policy)
{
    return new iha::SshConnection(*target, *policy);
}
