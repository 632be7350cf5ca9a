#include "app/StatusMonitor.h"

#include "app/CachedProxyFactory.h"
#include "app/SshTargets.h"
#include "models/RemoteOps.h"
#include "models/SecretNames.h"
#include "models/ShellQuote.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QUrl>
#include <algorithm>
#include <utility>

namespace iha {

StatusMonitor::StatusMonitor(Cluster cluster, Options options, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<iha::ClusterVerdict>();
    connect(m_timer, &QTimer::timeout, this, &StatusMonitor::pollNow);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &StatusMonitor::publishRound);
    apply(std::move(cluster), std::move(options));
}

StatusMonitor::~StatusMonitor()
{
    // On the window's thread its SSH hosts are given up instead of deleted as its children,
    // so that nobody waits for their threads here. On a thread of its own they are joined.
    // At exit the application may be gone already (its children are deleted after it).
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || thread() != app->thread())
        return;
    for (RemoteShell *shell : std::as_const(m_shells))
        giveUp(shell);
}

void StatusMonitor::giveUp(RemoteShell *shell)
{
    // On the window's thread a host is not waited for; on a thread of the monitor's own, it is
    // deleted (its thread joined) there, once this event is over.
    auto *host = qobject_cast<SshHost *>(shell);
    const QCoreApplication *app = QCoreApplication::instance();
    if (host && app && host->thread() == app->thread()) {
        host->deleteWhenEnded();
        return;
    }
    shell->setParent(nullptr);
    shell->deleteLater(); // it may be the one whose signal is being handled
}

void StatusMonitor::reconfigure(Cluster cluster, Options options)
{
    m_pending = Pending{std::move(cluster), std::move(options)};
    if (m_inFlight == 0)
        applyPending();
    // else once the probes out have ended: their shells must outlive them.
}

void StatusMonitor::applyPending()
{
    if (!m_pending)
        return;
    Pending pending = std::move(*m_pending);
    m_pending.reset();
    apply(std::move(pending.cluster), std::move(pending.options));
    // Not from within the caller's event (a keychain answer): a round starts many probes.
    if (m_timer->isActive())
        QTimer::singleShot(0, this, &StatusMonitor::pollNow);
}

// Keeps what still fits: a host whose login is unchanged keeps its thread and connection (a
// run that only changed roles costs no new logins), a changed one is given up and made anew.
void StatusMonitor::apply(Cluster cluster, Options options)
{
    m_cluster = std::move(cluster);
    // The cluster's own proxy, else the system's for the API (none for the bare port probes).
    m_portProxy = clusterNetworkProxy(m_cluster);
    if (!m_cluster.proxy.isEmpty())
        m_network->setProxy(m_portProxy);
    else if (!m_network->proxyFactory())
        m_network->setProxyFactory(new CachedProxyFactory); // owned by m_network
    m_refusedKeys.clear(); // a key the operator rejected is asked about again, as when opened
    const SshPolicy oldPolicy = m_options.sshPolicy;
    const bool hadFactory = bool(m_options.shellFactory);
    m_options = std::move(options);
    if (!m_options.shellFactory) {
        m_options.shellFactory = [policy = m_options.sshPolicy](const SshTarget &target,
                                                                QObject *owner) -> RemoteShell * {
            return new SshHost(target, policy, owner);
        };
    }
    const bool policyChanged = hadFactory && oldPolicy != m_options.sshPolicy;
    QHash<QString, RemoteShell *> kept;
    QHash<QString, SshTarget> keptTargets;
    for (const Node &node : std::as_const(m_cluster.nodes)) {
        if (!node.postgres || !m_options.targets.contains(node.name))
            continue;
        const SshTarget target = m_options.targets.value(node.name);
        RemoteShell *shell = m_shells.take(node.name);
        if (!shell || policyChanged || m_shellTargets.value(node.name) != target) {
            if (shell)
                giveUp(shell);
            m_lastConnect.remove(node.name);
            shell = makeShell(node.name, target);
        }
        kept.insert(node.name, shell);
        keptTargets.insert(node.name, target);
    }
    // What is left is of nodes no longer watched over SSH.
    for (auto it = m_shells.cbegin(); it != m_shells.cend(); ++it) {
        giveUp(it.value());
        m_lastConnect.remove(it.key());
    }
    m_shells = kept;
    m_shellTargets = keptTargets;
    for (auto it = m_status.begin(); it != m_status.end();)
        it = m_cluster.findNode(it.key()) ? std::next(it) : m_status.erase(it);
    const bool directSql =
        std::any_of(m_cluster.nodes.cbegin(), m_cluster.nodes.cend(),
                    [](const Node &node) { return !node.postgresOrDefault().caFile.isEmpty(); });
    if (directSql && !m_options.databasePassword.isEmpty() && !m_sql)
        m_sql = new SqlProbe(this);
    m_timer->setInterval(m_options.intervalMs);
    m_deadline->setInterval(m_options.roundDeadlineMs);
}

RemoteShell *StatusMonitor::makeShell(const QString &nodeName, const SshTarget &target)
{
    RemoteShell *shell = m_options.shellFactory(target, this);
    if (auto *host = qobject_cast<SshHost *>(shell))
        connect(host, &SshHost::connectionAttempted, this,
                [this, name = nodeName](const ConnectReport &r) {
                    m_lastConnect.insert(name, r.failure);
                    const bool keyProblem = r.failure == ConnectReport::Failure::HostKeyUnknown ||
                                            r.failure == ConnectReport::Failure::HostKeyChanged ||
                                            r.failure == ConnectReport::Failure::HostKeyRevoked;
                    const QString id =
                        r.hostKey.nodeName + QLatin1Char(' ') + r.hostKey.key.fingerprint();
                    if (keyProblem && !m_refusedKeys.contains(id)) {
                        m_refusedKeys.insert(id);
                        emit hostKeyRefused(r);
                    }
                });
    return shell;
}

StatusMonitor::Options StatusMonitor::optionsFor(const Cluster &cluster,
                                                 const QHash<QString, QString> &secrets,
                                                 SshPolicy policy)
{
    Options options;
    options.sshPolicy = std::move(policy);
    options.sshPolicy.connectTimeoutSeconds = 5;
    options.apiToken = secrets.value(SecretNames::key(cluster, SecretNames::kApiToken));
    options.databasePassword =
        secrets.value(SecretNames::key(cluster, SecretNames::kDatabasePassword));
    if (const Node *orchestrator = cluster.nodeWithRole(NodeRole::Orchestrator)) {
        options.databaseUser = orchestrator->inmantaOrDefault().databaseUser;
        options.databaseName = orchestrator->inmantaOrDefault().database;
    } else {
        options.databaseUser = options.databaseName = InmantaSettings{}.databaseUser;
    }
    options.targets = sshTargetsFor(cluster, secrets);
    return options;
}

QStringList StatusMonitor::secretKeys(const Cluster &cluster)
{
    return QStringList{SecretNames::key(cluster, SecretNames::kApiToken),
                       SecretNames::key(cluster, SecretNames::kDatabasePassword)} +
           sshSecretKeys(cluster);
}

void StatusMonitor::start()
{
    m_stopped = false;
    pollNow();
    m_timer->start();
}

QString StatusMonitor::probeScript(const Node &node)
{
    const PostgresSettings pg = node.postgresOrDefault();
    const QString sql =
        QStringLiteral("SELECT 'recovery', pg_is_in_recovery();\n"
                       "SELECT 'replica', %1;\n"
                       "SELECT 'slot', %2;\n")
            .arg(QLatin1String(SqlProbe::kReplicaColumns), QLatin1String(SqlProbe::kSlotColumns));
    return QStringLiteral(
               "if systemctl is-active --quiet %1; then echo running=1; else echo running=0; fi\n"
               "if [ -e %2/standby.signal ]; then echo standby_signal=1; else echo "
               "standby_signal=0; fi\n"
               "b=%3\n"
               "\"$b/pg_controldata\" -D %2 2>/dev/null | sed -n -e 's/^Database cluster state: "
               "*\\(.*\\)$/control_state=\\1/p' "
               "-e \"s/^Latest checkpoint's TimeLineID: *\\([0-9]*\\)$/timeline=\\1/p\"\n"
               "cd / && printf '%s' %4 | runuser -u postgres -- \"$b/psql\" -X -At -F '|' -p %5 -d "
               "postgres "
               "2>/dev/null "
               "| sed 's/^/sql=/'\n"
               "exit 0\n")
        .arg(shellQuote(pg.service), shellQuote(pg.dataDir), RemoteOps::postgresBinDir(node),
             shellQuote(sql))
        .arg(pg.port);
}

void StatusMonitor::parseProbe(const QByteArray &output, NodeStatus *s)
{
    for (const QByteArray &rawLine : output.split('\n')) {
        const QString line = QString::fromUtf8(rawLine);
        const QString key = line.section(QLatin1Char('='), 0, 0);
        const QString value = line.section(QLatin1Char('='), 1);
        if (key == QLatin1String("running"))
            s->postgresRunning = value == QLatin1String("1");
        else if (key == QLatin1String("standby_signal"))
            s->standbySignal = value == QLatin1String("1");
        else if (key == QLatin1String("control_state"))
            s->controlState = value;
        else if (key == QLatin1String("timeline"))
            s->timeline = value.toInt();
        else if (key == QLatin1String("sql")) {
            const QStringList f = value.split(QLatin1Char('|'));
            if (f.value(0) == QLatin1String("recovery"))
                s->inRecovery = f.value(1) == QLatin1String("t");
            else if (f.value(0) == QLatin1String("replica"))
                s->replicas << NodeStatus::Replica{f.value(1),
                                                   f.value(2),
                                                   f.value(3),
                                                   f.value(4),
                                                   f.value(5).toLongLong(),
                                                   f.value(6).toLongLong()};
            else if (f.value(0) == QLatin1String("slot"))
                s->replicationSlots << NodeStatus::Slot{
                    f.value(1), f.value(2) == QLatin1String("t"), f.value(3).toLongLong()};
        }
    }
    // hot_standby = off: a standby refuses SQL; its files say it is one.
    if (!s->inRecovery && s->postgresRunning.value_or(false) && s->standbySignal)
        s->inRecovery = true;
}

void StatusMonitor::stop()
{
    m_stopped = true;
    m_roundOpen = false;
    m_pending.reset();
    m_timer->stop();
    m_deadline->stop();
}

void StatusMonitor::pause()
{
    m_paused = true;
    m_pollWhenSettled = false;
    m_roundOpen = false;
    m_timer->stop();
    m_deadline->stop();
}

void StatusMonitor::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_stopped)
        return;
    m_timer->start();
    if (m_inFlight > 0)
        m_pollWhenSettled = true; // a probe of the dropped round is still out
    else
        pollNow();
}

void StatusMonitor::checkNow()
{
    m_refusedKeys.clear();
    pollNow();
}

void StatusMonitor::pollNow()
{
    if (m_inFlight > 0 || m_stopped || m_paused)
        return; // a probe of the previous round is still out, or the monitor is ending or paused
    m_round.clear();
    m_sqlRound.clear();
    m_awaiting.clear();
    m_roundOpen = true;
    m_deadline->start();
    probeStarted(QString()); // held until every probe is started, so none can end the round early
    probeNodesFrom(0);
}

// One node's probes per event: a round of many nodes never holds the monitor's thread (the
// CLI's only one) for long.
void StatusMonitor::probeNodesFrom(int index)
{
    if (index >= m_cluster.nodes.size() || m_stopped || m_paused) {
        probeEnded(QString());
        return;
    }
    const Node &node = m_cluster.nodes.at(index);
    m_round[node.name].node = node.name;
    // Where SSH really goes (~/.ssh/config's HostName and Port included).
    const SshTarget ssh = m_options.targets.value(node.name);
    // Behind bastions (ProxyJump) this machine may not reach the node's ports at all: only the
    // SSH connection through them tells, and the ports stay unknown.
    const bool throughBastions = !ssh.jumps.isEmpty();
    if (!throughBastions)
        probePort(node.name, ssh.address, ssh.port, &NodeStatus::sshPortOpen);
    if (m_shells.contains(node.name)) {
        // SQL only where the database port answers: a dead host costs no connect timeout. And
        // only over verified TLS (a CA named in the cluster file): the password goes to no
        // server that could not prove who it is. Otherwise SSH reads it all.
        if (!throughBastions)
            probePort(node.name, node.address, node.postgresOrDefault().port,
                      &NodeStatus::postgresPortOpen, [this, node] {
                          if (m_sql && !m_options.databasePassword.isEmpty() &&
                              !node.postgresOrDefault().caFile.isEmpty())
                              probeSql(node);
                      });
        probeDatabase(node);
    }
    // A spare orchestrator is watched too: whether its server runs matters before a
    // new-orchestrator procedure.
    if (node.role == NodeRole::Orchestrator || (node.inmanta && node.role == NodeRole::Spare)) {
        const QUrl api(node.effectiveApiUrl());
        probePort(node.name, api.host(), api.port(8888), &NodeStatus::apiPortOpen);
        probeInmanta(node);
    }
    // The cluster cannot change meanwhile: a reconfiguration waits for the round's hold.
    QTimer::singleShot(0, this, [this, index] { probeNodesFrom(index + 1); });
}

void StatusMonitor::probePort(const QString &nodeName, const QString &address, int port,
                              std::optional<bool> NodeStatus::*field,
                              std::function<void()> whenOpen)
{
    probeStarted(nodeName);
    auto *socket = new QTcpSocket(this);
    // Reachability of the port itself: no system proxy to look up (a lookup the GUI thread
    // waits on), only the cluster's own.
    socket->setProxy(m_portProxy);
    auto *timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    const auto done = [this, socket, nodeName, field, whenOpen](bool open) {
        if (socket->property("done").toBool())
            return;
        socket->setProperty("done", true);
        m_round[nodeName].*field = open;
        socket->abort();
        socket->deleteLater();
        if (open && whenOpen)
            whenOpen();
        probeEnded(nodeName);
    };
    connect(socket, &QTcpSocket::connected, this, [done] { done(true); });
    connect(socket, &QTcpSocket::errorOccurred, this, [done] { done(false); });
    connect(timeout, &QTimer::timeout, this, [done] { done(false); });
    timeout->start(m_options.portTimeoutMs);
    socket->connectToHost(address, static_cast<quint16>(port));
}

void StatusMonitor::probeSql(const Node &node)
{
    probeStarted(node.name);
    SqlProbe::Login login;
    login.host = node.address;
    login.port = node.postgresOrDefault().port;
    login.database = m_options.databaseName;
    login.user = m_options.databaseUser;
    login.password = m_options.databasePassword;
    login.caFile = expandHome(node.postgresOrDefault().caFile);
    login.connectTimeoutSeconds = std::max(1, m_options.portTimeoutMs / 1000);
    const quint64 id = m_sql->probe(login);
    auto *context = new QObject(this);
    connect(m_sql, &SqlProbe::finished, context,
            [this, context, id, name = node.name](quint64 done, const SqlProbe::Result &r) {
                if (done != id)
                    return;
                context->deleteLater();
                m_sqlRound.insert(name, r);
                probeEnded(name);
            });
}

void StatusMonitor::probeDatabase(const Node &node)
{
    probeStarted(node.name);
    RemoteShell *shell = m_shells.value(node.name);
    RemoteCommand command;
    command.command = probeScript(node);
    command.asRoot = true;
    command.timeoutMs = m_options.timeoutMs;
    const quint64 id = shell->execute(command);
    auto *context = new QObject(this);
    connect(shell, &RemoteShell::finished, context,
            [this, context, id, name = node.name](quint64 done, const CommandResult &r) {
                if (done != id)
                    return;
                context->deleteLater();
                NodeStatus &s = m_round[name];
                s.sshReachable = r.status != CommandResult::Status::NotStarted &&
                                 r.status != CommandResult::Status::ConnectionLost &&
                                 r.status != CommandResult::Status::TimedOut;
                if (r.status == CommandResult::Status::NotStarted)
                    s.loginProblem = loginProblem(
                        m_lastConnect.value(name, ConnectReport::Failure::Unreachable));
                if (r.succeeded())
                    parseProbe(r.out, &s);
                else
                    s.error = r.error;
                probeEnded(name);
            });
}

void StatusMonitor::probeInmanta(const Node &node)
{
    probeStarted(node.name);
    probeStarted(node.name);
    const QString base = node.effectiveApiUrl();
    // Health needs no token (and a token is sent nowhere it is not needed); serverstatus does.
    // Collecting serverstatus's database slice takes up to 10 s on the real server when the
    // database host drops packets.
    auto fetch = [this, base](const QString &path, bool withToken, int timeoutMs) {
        QNetworkRequest request(QUrl(base + path));
        request.setTransferTimeout(timeoutMs);
        // Redirects only within the same origin (scheme, host and port): the token goes to
        // the server the cluster file names and to no other.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);
        if (withToken && !m_options.apiToken.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_options.apiToken.toUtf8());
        return m_network->get(request);
    };
    QNetworkReply *health = fetch(QStringLiteral("/api/v2/health"), false, m_options.timeoutMs);
    QNetworkReply *serverStatus = fetch(QStringLiteral("/api/v1/serverstatus"), true,
                                        std::max(m_options.timeoutMs, kServerStatusTimeoutMs));
    connect(health, &QNetworkReply::finished, this, [this, health, name = node.name] {
        NodeStatus &s = m_round[name];
        const int code = health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        s.apiReachable = code > 0;
        if (code == 404) {
            s.apiHasHealth = false;
            if (s.apiDatabaseConnected)
                s.apiHealthy = *s.apiDatabaseConnected;
        } else {
            s.apiHealthy = code == 200;
        }
        if (health->error() == QNetworkReply::InsecureRedirectError) {
            s.apiHealthy = false;
            // Qt leaves the redirection target empty when it refuses one: from the header.
            const QUrl target =
                health->url().resolved(QUrl(QString::fromUtf8(health->rawHeader("Location"))));
            s.error = tr("%1 redirects to %2, another origin: not followed (the API token goes "
                         "only to the URL of the cluster file; set apiUrl to where it should go)")
                          .arg(health->url().toString(), target.toString());
        } else if (code == 0) {
            // A transfer timeout aborts the reply, which Qt calls "Operation canceled".
            const QString why = health->error() == QNetworkReply::OperationCanceledError
                                    ? tr("no answer within %1 s").arg(m_options.timeoutMs / 1000)
                                    : health->errorString();
            s.error = QStringLiteral("%1: %2").arg(health->url().toString(), why);
        }
        health->deleteLater();
        probeEnded(name);
    });
    connect(serverStatus, &QNetworkReply::finished, this, [this, serverStatus, name = node.name] {
        NodeStatus &s = m_round[name];
        const int code = serverStatus->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // 401 also answers an expired or badly signed token: "missing" only when none was sent.
        if (code == 401 || code == 403)
            s.apiTokenProblem = code == 401 && m_options.apiToken.isEmpty()
                                    ? NodeStatus::ApiTokenProblem::Missing
                                    : NodeStatus::ApiTokenProblem::Refused;
        if (serverStatus->error() != QNetworkReply::NoError) { // health says why
            serverStatus->deleteLater();
            probeEnded(name);
            return;
        }
        const QJsonObject data = QJsonDocument::fromJson(serverStatus->readAll())
                                     .object()
                                     .value(QStringLiteral("data"))
                                     .toObject();
        for (const QJsonValue &slice : data.value(QStringLiteral("slices")).toArray()) {
            if (slice.toObject().value(QStringLiteral("name")).toString() !=
                QLatin1String("core.database"))
                continue;
            const QJsonObject db = slice.toObject().value(QStringLiteral("status")).toObject();
            s.apiDatabaseHost = db.value(QStringLiteral("host")).toString();
            s.apiDatabaseConnected = db.value(QStringLiteral("connected")).toBool();
            if (!s.apiHasHealth)
                s.apiHealthy = *s.apiDatabaseConnected;
        }
        serverStatus->deleteLater();
        resolveDatabaseHost(name, s.apiDatabaseHost);
        probeEnded(name);
    });
}

// The server's configuration may name its database host by a name: compared by address.
void StatusMonitor::resolveDatabaseHost(const QString &node, const QString &host)
{
    if (host.isEmpty())
        return;
    if (!QHostAddress(host).isNull()) {
        m_round[node].apiDatabaseAddresses = {QHostAddress(host).toString()};
        return;
    }
    probeStarted(node);
    QHostInfo::lookupHost(host, this, [this, node](const QHostInfo &info) {
        QStringList addresses;
        for (const QHostAddress &address : info.addresses())
            addresses << address.toString();
        m_round[node].apiDatabaseAddresses = addresses;
        probeEnded(node);
    });
}

// Why a command was not started: the connection attempt before it. A connect that worked
// means sudo refused; a connect that timed out or was refused says nothing of the login.
NodeStatus::LoginProblem StatusMonitor::loginProblem(ConnectReport::Failure connect)
{
    using P = NodeStatus::LoginProblem;
    switch (connect) {
    case ConnectReport::Failure::Unreachable:
        return P::None;
    case ConnectReport::Failure::ProxyUnreachable:
        return P::Proxy;
    case ConnectReport::Failure::Configuration:
        return P::Configuration;
    case ConnectReport::Failure::HostKeyUnknown:
        return P::HostKeyUnknown;
    case ConnectReport::Failure::HostKeyChanged:
        return P::HostKeyChanged;
    case ConnectReport::Failure::HostKeyRevoked:
        return P::HostKeyRevoked;
    case ConnectReport::Failure::Authentication:
        return P::Credentials;
    case ConnectReport::Failure::None:
        break;
    }
    return P::Sudo;
}

// A probe that ends after its round was published (at the deadline) writes into m_round, which
// the next round clears before use: late answers never reach a verdict.
void StatusMonitor::probeStarted(const QString &nodeName)
{
    ++m_inFlight;
    ++m_awaiting[nodeName];
}

void StatusMonitor::probeEnded(const QString &nodeName)
{
    --m_awaiting[nodeName];
    if (--m_inFlight == 0 && m_roundOpen)
        publishRound();
    if (m_inFlight == 0) {
        applyPending();
        if (std::exchange(m_pollWhenSettled, false))
            QTimer::singleShot(0, this, &StatusMonitor::pollNow);
        emit settled();
    }
}

void StatusMonitor::publishRound()
{
    if (!m_roundOpen)
        return;
    m_roundOpen = false;
    m_deadline->stop();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_round.begin(); it != m_round.end(); ++it) {
        NodeStatus &s = it.value();
        if (m_sqlRound.contains(it.key()))
            SqlProbe::merge(m_sqlRound.value(it.key()), &s);
        s.seen = now;
        if (m_awaiting.value(it.key()) > 0 && s.error.isEmpty())
            s.error = tr("no answer within %1 s").arg((m_options.roundDeadlineMs + 999) / 1000);
        const bool answered =
            s.sshReachable || s.apiReachable.value_or(false) || s.sqlConnected.value_or(false);
        s.lastAnswered = answered ? now : m_status.value(it.key()).lastAnswered;
    }
    m_status = m_round;
    emit updated(verdict());
}

} // namespace iha
