// The status monitor's round logic in isolation: the database nodes' remote shells are a fake
// of the RemoteShell port that answers when the test says so (the lab tests run the same
// monitor against real hosts). The TCP reachability probes go to a local listening socket.
#include "app/BackgroundMonitor.h"
#include "app/StatusMonitor.h"
#include "common/CannedShell.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace iha;

class TestStatusMonitor : public QObject
{
    Q_OBJECT

    QTcpServer m_listener; // every node's ports "answer"
    QHash<QString, CannedShell *> m_shells;

    Cluster cluster() const
    {
        Cluster c;
        c.name = QStringLiteral("unit");
        for (const auto &[name, role] :
             {std::pair{"db1", NodeRole::Primary}, std::pair{"db2", NodeRole::Standby}}) {
            Node node;
            node.name = QLatin1String(name);
            node.role = role;
            node.address = QStringLiteral("127.0.0.1");
            node.ssh.port = m_listener.serverPort();
            node.postgres = PostgresSettings{};
            node.postgres->port = m_listener.serverPort();
            c.nodes << node;
        }
        return c;
    }

    StatusMonitor::Options options(bool holdStandby, const Cluster &c)
    {
        StatusMonitor::Options options;
        options.intervalMs = 60000; // rounds only when the test asks
        // A held standby is named at the deadline; otherwise every node answers well before.
        options.roundDeadlineMs = holdStandby ? 300 : 5000;
        for (const Node &node : c.nodes) {
            SshTarget target;
            target.nodeName = node.name;
            target.address = node.address;
            target.port = node.ssh.port;
            options.targets.insert(node.name, target);
        }
        options.shellFactory = [this, holdStandby](const SshTarget &target, QObject *parent) {
            const bool primary = target.nodeName == QLatin1String("db1");
            auto *shell = new CannedShell(
                primary ? QByteArray("running=1\nstandby_signal=0\ntimeline=1\nsql=recovery|f\n")
                        : QByteArray("running=1\nstandby_signal=1\ntimeline=1\n"),
                {}, parent);
            shell->held = !primary && holdStandby;
            m_shells.insert(target.nodeName, shell);
            ++m_made;
            return shell;
        };
        return options;
    }

    std::unique_ptr<StatusMonitor> monitor(bool holdStandby)
    {
        m_shells.clear();
        m_made = 0;
        return std::make_unique<StatusMonitor>(cluster(), options(holdStandby, cluster()));
    }

    int m_made = 0; // shells the monitors made

    // A tiny HTTP server: records each request and answers every one with `answer`.
    static void serve(QTcpServer &server, QList<QByteArray> *requests,
                      const std::function<QByteArray()> &answer)
    {
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, requests, answer] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto *received = new QByteArray;
                QObject::connect(socket, &QObject::destroyed, [received] { delete received; });
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [socket, received, requests, answer] {
                                     *received += socket->readAll();
                                     if (!received->contains("\r\n\r\n"))
                                         return;
                                     *requests << *received;
                                     socket->write(answer());
                                     socket->disconnectFromHost();
                                 });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private slots:
    void initTestCase() { QVERIFY(m_listener.listen(QHostAddress::LocalHost)); }

    // The API token goes to the URL of the cluster file and nowhere else: a server answering
    // with a redirect to another port is not followed there, health is asked without the
    // token, and the operator is told why (security hardening, point 2).
    void theApiTokenIsNeverSentWhereARedirectPoints()
    {
        QTcpServer elsewhere;
        QTcpServer api;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost) && api.listen(QHostAddress::LocalHost));
        QList<QByteArray> seenElsewhere;
        QList<QByteArray> seenByApi;
        serve(elsewhere, &seenElsewhere, [] {
            return QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: "
                              "close\r\n\r\n{}");
        });
        serve(api, &seenByApi, [&elsewhere] {
            return QByteArray("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:") +
                   QByteArray::number(elsewhere.serverPort()) +
                   "/api/v2/health\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        });
        Cluster withApi = cluster();
        Node orchestrator;
        orchestrator.name = QStringLiteral("orch1");
        orchestrator.role = NodeRole::Orchestrator;
        orchestrator.address = QStringLiteral("127.0.0.1");
        orchestrator.ssh.port = m_listener.serverPort();
        orchestrator.inmanta = InmantaSettings{};
        orchestrator.inmanta->apiUrl = QStringLiteral("http://127.0.0.1:%1").arg(api.serverPort());
        withApi.nodes << orchestrator;
        StatusMonitor::Options settings = options(false, cluster()); // no shell on orch1
        settings.apiToken = QStringLiteral("tok-redirected-7");
        StatusMonitor watcher(withApi, settings);
        QSignalSpy updated(&watcher, &StatusMonitor::updated);
        watcher.pollNow();
        QVERIFY(updated.wait(10000));
        QTest::qWait(300); // a redirect followed would have arrived by now

        QCOMPARE(seenByApi.size(), 2); // health and serverstatus, each once
        for (const QByteArray &request : std::as_const(seenByApi))
            QCOMPARE(request.contains("tok-redirected-7"), request.contains("serverstatus"));
        QVERIFY2(seenElsewhere.isEmpty(), seenElsewhere.join().constData());
        const NodeStatus orch1 = watcher.status().value(QStringLiteral("orch1"));
        QVERIFY2(orch1.error.contains(QStringLiteral("redirects to http://127.0.0.1:%1/api/v2/"
                                                     "health, another origin: not followed")
                                          .arg(elsewhere.serverPort())),
                 qPrintable(orch1.error));
        QVERIFY(!orch1.apiHealthy.value_or(true));
    }

    // The SQL probe gives the database password to no server that cannot prove who it is
    // (security hardening, point 3). A fake PostgreSQL on the database port asks for the
    // password in clear: without a CA in the cluster file nothing logs in there at all (SSH
    // reads PostgreSQL); with one, TLS is demanded first and the fake's refusal ends it.
    void aServerAskingForACleartextPasswordNeverGetsIt_data()
    {
        QTest::addColumn<bool>("withCa");
        QTest::newRow("no CA: read over SSH") << false;
        QTest::newRow("a CA: verified TLS first") << true;
    }
    void aServerAskingForACleartextPasswordNeverGetsIt()
    {
        QFETCH(bool, withCa);
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        QByteArray received;
        bool sslRequested = false;
        connect(&fake, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = fake.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &received, &sslRequested] {
                    const QByteArray data = socket->readAll();
                    received += data;
                    // SSLRequest: length 8, code 80877103. Answered "no TLS here".
                    if (data.startsWith(QByteArray::fromHex("0000000804d2162f"))) {
                        sslRequested = true;
                        socket->write("N");
                        return;
                    }
                    // Anything else (a startup message): "send your password in clear".
                    socket->write(QByteArray::fromHex("520000000800000003"));
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QTemporaryDir dir;
        const QString ca = dir.filePath(QStringLiteral("ca.pem"));
        QFile(ca).open(QIODevice::WriteOnly);
        Cluster c = cluster();
        for (Node &node : c.nodes) {
            node.postgres->port = fake.serverPort();
            if (withCa)
                node.postgres->caFile = ca;
        }
        StatusMonitor::Options settings = options(false, c);
        settings.databasePassword = QStringLiteral("pw-Cleartext-9");
        settings.databaseUser = settings.databaseName = QStringLiteral("inmanta");
        StatusMonitor watcher(c, settings);
        QSignalSpy updated(&watcher, &StatusMonitor::updated);
        watcher.pollNow();
        QVERIFY(updated.wait(10000));
        QVERIFY2(!received.contains("pw-Cleartext-9"), received.constData());
        QCOMPARE(sslRequested, withCa); // the probe did try, and asked for TLS first
        if (!withCa)
            QVERIFY2(received.isEmpty(), received.constData());
        const NodeStatus db1 = watcher.status().value(QStringLiteral("db1"));
        QCOMPARE(db1.sqlConnected.value_or(false), false);
        if (withCa)
            QVERIFY2(db1.sqlError.contains(QStringLiteral("SSL")), qPrintable(db1.sqlError));
    }

    void aRoundEndsWhenEveryNodeHasAnswered()
    {
        const auto watcher = monitor(false);
        QSignalSpy updated(watcher.get(), &StatusMonitor::updated);
        watcher->pollNow();
        QVERIFY(updated.wait(5000));
        QVERIFY(!watcher->busy());
        const NodeStatus db2 = watcher->status().value(QStringLiteral("db2"));
        QVERIFY(db2.sshReachable);
        QCOMPARE(db2.inRecovery, std::optional<bool>(true));
        QVERIFY2(db2.error.isEmpty(), qPrintable(db2.error));
        QCOMPARE(watcher->status().value(QStringLiteral("db1")).sshPortOpen,
                 std::optional<bool>(true));
    }

    // A probe that never ends (a hung connection) cannot hold the verdict back: at the
    // deadline the round is shown with what answered and the silent node named; no new round
    // piles more work on its host until the probe ends; its late answer is dropped.
    void aSilentNodeIsNamedAtTheDeadline()
    {
        const auto watcher = monitor(true);
        QSignalSpy updated(watcher.get(), &StatusMonitor::updated);
        watcher->pollNow();
        QVERIFY(updated.wait(5000));
        QCOMPARE(updated.count(), 1);
        const NodeStatus db1 = watcher->status().value(QStringLiteral("db1"));
        QVERIFY(db1.sshReachable);
        QCOMPARE(db1.inRecovery, std::optional<bool>(false));
        const NodeStatus db2 = watcher->status().value(QStringLiteral("db2"));
        QVERIFY(!db2.sshReachable);
        QCOMPARE(db2.error, QStringLiteral("no answer within 1 s"));
        QVERIFY(watcher->busy());

        watcher->pollNow(); // still out: no second command queued behind the hung one
        QCOMPARE(m_shells.value(QStringLiteral("db2"))->executed.load(), 1);
        QCOMPARE(m_shells.value(QStringLiteral("db1"))->executed.load(), 1);

        m_shells.value(QStringLiteral("db2"))->release();
        QVERIFY(!watcher->busy());
        QCOMPARE(updated.count(), 1); // the late answer makes no verdict of its own
        QVERIFY(!watcher->status().value(QStringLiteral("db2")).sshReachable);

        watcher->pollNow();
        QVERIFY(updated.wait(5000));
        QVERIFY(watcher->status().value(QStringLiteral("db2")).sshReachable);
        QVERIFY(watcher->status().value(QStringLiteral("db2")).error.isEmpty());
        QCOMPARE(m_shells.value(QStringLiteral("db2"))->executed.load(), 2);
    }
    // A run that only gave nodes new roles keeps the monitor's logins (no new connection, no
    // new thread); a host whose login changed is made anew, and only that one.
    void aNewClusterKeepsTheHostsWhoseLoginIsUnchanged()
    {
        const auto watcher = monitor(false);
        QCOMPARE(m_made, 2);
        Cluster promoted = cluster();
        promoted.nodes[0].role = NodeRole::Standby;
        promoted.nodes[1].role = NodeRole::Primary;
        watcher->reconfigure(promoted, options(false, promoted));
        QCOMPARE(m_made, 2);
        QCOMPARE(watcher->cluster().findNode(QStringLiteral("db2"))->role, NodeRole::Primary);

        StatusMonitor::Options newPassword = options(false, promoted);
        newPassword.targets[QStringLiteral("db2")].password = QStringLiteral("changed");
        QPointer<CannedShell> oldDb2 = m_shells.value(QStringLiteral("db2"));
        CannedShell *db1 = m_shells.value(QStringLiteral("db1"));
        watcher->reconfigure(promoted, newPassword);
        QCOMPARE(m_made, 3);
        QCOMPARE(m_shells.value(QStringLiteral("db1")), db1);
        QTRY_VERIFY(!oldDb2); // given up

        QSignalSpy updated(watcher.get(), &StatusMonitor::updated);
        watcher->pollNow();
        QVERIFY(updated.wait(5000));
        QCOMPARE(m_shells.value(QStringLiteral("db2"))->executed.load(), 1);
    }

    // A shell with a probe out is not replaced under it: the change waits for the round's
    // probes, then the next round starts at once with the new logins.
    void aNewClusterWaitsForTheProbesOut()
    {
        const auto watcher = monitor(true);
        QSignalSpy updated(watcher.get(), &StatusMonitor::updated);
        watcher->start();
        QVERIFY(updated.wait(5000)); // at the deadline, db2 still out
        QVERIFY(watcher->busy());
        StatusMonitor::Options newPassword = options(false, cluster());
        newPassword.targets[QStringLiteral("db2")].password = QStringLiteral("changed");
        CannedShell *held = m_shells.value(QStringLiteral("db2"));
        watcher->reconfigure(cluster(), newPassword);
        QCOMPARE(m_made, 2);
        held->release();
        QCOMPARE(m_made, 3);
        QVERIFY(updated.wait(5000)); // the next round, with the new db2
        QCOMPARE(m_shells.value(QStringLiteral("db2"))->executed.load(), 1);
        QVERIFY(watcher->status().value(QStringLiteral("db2")).sshReachable);
        watcher->stop();
    }
    // The window's monitor runs on a thread of its own: each round's facts arrive here as a
    // copy; retiring it ends its thread without this one waiting, then deletes it.
    void aMonitorOnItsOwnThreadReportsToThisOne()
    {
        m_shells.clear();
        QPointer<BackgroundMonitor> background =
            new BackgroundMonitor(cluster(), options(false, cluster()));
        QSignalSpy updated(background.data(), &BackgroundMonitor::updated);
        background->pollNow();
        QVERIFY(updated.wait(5000));
        QVERIFY(background->status().value(QStringLiteral("db2")).sshReachable);
        QCOMPARE(background->status().value(QStringLiteral("db1")).inRecovery,
                 std::optional<bool>(false));
        QCOMPARE(background->cluster().name, QStringLiteral("unit"));
        QVERIFY(m_shells.value(QStringLiteral("db1"))->thread() != thread()); // probed there
        background->retire();
        QTRY_VERIFY(!background);
    }
    // Retired while a probe is out (a connect to a dead host), the monitor lives on, owned by
    // the application; the application's exit deletes it as it deletes its children, and that
    // ends the thread without waiting for the probe.
    void aRetiredMonitorWithAProbeOutEndsWithTheApplication()
    {
        m_shells.clear();
        QPointer<BackgroundMonitor> background =
            new BackgroundMonitor(cluster(), options(true, cluster()));
        background->pollNow();
        QTRY_COMPARE(m_shells.value(QStringLiteral("db2"))->executed.load(), 1);
        QPointer<CannedShell> held = m_shells.value(QStringLiteral("db2"));
        QVERIFY(background->busy());
        background->retire();
        QTest::qWait(200);
        QVERIFY2(background, "deleted while its probe was out");
        QCOMPARE(background->parent(), QCoreApplication::instance());
        QVERIFY(held);
        // As ~QCoreApplication deletes what it owns. Waiting for the held probe would hang
        // here (it is never answered), and the test would time out.
        delete background.data();
        QVERIFY(!held);
    }
    // Shown a changed cluster (after a run), the window must not get a round of the cluster as
    // it was: between invalidate() and the reconfiguration, rounds are dropped. Deleted without
    // retire() (at exit), it waits for its thread, where the monitor goes.
    void aReplacedClustersRoundsAreNotShown()
    {
        m_shells.clear();
        auto *background = new BackgroundMonitor(cluster(), options(false, cluster()));
        QSignalSpy updated(background, &BackgroundMonitor::updated);
        background->invalidate();
        background->pollNow();
        QTRY_VERIFY(m_shells.value(QStringLiteral("db2"))->executed == 1 && !background->busy());
        QTest::qWait(50); // the round's report, queued as its last probe ended, has come
        QCOMPARE(updated.count(), 0);
        Cluster promoted = cluster();
        promoted.nodes[0].role = NodeRole::Standby;
        promoted.nodes[1].role = NodeRole::Primary;
        background->reconfigure(promoted, options(false, promoted));
        background->pollNow();
        QVERIFY(updated.wait(5000));
        QCOMPARE(background->cluster().findNode(QStringLiteral("db2"))->role, NodeRole::Primary);
        QPointer<CannedShell> shell = m_shells.value(QStringLiteral("db1"));
        delete background;
        QVERIFY(!shell);
    }

    // While a procedure runs on the cluster: the round out is dropped unpublished, no round is
    // made on request or by the timer; resumed, the monitor polls as soon as the probe still
    // out has ended, and goes on at its interval.
    void aPausedMonitorMakesNoRoundsUntilResumed()
    {
        const auto watcher = monitor(true);
        StatusMonitor::Options fast = options(true, cluster());
        fast.intervalMs = 100;
        fast.roundDeadlineMs = 5000;
        watcher->reconfigure(cluster(), fast);
        QSignalSpy updated(watcher.get(), &StatusMonitor::updated);
        watcher->start(); // db2's probe is held
        QTRY_COMPARE(m_shells.value(QStringLiteral("db2"))->executed.load(), 1);
        watcher->pause();
        QVERIFY(watcher->paused());
        m_shells.value(QStringLiteral("db2"))->release();
        QTRY_VERIFY(!watcher->busy());
        watcher->pollNow();
        watcher->checkNow();
        QTest::qWait(400); // four intervals
        QCOMPARE(updated.count(), 0);
        QCOMPARE(m_shells.value(QStringLiteral("db1"))->executed.load(), 1);

        watcher->resume();
        QVERIFY(!watcher->paused());
        QVERIFY(updated.wait(5000));
        QVERIFY(watcher->status().value(QStringLiteral("db2")).sshReachable);
        QTRY_VERIFY(m_shells.value(QStringLiteral("db1"))->executed.load() >= 3); // the interval
        watcher->stop();
    }

    // Resumed with a probe of the dropped round still out: the round comes once it ended.
    void aResumedMonitorPollsOnceTheProbeOutEnded()
    {
        const auto watcher = monitor(true);
        QSignalSpy updated(watcher.get(), &StatusMonitor::updated);
        watcher->pollNow();
        QTRY_COMPARE(m_shells.value(QStringLiteral("db2"))->executed.load(), 1);
        watcher->pause();
        watcher->resume();
        QVERIFY(watcher->busy());
        QCOMPARE(updated.count(), 0);
        m_shells.value(QStringLiteral("db2"))->release();
        QVERIFY(updated.wait(5000));
        QCOMPARE(m_shells.value(QStringLiteral("db2"))->executed.load(), 2);
        QVERIFY(watcher->status().value(QStringLiteral("db2")).sshReachable);
        watcher->stop();
    }
};

QTEST_GUILESS_MAIN(TestStatusMonitor)
#include "TestStatusMonitor.moc"
