#include "app/AuditLog.h"
#include "app/ExitCode.h"
#include "app/GuiController.h"
#include "common/CliRunner.h"
#include "common/LabEnvironment.h"
#include "common/TestKeychain.h"
#include "widgets/ClusterDiagram.h"
#include "widgets/HostKeyDialog.h"
#include "widgets/MainWindow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace iha;

// The real application's window and controller against the lab (real sshd, PostgreSQL 15,
// the Inmanta stand-in) and the real keychain: new host keys are asked about and recorded,
// then the diagram follows the cluster from healthy to a dead standby to a dead primary.
class TestGuiLab : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;

    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    QString bannerText(const MainWindow &window) const
    {
        return window.findChild<QLabel *>(QStringLiteral("verdictText"))->text();
    }

private slots:
    void initTestCase()
    {
        m_lab = LabEnvironment::load();
        if (!m_lab.available())
            QSKIP("the test lab is not up (run as root: ctest starts it)");
        if (qEnvironmentVariableIsEmpty("IHA_TEST_KEYRING_PASSWORD_FILE"))
            QSKIP(
                "needs the test keyring (ctest runs this test through tests/keyring/with-keyring)");
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("SSH_AUTH_SOCK");
        QCOMPARE(LabEnvironment::run({QStringLiteral("reset")}), 0);
        m_lab = LabEnvironment::load();
        // Replication set up the way an operator would, with the CLI.
        QVERIFY(storeInKeychain(QStringLiteral("lab/replication-password"),
                                QStringLiteral("gui-lab-Repl-1"), 15000));
        QVERIFY(storeInKeychain(QStringLiteral("lab/database-password"),
                                m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD")), 15000));
        for (const char *procedure : {"configure-primary", "configure-standby"}) {
            const CliOutcome o = runCli(
                {QStringLiteral("--cluster"), m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                 QStringLiteral("--audit-db"), file("cli-audit.sqlite"),
                 QStringLiteral("--known-hosts"), file("cli_known_hosts"), QStringLiteral("run"),
                 QLatin1String(procedure), QStringLiteral("--yes"),
                 QStringLiteral("--accept-new-host-keys")});
            QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        }
    }

    void cleanupTestCase()
    {
        if (m_lab.available())
            LabEnvironment::run({QStringLiteral("reset")});
    }

    void theWindowFollowsTheLab()
    {
        MainWindow window;
        GuiController::Options options;
        options.intervalMs = 1000;
        options.auditPath = file("gui-audit.sqlite");
        options.knownHostsFile = file("gui_known_hosts");
        GuiController controller(&window, options);
        window.show();
        QVERIFY(window.openClusterFile(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE"))));

        // Every database host is new to this known_hosts: each is put to the operator, who
        // accepts it after reading the fingerprint.
        QStringList asked;
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(
                controller.hostKeyDialog() && controller.hostKeyDialog()->isVisible(), 20000);
            HostKeyDialog *dialog = controller.hostKeyDialog();
            const QString intro =
                dialog->findChild<QLabel *>(QStringLiteral("hostKeyIntro"))->text();
            asked << intro;
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QStringLiteral("acceptHostKeyButton")),
                Qt::LeftButton);
            QTRY_VERIFY(controller.hostKeyDialog() != dialog);
        }
        for (const char *host : {"db1", "db2", "db3"})
            QVERIFY2(asked.join(u'\n').contains(QLatin1String(host)),
                     qPrintable(asked.join(u'\n')));
        QFile knownHosts(options.knownHostsFile);
        QVERIFY(knownHosts.open(QIODevice::ReadOnly));
        QCOMPARE(knownHosts.readAll().count('\n'), 3);

        auto *diagram = window.findChild<ClusterDiagram *>(QStringLiteral("clusterDiagram"));
        QTRY_VERIFY_WITH_TIMEOUT(bannerText(window).contains(QStringLiteral(
                                     "Healthy: db1 replicates synchronously to db2.")),
                                 30000);
        QVERIFY(
            diagram->nodeText(QStringLiteral("db1")).contains(QStringLiteral("accepts writes")));
        QVERIFY(diagram->replicationText().startsWith(QStringLiteral("sync · streaming")));
        QCOMPARE(diagram->orchestratorText(), QStringLiteral("uses the database on db1"));
        // The primary was also read over SQL with the Inmanta server's database password.
        QTRY_VERIFY(controller.monitor(window.currentClusterPath())
                        ->status()
                        .value(QStringLiteral("db1"))
                        .sqlConnected.value_or(false));

        // The decisions are in the audit log.
        {
            QString error;
            auto audit = AuditLog::open(options.auditPath, &error);
            QVERIFY2(audit, qPrintable(error));
            int decisions = 0;
            for (const AuditEntry &e : audit->entries())
                decisions += e.outcome == QLatin1String("decision") &&
                             e.decision.contains(QStringLiteral("host key accepted in the GUI"));
            QCOMPARE(decisions, 3);
        }

        QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("db2")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            bannerText(window).contains(QStringLiteral("db2 is down: writes on db1 will block")),
            30000);
        QVERIFY(diagram->replicationText().contains(QStringLiteral("db2 is down")));

        QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("db1")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            bannerText(window).contains(QStringLiteral("writes are not possible")), 30000);
        QVERIFY(bannerText(window).contains(QStringLiteral("Fail over to db2")));
        auto *action = window.findChild<QPushButton *>(QStringLiteral("verdictAction"));
        QVERIFY(action->isVisible());
        QCOMPARE(action->text(), QStringLiteral("Run failover-server..."));

        // Removing the cluster while a round waits on the dead db1 ends its monitor without
        // waiting for the connect: the monitor goes when its round is over.
        const QString path = window.currentClusterPath();
        QTRY_VERIFY_WITH_TIMEOUT(controller.monitor(path)->busy(), 10000);
        QPointer<StatusMonitor> retiring = controller.monitor(path);
        QElapsedTimer clock;
        clock.start();
        window.removeCurrentCluster();
        qInfo("removing the cluster took %lld ms of the GUI thread", clock.elapsed());
        QVERIFY(!controller.monitor(path));
        QVERIFY(retiring); // still out, not waited for
        QTRY_VERIFY_WITH_TIMEOUT(!retiring, 20000);
    }
};

QTEST_MAIN(TestGuiLab)
#include "TestGuiLab.moc"
