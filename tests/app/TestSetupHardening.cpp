#include "app/ExitCode.h"
#include "app/SqlProbe.h"
#include "common/CliRunner.h"
#include "common/LabEnvironment.h"
#include "common/TestKeychain.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <atomic>
#include <csignal>
#include <memory>
#include <thread>

using namespace iha;

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin");
const QString kPassword = QStringLiteral("hardening 'pw' \\ :x");

// Commits on the primary as the Inmanta server would, one row every 50 ms, and keeps the
// longest time a commit took, including one still waiting. Connecting (while PostgreSQL
// restarts) is not counted: only a commit that waits is. A commit that waits for a synchronous
// standby ignores statement_timeout, so stop() ends a commit still waiting by terminating its
// backend from the host's console.
class Writer
{
public:
    Writer(QString host, QString password)
        : m_thread([this, host = std::move(host), password = std::move(password)] {
            loop(host, password);
        })
    {
        m_clock.start();
    }

    ~Writer() { stop(); }

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable()) {
            if (m_commitStartedMs >= 0)
                LabEnvironment::exec(
                    QStringLiteral("db1"),
                    QStringLiteral(
                        "su - postgres -c \"/usr/lib/postgresql/15/bin/psql -X -At -c \\\"SELECT "
                        "pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                        "application_name = 'iha-writer'\\\"\""));
            m_thread.join();
        }
    }

    qint64 longestCommitMs() const
    {
        const qint64 started = m_commitStartedMs;
        return std::max<qint64>(m_longest, started < 0 ? 0 : m_clock.elapsed() - started);
    }
    int commits() const { return m_commits; }

private:
    void loop(const QString &host, const QString &password)
    {
        const QString name = QStringLiteral("writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(host);
            db.setDatabaseName(QStringLiteral("inmanta"));
            db.setUserName(QStringLiteral("inmanta"));
            db.setPassword(password);
            db.setConnectOptions(SqlProbe::connectOptions(3) +
                                 QStringLiteral(";application_name=iha-writer"));
            while (!m_stop) {
                if (!db.isOpen() && (!db.open() || !prepare(db))) {
                    db.close();
                    std::this_thread::sleep_for(std::chrono::milliseconds(200));
                    continue;
                }
                QSqlQuery insert(db);
                const qint64 started = m_clock.elapsed();
                m_commitStartedMs = started;
                const bool ok =
                    insert.exec(QStringLiteral("INSERT INTO iha_writer (at) VALUES (now())"));
                m_commitStartedMs = -1;
                m_longest = std::max<qint64>(m_longest, m_clock.elapsed() - started);
                if (ok)
                    ++m_commits;
                else
                    db.close(); // a restart: reconnect
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    static bool prepare(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS iha_writer (at timestamptz)"));
    }

    QElapsedTimer m_clock;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_longest{0};
    std::atomic<qint64> m_commitStartedMs{-1};
    std::atomic<int> m_commits{0};
    std::thread m_thread;
};

} // namespace

// Issue 11, "Setup procedures and engine, hardened", against the lab: writes never wait on the
// tool; a server that holds data the primary does not have is never erased; wal_level is never
// lowered and the restart names what else it applies; a changed replication password keeps the
// standby streaming; no verifier or password hash reaches the audit log. Each test failed on
// the engine before the issue (label `lab`, through tests/keyring/with-keyring).
class TestSetupHardening : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;

    QStringList runArgs(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--cluster"),
                           m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                           QStringLiteral("--audit-db"),
                           m_dir.filePath(QStringLiteral("audit.sqlite")),
                           QStringLiteral("--known-hosts"),
                           m_dir.filePath(QStringLiteral("known_hosts")),
                           QStringLiteral("run")} +
               args + QStringList{QStringLiteral("--accept-new-host-keys")};
    }

    CliOutcome cli(const QStringList &args) { return runCli(runArgs(args)); }

    static QByteArray onHost(const QString &host, const QString &command)
    {
        return LabEnvironment::exec(host, command);
    }

    static QByteArray psql(const QString &host, const QString &sql)
    {
        return onHost(host, QStringLiteral("su - postgres -c \"%1/psql -X -At -c \\\"%2\\\"\"")
                                .arg(kBin, sql))
            .trimmed();
    }

    QByteArray replicationState()
    {
        return psql(QStringLiteral("db1"),
                    QStringLiteral("SELECT application_name, state, sync_state FROM "
                                   "pg_stat_replication"));
    }

    // The runbook's end state, from whatever state the lab is in; each test starts from it.
    void setUpThePair()
    {
        for (const char *procedure : {"configure-primary", "configure-standby"}) {
            const CliOutcome o = cli({QLatin1String(procedure), QStringLiteral("--yes")});
            QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        }
        QCOMPARE(replicationState(), QByteArray("inmanta|streaming|sync"));
    }

    QByteArray auditLog()
    {
        QFile audit(m_dir.filePath(QStringLiteral("audit.sqlite")));
        return audit.open(QIODevice::ReadOnly) ? audit.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        IHA_RESET_LAB_OR_SKIP(m_lab);
        QVERIFY(storeSecret(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                            QStringLiteral("replication-password"), kPassword));
    }

    void cleanupTestCase()
    {
        if (m_lab.available())
            LabEnvironment::run({QStringLiteral("reset")});
    }

    // Point 1: synchronous replication is turned on last, so no commit on db1 waits through
    // configure-primary and a configure-standby that is refused. Point 3: the restart says
    // which other pending settings it applies.
    void writesNeverWaitOnTheTool()
    {
        // A setting changed before, waiting for a restart that the procedure will do.
        onHost(QStringLiteral("db1"),
               QStringLiteral("echo 'max_connections = 110' >>/var/lib/pgsql/data/postgresql.conf "
                              "&& systemctl reload postgresql"));
        Writer writer(m_lab.ip(QStringLiteral("db1")),
                      m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD")));
        QTest::qWait(1000);
        const CliOutcome primary = cli({QStringLiteral("configure-primary")});
        QVERIFY(storeSecret(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                            QStringLiteral("replication-password"),
                            QStringLiteral("not the password")));
        const CliOutcome refused =
            cli({QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        QVERIFY(storeSecret(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                            QStringLiteral("replication-password"), kPassword));
        QTest::qWait(3000);
        const qint64 longest = writer.longestCommitMs();
        writer.stop();
        qInfo("%d commits, the longest took %lld ms", writer.commits(), longest);

        QVERIFY2(primary.exitCode == ExitSuccess, qPrintable(primary.out + primary.err));
        QCOMPARE(refused.exitCode, int(ExitRefused));
        QVERIFY(writer.commits() > 20);
        QVERIFY2(longest < 1000,
                 qPrintable(QStringLiteral("a commit on db1 waited %1 ms").arg(longest)));
        QVERIFY2(primary.out.contains(QStringLiteral(
                     "the restart applies every setting changed since the last start: ")) &&
                     primary.out.contains(QStringLiteral("max_connections")),
                 qPrintable(primary.out));
        QCOMPARE(psql(QStringLiteral("db1"), QStringLiteral("SHOW wal_log_hints")),
                 QByteArray("on"));
        // The whole setup ends in the runbook's state: synchronous streaming.
        setUpThePair();
    }

    // Point 3: wal_level = logical (with a logical slot, which would stop a server whose
    // wal_level is lowered from starting) survives configure-primary.
    void aLogicalWalLevelIsKept()
    {
        setUpThePair();
        onHost(QStringLiteral("db1"),
               QStringLiteral("echo 'wal_level = logical' >>/var/lib/pgsql/data/postgresql.conf "
                              "&& systemctl restart postgresql"));
        QCOMPARE(psql(QStringLiteral("db1"),
                      QStringLiteral("SELECT slot_name FROM "
                                     "pg_create_logical_replication_slot('cdc', 'test_decoding')")),
                 QByteArray("cdc"));
        // Once more from the start, as after a changed setting.
        onHost(QStringLiteral("db1"),
               QStringLiteral("sed -i 's/^wal_log_hints = on/wal_log_hints = off/' "
                              "/var/lib/pgsql/data/postgresql.conf"));
        const CliOutcome o = cli({QStringLiteral("configure-primary")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QCOMPARE(psql(QStringLiteral("db1"), QStringLiteral("SHOW wal_level")),
                 QByteArray("logical"));
        QCOMPARE(psql(QStringLiteral("db1"),
                      QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name "
                                     "= 'cdc'")),
                 QByteArray("1"));
        psql(QStringLiteral("db1"), QStringLiteral("SELECT pg_drop_replication_slot('cdc')"));
        QTRY_COMPARE_WITH_TIMEOUT(replicationState(), QByteArray("inmanta|streaming|sync"), 30000);
    }

    // Point 5: values that PostgreSQL reads after postgresql.conf (ALTER SYSTEM's
    // postgresql.auto.conf, an include_dir file) are found before the restart and set where
    // they win; the setup ends in sync.
    void overridesAreSetWhereTheyWin()
    {
        setUpThePair();
        psql(QStringLiteral("db1"), QStringLiteral("ALTER SYSTEM SET synchronous_commit = local"));
        onHost(QStringLiteral("db1"),
               QStringLiteral("mkdir -p /var/lib/pgsql/data/conf.d && echo \"listen_addresses = "
                              "'localhost'\" >/var/lib/pgsql/data/conf.d/late.conf && echo "
                              "\"include_dir = 'conf.d'\" >>/var/lib/pgsql/data/postgresql.conf "
                              "&& chown -R postgres: /var/lib/pgsql/data/conf.d && systemctl "
                              "restart postgresql"));
        QCOMPARE(psql(QStringLiteral("db1"), QStringLiteral("SHOW listen_addresses")),
                 QByteArray("localhost"));
        const CliOutcome o = cli({QStringLiteral("configure-primary")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY2(o.out.contains(QStringLiteral(
                     "synchronous_commit = 'local' in /var/lib/pgsql/data/postgresql.auto.conf")),
                 qPrintable(o.out));
        QCOMPARE(psql(QStringLiteral("db1"), QStringLiteral("SHOW listen_addresses")),
                 QByteArray("*"));
        QCOMPARE(psql(QStringLiteral("db1"), QStringLiteral("SHOW synchronous_commit")),
                 QByteArray("on"));
        QTRY_COMPARE_WITH_TIMEOUT(replicationState(), QByteArray("inmanta|streaming|sync"), 30000);
    }

    // Point 4: a new replication password reaches the standby's password file, so the
    // standby streams again after its next restart.
    void aNewPasswordKeepsTheStandbyStreaming()
    {
        setUpThePair();
        const QString newPassword = kPassword + QStringLiteral(" v2");
        QVERIFY(storeSecret(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                            QStringLiteral("replication-password"), newPassword));
        const CliOutcome o = cli({QStringLiteral("configure-primary")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        onHost(QStringLiteral("db2"), QStringLiteral("systemctl restart postgresql"));
        QTRY_COMPARE_WITH_TIMEOUT(replicationState(), QByteArray("inmanta|streaming|sync"), 30000);
        QVERIFY2(o.out.contains(QStringLiteral(
                     "[4/8] Keep db2's replication password file in step with the role: done")),
                 qPrintable(o.out));
        // Point 13: neither the stored verifier nor a hash of the password file's line is in
        // the audit log.
        const QByteArray verifier =
            psql(QStringLiteral("db1"),
                 QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'replication'"));
        QVERIFY(verifier.startsWith("SCRAM-SHA-256$4096:"));
        const QByteArray audit = auditLog();
        QVERIFY(!audit.isEmpty());
        QVERIFY2(
            !audit.contains(QString::fromLatin1(verifier).section(QLatin1Char('$'), 2).toLatin1()),
            "the audit log holds the role's stored verifier");
        const QByteArray line = QStringLiteral("%1:5432:replication:replication:%2\n")
                                    .arg(m_lab.ip(QStringLiteral("db1")),
                                         QString(newPassword)
                                             .replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                                             .replace(QLatin1Char(':'), QLatin1String("\\:")))
                                    .toUtf8();
        QCOMPARE(
            onHost(QStringLiteral("db2"), QStringLiteral("cat /var/lib/pgsql/.pgpass-inmanta-ha")),
            line);
        QVERIFY2(
            !audit.contains(QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex()),
            "the audit log holds a hash of the password file");
        QVERIFY(!audit.contains(newPassword.toUtf8()));
        QVERIFY(audit.contains("<replication password>")); // the file's content, masked
    }

    // Point 2: a standby promoted by hand that took commits is not a standby any more; with
    // the old cluster file, configure-standby refuses to erase it, and the rows stay. Typing
    // its name allows it.
    void aPromotedStandbyIsNeverErased()
    {
        setUpThePair();
        onHost(QStringLiteral("db2"),
               QStringLiteral("su - postgres -c '%1/pg_ctl promote -w -D /var/lib/pgsql/data'")
                   .arg(kBin));
        QTRY_COMPARE_WITH_TIMEOUT(
            psql(QStringLiteral("db2"), QStringLiteral("SELECT pg_is_in_recovery()")),
            QByteArray("f"), 30000);
        psql(QStringLiteral("db2"),
             QStringLiteral("CREATE TABLE diverged (x int); INSERT INTO diverged VALUES (1), (2), "
                            "(3)"));
        const CliOutcome o = cli({QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY2(o.err.contains(QStringLiteral("REFUSED: db2 is not in recovery but is a copy of "
                                               "the primary")) &&
                     o.err.contains(QStringLiteral("run again with --overwrite db2")),
                 qPrintable(o.out + o.err));
        QCOMPARE(psql(QStringLiteral("db2"), QStringLiteral("SELECT count(*) FROM diverged")),
                 QByteArray("3"));

        const CliOutcome confirmed =
            cli({QStringLiteral("configure-standby"), QStringLiteral("--yes"),
                 QStringLiteral("--overwrite"), QStringLiteral("db2")});
        QVERIFY2(confirmed.exitCode == ExitSuccess, qPrintable(confirmed.out + confirmed.err));
        QVERIFY(confirmed.out.contains(
            QStringLiteral("the operator confirmed that it is erased (--overwrite db2)")));
        QCOMPARE(replicationState(), QByteArray("inmanta|streaming|sync"));
    }

    // Point 10: a base backup abandoned by the tool does not go on on the host: cancelled by
    // the operator, it is stopped there; from a primary that freezes mid-copy (which TCP
    // keepalives cannot notice: its kernel still answers them) the run fails within 60 s and
    // nothing of it runs on. The primary's link is slowed so that the copy takes a while.
    void anAbandonedBaseBackupStopsOnTheHost()
    {
        setUpThePair();
        psql(QStringLiteral("db1"),
             QStringLiteral("CREATE TABLE bulk (pad text); ALTER TABLE bulk ALTER pad SET STORAGE "
                            "EXTERNAL; INSERT INTO bulk SELECT repeat('x', 1900) FROM "
                            "generate_series(1, 40000)"));
        onHost(QStringLiteral("db2"), QStringLiteral("systemctl stop postgresql"));
        onHost(QStringLiteral("db1"),
               QStringLiteral("tc qdisc add dev eth0 root tbf rate 16mbit burst 64kb latency 1s"));
        const auto copying = [] {
            return onHost(QStringLiteral("db2"),
                          QStringLiteral("pgrep -x pg_basebackup >/dev/null && du -s -B1 "
                                         "/var/lib/pgsql/data.iha-new | cut -f1"))
                       .trimmed()
                       .toLongLong() > 1000000;
        };
        const auto stillRuns = [] {
            return !onHost(QStringLiteral("db2"), QStringLiteral("pgrep -x pg_basebackup"))
                        .trimmed()
                        .isEmpty();
        };

        // Point 14: the window that started the run is closed mid-copy. What the GUI does
        // then, destroying the run's session on its own thread, ends the step cleanly: the
        // destruction returns (no deadlock between that thread and the runner's SSH threads),
        // the copy is stopped on db2, the step is on record and the lock stays with the run.
        {
            QString closedOut;
            QString closedErr;
            QTextStream out(&closedOut);
            QTextStream err(&closedErr);
            QBuffer input;
            input.open(QIODevice::ReadOnly);
            auto *window = new CommandLine(out, err);
            window->setInput(&input);
            QCOMPARE(window->run(
                         runArgs({QStringLiteral("configure-standby"), QStringLiteral("--yes")})),
                     int(CommandLine::Pending));
            QTRY_VERIFY_WITH_TIMEOUT(copying(), 120000);
            QElapsedTimer closing;
            closing.start();
            delete window;
            const qint64 closeMs = closing.elapsed();
            out.flush();
            qInfo("closing the session mid-copy took %lld ms", closeMs);
            QVERIFY(closeMs < 60000);
            QVERIFY2(!stillRuns(), "pg_basebackup still runs on db2");
            const QString closedRun =
                closedOut.section(QStringLiteral("Run "), 1).section(QLatin1Char(':'), 0, 0);
            QVERIFY2(!closedRun.isEmpty(), qPrintable(closedOut));
            QVERIFY(onHost(QStringLiteral("db2"),
                           QStringLiteral("cat /var/tmp/inmanta-ha-admin/lab.lock"))
                        .contains(QStringLiteral(", run %1").arg(closedRun).toUtf8()));
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("closed"));
                db.setDatabaseName(m_dir.filePath(QStringLiteral("audit.sqlite")));
                QVERIFY(db.open());
                QSqlQuery step(db);
                QVERIFY(step.exec(QStringLiteral("SELECT step FROM entries WHERE run_id = '%1' "
                                                 "AND outcome = 'cancelled'")
                                      .arg(closedRun)));
                QVERIFY2(step.next() && step.value(0).toString().startsWith(
                                            QStringLiteral("Take a base backup of db1")),
                         "the closed run's step is not on record as cancelled");
            }
            QSqlDatabase::removeDatabase(QStringLiteral("closed"));
            const CliOutcome released = runCli(
                {QStringLiteral("--cluster"), m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                 QStringLiteral("--audit-db"), m_dir.filePath(QStringLiteral("audit.sqlite")),
                 QStringLiteral("--known-hosts"), m_dir.filePath(QStringLiteral("known_hosts")),
                 QStringLiteral("lock"), QStringLiteral("release"), closedRun});
            QVERIFY2(released.exitCode == ExitSuccess, qPrintable(released.out + released.err));
        }

        // The operator's terminal drops (SIGHUP) while the real CLI copies: the step is
        // cancelled and recorded, pg_basebackup is stopped on db2, the lock stays with the run.
        QProcess operatorCli;
        operatorCli.start(QStringLiteral(IHA_CLI),
                          runArgs({QStringLiteral("configure-standby"), QStringLiteral("--yes")}));
        QVERIFY(operatorCli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(copying(), 120000);
        ::kill(static_cast<pid_t>(operatorCli.processId()), SIGHUP);
        QVERIFY(operatorCli.waitForFinished(60000));
        const QString cancelledErr = QString::fromUtf8(operatorCli.readAllStandardError());
        const QString cancelledOut = QString::fromUtf8(operatorCli.readAllStandardOutput());
        QCOMPARE(operatorCli.exitCode(), int(ExitCancelled));
        QTRY_VERIFY_WITH_TIMEOUT(!stillRuns(), 10000);
        QVERIFY2(cancelledOut.contains(QStringLiteral("what the abandoned command started there "
                                                      "was stopped")),
                 qPrintable(cancelledOut));
        const QString run = cancelledErr.section(QStringLiteral("--resume "), 1).trimmed();
        QVERIFY2(!run.isEmpty(), qPrintable(cancelledErr));
        QVERIFY2(auditLog().contains("cancelled"), "the cancelled step is not on record");
        QVERIFY(
            onHost(QStringLiteral("db2"), QStringLiteral("cat /var/tmp/inmanta-ha-admin/lab.lock"))
                .contains(QStringLiteral(", run %1").arg(run).toUtf8()));

        // Resumed, and the primary freezes in the middle of the copy.
        QElapsedTimer sinceFreeze;
        const CliOutcome frozen = runCli(
            runArgs({QStringLiteral("configure-standby"), QStringLiteral("--yes"),
                     QStringLiteral("--resume"), run}),
            {}, 300000, [&](CommandLine &) {
                if (!sinceFreeze.isValid() && copying()) {
                    QCOMPARE(LabEnvironment::run({QStringLiteral("freeze"), QStringLiteral("db1")}),
                             0);
                    sinceFreeze.start();
                }
            });
        const qint64 failedAfter = sinceFreeze.isValid() ? sinceFreeze.elapsed() : -1;
        const bool leftRunning = stillRuns();
        const QByteArray processes = onHost(
            QStringLiteral("db2"), QStringLiteral("ps -eo pid,ppid,pgid,sid,stat,etimes,args"));
        LabEnvironment::run({QStringLiteral("thaw"), QStringLiteral("db1")});
        onHost(QStringLiteral("db1"), QStringLiteral("tc qdisc del dev eth0 root"));
        qInfo("the run failed %lld ms after db1 froze", failedAfter);
        QCOMPARE(frozen.exitCode, int(ExitStepFailed));
        QVERIFY(failedAfter > 0 && failedAfter < 60000);
        QVERIFY2(!leftRunning, qPrintable(QStringLiteral("pg_basebackup still runs on db2:\n") +
                                          QString::fromUtf8(processes)));
        QVERIFY2(frozen.out.contains(QStringLiteral("for 30 s: stopped")), qPrintable(frozen.out));

        // db2 does not stream: a commit on db1 would wait for it (synchronous replication).
        psql(QStringLiteral("db1"),
             QStringLiteral("SET synchronous_commit = local; DROP TABLE bulk"));
        const CliOutcome resumed = cli({QStringLiteral("configure-standby"),
                                        QStringLiteral("--yes"), QStringLiteral("--resume"), run});
        QVERIFY2(resumed.exitCode == ExitSuccess, qPrintable(resumed.out + resumed.err));
        QCOMPARE(replicationState(), QByteArray("inmanta|streaming|sync"));
    }

    // Point 11: the major versions are compared before anything changes. db2's cluster file
    // names a folder whose pg_ctl is of PostgreSQL 16 (the other programs are 15's).
    void anotherMajorVersionIsRefusedBeforeAnythingChanges()
    {
        setUpThePair();
        onHost(
            QStringLiteral("db2"),
            QStringLiteral("set -e; f=/var/lib/lab/pg16; rm -rf $f; mkdir $f; "
                           "ln -s %1/* $f/; rm $f/pg_ctl; "
                           "printf '#!/bin/sh\\necho \"pg_ctl (PostgreSQL) 16.4\"\\n' >$f/pg_ctl; "
                           "chmod 0755 $f/pg_ctl")
                .arg(kBin));
        QFile original(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QJsonObject cluster = QJsonDocument::fromJson(original.readAll()).object();
        QJsonArray nodes = cluster.value(QStringLiteral("nodes")).toArray();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            QJsonObject node = nodes.at(i).toObject();
            if (node.value(QStringLiteral("name")).toString() == QLatin1String("db2")) {
                node.insert(
                    QStringLiteral("postgres"),
                    QJsonObject{{QStringLiteral("binDir"), QStringLiteral("/var/lib/lab/pg16")}});
                nodes.replace(i, node);
            }
        }
        cluster.insert(QStringLiteral("nodes"), nodes);
        QFile changed(m_dir.filePath(QStringLiteral("pg16.json")));
        QVERIFY(changed.open(QIODevice::WriteOnly));
        changed.write(QJsonDocument(cluster).toJson());
        changed.close();
        // Every entry of db2's data directory, each file with its size and time to the
        // nanosecond. A directory's own time is left out: the running standby changes it
        // itself (a restartpoint renames files in pg_logical, WAL segments are recycled).
        const QString listing = QStringLiteral(
            "cd /var/lib/pgsql/data && find . -mindepth 1 -maxdepth 1 \\( -type d -printf "
            "'%M %u %f\\n' \\) -o -printf '%M %u %s %T@ %f\\n' | sort");
        const QByteArray before = onHost(QStringLiteral("db2"), listing);
        QVERIFY(before.contains(" PG_VERSION\n") && before.contains(" pg_wal\n"));

        QStringList args = runArgs({QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        args[1] = changed.fileName();
        const CliOutcome o = runCli(args);
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY2(o.err.contains(QStringLiteral("different major versions of PostgreSQL (db1 has "
                                               "15, db2 has 16)")),
                 qPrintable(o.out + o.err));
        QCOMPARE(onHost(QStringLiteral("db2"), listing), before);
        QCOMPARE(replicationState(), QByteArray("inmanta|streaming|sync"));
    }

    // Point 7: a data directory that is a symbolic link is followed: the copy goes where the
    // data lives, and the link stays. Before, the link was moved aside (and later removed),
    // the copy took its place on the link's disk, and the old data stayed behind for ever.
    void aSymlinkedDataDirectoryIsFollowed()
    {
        setUpThePair();
        // db2 rebuilt from a fresh cluster that lives in data-real, linked from data.
        onHost(QStringLiteral("db2"),
               QStringLiteral("set -e; systemctl stop postgresql; cd /var/lib/pgsql; rm -rf data; "
                              "install -d -o postgres -g postgres -m 0700 data-real; "
                              "ln -s data-real data; runuser -u postgres -- %1/initdb -D "
                              "/var/lib/pgsql/data-real >/dev/null; systemctl start postgresql")
                   .arg(kBin));
        const CliOutcome o = cli({QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QCOMPARE(replicationState(), QByteArray("inmanta|streaming|sync"));
        QCOMPARE(onHost(QStringLiteral("db2"),
                        QStringLiteral("cd /var/lib/pgsql; readlink data; test -f "
                                       "data-real/standby.signal && echo copied; ls -d *.iha-* "
                                       "2>/dev/null; true")),
                 QByteArray("data-real\ncopied\n"));
        onHost(QStringLiteral("db2"),
               QStringLiteral("set -e; systemctl stop postgresql; cd /var/lib/pgsql; rm data; "
                              "mv data-real data; systemctl start postgresql"));
    }

    // Point 7: a resume checks what is true, not what the file says: a run stopped after it
    // wrote pg_hba.conf but before the reload left the rules unloaded; the next run reloads.
    void rulesWrittenButNotLoadedAreLoaded()
    {
        setUpThePair();
        onHost(QStringLiteral("db1"),
               QStringLiteral("sleep 2; touch /var/lib/pgsql/data/pg_hba.conf"));
        const CliOutcome o = cli({QStringLiteral("configure-primary")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY2(o.out.contains(QStringLiteral("holds the rules but was changed after PostgreSQL "
                                               "last loaded its configuration: it is reloaded")),
                 qPrintable(o.out));
        const CliOutcome again = cli({QStringLiteral("configure-primary")});
        QVERIFY2(again.out.contains(QStringLiteral("then reload: already done")),
                 qPrintable(again.out));
    }

    // Point 7: a folder inside the data directory on a disk of its own (pg_wal, often) would be
    // left behind by the swap and wiped with the old data: refused before anything changes.
    void aDiskMountedInsideTheDataDirectoryIsRefused()
    {
        setUpThePair();
        onHost(QStringLiteral("db2"),
               QStringLiteral("set -e; systemctl stop postgresql; mount --bind "
                              "/var/lib/pgsql/data/pg_wal /var/lib/pgsql/data/pg_wal"));
        const CliOutcome o = cli({QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY2(o.err.contains(QStringLiteral("db2: /var/lib/pgsql/data/pg_wal is a mount point "
                                               "inside the data directory")),
                 qPrintable(o.out + o.err));
        QCOMPARE(
            onHost(QStringLiteral("db2"),
                   QStringLiteral("umount /var/lib/pgsql/data/pg_wal; systemctl start postgresql; "
                                  "ls -d /var/lib/pgsql/data*")),
            QByteArray("/var/lib/pgsql/data\n"));
    }

    // Point 7: a data directory that is a mount point (its own disk) gets the copy inside it,
    // beside the old content; a resume after the copy took the data directory's place
    // neither asks for room for a second copy nor takes one over the kept original. Before,
    // the swap refused a mount point.
    void aCopyInPlaceIsNeverTakenAgain()
    {
        setUpThePair();
        const QString d = QStringLiteral("/var/lib/pgsql/data");
        onHost(QStringLiteral("db2"),
               QStringLiteral("set -e; systemctl stop postgresql; d=%1; rm -rf $d; mkdir $d; "
                              "mount -t tmpfs -o size=400m,mode=0700 iha-data $d; "
                              "chown postgres:postgres $d; runuser -u postgres -- %2/initdb -D $d "
                              ">/dev/null; systemctl start postgresql")
                   .arg(d, kBin));
        const auto swapped = [d] {
            return onHost(QStringLiteral("db2"),
                          QStringLiteral("test -f %1/.iha-old/PG_VERSION && test ! -e "
                                         "%1/.iha-new && test -f %1/standby.signal && echo yes")
                              .arg(d))
                .contains("yes");
        };
        // Cancelled as soon as the copy took the data directory's place (the steps after it
        // take seconds: starting, streaming, synchronous replication).
        bool cancelled = false;
        const CliOutcome first =
            runCli(runArgs({QStringLiteral("configure-standby"), QStringLiteral("--yes")}), {},
                   300000, [&](CommandLine &commandLine) {
                       if (!cancelled && swapped())
                           cancelled = commandLine.cancel();
                   });
        QVERIFY2(first.exitCode == ExitCancelled, qPrintable(first.out + first.err));
        QVERIFY(onHost(QStringLiteral("db2"), QStringLiteral("mountpoint %1").arg(d))
                    .contains("is a mountpoint"));
        const QString run = first.err.section(QStringLiteral("--resume "), 1).trimmed();
        QVERIFY2(!run.isEmpty(), qPrintable(first.err));

        // A mark in the copy (a new copy would not have it), and the disk filled so that there
        // is no room for a second copy.
        onHost(QStringLiteral("db2"),
               QStringLiteral("set -e; d=%1; touch $d/iha-test-mark; "
                              "a=$(df -B1 --output=avail $d | tail -n 1); "
                              "head -c $((a - 40 * 1024 * 1024)) /dev/zero >$d/.iha-old/ballast")
                   .arg(d));
        const CliOutcome resumed = cli({QStringLiteral("configure-standby"),
                                        QStringLiteral("--yes"), QStringLiteral("--resume"), run});
        QVERIFY2(resumed.exitCode == ExitSuccess, qPrintable(resumed.out + resumed.err));
        // The copy in place is met by the room check and the copy step; unless the cancel
        // arrived only once the standby was started (the start is not interrupted), when it
        // streams already and neither needs to look. No second copy either way (the mark).
        const bool streamsAlready = !resumed.out.contains(QStringLiteral("Start and enable "
                                                                         "PostgreSQL on db2: "
                                                                         "done"));
        if (streamsAlready)
            qInfo("the cancel came after db2 was started: it streams already on resume");
        QVERIFY2(streamsAlready || resumed.out.contains(QStringLiteral("db2: no room needed")),
                 qPrintable(resumed.out.right(900)));
        QVERIFY2(streamsAlready || resumed.out.contains(QStringLiteral("it is not copied again")),
                 qPrintable(resumed.out.right(900)));
        QVERIFY2(!resumed.out.contains(
                     QRegularExpression(QStringLiteral("Take a base backup[^\n]*: done"))),
                 qPrintable(resumed.out.right(900)));
        QCOMPARE(replicationState(), QByteArray("inmanta|streaming|sync"));
        QCOMPARE(onHost(QStringLiteral("db2"),
                        QStringLiteral("d=%1; mountpoint -q $d && echo mounted; test -e "
                                       "$d/iha-test-mark && echo kept; ls -A $d | grep iha-; true")
                            .arg(d)),
                 QByteArray("mounted\nkept\niha-test-mark\n"));
    }
};

QTEST_GUILESS_MAIN(TestSetupHardening)
#include "TestSetupHardening.moc"
