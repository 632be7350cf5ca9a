#include "common/NodeFacts.h"
#include "models/ClusterReader.h"
#include "widgets/ClusterDiagram.h"
#include "widgets/MainWindow.h"
#include "widgets/NodeDetails.h"
#include "widgets/VerdictTray.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace iha;

namespace {

QHash<QString, NodeStatus> healthyFacts()
{
    NodeStatus primary = seen(QStringLiteral("db1"));
    primary.postgresRunning = true;
    primary.inRecovery = false;
    primary.replicas << NodeStatus::Replica{QStringLiteral("inmanta"), QStringLiteral("10.1.0.12"),
                                            QStringLiteral("streaming"), QStringLiteral("sync"), 0};
    primary.replicationSlots << NodeStatus::Slot{QStringLiteral("replication"), true, 0};
    NodeStatus standby = seen(QStringLiteral("db2"));
    standby.postgresRunning = true;
    standby.inRecovery = true;
    NodeStatus orchestrator = seen(QStringLiteral("orch1"));
    orchestrator.apiReachable = true;
    orchestrator.apiHealthy = true;
    orchestrator.apiDatabaseHost = QStringLiteral("10.1.0.11");
    return {{primary.node, primary}, {standby.node, standby}, {orchestrator.node, orchestrator}};
}

} // namespace

// The diagram and the verdict banner of the main window, driven offscreen with facts as the
// status monitor delivers them (the monitor itself is tested against the lab).
class TestClusterView : public QObject
{
    Q_OBJECT

private:
    Cluster m_cluster;

private slots:
    // A node reached through the cluster's proxy says so where its SSH login is shown.
    void theDetailsNameTheProxy()
    {
        Node node;
        node.name = QStringLiteral("db1");
        node.address = QStringLiteral("198.19.7.11");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString proxied =
            nodeDetailsHtml(node, nullptr, now, QStringLiteral("socks5://127.0.0.1:40123"));
        QVERIFY(proxied.contains(QLatin1String("Reached through")));
        QVERIFY(proxied.contains(QLatin1String("socks5://127.0.0.1:40123")));
        QVERIFY(!nodeDetailsHtml(node, nullptr, now).contains(QLatin1String("Reached through")));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile file(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_cluster = *readCluster(file.readAll()).cluster;
    }

    // The tray: the worst current verdict of the listed clusters, each one's words in its
    // tooltip; a cluster a procedure runs on does not colour it with its verdict from before.
    void theTrayShowsTheWorstCurrentVerdict()
    {
        ClusterVerdict healthy;
        healthy.kind = ClusterVerdict::Kind::Healthy;
        ClusterVerdict degraded;
        degraded.kind = ClusterVerdict::Kind::Degraded;
        ClusterVerdict down;
        down.kind = ClusterVerdict::Kind::PrimaryDown;
        VerdictTray::Summary s = VerdictTray::summarize({{QStringLiteral("a"), &healthy, {}},
                                                         {QStringLiteral("b"), &degraded, {}},
                                                         {QStringLiteral("c"), nullptr, {}}});
        QCOMPARE(s.worst, std::optional(ClusterVerdict::Kind::Degraded));
        QCOMPARE(s.toolTip, QStringLiteral("Inmanta HA Admin\na: healthy\nb: no synchronous "
                                           "standby\nc: not checked yet"));
        s = VerdictTray::summarize({{QStringLiteral("a"), &healthy, {}},
                                    {QStringLiteral("b"), &down, QStringLiteral("Promote")}});
        QCOMPARE(s.worst, std::optional(ClusterVerdict::Kind::Healthy));
        QVERIFY2(s.toolTip.endsWith(QStringLiteral("b: Promote running")), qPrintable(s.toolTip));
        QVERIFY(!VerdictTray::summarize({}).worst);
    }

    void theDiagramShowsEveryNodeAndHowTheyReplicate()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openClusterFile(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json")));
        auto *diagram = window.findChild<ClusterDiagram *>(QStringLiteral("clusterDiagram"));
        QVERIFY(diagram && diagram->isVisible());
        QVERIFY(diagram->nodeText(QStringLiteral("db1")).contains(QStringLiteral("not seen yet")));
        const QHash<QString, NodeStatus> facts = healthyFacts();
        window.showStatus(window.currentClusterPath(), facts, deriveVerdict(m_cluster, facts));
        QVERIFY(diagram->nodeText(QStringLiteral("db1"))
                    .contains(QStringLiteral("primary · 10.1.0.11\naccepts writes")));
        QVERIFY(diagram->nodeText(QStringLiteral("db2"))
                    .contains(QStringLiteral("standby (in recovery)")));
        QCOMPARE(diagram->replicationText(),
                 QStringLiteral("sync · streaming\nslot replication · lag 0 B"));
        QCOMPARE(diagram->orchestratorText(), QStringLiteral("uses the database on db1"));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("verdictText"));
        QVERIFY(banner->text().contains(
            QStringLiteral("Healthy: db1 replicates synchronously to db2.")));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("verdictAction"))->isVisible());
    }

    void aDeadStandbyMeansWritesWillBlock()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openClusterFile(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json")));
        QHash<QString, NodeStatus> facts = healthyFacts();
        NodeStatus dead = seen(QStringLiteral("db2"));
        dead.sshReachable = false;
        dead.error = QStringLiteral("db2 (10.1.0.12:22): cannot connect");
        facts.insert(dead.node, dead);
        window.showStatus(window.currentClusterPath(), facts, deriveVerdict(m_cluster, facts));
        auto *diagram = window.findChild<ClusterDiagram *>(QStringLiteral("clusterDiagram"));
        QCOMPARE(diagram->replicationText(), QStringLiteral("no replication: db2 is down"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("verdictText"))
                    ->text()
                    .contains(QStringLiteral("writes on db1 will block")));
    }

    void aDeadPrimaryOffersTheFailover()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openClusterFile(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json")));
        QHash<QString, NodeStatus> facts = healthyFacts();
        // Healthy first: the banner must change colour with the verdict, not keep its first.
        window.showStatus(window.currentClusterPath(), facts, deriveVerdict(m_cluster, facts));
        auto *frame = window.findChild<QWidget *>(QStringLiteral("verdictBanner"));
        const auto background = [frame] {
            const QImage image = frame->grab().toImage();
            return image.pixelColor(image.width() / 2, 3);
        };
        const QColor healthy = background();
        QVERIFY2(healthy.green() > healthy.red(), qPrintable(healthy.name()));
        NodeStatus dead = seen(QStringLiteral("db1"));
        dead.sshReachable = false;
        dead.error = QStringLiteral("db1 (10.1.0.11:22): cannot connect");
        facts.insert(dead.node, dead);
        window.showStatus(window.currentClusterPath(), facts, deriveVerdict(m_cluster, facts));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("verdictText"))
                    ->text()
                    .contains(QStringLiteral("Fail over to db2")));
        auto *action = window.findChild<QPushButton *>(QStringLiteral("verdictAction"));
        QVERIFY(action->isVisible());
        const QColor down = background();
        QVERIFY2(down.red() > down.green(), qPrintable(down.name()));
        QCOMPARE(action->text(), QStringLiteral("Fail the Inmanta server over to the standby..."));
        QVERIFY(action->toolTip().contains(QStringLiteral("nothing runs before you confirm")));
        // A window without a way to run procedures (no run service) cannot open the wizard.
        QVERIFY(!action->isEnabled());
    }
};

QTEST_MAIN(TestClusterView)
#include "TestClusterView.moc"
