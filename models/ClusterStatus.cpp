#include "models/ClusterStatus.h"

#include "models/ClusterValidator.h"

#include <QCoreApplication>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterVerdict)
};

// Why a node that SSH could not read is taken for gone. A host whose ports accept connections
// while nothing replies is frozen or overloaded: named apart from one that is off the network.
QString notAnswering(const Node &node, const NodeStatus &s, const QString &offTheNetwork)
{
    if (s.sshPortOpen.value_or(false))
        return Tr::tr("%1 accepts connections but does not answer").arg(node.name);
    return offTheNetwork;
}

// The refused login in a few words (the node's facts keep the whole message).
QString loginProblemText(NodeStatus::LoginProblem problem)
{
    using P = NodeStatus::LoginProblem;
    switch (problem) {
    case P::HostKeyUnknown:
        return Tr::tr("its host key is not known yet");
    case P::HostKeyChanged:
        return Tr::tr("its host key has changed");
    case P::HostKeyRevoked:
        return Tr::tr("its host key is revoked");
    case P::Credentials:
        return Tr::tr("the SSH login was refused");
    case P::Sudo:
        return Tr::tr("sudo was refused");
    case P::Proxy:
        return Tr::tr("the cluster's proxy does not answer");
    case P::Configuration:
        return Tr::tr("this machine's SSH configuration asks for what this tool cannot do");
    case P::None:
        break;
    }
    return {};
}

// What the operator does about it.
QString loginProblemAction(NodeStatus::LoginProblem problem, const QString &node, bool practice)
{
    using P = NodeStatus::LoginProblem;
    switch (problem) {
    case P::HostKeyUnknown:
        return Tr::tr("Compare %1's host key fingerprint with the host's own and accept it, then "
                      "check again.")
            .arg(node);
    case P::HostKeyRevoked:
        return Tr::tr("Treat %1 as compromised: give it new host keys, then check again.")
            .arg(node);
    case P::HostKeyChanged:
        return Tr::tr("Find out why %1's host key changed; only if the host was reinstalled, "
                      "remove its old entry from known_hosts, then check again.")
            .arg(node);
    case P::Sudo:
        return Tr::tr("Let the SSH user on %1 use sudo (or fix its sudo password in the "
                      "credentials), then check again.")
            .arg(node);
    case P::Proxy:
        return practice ? Tr::tr("The practice cluster's gateway is gone: see inmanta-ha-cli "
                                 "practice status, or take it down and up again.")
                        : Tr::tr("Bring the cluster's proxy back (the \"proxy\" of the cluster "
                                 "file: an ssh -D tunnel, for instance), then check again.");
    case P::Configuration:
        return Tr::tr("Change ~/.ssh/config for %1 as its details say, then check again.")
            .arg(node);
    case P::Credentials:
    case P::None:
        break;
    }
    return Tr::tr("Fix the SSH login of %1 (user, key or password), then check again.").arg(node);
}

} // namespace

QString verdictName(ClusterVerdict::Kind kind)
{
    switch (kind) {
    case ClusterVerdict::Kind::Healthy:
        return QStringLiteral("healthy");
    case ClusterVerdict::Kind::Degraded:
        return QStringLiteral("degraded");
    case ClusterVerdict::Kind::PrimaryDown:
        return QStringLiteral("primary-down");
    case ClusterVerdict::Kind::SplitBrain:
        return QStringLiteral("split-brain");
    case ClusterVerdict::Kind::OrchestratorDown:
        return QStringLiteral("orchestrator-down");
    case ClusterVerdict::Kind::OrchestratorMisdirected:
        return QStringLiteral("orchestrator-misdirected");
    case ClusterVerdict::Kind::NotConfigured:
        return QStringLiteral("not-configured");
    case ClusterVerdict::Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString verdictWords(ClusterVerdict::Kind kind)
{
    switch (kind) {
    case ClusterVerdict::Kind::Healthy:
        return Tr::tr("healthy");
    case ClusterVerdict::Kind::Degraded:
        return Tr::tr("no synchronous standby");
    case ClusterVerdict::Kind::PrimaryDown:
        return Tr::tr("primary down");
    case ClusterVerdict::Kind::SplitBrain:
        return Tr::tr("two primaries");
    case ClusterVerdict::Kind::OrchestratorDown:
        return Tr::tr("orchestrator down");
    case ClusterVerdict::Kind::OrchestratorMisdirected:
        return Tr::tr("orchestrator on the wrong database");
    case ClusterVerdict::Kind::NotConfigured:
        return Tr::tr("replication not set up");
    case ClusterVerdict::Kind::Unknown:
        return Tr::tr("state unknown");
    }
    return {};
}

NodeState nodeState(const Node &node, const NodeStatus &s)
{
    if (!s.seen.isValid())
        return node.postgres || node.role == NodeRole::Orchestrator ? NodeState::NotSeen
                                                                    : NodeState::NotWatched;
    if (node.postgres) {
        if (s.gone())
            return s.sshPortOpen.value_or(false) ? NodeState::Silent : NodeState::Unreachable;
        if (!s.postgresRunning.has_value())
            return NodeState::Unreadable;
        if (!*s.postgresRunning)
            return NodeState::PostgresStopped;
        return s.inRecovery.value_or(false) ? NodeState::Standby : NodeState::AcceptsWrites;
    }
    if (!s.apiReachable.value_or(false))
        return NodeState::ApiUnreachable;
    return s.apiHealthy.value_or(false) ? NodeState::ApiHealthy : NodeState::ApiUnhealthy;
}

QString nodeStateText(NodeState state)
{
    switch (state) {
    case NodeState::NotSeen:
        return Tr::tr("not seen yet");
    case NodeState::NotWatched:
        return Tr::tr("spare, not watched");
    case NodeState::Unreachable:
        return Tr::tr("unreachable");
    case NodeState::Silent:
        return Tr::tr("does not answer");
    case NodeState::Unreadable:
        return Tr::tr("cannot be read");
    case NodeState::ApiUnreachable:
        return Tr::tr("Inmanta server unreachable");
    case NodeState::PostgresStopped:
        return Tr::tr("PostgreSQL stopped");
    case NodeState::Standby:
        return Tr::tr("standby (in recovery)");
    case NodeState::AcceptsWrites:
        return Tr::tr("accepts writes");
    case NodeState::ApiHealthy:
        return Tr::tr("Inmanta server healthy");
    case NodeState::ApiUnhealthy:
        return Tr::tr("Inmanta server unhealthy");
    }
    return {};
}

bool acceptsWrites(const NodeStatus &s)
{
    return s.postgresRunning.value_or(false) && s.inRecovery.has_value() && !*s.inRecovery;
}

bool usesDatabaseOf(const NodeStatus &orchestrator, const Node &database)
{
    // Compared by address too: its configuration may name the database by a host name.
    return orchestrator.apiDatabaseHost == database.address ||
           orchestrator.apiDatabaseHost == database.name ||
           orchestrator.apiDatabaseAddresses.contains(database.address);
}

ClusterVerdict deriveVerdict(const Cluster &cluster, const QHash<QString, NodeStatus> &status)
{
    ClusterVerdict v;
    const Node *primary = cluster.nodeWithRole(NodeRole::Primary);
    const Node *standby = cluster.nodeWithRole(NodeRole::Standby);
    const Node *orchestrator = cluster.nodeWithRole(NodeRole::Orchestrator);

    // Through a proxy, silence from every host says nothing of the hosts: the proxy, or its
    // way to them (a bastion behind `ssh -D`), may be what failed. Never a failover on that.
    if (!cluster.proxy.isEmpty()) {
        bool probed = false;
        bool answered = false;
        for (const Node &node : cluster.nodes) {
            const NodeStatus s = status.value(node.name);
            probed = probed || s.seen.isValid();
            answered = answered || s.sshReachable || s.apiReachable.value_or(false) ||
                       (s.loginProblem != NodeStatus::LoginProblem::None &&
                        s.loginProblem != NodeStatus::LoginProblem::Proxy);
        }
        if (probed && !answered) {
            v.kind = ClusterVerdict::Kind::Unknown;
            v.summary = Tr::tr("Nothing answers through the cluster's proxy (%1): whether the "
                               "hosts or the way to them failed cannot be told.")
                            .arg(cluster.proxy);
            v.action =
                loginProblemAction(NodeStatus::LoginProblem::Proxy, QString(), cluster.practice);
            return v;
        }
    }

    // The pair (and a retired old primary that comes back) must have one writer. A spare is
    // outside replication: its own server accepting writes harms nobody.
    QStringList writers;
    for (const Node &node : cluster.nodes) {
        if (node.postgres && node.role != NodeRole::Spare && acceptsWrites(status.value(node.name)))
            writers << node.name;
    }
    bool replicationSetUp = false;
    for (const NodeStatus::Slot &slot :
         status.value(primary ? primary->name : QString()).replicationSlots)
        replicationSetUp = replicationSetUp || slot.name == cluster.replication.slot;
    if (writers.size() > 1 && !replicationSetUp) {
        v.kind = ClusterVerdict::Kind::NotConfigured;
        v.summary = Tr::tr("Replication is not set up yet: %1 are independent servers.")
                        .arg(writers.join(QLatin1String(", ")));
        v.action = Tr::tr("Configure the primary, then the standby.");
        v.procedure = QStringLiteral("configure-primary");
        return v;
    }
    if (writers.size() > 1) {
        v.kind = ClusterVerdict::Kind::SplitBrain;
        v.summary =
            Tr::tr("Split brain: %1 all accept writes.").arg(writers.join(QLatin1String(", ")));
        v.action = Tr::tr("Stop every one of them but the primary the Inmanta server uses, before "
                          "anything else.");
        return v;
    }
    if (!primary) {
        v.summary = Tr::tr("The cluster file names no primary.");
        return v;
    }
    const NodeStatus p = status.value(primary->name);
    if (!p.seen.isValid()) {
        v.summary = Tr::tr("Nothing is known about %1 yet.").arg(primary->name);
        return v;
    }
    // The host's SSH server answered but refused the login (host key, credentials, sudo):
    // that says nothing about PostgreSQL, so no failover is offered on it.
    if (!p.sshReachable && p.loginProblem != NodeStatus::LoginProblem::None) {
        v.summary = Tr::tr("The state of %1 cannot be read: %2.")
                        .arg(primary->name, loginProblemText(p.loginProblem));
        v.action = loginProblemAction(p.loginProblem, primary->name, cluster.practice);
        return v;
    }
    if (!acceptsWrites(p)) {
        v.kind = ClusterVerdict::Kind::PrimaryDown;
        const QString why =
            !p.sshReachable
                ? notAnswering(*primary, p, Tr::tr("%1 does not answer").arg(primary->name))
            : !p.postgresRunning.value_or(false)
                ? Tr::tr("PostgreSQL on %1 is down").arg(primary->name)
                : Tr::tr("%1 is in recovery").arg(primary->name);
        v.summary = Tr::tr("%1: writes are not possible.").arg(why);
        // Inmanta 18.2 and later stop themselves when their database is lost, and stay down.
        if (orchestrator) {
            const NodeStatus o = status.value(orchestrator->name);
            // Its host answers but the server does not: not running (a host that is down says
            // nothing of the server).
            if (o.seen.isValid() && !o.apiReachable.value_or(true) &&
                !o.apiPortOpen.value_or(false) && o.sshPortOpen.value_or(false))
                v.summary += QLatin1Char(' ') +
                             Tr::tr("The Inmanta server on %1 is not running (18.2 and later "
                                    "stop themselves when their database is lost): start it "
                                    "again once it points at the new primary.")
                                 .arg(orchestrator->name);
        }
        if (standby && orchestrator) {
            v.action = Tr::tr("Fail over to %1: promote it, then point the Inmanta server at it "
                              "(failover-server).")
                           .arg(standby->name);
            v.procedure = QStringLiteral("failover-server");
        } else if (standby) {
            v.action = Tr::tr("Fail over to %1: promote it.").arg(standby->name);
            v.procedure = QStringLiteral("promote-standby");
        } else {
            v.action =
                Tr::tr("Bring %1 back; there is no standby to fail over to.").arg(primary->name);
        }
        return v;
    }
    const QString app = cluster.replication.applicationName;
    // After a failover: the promoted primary runs alone, and nothing could take over from it
    // (an orchestrator still on another database is said first, below).
    const NodeStatus orchestratorStatus =
        orchestrator ? status.value(orchestrator->name) : NodeStatus{};
    const bool orchestratorElsewhere = !orchestratorStatus.apiDatabaseHost.isEmpty() &&
                                       !usesDatabaseOf(orchestratorStatus, *primary);
    if (!standby && p.replicas.isEmpty() && !orchestratorElsewhere) {
        const Node *candidate = nullptr;
        for (const NodeRole role : {NodeRole::Retired, NodeRole::Spare}) {
            for (const Node *node : cluster.nodesWithRole(role)) {
                if (!candidate && node->postgres)
                    candidate = node;
            }
        }
        v.kind = ClusterVerdict::Kind::NotConfigured;
        v.summary = Tr::tr("%1 runs alone as the primary: no standby replicates it, so no "
                           "failover is possible.")
                        .arg(primary->name);
        v.action = candidate ? Tr::tr("Add a standby to the new primary: add-standby --node %1.")
                                   .arg(candidate->name)
                             : Tr::tr("Add a standby to the new primary (add-standby).");
        v.procedure = QStringLiteral("add-standby");
        return v;
    }
    // Without the cluster's slot and with no replica, the primary was never configured: it does
    // not wait for any standby, so a standby that is down blocks nothing.
    if (!replicationSetUp && p.replicas.isEmpty()) {
        v.kind = ClusterVerdict::Kind::NotConfigured;
        v.summary = Tr::tr("Replication is not set up yet: %1 has no replication slot %2.")
                        .arg(primary->name, cluster.replication.slot);
        v.action = Tr::tr("Configure the primary, then the standby.");
        v.procedure = QStringLiteral("configure-primary");
        return v;
    }
    // A standby that is known to be down: the primary notices only after wal_sender_timeout,
    // but its writes wait from the first moment. One whose login was refused is up: the
    // primary's view of it decides.
    if (standby && status.contains(standby->name)) {
        const NodeStatus st = status.value(standby->name);
        if (st.gone() || (st.sshReachable && !st.postgresRunning.value_or(false))) {
            const QString why =
                st.gone() ? notAnswering(*standby, st, Tr::tr("%1 is down").arg(standby->name))
                          : Tr::tr("PostgreSQL on %1 is down").arg(standby->name);
            v.kind = ClusterVerdict::Kind::Degraded;
            v.summary = Tr::tr("%1: writes on %2 will block until it streams again.")
                            .arg(why, primary->name);
            v.action =
                Tr::tr("Bring %1 back, or rebuild it (configure-standby).").arg(standby->name);
            v.procedure = QStringLiteral("configure-standby");
            return v;
        }
    }
    bool syncStreaming = false;
    for (const NodeStatus::Replica &r : p.replicas)
        syncStreaming =
            syncStreaming || (r.applicationName == app && r.state == QLatin1String("streaming") &&
                              r.syncState == QLatin1String("sync"));
    if (!syncStreaming) {
        v.kind = ClusterVerdict::Kind::Degraded;
        const QString name = standby ? standby->name : app;
        v.summary =
            Tr::tr("No synchronous standby: writes on %1 will block until %2 streams again.")
                .arg(primary->name, name);
        v.action =
            standby ? Tr::tr("Bring %1 back, or rebuild it (configure-standby).").arg(standby->name)
                    : Tr::tr("Add a standby (configure-standby).");
        v.procedure = QStringLiteral("configure-standby");
        return v;
    }
    if (orchestrator) {
        const NodeStatus o = status.value(orchestrator->name);
        // It answers but will not say which database it uses: a token problem, not a sick server.
        if (o.apiTokenProblem != NodeStatus::ApiTokenProblem::None &&
            (o.apiHealthy.value_or(false) || !o.apiHasHealth)) {
            v.kind = ClusterVerdict::Kind::Unknown;
            v.summary =
                (o.apiTokenProblem == NodeStatus::ApiTokenProblem::Missing
                     ? Tr::tr("The Inmanta server on %1 answers but asks for an API token, and "
                              "none is stored: which database it uses is not known.")
                     : Tr::tr("The Inmanta server on %1 answers but refused the API token (wrong, "
                              "expired, revoked, or limited to one environment): which database "
                              "it uses is not known."))
                    .arg(orchestrator->name);
            v.action = Tr::tr("Store a token with the API's scope: inmanta-ha-cli --cluster FILE "
                              "secret set api-token.");
            return v;
        }
        if (!o.apiHealthy.value_or(false)) {
            v.kind = ClusterVerdict::Kind::OrchestratorDown;
            v.summary =
                (!o.apiReachable.value_or(false)
                     ? o.apiPortOpen.value_or(false)
                           ? Tr::tr("The Inmanta server on %1 accepts connections but does not "
                                    "answer.")
                           : Tr::tr("The Inmanta server on %1 does not answer.")
                 : o.apiDatabaseConnected == false
                     ? Tr::tr("The Inmanta server on %1 is unhealthy: it is not connected to its "
                              "database.")
                     : Tr::tr("The Inmanta server on %1 is unhealthy."))
                    .arg(orchestrator->name);
            v.action =
                !o.apiReachable.value_or(false) && !o.apiPortOpen.value_or(false)
                    ? Tr::tr("Look at the inmanta-server service on %1. It listens on "
                             "127.0.0.1 only unless [server] bind-address says otherwise.")
                          .arg(orchestrator->name)
                    : Tr::tr("Look at the inmanta-server service on %1.").arg(orchestrator->name);
            return v;
        }
        const bool samePlace = usesDatabaseOf(o, *primary);
        // Another database node of the cluster by its own name or address: misdirected, even
        // when that name does not resolve here.
        bool anotherNode = false;
        for (const Node &node : cluster.nodes) {
            if (node.postgres && node.name != primary->name &&
                (o.apiDatabaseHost == node.name || o.apiDatabaseHost == node.address))
                anotherNode = true;
        }
        if (!o.apiDatabaseHost.isEmpty() && !samePlace && !anotherNode &&
            o.apiDatabaseAddresses.isEmpty() && !isIpAddress(o.apiDatabaseHost)) {
            v.kind = ClusterVerdict::Kind::Unknown;
            v.summary = Tr::tr("The Inmanta server on %1 uses the database on %2, a name that "
                               "does not resolve on this machine: whether it is the primary (%3) "
                               "cannot be told.")
                            .arg(orchestrator->name, o.apiDatabaseHost, primary->name);
            v.action = Tr::tr("Make the name resolve here, or name the database by its address "
                              "in the server's configuration.");
            return v;
        }
        if (!o.apiDatabaseHost.isEmpty() && !samePlace) {
            v.kind = ClusterVerdict::Kind::OrchestratorMisdirected;
            v.summary = Tr::tr("The Inmanta server on %1 uses the database on %2, which is not the "
                               "primary (%3).")
                            .arg(orchestrator->name, o.apiDatabaseHost, primary->name);
            // Not failover-server: that fences a primary, and this one is healthy.
            v.action = Tr::tr("Point it at %1: set [database] host in its database.cfg and "
                              "restart it.")
                           .arg(primary->name);
            return v;
        }
    }
    v.kind = ClusterVerdict::Kind::Healthy;
    v.summary = Tr::tr("Healthy: %1 replicates synchronously to %2.")
                    .arg(primary->name, standby ? standby->name : app);
    return v;
}

QList<ReplicationSample> replicationSamples(const Cluster &cluster,
                                            const QHash<QString, NodeStatus> &status,
                                            const QString &source)
{
    const Node *primary = cluster.nodeWithRole(NodeRole::Primary);
    if (!primary || !status.contains(primary->name))
        return {};
    const NodeStatus &seen = status.value(primary->name);
    // The view of replicas is whole only from a primary read in this round (from SQL when it
    // could see them, else over SSH).
    if (seen.inRecovery != false || !seen.seen.isValid() || !seen.error.isEmpty())
        return {};
    QList<ReplicationSample> samples;
    for (const Node *standby : cluster.nodesWithRole(NodeRole::Standby)) {
        ReplicationSample sample;
        sample.time = seen.seen;
        sample.source = source;
        sample.primaryNode = primary->name;
        sample.standbyAddress = standby->address;
        for (const NodeStatus::Replica &replica : seen.replicas) {
            if (replica.clientAddress == standby->address) {
                sample.state = replica.state;
                sample.syncState = replica.syncState;
                sample.flushLagBytes = replica.flushLagBytes;
                sample.replayLagBytes = replica.replayLagBytes;
            }
        }
        samples << sample;
    }
    return samples;
}

} // namespace iha
