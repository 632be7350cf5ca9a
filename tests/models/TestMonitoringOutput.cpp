// The monitoring outputs from a round's facts: the Nagios state, line and performance data for
// each verdict and threshold, Prometheus's exposition (checked by promtool), the thresholds in
// the cluster file, and sizes as operators type them. The same outputs against the lab's real
// hosts: test_cli_monitoring.
#include "common/NodeFacts.h"
#include "models/ClusterFile.h"
#include "models/ClusterReader.h"
#include "models/MonitoringOutput.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace iha;
using namespace iha::Monitoring;

Q_DECLARE_METATYPE(iha::ClusterVerdict::Kind)
Q_DECLARE_METATYPE(iha::Monitoring::NagiosResult::State)

namespace {

Cluster runbookCluster()
{
    return ClusterFile::load(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"))
        .cluster.value();
}

// db1 primary with db2 streaming at `lag` through a slot retaining `retained`; orch1 on db1.
QHash<QString, NodeStatus> round(qint64 lag, qint64 retained)
{
    const Cluster c = runbookCluster();
    NodeStatus db1 = seen(QStringLiteral("db1"));
    db1.lastAnswered = db1.seen;
    db1.postgresRunning = true;
    db1.inRecovery = false;
    db1.replicas << NodeStatus::Replica{QStringLiteral("inmanta"),
                                        c.findNode(QStringLiteral("db2"))->address,
                                        QStringLiteral("streaming"),
                                        QStringLiteral("sync"),
                                        lag,
                                        lag};
    db1.replicationSlots << NodeStatus::Slot{QStringLiteral("replication"), true, retained};
    NodeStatus db2 = seen(QStringLiteral("db2"));
    db2.lastAnswered = db2.seen;
    db2.postgresRunning = true;
    db2.inRecovery = true;
    NodeStatus orch1 = seen(QStringLiteral("orch1"));
    orch1.sshReachable = false;
    orch1.apiReachable = true;
    orch1.apiHealthy = true;
    orch1.apiDatabaseHost = c.findNode(QStringLiteral("db1"))->address;
    return {{QStringLiteral("db1"), db1},
            {QStringLiteral("db2"), db2},
            {QStringLiteral("orch1"), orch1}};
}

ClusterVerdict verdictOf(ClusterVerdict::Kind kind)
{
    ClusterVerdict v;
    v.kind = kind;
    v.summary = QStringLiteral("Words | with a bar\nand a line.");
    return v;
}

} // namespace

class TestMonitoringOutput : public QObject
{
    Q_OBJECT

private slots:
    // Anything that stops writes is CRITICAL; UNKNOWN only for an unknown verdict.
    void eachVerdictHasItsNagiosState_data()
    {
        QTest::addColumn<ClusterVerdict::Kind>("kind");
        QTest::addColumn<NagiosResult::State>("state");
        using K = ClusterVerdict::Kind;
        QTest::newRow("healthy") << K::Healthy << NagiosResult::Ok;
        QTest::newRow("standby lost") << K::Degraded << NagiosResult::Critical;
        QTest::newRow("primary down") << K::PrimaryDown << NagiosResult::Critical;
        QTest::newRow("split brain") << K::SplitBrain << NagiosResult::Critical;
        QTest::newRow("orchestrator down") << K::OrchestratorDown << NagiosResult::Critical;
        QTest::newRow("wrong database") << K::OrchestratorMisdirected << NagiosResult::Critical;
        QTest::newRow("not set up") << K::NotConfigured << NagiosResult::Warning;
        QTest::newRow("unknown") << K::Unknown << NagiosResult::Unknown;
    }
    void eachVerdictHasItsNagiosState()
    {
        QFETCH(ClusterVerdict::Kind, kind);
        QFETCH(NagiosResult::State, state);
        const NagiosResult r = nagios(runbookCluster(), round(0, 0), verdictOf(kind), Thresholds{});
        QCOMPARE(r.state, state);
        static const char *const names[] = {"OK", "WARNING", "CRITICAL", "UNKNOWN"};
        const QString line = r.line();
        QVERIFY2(line.startsWith(QLatin1String(names[state]) + QLatin1String(" - ")),
                 qPrintable(line));
        // One line; the only '|' starts the performance data.
        QVERIFY(!line.contains(QLatin1Char('\n')));
        QCOMPARE(line.count(QLatin1Char('|')), 1);
        QVERIFY2(line.endsWith(QStringLiteral(" | lag_bytes=0B;16777216;268435456;0 "
                                              "retained_wal_bytes=0B;1073741824;8589934592;0")),
                 qPrintable(line));
    }

    // The figures raise a state past their thresholds, never lower it; an unknown verdict with
    // a lag past its threshold is that lag's state.
    void theFiguresRaiseTheState_data()
    {
        QTest::addColumn<ClusterVerdict::Kind>("kind");
        QTest::addColumn<qint64>("lag");
        QTest::addColumn<qint64>("retained");
        QTest::addColumn<NagiosResult::State>("state");
        QTest::addColumn<QString>("says");
        using K = ClusterVerdict::Kind;
        QTest::newRow("under both")
            << K::Healthy << qint64(999) << qint64(4999) << NagiosResult::Ok << QString();
        QTest::newRow("lag at warning")
            << K::Healthy << qint64(1000) << qint64(0) << NagiosResult::Warning
            << QStringLiteral("replay lag 1000 bytes (warning from 1000)");
        QTest::newRow("lag critical")
            << K::Healthy << qint64(2000) << qint64(0) << NagiosResult::Critical
            << QStringLiteral("replay lag 2000 bytes (critical from 2000)");
        QTest::newRow("retained at warning")
            << K::Healthy << qint64(0) << qint64(5000) << NagiosResult::Warning
            << QStringLiteral("a slot retains 5000 bytes of WAL (warning from 5000)");
        QTest::newRow("retained critical")
            << K::NotConfigured << qint64(0) << qint64(9000) << NagiosResult::Critical
            << QStringLiteral("(critical from 9000)");
        QTest::newRow("critical verdict stays")
            << K::PrimaryDown << qint64(1500) << qint64(0) << NagiosResult::Critical
            << QStringLiteral("warning from 1000");
        QTest::newRow("unknown with a lag")
            << K::Unknown << qint64(1500) << qint64(0) << NagiosResult::Warning
            << QStringLiteral("warning from 1000");
    }
    void theFiguresRaiseTheState()
    {
        QFETCH(ClusterVerdict::Kind, kind);
        QFETCH(qint64, lag);
        QFETCH(qint64, retained);
        QFETCH(NagiosResult::State, state);
        QFETCH(QString, says);
        Thresholds t;
        t.warnLagBytes = 1000;
        t.critLagBytes = 2000;
        t.warnRetainedWalBytes = 5000;
        t.critRetainedWalBytes = 9000;
        const NagiosResult r = nagios(runbookCluster(), round(lag, retained), verdictOf(kind), t);
        QCOMPARE(r.state, state);
        QVERIFY2(r.text.contains(says), qPrintable(r.text));
        QVERIFY2(r.perfData.startsWith(QStringLiteral("lag_bytes=%1B;1000;2000;0 ").arg(lag)),
                 qPrintable(r.perfData));
    }

    // The primary's login refused (its verdict unknown): what the other facts say stops
    // writes still makes the check CRITICAL; with nothing else, UNKNOWN.
    void anUnknownVerdictIsDecidedByWhatStopsWrites_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<NagiosResult::State>("state");
        QTest::addColumn<QString>("says");
        QTest::newRow("nothing else") << QString() << NagiosResult::Unknown << QString();
        QTest::newRow("orchestrator down")
            << QStringLiteral("orchestrator") << NagiosResult::Critical
            << QStringLiteral("the Inmanta server on orch1 does "
                              "not answer");
        QTest::newRow("standby down") << QStringLiteral("standby") << NagiosResult::Critical
                                      << QStringLiteral("the standby db2 is down");
        QTest::newRow("no sync standby over SQL")
            << QStringLiteral("sql") << NagiosResult::Critical
            << QStringLiteral("db1 has no synchronous standby: writes block");
    }
    void anUnknownVerdictIsDecidedByWhatStopsWrites()
    {
        QFETCH(QString, fault);
        QFETCH(NagiosResult::State, state);
        QFETCH(QString, says);
        QHash<QString, NodeStatus> status = round(0, 0);
        NodeStatus &db1 = status[QStringLiteral("db1")];
        db1.sshReachable = false;
        db1.loginProblem = NodeStatus::LoginProblem::HostKeyUnknown;
        if (fault == QLatin1String("orchestrator"))
            status[QStringLiteral("orch1")].apiReachable = false;
        if (fault == QLatin1String("standby")) {
            status[QStringLiteral("db2")].sshReachable = false;
            status[QStringLiteral("db2")].sshPortOpen = false;
        }
        if (fault == QLatin1String("sql")) {
            db1.sqlConnected = true;
            db1.replicasFromSql = true;
            db1.replicas.clear();
        }
        const NagiosResult r = nagios(runbookCluster(), status,
                                      verdictOf(ClusterVerdict::Kind::Unknown), Thresholds{});
        QCOMPARE(r.state, state);
        QVERIFY2(r.text.contains(says), qPrintable(r.text));
    }

    // A round without the primary's view has no figures: "U", as plugins say unknown.
    void figuresNotReadAreUnknownInThePerformanceData()
    {
        const NagiosResult r =
            nagios(runbookCluster(), {}, verdictOf(ClusterVerdict::Kind::Unknown), Thresholds{});
        QCOMPARE(r.state, NagiosResult::Unknown);
        QVERIFY2(r.perfData.startsWith(QStringLiteral("lag_bytes=U;")), qPrintable(r.perfData));
        QVERIFY(r.perfData.contains(QStringLiteral("retained_wal_bytes=U;")));
    }

    void sizesAsOperatorsTypeThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: refused
        QTest::newRow("bytes") << QStringLiteral("1048576") << qint64(1048576);
        QTest::newRow("B") << QStringLiteral("512 B") << qint64(512);
        QTest::newRow("kB") << QStringLiteral("8kB") << qint64(8192);
        QTest::newRow("MB") << QStringLiteral("16MB") << qint64(16 << 20);
        QTest::newRow("MiB") << QStringLiteral("16MiB") << qint64(16 << 20);
        QTest::newRow("G") << QStringLiteral("1G") << (qint64(1) << 30);
        QTest::newRow("TB") << QStringLiteral("2TB") << (qint64(2) << 40);
        QTest::newRow("a fraction") << QStringLiteral("1.5GB") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-1") << qint64(-1);
        QTest::newRow("another unit") << QStringLiteral("5XB") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("too large") << QStringLiteral("9999999999999999TB") << qint64(-1);
    }
    void sizesAsOperatorsTypeThem()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(parseByteSize(text).value_or(-1), bytes);
    }

    // The file's thresholds, one side alone moving the other's default out of its way; bad
    // values are named by their field.
    void theClusterFileCarriesTheThresholds()
    {
        Cluster c = runbookCluster();
        c.monitoring.warnLagBytes = qint64(512) << 20;         // above the critical default
        c.monitoring.critRetainedWalBytes = qint64(512) << 20; // below the warning default
        const ClusterReadResult read = readCluster(ClusterFile::toJson(c));
        QVERIFY(read.ok());
        QCOMPARE(read.cluster->monitoring.warnLagBytes, c.monitoring.warnLagBytes);
        QVERIFY(!read.cluster->monitoring.critLagBytes);
        const Thresholds t = Thresholds::of(read.cluster->monitoring);
        QCOMPARE(t.warnLagBytes, qint64(512) << 20);
        QCOMPARE(t.critLagBytes, qint64(512) << 20);
        QCOMPARE(t.warnRetainedWalBytes, qint64(512) << 20);
        QCOMPARE(t.critRetainedWalBytes, qint64(512) << 20);
        // A file without thresholds is written without the section.
        QVERIFY(!ClusterFile::toJson(runbookCluster()).contains("monitoring"));

        QByteArray json = ClusterFile::toJson(runbookCluster());
        json.replace("\"name\":", "\"monitoring\": {\"warnLagBytes\": 2000, \"critLagBytes\": "
                                  "1000, \"critRetainedWalBytes\": \"8GB\", "
                                  "\"warnRetainedWalBytes\": -5}, \"name\":");
        const ClusterReadResult bad = readCluster(json);
        QVERIFY(!bad.ok());
        QString errors;
        for (const Diagnostic &d : bad.diagnostics)
            errors += d.field + QLatin1String(": ") + d.message + QLatin1Char('\n');
        QVERIFY2(errors.contains(QStringLiteral("monitoring.warnLagBytes: 2000 is more than "
                                                "critLagBytes")),
                 qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("monitoring.critRetainedWalBytes: expected a "
                                                "number of bytes, got a string")),
                 qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("monitoring.warnRetainedWalBytes: -5 is not a "
                                                "number of bytes")),
                 qPrintable(errors));
    }

    // Every family once with HELP and TYPE, labels escaped, the thresholds and the verdict as
    // metrics; promtool (Debian's prometheus package) agrees.
    void thePrometheusExpositionIsValid()
    {
        Cluster c = runbookCluster();
        c.name = QStringLiteral("prod \"east\"\\1");
        QHash<QString, NodeStatus> status = round(4096, 8192);
        const QString text =
            prometheus(c, status, verdictOf(ClusterVerdict::Kind::Healthy), Thresholds{},
                       QDateTime::fromSecsSinceEpoch(1700000000), 2.5);
        const QString cluster = QStringLiteral("cluster=\"prod \\\"east\\\"\\\\1\"");
        QVERIFY2(
            text.contains(
                QStringLiteral("inmanta_ha_up{%1,node=\"db1\",role=\"primary\"} 1").arg(cluster)),
            qPrintable(text));
        QVERIFY(text.contains(
            QStringLiteral("inmanta_ha_sync_standby{%1,primary=\"db1\"} 1").arg(cluster)));
        QVERIFY(text.contains(
            QStringLiteral(
                "inmanta_ha_replay_lag_bytes{%1,node=\"db1\",application_name=\"inmanta\"")
                .arg(cluster)));
        QVERIFY(text.contains(QStringLiteral(",sync_state=\"sync\"} 4096\n")));
        QVERIFY(text.contains(
            QStringLiteral(
                "inmanta_ha_retained_wal_bytes{%1,node=\"db1\",slot=\"replication\"} 8192")
                .arg(cluster)));
        QVERIFY(text.contains(
            QStringLiteral("inmanta_ha_orchestrator_db_matches_primary{%1,node=\"orch1\"")
                .arg(cluster)));
        QVERIFY(text.contains(
            QStringLiteral("inmanta_ha_verdict{%1,state=\"healthy\"} 1").arg(cluster)));
        QVERIFY(text.contains(
            QStringLiteral("inmanta_ha_verdict{%1,state=\"primary-down\"} 0").arg(cluster)));
        QVERIFY(text.contains(
            QStringLiteral("inmanta_ha_threshold_bytes{%1,threshold=\"lag_critical\"} 268435456")
                .arg(cluster)));
        QVERIFY(text.contains(
            QStringLiteral("inmanta_ha_round_timestamp_seconds{%1} 1700000000\n").arg(cluster)));
        QVERIFY(
            text.contains(QStringLiteral("inmanta_ha_round_age_seconds{%1} 2.5\n").arg(cluster)));
        QCOMPARE(text.count(QStringLiteral("# TYPE inmanta_ha_up gauge")), 1);

        // The standby lost: no synchronous one any more.
        status[QStringLiteral("db1")].replicas.clear();
        const QString lost = prometheus(c, status, verdictOf(ClusterVerdict::Kind::Degraded),
                                        Thresholds{}, QDateTime::currentDateTimeUtc(), -1);
        QVERIFY(lost.contains(
            QStringLiteral("inmanta_ha_sync_standby{%1,primary=\"db1\"} 0").arg(cluster)));
        QVERIFY(!lost.contains(QStringLiteral("inmanta_ha_round_age_seconds")));

        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!promtool.isEmpty(), "promtool is missing: installer/install-deps.sh");
        for (const QString &exposition : {text, lost}) {
            QProcess check;
            check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
            QVERIFY(check.waitForStarted());
            check.write(exposition.toUtf8());
            check.closeWriteChannel();
            QVERIFY(check.waitForFinished(30000));
            const QByteArray said = check.readAllStandardOutput() + check.readAllStandardError();
            // promtool exits 3 for lint remarks (e.g. a unit suffix it would name otherwise).
            QVERIFY2(check.exitCode() == 0, said.constData());
        }
    }

    // The alerting rules shipped in installer/monitoring: valid, and firing as intended on
    // series shaped as the exporter writes them (tests/data/monitoring/alerts-test.yml).
    void theAlertingRulesFireAsIntended()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!promtool.isEmpty(), "promtool is missing: installer/install-deps.sh");
        const QString dir = QStringLiteral(IHA_TEST_DATA_DIR "/monitoring");
        for (const QStringList &args :
             {QStringList{
                  QStringLiteral("check"), QStringLiteral("rules"),
                  dir + QStringLiteral("/../../../installer/monitoring/inmanta-ha-alerts.yml")},
              QStringList{QStringLiteral("test"), QStringLiteral("rules"),
                          dir + QStringLiteral("/alerts-test.yml")}}) {
            QProcess run;
            run.setWorkingDirectory(dir);
            run.setProcessChannelMode(QProcess::MergedChannels);
            run.start(promtool, args);
            QVERIFY(run.waitForFinished(60000));
            QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0,
                     run.readAll().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestMonitoringOutput)
#include "TestMonitoringOutput.moc"
