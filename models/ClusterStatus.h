#pragma once

#include "models/Cluster.h"
#include "models/ReplicationSample.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace iha {

// What was last seen of one node, and when. Unknown facts stay unset.
struct NodeStatus
{
    struct Replica
    {
        QString applicationName;
        QString clientAddress;
        QString state;     // streaming, catchup, ...
        QString syncState; // sync, async, potential, quorum
        qint64 replayLagBytes = -1;
        // What the primary had flushed and the standby had not: what a failover may lose when
        // the standby is not synchronous.
        qint64 flushLagBytes = -1;
    };
    struct Slot
    {
        QString name;
        bool active = false;
        qint64 retainedBytes = -1;
    };

    QString node;
    QDateTime seen;         // when these facts were gathered
    QDateTime lastAnswered; // when the node last answered any probe (kept across rounds)
    bool sshReachable = false;
    // Its SSH server answered but the login was refused: the host is up, only unreadable.
    // None on a timeout or a refused connection.
    enum class LoginProblem
    {
        None,
        HostKeyUnknown,
        HostKeyChanged,
        HostKeyRevoked,
        Credentials, // user, key, passphrase or password
        Sudo,
        Proxy,         // the cluster's proxy did not answer: the host was not even tried
        Configuration, // ~/.ssh/config asks what this tool cannot do: not tried either
    };
    LoginProblem loginProblem = LoginProblem::None;
    QString error; // why facts are missing, in full

    // A database host SSH could not reach at all: off the network, or its ports accept
    // connections while nothing replies (frozen, overloaded). A refused login is not that.
    bool gone() const { return !sshReachable && loginProblem == LoginProblem::None; }

    // TCP reachability of the node's ports, when probed.
    std::optional<bool> sshPortOpen;
    std::optional<bool> postgresPortOpen;
    std::optional<bool> apiPortOpen;

    // PostgreSQL over SQL, as the cluster's database user; where it answers, its view of
    // recovery, slots and (with pg_read_all_stats) replicas replaces the one read over SSH.
    std::optional<bool> sqlConnected;
    QString sqlError;
    bool replicasFromSql = false;

    // PostgreSQL
    std::optional<bool> postgresRunning;
    std::optional<bool> inRecovery;
    bool standbySignal = false;
    QString controlState; // from pg_controldata: "in production", "in archive recovery", ...
    int timeline = 0;
    QList<Replica> replicas; // as this node, a primary, sees them
    QList<Slot> replicationSlots;

    // Inmanta server
    std::optional<bool> apiReachable;
    std::optional<bool> apiHealthy;
    // Servers before 15.2 have no /api/v2/health (404): serverstatus's database slice decides.
    bool apiHasHealth = true;
    QString apiDatabaseHost; // as the server's configuration names it: a name or an address
    QStringList apiDatabaseAddresses; // what that name resolves to here
    std::optional<bool> apiDatabaseConnected;
    // Why serverstatus said nothing: 401 wants a token, 403 refused the one sent (wrong,
    // expired, revoked, or limited to one environment).
    enum class ApiTokenProblem
    {
        None,
        Missing,
        Refused,
    };
    ApiTokenProblem apiTokenProblem = ApiTokenProblem::None;
};

struct ClusterVerdict
{
    enum class Kind
    {
        Healthy,
        Degraded,                // no synchronous standby: writes on the primary block
        PrimaryDown,             // writes are not possible: fail over
        SplitBrain,              // two nodes accept writes
        OrchestratorDown,        // the Inmanta server does not answer or is unhealthy
        OrchestratorMisdirected, // it uses a database that is not the primary
        NotConfigured,           // replication is not set up yet
        Unknown,                 // not enough is known yet
    };
    Kind kind = Kind::Unknown;
    QString summary;   // plain words
    QString action;    // the one thing that fixes it, naming the procedure
    QString procedure; // its CLI name, when a procedure fixes it
};

// The stable key (`status --json`) and the words for people (translated).
QString verdictName(ClusterVerdict::Kind kind);
QString verdictWords(ClusterVerdict::Kind kind);

// One node's state as the diagram and `status` name it; its colour is the view's business.
enum class NodeState
{
    NotSeen,
    NotWatched,     // a spare without PostgreSQL or an Inmanta server
    Unreachable,    // a database host off the network or crashed
    Silent,         // a database host whose ports accept connections while nothing replies
    Unreadable,     // up, but its login or probe failed: its error says why
    ApiUnreachable, // the Inmanta server does not answer
    PostgresStopped,
    Standby, // in recovery
    AcceptsWrites,
    ApiHealthy,
    ApiUnhealthy,
};
NodeState nodeState(const Node &node, const NodeStatus &status);
QString nodeStateText(NodeState state);

// Whether the node's PostgreSQL runs out of recovery.
bool acceptsWrites(const NodeStatus &status);
// Whether the Inmanta server whose facts these are uses the database on `database`.
bool usesDatabaseOf(const NodeStatus &orchestrator, const Node &database);

// The cluster's state from its nodes' facts, the worst first: split brain, primary down,
// degraded (the runbook's warning: without its synchronous standby the primary blocks every
// write), orchestrator down or pointed elsewhere.
ClusterVerdict deriveVerdict(const Cluster &cluster, const QHash<QString, NodeStatus> &status);

// What the primary (the node the file names, seen out of recovery in this round) reports of
// each standby of the file: one sample each, "not streaming" when it is not among the
// replicas. None when the primary was not read.
QList<ReplicationSample> replicationSamples(const Cluster &cluster,
                                            const QHash<QString, NodeStatus> &status,
                                            const QString &source);

} // namespace iha
