// The status monitor's round logic in isolation: the database nodes' remote shells are a fake
// of the RemoteShell port that answers when the test says so (the lab tests run the same
// monitor against real hosts). The TCP reachability probes go to a local listening socket.
#include "app/StatusMonitor.h"
#include "common/CannedShell.h"

#include <QSignalSpy>
#include <QTcpServer>
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

    std::unique_ptr<StatusMonitor> monitor(bool holdStandby)
    {
        const Cluster c = cluster();
        StatusMonitor::Options options;
        options.intervalMs = 60000; // rounds only when the test asks
        options.roundDeadlineMs = 300;
        for (const Node &node : c.nodes)
            options.targets.insert(node.name, SshTarget{});
        m_shells.clear();
        options.shellFactory = [this, holdStandby](const SshTarget &, QObject *parent) {
            // Made in node order: db1 (the primary) first.
            const bool primary = m_shells.isEmpty();
            auto *shell = new CannedShell(
                primary ? QByteArray("running=1\nstandby_signal=0\ntimeline=1\nsql=recovery|f\n")
                        : QByteArray("running=1\nstandby_signal=1\ntimeline=1\n"),
                {}, parent);
            shell->held = !primary && holdStandby;
            m_shells.insert(primary ? QStringLiteral("db1") : QStringLiteral("db2"), shell);
            return shell;
        };
        return std::make_unique<StatusMonitor>(c, options);
    }

private slots:
    void initTestCase() { QVERIFY(m_listener.listen(QHostAddress::LocalHost)); }

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
        QCOMPARE(m_shells.value(QStringLiteral("db2"))->executed, 1);
        QCOMPARE(m_shells.value(QStringLiteral("db1"))->executed, 1);

        m_shells.value(QStringLiteral("db2"))->release();
        QVERIFY(!watcher->busy());
        QCOMPARE(updated.count(), 1); // the late answer makes no verdict of its own
        QVERIFY(!watcher->status().value(QStringLiteral("db2")).sshReachable);

        watcher->pollNow();
        QVERIFY(updated.wait(5000));
        QVERIFY(watcher->status().value(QStringLiteral("db2")).sshReachable);
        QVERIFY(watcher->status().value(QStringLiteral("db2")).error.isEmpty());
        QCOMPARE(m_shells.value(QStringLiteral("db2"))->executed, 2);
    }
};

QTEST_GUILESS_MAIN(TestStatusMonitor)
#include "TestStatusMonitor.moc"
