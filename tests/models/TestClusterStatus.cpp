#include "common/NodeFacts.h"
#include "models/ClusterReader.h"
#include "models/ClusterStatus.h"

#include <QFile>
#include <QTest>

using namespace iha;

Q_DECLARE_METATYPE(iha::ClusterVerdict::Kind)

namespace {

Cluster runbookCluster()
{
    QFile file(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"));
    file.open(QIODevice::ReadOnly);
    return *readCluster(file.readAll()).cluster;
}

NodeStatus primaryWith(const QString &syncState, const QString &state = QStringLiteral("streaming"))
{
    NodeStatus s = seen(QStringLiteral("db1"));
    s.postgresRunning = true;
    s.inRecovery = false;
    s.replicationSlots << NodeStatus::Slot{QStringLiteral("replication"), !syncState.isEmpty(), 0};
    if (!syncState.isEmpty())
        s.replicas << NodeStatus::Replica{QStringLiteral("inmanta"), QStringLiteral("10.1.0.12"),
                                          state, syncState, 0};
    return s;
}

NodeStatus standbyRunning()
{
    NodeStatus s = seen(QStringLiteral("db2"));
    s.postgresRunning = true;
    s.inRecovery = true;
    return s;
}

NodeStatus orchestrator(bool healthy, const QString &dbHost = QStringLiteral("10.1.0.11"))
{
    NodeStatus s = seen(QStringLiteral("orch1"));
    s.apiReachable = true;
    s.apiHealthy = healthy;
    s.apiDatabaseHost = dbHost;
    return s;
}

} // namespace

// The verdicts the monitor shows, from facts alone (no network).
class TestClusterStatus : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data()
    {
        QTest::addColumn<QList<NodeStatus>>("facts");
        QTest::addColumn<ClusterVerdict::Kind>("kind");
        QTest::addColumn<QString>("summary");
        using K = ClusterVerdict::Kind;

        QTest::newRow("healthy") << QList<NodeStatus>{primaryWith(QStringLiteral("sync")),
                                                      standbyRunning(), orchestrator(true)}
                                 << K::Healthy << "Healthy: db1 replicates synchronously to db2.";
        QTest::newRow("nothing known")
            << QList<NodeStatus>{} << K::Unknown << "Nothing is known about db1 yet.";
        NodeStatus deadHost = seen(QStringLiteral("db1"));
        deadHost.sshReachable = false;
        QTest::newRow("primary host dead")
            << QList<NodeStatus>{deadHost, standbyRunning(), orchestrator(false)} << K::PrimaryDown
            << "db1 does not answer: writes are not possible.";
        NodeStatus frozen = deadHost;
        frozen.sshPortOpen = true;
        QTest::newRow("primary frozen: ports open, nothing answers")
            << QList<NodeStatus>{frozen, standbyRunning(), orchestrator(false)} << K::PrimaryDown
            << "db1 accepts connections but does not answer: writes are not possible.";
        NodeStatus refused = frozen;
        refused.loginProblem = NodeStatus::LoginProblem::HostKeyChanged;
        refused.error = QStringLiteral("db1 (10.1.0.11:22): REFUSED: the host key has CHANGED.\n"
                                       "On record: ...");
        QTest::newRow("primary up but its login fails")
            << QList<NodeStatus>{refused, standbyRunning(), orchestrator(true)} << K::Unknown
            << "The state of db1 cannot be read: its host key has changed.";
        NodeStatus stopped = seen(QStringLiteral("db1"));
        stopped.postgresRunning = false;
        QTest::newRow("primary service stopped")
            << QList<NodeStatus>{stopped, standbyRunning()} << K::PrimaryDown
            << "PostgreSQL on db1 is down: writes are not possible.";
        QTest::newRow("standby gone")
            << QList<NodeStatus>{primaryWith(QString()), orchestrator(true)} << K::Degraded
            << "No synchronous standby: writes on db1 will block until db2 streams again.";
        NodeStatus unconfigured = seen(QStringLiteral("db1"));
        unconfigured.postgresRunning = true;
        unconfigured.inRecovery = false;
        NodeStatus standbyDown = seen(QStringLiteral("db2"));
        standbyDown.sshReachable = false;
        QTest::newRow("standby down before replication was ever set up")
            << QList<NodeStatus>{unconfigured, standbyDown, orchestrator(true)} << K::NotConfigured
            << "Replication is not set up yet: db1 has no replication slot replication.";
        QTest::newRow("standby async")
            << QList<NodeStatus>{primaryWith(QStringLiteral("async")), standbyRunning(),
                                 orchestrator(true)}
            << K::Degraded
            << "No synchronous standby: writes on db1 will block until db2 streams again.";
        QTest::newRow("standby catching up")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync"), QStringLiteral("catchup")),
                                 orchestrator(true)}
            << K::Degraded
            << "No synchronous standby: writes on db1 will block until db2 streams again.";
        NodeStatus promoted = standbyRunning();
        promoted.inRecovery = false;
        QTest::newRow("split brain")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), promoted, orchestrator(true)}
            << K::SplitBrain << "Split brain: db1, db2 all accept writes.";
        NodeStatus fresh = primaryWith(QString());
        fresh.replicationSlots.clear();
        NodeStatus independent = standbyRunning();
        independent.inRecovery = false;
        QTest::newRow("not set up yet")
            << QList<NodeStatus>{fresh, independent, orchestrator(true)} << K::NotConfigured
            << "Replication is not set up yet: db1, db2 are independent servers.";
        NodeStatus unreachable = seen(QStringLiteral("db2"));
        unreachable.sshReachable = false;
        QTest::newRow("standby host dead, primary not aware yet")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), unreachable,
                                 orchestrator(false)}
            << K::Degraded << "db2 is down: writes on db1 will block until it streams again.";
        NodeStatus standbyFrozen = unreachable;
        standbyFrozen.sshPortOpen = true;
        QTest::newRow("standby frozen")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyFrozen,
                                 orchestrator(true)}
            << K::Degraded
            << "db2 accepts connections but does not answer: writes on db1 will block until it "
               "streams again.";
        NodeStatus standbyStopped = standbyRunning();
        standbyStopped.postgresRunning = false;
        QTest::newRow("standby service stopped")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyStopped,
                                 orchestrator(true)}
            << K::Degraded
            << "PostgreSQL on db2 is down: writes on db1 will block until it streams again.";
        NodeStatus standbyUnreadable = standbyFrozen;
        standbyUnreadable.loginProblem = NodeStatus::LoginProblem::Credentials;
        QTest::newRow("standby login refused, the primary sees it in sync")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyUnreadable,
                                 orchestrator(true)}
            << K::Healthy << "Healthy: db1 replicates synchronously to db2.";
        QTest::newRow("orchestrator down")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyRunning(),
                                 orchestrator(false)}
            << K::OrchestratorDown << "The Inmanta server on orch1 is unhealthy.";
        NodeStatus orchestratorStopped = seen(QStringLiteral("orch1"));
        orchestratorStopped.apiReachable = false;
        orchestratorStopped.apiPortOpen = false;
        QTest::newRow("orchestrator stopped")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyRunning(),
                                 orchestratorStopped}
            << K::OrchestratorDown << "The Inmanta server on orch1 does not answer.";
        NodeStatus orchestratorFrozen = orchestratorStopped;
        orchestratorFrozen.apiPortOpen = true;
        QTest::newRow("orchestrator frozen")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyRunning(),
                                 orchestratorFrozen}
            << K::OrchestratorDown
            << "The Inmanta server on orch1 accepts connections but does not answer.";
        NodeStatus orchestratorWithoutDatabase = orchestrator(false);
        orchestratorWithoutDatabase.apiDatabaseConnected = false;
        QTest::newRow("orchestrator without its database")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyRunning(),
                                 orchestratorWithoutDatabase}
            << K::OrchestratorDown
            << "The Inmanta server on orch1 is unhealthy: it is not connected to its database.";
        QTest::newRow("orchestrator on the standby")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyRunning(),
                                 orchestrator(true, QStringLiteral("10.1.0.12"))}
            << K::OrchestratorMisdirected
            << "The Inmanta server on orch1 uses the database on 10.1.0.12, which is not the "
               "primary (db1).";
        // Issue 20: the server as it really behaves.
        NodeStatus byName = orchestrator(true, QStringLiteral("db1.example.net"));
        byName.apiDatabaseAddresses = {QStringLiteral("10.1.0.11")};
        QTest::newRow("orchestrator names the primary by a host name")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyRunning(), byName}
            << K::Healthy << "Healthy: db1 replicates synchronously to db2.";
        NodeStatus nameOfTheStandby = orchestrator(true, QStringLiteral("db-b.example.net"));
        nameOfTheStandby.apiDatabaseAddresses = {QStringLiteral("10.1.0.12")};
        QTest::newRow("orchestrator names the standby by a host name")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyRunning(),
                                 nameOfTheStandby}
            << K::OrchestratorMisdirected
            << "The Inmanta server on orch1 uses the database on db-b.example.net, which is not "
               "the primary (db1).";
        QTest::newRow("orchestrator names a host that does not resolve here")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyRunning(),
                                 orchestrator(true, QStringLiteral("db1.lab"))}
            << K::Unknown
            << "The Inmanta server on orch1 uses the database on db1.lab, a name that does not "
               "resolve on this machine: whether it is the primary (db1) cannot be told.";
        NodeStatus noToken = orchestrator(true, QString());
        noToken.apiTokenProblem = NodeStatus::ApiTokenProblem::Missing;
        QTest::newRow("orchestrator wants a token")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyRunning(), noToken}
            << K::Unknown
            << "The Inmanta server on orch1 answers but asks for an API token, and none is "
               "stored: which database it uses is not known.";
        NodeStatus refusedToken = orchestrator(true, QString());
        refusedToken.apiTokenProblem = NodeStatus::ApiTokenProblem::Refused;
        QTest::newRow("orchestrator refuses the token")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyRunning(),
                                 refusedToken}
            << K::Unknown
            << "The Inmanta server on orch1 answers but refused the API token (wrong, expired, "
               "revoked, or limited to one environment): which database it uses is not known.";
        // Before 15.2 there is no health endpoint: a token problem on serverstatus is still
        // a token problem, not an unhealthy server.
        NodeStatus oldNoToken = seen(QStringLiteral("orch1"));
        oldNoToken.apiReachable = true;
        oldNoToken.apiHealthy = false;
        oldNoToken.apiHasHealth = false;
        oldNoToken.apiTokenProblem = NodeStatus::ApiTokenProblem::Missing;
        QTest::newRow("old orchestrator wants a token")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyRunning(), oldNoToken}
            << K::Unknown
            << "The Inmanta server on orch1 answers but asks for an API token, and none is "
               "stored: which database it uses is not known.";
        NodeStatus orchestratorHostUp = orchestratorStopped;
        orchestratorHostUp.sshPortOpen = true;
        QTest::newRow("primary dead, the orchestrator stopped itself")
            << QList<NodeStatus>{deadHost, standbyRunning(), orchestratorHostUp} << K::PrimaryDown
            << "db1 does not answer: writes are not possible. The Inmanta server on orch1 is not "
               "running (18.2 and later stop themselves when their database is lost): start it "
               "again once it points at the new primary.";
        QTest::newRow("primary dead, the orchestrator's host too")
            << QList<NodeStatus>{deadHost, standbyRunning(), orchestratorStopped} << K::PrimaryDown
            << "db1 does not answer: writes are not possible.";
        QTest::newRow("orchestrator names the standby, unresolvable here")
            << QList<NodeStatus>{primaryWith(QStringLiteral("sync")), standbyRunning(),
                                 orchestrator(true, QStringLiteral("db2"))}
            << K::OrchestratorMisdirected
            << "The Inmanta server on orch1 uses the database on db2, which is not the primary "
               "(db1).";
    }

    void verdicts()
    {
        QFETCH(QList<NodeStatus>, facts);
        QFETCH(ClusterVerdict::Kind, kind);
        QFETCH(QString, summary);
        QHash<QString, NodeStatus> status;
        for (const NodeStatus &s : facts)
            status.insert(s.node, s);
        const ClusterVerdict v = deriveVerdict(runbookCluster(), status);
        QCOMPARE(v.kind, kind);
        QCOMPARE(v.summary, summary);
    }

    void aRefusedLoginSaysWhatToDo_data()
    {
        QTest::addColumn<NodeStatus::LoginProblem>("problem");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("action");
        using P = NodeStatus::LoginProblem;
        QTest::newRow("unknown key")
            << P::HostKeyUnknown << "its host key is not known yet"
            << "Compare db1's host key fingerprint with the host's own and accept it";
        QTest::newRow("changed key") << P::HostKeyChanged << "its host key has changed"
                                     << "Find out why db1's host key changed";
        QTest::newRow("revoked key") << P::HostKeyRevoked << "its host key is revoked"
                                     << "Treat db1 as compromised";
        QTest::newRow("credentials") << P::Credentials << "the SSH login was refused"
                                     << "Fix the SSH login of db1 (user, key or password)";
        QTest::newRow("sudo") << P::Sudo << "sudo was refused"
                              << "Let the SSH user on db1 use sudo";
        // The host was not even tried: no failover on a tunnel that dropped.
        QTest::newRow("proxy") << P::Proxy << "the cluster's proxy does not answer"
                               << "Bring the cluster's proxy back";
    }

    void aRefusedLoginSaysWhatToDo()
    {
        QFETCH(NodeStatus::LoginProblem, problem);
        QFETCH(QString, summary);
        QFETCH(QString, action);
        NodeStatus refused = seen(QStringLiteral("db1"));
        refused.sshReachable = false;
        refused.sshPortOpen = true;
        refused.loginProblem = problem;
        const ClusterVerdict v =
            deriveVerdict(runbookCluster(), {{QStringLiteral("db1"), refused},
                                             {QStringLiteral("db2"), standbyRunning()}});
        QCOMPARE(v.kind, ClusterVerdict::Kind::Unknown);
        QCOMPARE(v.summary, QStringLiteral("The state of db1 cannot be read: %1.").arg(summary));
        QVERIFY2(v.action.startsWith(action), qPrintable(v.action));
        QVERIFY(v.procedure.isEmpty()); // no failover on a host that answered, or was not asked
    }

    // Through a proxy, every host silent may be the proxy's way to them (a bastion behind
    // `ssh -D` that answers SOCKS itself): no failover on that, while one host that answers
    // leaves the usual verdict.
    void silenceThroughAProxyIsNoDeadPrimary()
    {
        Cluster cluster = runbookCluster();
        cluster.proxy = QStringLiteral("socks5://127.0.0.1:1080");
        QHash<QString, NodeStatus> status;
        for (const Node &node : cluster.nodes) {
            NodeStatus silent = seen(node.name);
            silent.sshReachable = false;
            status.insert(node.name, silent);
        }
        ClusterVerdict v = deriveVerdict(cluster, status);
        QCOMPARE(v.kind, ClusterVerdict::Kind::Unknown);
        QVERIFY2(v.summary.startsWith(QLatin1String(
                     "Nothing answers through the cluster's proxy (socks5://127.0.0.1:1080)")),
                 qPrintable(v.summary));
        QVERIFY(v.procedure.isEmpty());
        status.insert(QStringLiteral("db2"), standbyRunning());
        v = deriveVerdict(cluster, status);
        QCOMPARE(v.kind, ClusterVerdict::Kind::PrimaryDown);
    }

    void primaryDownOffersTheFailover()
    {
        NodeStatus stopped = seen(QStringLiteral("db1"));
        stopped.postgresRunning = false;
        const ClusterVerdict v =
            deriveVerdict(runbookCluster(), {{QStringLiteral("db1"), stopped}});
        QCOMPARE(v.procedure, QStringLiteral("failover-server"));
        QVERIFY(v.action.startsWith(QStringLiteral("Fail over to db2")));
    }

    // After a failover the cluster file names db2 the primary and db1 retired: the promoted
    // primary runs alone, and the next thing to do is a standby for it, not a new setup.
    void afterAFailoverTheVerdictOffersAStandby()
    {
        Cluster cluster = runbookCluster();
        for (Node &node : cluster.nodes) {
            if (node.name == QLatin1String("db1"))
                node.role = NodeRole::Retired;
            else if (node.name == QLatin1String("db2"))
                node.role = NodeRole::Primary;
        }
        NodeStatus alone = seen(QStringLiteral("db2"));
        alone.postgresRunning = true;
        alone.inRecovery = false;
        alone.timeline = 2;
        const ClusterVerdict v = deriveVerdict(
            cluster, {{QStringLiteral("db2"), alone},
                      {QStringLiteral("orch1"), orchestrator(true, QStringLiteral("10.1.0.12"))}});
        QCOMPARE(v.kind, ClusterVerdict::Kind::NotConfigured);
        QCOMPARE(v.procedure, QStringLiteral("add-standby"));
        QVERIFY2(v.action.contains(QLatin1String("add-standby --node db1")), qPrintable(v.action));
    }

    // What a failover later knows of the data at risk: the primary's view of its standby.
    void samplesComeFromThePrimarysViewOnly()
    {
        const Cluster cluster = runbookCluster();
        NodeStatus primary = primaryWith(QStringLiteral("async"));
        primary.replicas.first().flushLagBytes = 8192;
        QList<ReplicationSample> samples = replicationSamples(
            cluster, {{QStringLiteral("db1"), primary}}, QStringLiteral("status"));
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples.first().standbyAddress, QStringLiteral("10.1.0.12"));
        QCOMPARE(samples.first().syncState, QStringLiteral("async"));
        QCOMPARE(samples.first().flushLagBytes, 8192);
        QCOMPARE(samples.first().source, QStringLiteral("status"));

        // Not streaming at all: a sample that says so (a failover then asks for consent).
        samples = replicationSamples(cluster, {{QStringLiteral("db1"), primaryWith(QString())}},
                                     QStringLiteral("monitor"));
        QCOMPARE(samples.size(), 1);
        QVERIFY(samples.first().state.isEmpty());

        // A primary not read this round, or found in recovery, tells nothing.
        NodeStatus unread = seen(QStringLiteral("db1"));
        unread.error = QStringLiteral("timeout");
        QVERIFY(replicationSamples(cluster, {{QStringLiteral("db1"), unread}}, {}).isEmpty());
        NodeStatus inRecovery = primaryWith(QStringLiteral("sync"));
        inRecovery.inRecovery = true;
        QVERIFY(replicationSamples(cluster, {{QStringLiteral("db1"), inRecovery}}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClusterStatus)
#include "TestClusterStatus.moc"
