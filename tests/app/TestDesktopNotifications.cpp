// Desktop notifications against a real notification server: dunst (on an Xvfb display of its own)
// on the test's private session bus. A verdict that changes to one that blocks writes is
// notified once, critical, with the cluster and the words; its action opens the wizard that
// fixes it; the way back to healthy is notified too. The keychain wrapper gives the bus.
#include "app/GuiController.h"
#include "models/ClusterFile.h"
#include "widgets/MainWindow.h"
#include "widgets/ProcedureLauncher.h"
#include "widgets/wizards/ProcedureWizard.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace iha;

class TestDesktopNotifications : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_xvfb;
    QProcess m_dunst;

    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    // What dunst received, one line per notification: app|summary|body|urgency.
    QStringList received() const
    {
        QFile log(file("received"));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    static int dunstctl(const QStringList &args, QByteArray *output = nullptr)
    {
        QProcess ctl;
        ctl.start(QStringLiteral("dunstctl"), args);
        ctl.waitForFinished(10000);
        if (output)
            *output = ctl.readAllStandardOutput().trimmed();
        return ctl.exitCode();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run under tests/keyring/with-keyring");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dunst")).isEmpty(),
                 "dunst is missing: installer/install-deps.sh");
        QStandardPaths::setTestModeEnabled(true);
        // A rule runs a script for each notification of ours: what reached the server.
        QFile script(file("log.sh"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        // A newline of the body as "~": one line each.
        script.write("#!/bin/sh\nprintf '%s|%s|%s|%s\\n' \"$1\" \"$2\" \"$(printf %s \"$3\" | tr "
                     "'\\n' '~')\" \"$5\" >> " +
                     file("received").toUtf8() + "\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile config(file("dunstrc"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[global]\n    font = DejaVu Sans 9\n[ours]\n    appname = \"Inmanta HA "
                     "Admin\"\n    script = " +
                     file("log.sh").toUtf8() + "\n");
        config.close();
        // Its own X display (dunst draws its notifications): Xvfb says which once it is ready.
        m_xvfb.start(QStringLiteral("Xvfb"),
                     {QStringLiteral("-displayfd"), QStringLiteral("1"),
                      QStringLiteral("-nolisten"), QStringLiteral("tcp"), QStringLiteral("-screen"),
                      QStringLiteral("0"), QStringLiteral("640x480x24")});
        QVERIFY2(m_xvfb.waitForStarted(), "Xvfb is missing: installer/install-deps.sh");
        QTRY_VERIFY2_WITH_TIMEOUT(m_xvfb.canReadLine() || m_xvfb.state() != QProcess::Running,
                                  qPrintable(QString::fromLocal8Bit(m_xvfb.readAllStandardError())),
                                  20000);
        const QByteArray display = m_xvfb.readLine().trimmed();
        QVERIFY2(!display.isEmpty(), m_xvfb.readAllStandardError().constData());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), QLatin1Char(':') + QString::fromLatin1(display));
        m_dunst.setProcessEnvironment(env);
        m_dunst.setProcessChannelMode(QProcess::MergedChannels);
        m_dunst.start(QStringLiteral("dunst"), {QStringLiteral("-config"), file("dunstrc")});
        QVERIFY(m_dunst.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(QDBusConnection::sessionBus().interface()->isServiceRegistered(
                                      QStringLiteral("org.freedesktop.Notifications")),
                                  m_dunst.readAll().constData(), 20000);
    }

    void cleanupTestCase()
    {
        for (QProcess *process : {&m_dunst, &m_xvfb}) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                process->waitForFinished(10000);
            }
        }
    }

    void aVerdictThatBlocksWritesIsNotifiedOnceAndOpensItsWizard()
    {
        // The runbook's cluster on loopback ports nothing listens on: the monitor's one round
        // (an hour's interval) reaches no host, and the test gives the window its verdicts.
        Cluster cluster =
            ClusterFile::load(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"))
                .cluster.value();
        int host = 0;
        for (Node &node : cluster.nodes) {
            node.address = QStringLiteral("127.0.0.%1").arg(++host + 10);
            node.ssh.port = 9;
            if (node.postgres)
                node.postgres->port = 9;
            if (node.inmanta)
                node.inmanta->apiUrl = QStringLiteral("http://%1:9").arg(node.address);
        }
        cluster.name = QStringLiteral("notified");
        const QString path = file("cluster.json");
        QVERIFY(ClusterFile::save(cluster, path).isEmpty());
        MainWindow window;
        GuiController::Options options;
        options.intervalMs = 3600000;
        options.auditPath = file("audit.sqlite");
        options.knownHostsFile = file("known_hosts");
        GuiController controller(&window, options);
        window.show();
        for (const Diagnostic &d : ClusterFile::load(path).diagnostics)
            QVERIFY2(d.severity != Diagnostic::Severity::Error, qPrintable(d.field + d.message));
        QVERIFY(window.openClusterFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(
            controller.monitor(path) && !controller.monitor(path)->status().isEmpty(), 30000);
        const int before = received().size(); // the round's own verdict is no change

        ClusterVerdict healthy;
        healthy.kind = ClusterVerdict::Kind::Healthy;
        healthy.summary = QStringLiteral("Healthy: db1 replicates synchronously to db2.");
        window.showStatus(path, {}, healthy);
        ClusterVerdict down;
        down.kind = ClusterVerdict::Kind::PrimaryDown;
        down.summary = QStringLiteral("db1 does not answer: writes are not possible.");
        down.action = QStringLiteral("Fail the Inmanta server over to db2.");
        down.procedure = QStringLiteral("failover-server");
        window.showStatus(path, {}, down);
        window.showStatus(path, {}, down); // the next round: the same, no second notification
        QTRY_VERIFY_WITH_TIMEOUT(received().size() > before, 10000);
        QTest::qWait(500);
        QVERIFY2(received().size() == before + 1, qPrintable(received().join(u'\n')));
        QCOMPARE(received().constLast(),
                 QStringLiteral("Inmanta HA Admin|notified: primary down|db1 does not answer: "
                                "writes are not possible.~Fail the Inmanta server over to "
                                "db2.|CRITICAL"));

        // Its action, as a click on it does.
        QVERIFY(!window.procedureLauncher()->wizard());
        QCOMPARE(dunstctl({QStringLiteral("action"), QStringLiteral("0")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.procedureLauncher()->wizard(), 10000);
        QCOMPARE(window.procedureLauncher()->wizard()->draft().procedure.cliName,
                 QStringLiteral("failover-server"));
        QCOMPARE(window.procedureLauncher()->wizard()->draft().clusterFile, path);
        window.procedureLauncher()->wizard()->close();

        // Back to healthy: said once, not critical.
        window.showStatus(path, {}, healthy);
        QTRY_COMPARE_WITH_TIMEOUT(received().size(), before + 2, 10000);
        QVERIFY2(received().constLast().startsWith(QStringLiteral("Inmanta HA Admin|notified: "
                                                                  "healthy|")) &&
                     received().constLast().endsWith(QStringLiteral("|NORMAL")),
                 qPrintable(received().constLast()));
    }
};

QTEST_MAIN(TestDesktopNotifications)
#include "TestDesktopNotifications.moc"
