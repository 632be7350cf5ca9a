#pragma once

#include "app/SqlProbe.h"
#include "app/SshHost.h"
#include "models/ClusterStatus.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <atomic>
#include <functional>
#include <optional>

namespace iha {

// Watches one cluster without ever blocking its thread. Each round: TCP reachability of every
// node's SSH, PostgreSQL and API port (Qt Network); PostgreSQL's state of each database node
// over SSH (its own thread per host; a standby with hot_standby = off refuses SQL, so
// systemctl, pg_controldata and standby.signal tell) and, where its port answers and the
// database password is in the keychain, over SQL (Qt Sql, on its own thread); the Inmanta
// server's health and database through its API. Polls at an interval and on demand.
class StatusMonitor : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        SshPolicy sshPolicy;
        QHash<QString, SshTarget> targets; // by node, secrets filled in
        QString apiToken;
        QString databaseUser; // the Inmanta server's database login, for the SQL probe
        QString databaseName;
        QString databasePassword; // empty: no SQL probe
        int intervalMs = 5000;
        int timeoutMs = 8000;
        int portTimeoutMs = 3000;
        // Every probe has a bound of its own (connect and command timeouts, keepalives); this
        // one is the last word: a round still out after it is shown with what has answered,
        // the nodes still awaited marked, rather than leaving the last verdict up unnoticed.
        int roundDeadlineMs = 15000;
        // Which configuration of its owner's this is: rounds made with it carry it.
        int generation = 0;
        // Makes the remote shell of a database node; SshHost unless a benchmark simulates.
        std::function<RemoteShell *(const SshTarget &, QObject *parent)> shellFactory;
    };

    // Every node of the cluster with its secrets (keychain key -> value), the API token
    // included; dead hosts are reported after 5 s rather than waited for.
    static Options optionsFor(const Cluster &cluster, const QHash<QString, QString> &secrets,
                              SshPolicy policy);
    // The keychain keys optionsFor() uses.
    static QStringList secretKeys(const Cluster &cluster);

    StatusMonitor(Cluster cluster, Options options, QObject *parent = nullptr);
    ~StatusMonitor() override;

    // The cluster or its secrets changed (a run gave nodes new roles, the operator new
    // passwords): hosts whose login is unchanged are kept, the next round starts at once. With
    // probes out, it waits until they have ended.
    void reconfigure(Cluster cluster, Options options);
    const Cluster &cluster() const { return m_cluster; }
    // Of the configuration the last round was made with (rounds never span a change).
    int generation() const { return m_options.generation; }

    void start(); // polls now and then every interval
    // No further rounds, no more probes of the round out and no partial verdict of it; a
    // reconfiguration waiting is dropped. Probes already out still end (settled()).
    void stop();
    void pollNow();
    // Polls now, and puts host keys the operator rejected to them again.
    void checkNow();
    // A procedure runs on the cluster: no rounds until resume(). Its readings would show a
    // planned restart as a primary down (and offer a failover), and its logins and queries
    // would compete with the run for the hosts. The round out is dropped unpublished; a
    // reconfiguration is still applied. Rounds asked for meanwhile (Check Now) are not made.
    void pause();
    void resume(); // polls now (or once the probes out have ended), then every interval
    bool paused() const { return m_paused; }
    // A probe is out: destroying the monitor now would wait on its hosts' threads (a connect
    // in progress), so owners retire it once settled(). A round ended by its deadline may
    // leave probes out; no round starts before they end. Safe to ask from any thread.
    bool busy() const { return m_inFlight > 0; }
    const QHash<QString, NodeStatus> &status() const { return m_status; }
    ClusterVerdict verdict() const { return deriveVerdict(m_cluster, m_status); }

    // The shell text that reports a database node's state as key=value lines.
    static QString probeScript(const Node &node);
    static void parseProbe(const QByteArray &output, NodeStatus *status);

signals:
    // After each round, when every node has answered or timed out, or at the round's deadline.
    void updated(const iha::ClusterVerdict &verdict);
    // A host's key is not on record (or changed, or revoked): the node is not read until the
    // operator decides. Once per host key and monitor.
    void hostKeyRefused(const iha::ConnectReport &report);
    // No probe is out any more (a round ended by its deadline may leave some out for a while).
    void settled();

private:
    void apply(Cluster cluster, Options options);
    void applyPending();
    RemoteShell *makeShell(const QString &nodeName, const SshTarget &target);
    static void giveUp(RemoteShell *shell);
    void probeNodesFrom(int index);
    void probeDatabase(const Node &node);
    void probeSql(const Node &node);
    void probeInmanta(const Node &node);
    void resolveDatabaseHost(const QString &node, const QString &host);
    // The real server can take 10 s to collect serverstatus's database slice from a host that
    // drops packets (within the round's deadline).
    static constexpr int kServerStatusTimeoutMs = 12000;
    // Sets `field` of the node's facts; `whenOpen` runs (still within the round) if it answers.
    void probePort(const QString &nodeName, const QString &address, int port,
                   std::optional<bool> NodeStatus::*field, std::function<void()> whenOpen = {});
    void probeStarted(const QString &nodeName);
    void probeEnded(const QString &nodeName);
    void publishRound();
    static NodeStatus::LoginProblem loginProblem(ConnectReport::Failure connect);

    Cluster m_cluster;
    QNetworkProxy m_portProxy; // the cluster's proxy, or none
    Options m_options;
    QHash<QString, RemoteShell *> m_shells;
    QHash<QString, SshTarget> m_shellTargets; // what each shell logs in with
    struct Pending
    {
        Cluster cluster;
        Options options;
    };
    std::optional<Pending> m_pending;    // a reconfiguration waiting for the probes out
    QHash<QString, NodeStatus> m_status; // of the last complete round
    QHash<QString, NodeStatus> m_round;  // being gathered
    QHash<QString, SqlProbe::Result> m_sqlRound;
    SqlProbe *m_sql = nullptr;
    // Children, not members: the monitor moves to a thread of its own with them
    // (BackgroundMonitor).
    QNetworkAccessManager *m_network = new QNetworkAccessManager(this);
    QTimer *m_timer = new QTimer(this);
    QTimer *m_deadline = new QTimer(this);
    std::atomic_int m_inFlight{0};  // probes out, of any round (busy() may be asked from afar)
    bool m_stopped = false;         // stop(): no new round, no more probes of the round out
    bool m_paused = false;          // pause(): the same until resume()
    bool m_pollWhenSettled = false; // resume() found probes out
    bool m_roundOpen = false;       // m_round not yet published
    QHash<QString, int> m_awaiting; // probes of the open round out, by node
    QSet<QString> m_refusedKeys;    // "node fingerprint" already reported
    QHash<QString, ConnectReport::Failure> m_lastConnect; // by node, for a command not started
};

} // namespace iha

Q_DECLARE_METATYPE(iha::ClusterVerdict)
