// The monitoring outputs against the lab's real hosts (set up with the CLI as the runbook
// says): each verdict provoked there gives its Nagios state, exit code and performance data and
// its Prometheus samples (checked by promtool); the exporter answers scrapes from its last round
// while a host is frozen. Root, the lab and the test keyring needed.
#include "app/ExitCode.h"
#include "common/CliRunner.h"
#include "common/LabEnvironment.h"
#include "common/TestKeychain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace iha;

class TestCliMonitoring : public QObject
{
    Q_OBJECT

    LabEnvironment m_lab;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cluster;

    QStringList global() const
    {
        return {QStringLiteral("--cluster"),     m_cluster,
                QStringLiteral("--audit-db"),    m_dir->filePath(QStringLiteral("audit.sqlite")),
                QStringLiteral("--known-hosts"), m_dir->filePath(QStringLiteral("known_hosts"))};
    }
    CliOutcome cli(const QStringList &args) { return runCli(global() + args); }
    CliOutcome nagios()
    {
        return cli(
            {QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("nagios")});
    }

    // The state a check settles on once the lab has caught up (a thawed standby streams again
    // within seconds, a restarted server answers): the last outcome, after at most `seconds`.
    CliOutcome nagiosUntil(int exitCode, const QString &says = {}, int seconds = 40)
    {
        CliOutcome o;
        QElapsedTimer clock;
        clock.start();
        do {
            o = nagios();
            if (o.exitCode == exitCode && o.out.contains(says))
                break;
            QTest::qWait(1000);
        } while (clock.elapsed() < seconds * 1000);
        return o;
    }

    static QString promtoolCheck(const QByteArray &exposition)
    {
        QProcess check;
        check.start(QStandardPaths::findExecutable(QStringLiteral("promtool")),
                    {QStringLiteral("check"), QStringLiteral("metrics")});
        if (!check.waitForStarted())
            return QStringLiteral("promtool is missing: installer/install-deps.sh");
        check.write(exposition);
        check.closeWriteChannel();
        check.waitForFinished(30000);
        return check.exitCode() == 0 ? QString()
                                     : QString::fromUtf8(check.readAllStandardOutput() +
                                                         check.readAllStandardError());
    }

    // One scrape as Prometheus makes it; the status line and body, or empty on no answer.
    static QByteArray scrape(quint16 port, int timeoutMs = 5000)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(timeoutMs))
            return {};
        socket.write("GET /metrics HTTP/1.1\r\nHost: localhost\r\nAccept: text/plain\r\n\r\n");
        QByteArray response;
        QElapsedTimer clock;
        clock.start();
        while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs) {
            socket.waitForReadyRead(100);
            response += socket.readAll();
        }
        return response + socket.readAll();
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        return probe.serverPort();
    }

private slots:
    void initTestCase()
    {
        IHA_RESET_LAB_OR_SKIP(m_lab);
        m_dir = std::make_unique<QTemporaryDir>();
        m_cluster = m_dir->filePath(QStringLiteral("cluster.json"));
        QVERIFY(QFile::copy(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")), m_cluster));
        QVERIFY(storeSecret(m_cluster, QStringLiteral("replication-password"),
                            QStringLiteral("r3pl-monitoring")));
        QVERIFY(storeSecret(m_cluster, QStringLiteral("database-password"),
                            m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD"))));
        // Before replication: the runbook's starting point is a warning, not an outage.
        CliOutcome o = cli({QStringLiteral("check"), QStringLiteral("--accept-new-host-keys")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        o = nagios();
        QVERIFY2(o.exitCode == 1 && o.out.startsWith(QLatin1String("WARNING - lab: ")),
                 qPrintable(o.out + o.err));
        o = cli({QStringLiteral("run"), QStringLiteral("configure-primary")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable((o.out + o.err).right(2500)));
        o = cli(
            {QStringLiteral("run"), QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable((o.out + o.err).right(2500)));
    }

    void cleanupTestCase()
    {
        if (m_lab.available() && qEnvironmentVariableIsEmpty("IHA_KEEP_LAB"))
            LabEnvironment::run({QStringLiteral("reset")});
    }

    void aHealthyClusterIsOk()
    {
        const CliOutcome o = nagios();
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.startsWith(QLatin1String("OK - lab: Healthy: db1 replicates synchronously "
                                                "to db2 | lag_bytes=")),
                 qPrintable(o.out));
        QVERIFY2(o.out.contains(QLatin1String(";16777216;268435456;0 retained_wal_bytes=")),
                 qPrintable(o.out));
        QCOMPARE(o.out.count(QLatin1Char('\n')), 1);
        // A lag threshold of 0 bytes: any lag, even none, is a warning.
        const CliOutcome strict =
            cli({QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("nagios"),
                 QStringLiteral("--warn-lag"), QStringLiteral("0")});
        QCOMPARE(strict.exitCode, 1);

        const QString file = m_dir->filePath(QStringLiteral("inmanta_ha.prom"));
        const CliOutcome p = cli({QStringLiteral("status"), QStringLiteral("--format"),
                                  QStringLiteral("prometheus"), QStringLiteral("--output"), file});
        QVERIFY2(p.exitCode == ExitSuccess, qPrintable(p.err));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray metrics = written.readAll();
        QVERIFY2(promtoolCheck(metrics).isEmpty(), qPrintable(promtoolCheck(metrics)));
        for (const char *sample :
             {"inmanta_ha_verdict{cluster=\"lab\",state=\"healthy\"} 1",
              "inmanta_ha_sync_standby{cluster=\"lab\",primary=\"db1\"} 1",
              "inmanta_ha_up{cluster=\"lab\",node=\"db2\",role=\"standby\"} 1",
              "inmanta_ha_slot_active{cluster=\"lab\",node=\"db1\",slot=\"replication\"} 1",
              "inmanta_ha_orchestrator_db_matches_primary{cluster=\"lab\",node=\"orch1\""})
            QVERIFY2(metrics.contains(sample), metrics.constData());
    }

    // The exporter serves its last round: a scrape while db2 is frozen (every probe of it
    // waits for its deadline) answers within 1 s, and the next rounds name the lost standby.
    void theExporterAnswersWhileAHostIsFrozen()
    {
        const quint16 port = freePort();
        QProcess exporter;
        exporter.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        exporter.start(QStringLiteral(IHA_CLI),
                       global() + QStringList{QStringLiteral("exporter"),
                                              QStringLiteral("--listen"),
                                              QStringLiteral("127.0.0.1:%1").arg(port),
                                              QStringLiteral("--interval"), QStringLiteral("2")});
        QVERIFY(exporter.waitForStarted());
        QByteArray response;
        QTRY_VERIFY_WITH_TIMEOUT((response = scrape(port)).startsWith("HTTP/1.1 200 OK"), 30000);
        QVERIFY2(response.contains("Content-Type: text/plain; version=0.0.4"),
                 response.constData());
        QVERIFY(response.contains("inmanta_ha_verdict{cluster=\"lab\",state=\"healthy\"} 1"));
        QVERIFY(response.contains("inmanta_ha_round_age_seconds{cluster=\"lab\"}"));
        QVERIFY2(promtoolCheck(response.mid(response.indexOf("\r\n\r\n") + 4)).isEmpty(),
                 qPrintable(promtoolCheck(response.mid(response.indexOf("\r\n\r\n") + 4))));

        QCOMPARE(LabEnvironment::run({QStringLiteral("freeze"), QStringLiteral("db2")}), 0);
        qint64 slowest = 0;
        bool lost = false;
        QElapsedTimer frozen;
        frozen.start();
        while (frozen.elapsed() < 45000 && !lost) {
            QElapsedTimer clock;
            clock.start();
            response = scrape(port);
            slowest = std::max(slowest, clock.elapsed());
            QVERIFY2(response.startsWith("HTTP/1.1 200 OK"), response.constData());
            lost = response.contains("inmanta_ha_verdict{cluster=\"lab\",state=\"degraded\"} 1");
            QTest::qWait(500);
        }
        LabEnvironment::run({QStringLiteral("thaw"), QStringLiteral("db2")});
        QVERIFY2(lost, response.constData());
        QVERIFY2(
            response.contains("inmanta_ha_up{cluster=\"lab\",node=\"db2\",role=\"standby\"} 0"),
            response.constData());
        QVERIFY2(slowest < 1000, qPrintable(QString::number(slowest)));
        QVERIFY(scrape(port).startsWith("HTTP/1.1 200 OK"));

        exporter.terminate(); // a stop is the exporter's normal end
        QVERIFY(exporter.waitForFinished(10000));
        QCOMPARE(exporter.exitStatus(), QProcess::NormalExit);
        QCOMPARE(exporter.exitCode(), 0);
        QVERIFY(nagiosUntil(0).exitCode == 0);
    }

    // Each failure the runbook's monitoring section is about, provoked on the real hosts.
    void eachVerdictHasItsNagiosState()
    {
        QCOMPARE(LabEnvironment::run({QStringLiteral("isolate"), QStringLiteral("db2")}), 0);
        CliOutcome o = nagios();
        LabEnvironment::run({QStringLiteral("heal"), QStringLiteral("db2")});
        QVERIFY2(o.exitCode == 2 && o.out.startsWith(QLatin1String("CRITICAL - lab: db2 is down: "
                                                                   "writes on db1 will block")),
                 qPrintable(o.out + o.err));
        o = nagiosUntil(0);
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));

        // The stand-in pointed at the standby: like the real server it does not start on a
        // database in recovery, and the orchestrator is down.
        const QString cfg = QStringLiteral("/etc/inmanta/inmanta.d/database.cfg");
        const QByteArray before =
            LabEnvironment::exec(QStringLiteral("orch1"), QStringLiteral("cat ") + cfg);
        const auto pointAt = [&cfg, this](const QString &node) {
            LabEnvironment::exec(QStringLiteral("orch1"),
                                 QStringLiteral("sed -i 's/^host=.*/host=%1/' %2 && systemctl "
                                                "restart inmanta-server")
                                     .arg(m_lab.ip(node), cfg));
        };
        pointAt(QStringLiteral("db2"));
        o = nagiosUntil(2, QStringLiteral("orch1 does not answer"));
        QVERIFY2(o.exitCode == 2 && o.out.startsWith(QLatin1String("CRITICAL - lab: The Inmanta "
                                                                   "server on orch1 does not "
                                                                   "answer")),
                 qPrintable(o.out + o.err));
        // Pointed at db3, a spare whose own server takes writes: it runs, on the wrong database.
        QProcess spare;
        spare.start(QStringLiteral(IHA_LAB_SCRIPT),
                    {QStringLiteral("exec"), QStringLiteral("db3"), QStringLiteral("sh"),
                     QStringLiteral("-c"),
                     QStringLiteral(
                         ". /var/lib/lab/host.env && echo \"listen_addresses = 'localhost,%1'\" "
                         ">> $PGCONFDIR/postgresql.conf && echo 'host inmanta inmanta %1/24 "
                         "scram-sha-256' >> $PGCONFDIR/pg_hba.conf && systemctl restart postgresql "
                         "&& cd / && runuser -u postgres -- $PGBIN/psql -X -q -v ON_ERROR_STOP=1 "
                         "postgres")
                         .arg(m_lab.ip(QStringLiteral("db3")))});
        QVERIFY(spare.waitForStarted());
        // The password on standard input, never in an argument.
        spare.write("SET password_encryption = 'scram-sha-256';\nCREATE ROLE inmanta LOGIN "
                    "PASSWORD '" +
                    m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD")).toUtf8() +
                    "';\nCREATE DATABASE inmanta OWNER inmanta;\n");
        spare.closeWriteChannel();
        QVERIFY(spare.waitForFinished(60000));
        QVERIFY2(spare.exitCode() == 0, spare.readAll().constData());
        pointAt(QStringLiteral("db3"));
        o = nagiosUntil(2, m_lab.ip(QStringLiteral("db3")));
        QVERIFY2(o.exitCode == 2 && o.out.startsWith(QLatin1String("CRITICAL - ")) &&
                     o.out.contains(m_lab.ip(QStringLiteral("db3"))),
                 qPrintable(o.out + o.err));
        const CliOutcome p = cli(
            {QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("prometheus")});
        QVERIFY2(p.out.contains(QLatin1String(
                     "inmanta_ha_verdict{cluster=\"lab\",state=\"orchestrator-misdirected\"} 1")),
                 qPrintable(p.out));
        QVERIFY(p.out.contains(QStringLiteral("inmanta_ha_orchestrator_db_matches_primary{cluster="
                                              "\"lab\",node=\"orch1\",database_"
                                              "host=\"%1\"} 0")
                                   .arg(m_lab.ip(QStringLiteral("db3")))));
        LabEnvironment::exec(
            QStringLiteral("orch1"),
            QStringLiteral("cat > %1 <<'EOF'\n%2EOF\nsystemctl restart inmanta-server")
                .arg(cfg, QString::fromUtf8(before)));
        QVERIFY2(nagiosUntil(0).exitCode == 0, qPrintable(nagios().out));

        // The standby crashed: every write on the primary blocks.
        QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("db2")}), 0);
        o = nagios();
        QVERIFY2(o.exitCode == 2 && o.out.contains(QLatin1String("writes on db1 will block")),
                 qPrintable(o.out + o.err));
        const CliOutcome q = cli(
            {QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("prometheus")});
        // db1 reports the walsender of the crashed host as streaming until its timeout: the
        // verdict already knows better.
        for (const char *sample :
             {"inmanta_ha_verdict{cluster=\"lab\",state=\"degraded\"} 1",
              "inmanta_ha_up{cluster=\"lab\",node=\"db2\",role=\"standby\"} 0"})
            QVERIFY2(q.out.contains(QLatin1String(sample)), qPrintable(q.out));
        QVERIFY2(promtoolCheck(q.out.toUtf8()).isEmpty(),
                 qPrintable(promtoolCheck(q.out.toUtf8())));

        // The primary crashed too.
        QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("db1")}), 0);
        o = nagios();
        QVERIFY2(o.exitCode == 2 && o.out.startsWith(QLatin1String("CRITICAL - lab: ")),
                 qPrintable(o.out + o.err));
        QVERIFY2(o.out.contains(QLatin1String("lag_bytes=U;")), qPrintable(o.out));
    }
};

QTEST_GUILESS_MAIN(TestCliMonitoring)
#include "TestCliMonitoring.moc"
