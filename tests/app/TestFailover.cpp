#include "app/ExitCode.h"
#include "common/CliRunner.h"
#include "common/LabEnvironment.h"
#include "common/TestKeychain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace iha;

// The failover procedures through the CLI against the lab (label `lab`, run through
// tests/keyring/with-keyring): no acknowledged commit lost whichever way the primary dies,
// a live primary refused, the old primary re-added (and the cycle back), a new orchestrator
// with the old one crashed or still running, and a resume after a cut in the middle.
class TestFailover : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cluster;

    QStringList cliArgs(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--cluster"),
                           m_cluster,
                           QStringLiteral("--audit-db"),
                           m_dir->filePath(QStringLiteral("audit.sqlite")),
                           QStringLiteral("--known-hosts"),
                           m_dir->filePath(QStringLiteral("known_hosts"))} +
               args;
    }

    CliOutcome cli(const QStringList &args) { return runCli(cliArgs(args), {}, 600000); }

    static QByteArray onHost(const QString &host, const QString &command)
    {
        return LabEnvironment::exec(host, command);
    }

    static QByteArray sql(const QString &host, const QString &statement,
                          const QString &database = QStringLiteral("postgres"))
    {
        return onHost(host, QStringLiteral("cd / && echo %1 | runuser -u postgres -- "
                                           "/usr/lib/postgresql/15/bin/psql -X -At -d %2 2>&1")
                                .arg(QStringLiteral("\"%1\"").arg(statement), database))
            .trimmed();
    }

    QByteArray role(const QString &node)
    {
        QFile file(m_cluster);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll())
                                           .object()
                                           .value(QStringLiteral("nodes"))
                                           .toArray()) {
            if (value.toObject().value(QStringLiteral("name")).toString() == node)
                return value.toObject().value(QStringLiteral("role")).toString().toUtf8();
        }
        return {};
    }

    // A fresh lab (in `layout`) set up as the runbook's pair, with a sample of its replication
    // on record.
    void setUpCluster(const QString &layout = QStringLiteral("rhel"), bool auth = false)
    {
        QCOMPARE(LabEnvironment::run({QStringLiteral("reset"), QStringLiteral("--layout"), layout}),
                 0);
        m_lab = LabEnvironment::load();
        m_dir = std::make_unique<QTemporaryDir>();
        m_cluster = m_dir->filePath(QStringLiteral("cluster.json"));
        QVERIFY(QFile::copy(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")), m_cluster));
        QVERIFY(storeInKeychain(QStringLiteral("lab/replication-password"),
                                QStringLiteral("r3pl-failover")));
        QVERIFY(storeInKeychain(QStringLiteral("lab/database-password"),
                                m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD"))));
        // The real server wants a bearer token when authentication is on (401 without).
        if (auth) {
            onHost(QStringLiteral("orch1"),
                   QStringLiteral("sed -i 's/^\\[server\\]$/[server]\\nauth=true/' %1 && echo "
                                  "token=lab-token-7f3e >> %1 && systemctl restart inmanta-server")
                       .arg(QStringLiteral("/etc/inmanta/inmanta.d/server.cfg")));
            QVERIFY(
                storeInKeychain(QStringLiteral("lab/api-token"), QStringLiteral("lab-token-7f3e")));
        }
        CliOutcome o = cli({QStringLiteral("run"), QStringLiteral("configure-primary"),
                            QStringLiteral("--accept-new-host-keys")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        o = cli(
            {QStringLiteral("run"), QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        o = cli({QStringLiteral("status")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
    }

    // A writer on db1 that commits one row at a time and prints each id once its commit is
    // acknowledged (synchronous replication: once db2 has it on disk).
    std::unique_ptr<QProcess> startWriter(const QString &host)
    {
        sql(host, QStringLiteral("CREATE TABLE IF NOT EXISTS acked (id int PRIMARY KEY)"));
        auto writer = std::make_unique<QProcess>();
        writer->start(QStringLiteral(IHA_LAB_SCRIPT),
                      {QStringLiteral("exec"), host, QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("cd /; i=0; while :; do i=$((i+1)); runuser -u postgres -- "
                                      "/usr/lib/postgresql/15/bin/psql -X -q -d postgres -c "
                                      "\"INSERT INTO acked VALUES ($i)\" >/dev/null 2>&1 || exit "
                                      "0; echo $i; done")});
        writer->waitForStarted();
        return writer;
    }

    static QSet<int> ids(const QByteArray &lines)
    {
        QSet<int> result;
        for (const QByteArray &line : lines.split('\n')) {
            bool ok = false;
            const int id = line.trimmed().toInt(&ok);
            if (ok)
                result.insert(id);
        }
        return result;
    }

    QString orchestratorDatabase(const QString &orchestrator)
    {
        const CliOutcome o = cli({QStringLiteral("status"), QStringLiteral("--json")});
        const QJsonObject status = QJsonDocument::fromJson(o.out.toUtf8()).object();
        for (const QJsonValue &node : status.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject n = node.toObject();
            if (n.value(QStringLiteral("name")).toString() == orchestrator)
                return n.value(QStringLiteral("apiDatabaseHost")).toString();
        }
        return {};
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
        qunsetenv("SSH_AUTH_SOCK");
    }

    void cleanupTestCase()
    {
        if (m_lab.available())
            LabEnvironment::run({QStringLiteral("reset")});
    }

    // FAULTS 18: both would accept writes, and the old primary's are lost on rewind.
    void aPrimaryThatAnswersIsNeverFailedOver()
    {
        setUpCluster();
        const QByteArray before = onHost(QStringLiteral("orch1"),
                                         QStringLiteral("cat /etc/inmanta/inmanta.d/database.cfg"));
        for (const char *procedure : {"failover-server", "promote-standby"}) {
            const CliOutcome o = cli({QStringLiteral("run"), QString::fromLatin1(procedure),
                                      QStringLiteral("--attest-fenced"), QStringLiteral("db1")});
            QVERIFY2(o.exitCode == ExitRefused, qPrintable(o.out + o.err));
            QVERIFY2(o.err.contains(QLatin1String("db1 answers as a primary")), qPrintable(o.err));
        }
        QCOMPARE(sql(QStringLiteral("db1"), QStringLiteral("SELECT pg_is_in_recovery()")),
                 QByteArray("f"));
        QVERIFY(onHost(QStringLiteral("db2"),
                       QStringLiteral("test -e /var/lib/pgsql/data/standby.signal && echo yes"))
                    .contains("yes"));
        QCOMPARE(onHost(QStringLiteral("orch1"),
                        QStringLiteral("cat /etc/inmanta/inmanta.d/database.cfg")),
                 before);
        QCOMPARE(role(QStringLiteral("db1")), QByteArray("primary"));

        // Issue "the Inmanta server as it really behaves": an edit of database.cfg that a later
        // file or the unit's environment file overrides is named before anything changes.
        for (const auto &[override, named] :
             {std::pair{QStringLiteral("printf '[database]\\nhost=10.9.9.9\\n' > "
                                       "/etc/inmanta/inmanta.d/zz-local.cfg"),
                        QStringLiteral("/etc/inmanta/inmanta.d/zz-local.cfg")},
              std::pair{QStringLiteral("rm /etc/inmanta/inmanta.d/zz-local.cfg; echo "
                                       "INMANTA_DATABASE_HOST=10.9.9.9 >> "
                                       "/etc/sysconfig/inmanta-server"),
                        QStringLiteral("INMANTA_DATABASE_HOST")}}) {
            onHost(QStringLiteral("orch1"), override);
            const CliOutcome o = cli({QStringLiteral("run"), QStringLiteral("failover-server"),
                                      QStringLiteral("--attest-fenced"), QStringLiteral("db1")});
            QVERIFY2(o.exitCode == ExitRefused, qPrintable(o.out + o.err));
            QVERIFY2(o.err.contains(named), qPrintable(o.err));
        }
    }

    void noAcknowledgedCommitIsLost_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("death"); // how db1 dies: a lab command
        QTest::addColumn<bool>("cut");      // orch1's cable cut mid-run, then a resume
        QTest::newRow("crash; API with a token; a cut mid-run and a resume")
            << QStringLiteral("rhel") << QStringLiteral("crash") << true;
        QTest::newRow("freeze, Debian layout")
            << QStringLiteral("debian") << QStringLiteral("freeze") << false;
        QTest::newRow("isolate") << QStringLiteral("rhel") << QStringLiteral("isolate") << false;
    }

    // The durability test: every id whose commit was acknowledged is on the new
    // primary, and the Inmanta server works on it.
    void noAcknowledgedCommitIsLost()
    {
        QFETCH(QString, layout);
        QFETCH(QString, death);
        QFETCH(bool, cut);
        setUpCluster(layout, /*auth=*/cut);
        std::unique_ptr<QProcess> writer = startWriter(QStringLiteral("db1"));
        QTest::qWait(3000);
        QCOMPARE(LabEnvironment::run({death, QStringLiteral("db1")}), 0);
        QTest::qWait(500);
        const QSet<int> acknowledged = ids(writer->readAllStandardOutput());
        QVERIFY2(acknowledged.size() > 10, "the writer committed too little to prove anything");

        // No word from the operator: refused, naming what to attest.
        CliOutcome o = cli({QStringLiteral("run"), QStringLiteral("failover-server")});
        QVERIFY2(o.exitCode == ExitRefused, qPrintable(o.out + o.err));
        QVERIFY(o.err.contains(QLatin1String("--attest-fenced db1")));

        const QString data = layout == QLatin1String("debian")
                                 ? QStringLiteral("/var/lib/postgresql/15/main")
                                 : QStringLiteral("/var/lib/pgsql/data");
        bool isolated = false;
        o = runCli(
            cliArgs({QStringLiteral("run"), QStringLiteral("failover-server"),
                     QStringLiteral("--attest-fenced"), QStringLiteral("db1")}),
            {}, 600000, [&](CommandLine &) {
                // FAULTS 10: orch1's cable is cut once db2 is promoted.
                if (!cut || isolated ||
                    !onHost(QStringLiteral("db2"),
                            QStringLiteral("test -e %1/standby.signal || echo promoted").arg(data))
                         .contains("promoted"))
                    return;
                isolated =
                    LabEnvironment::run({QStringLiteral("isolate"), QStringLiteral("orch1")}) == 0;
            });
        if (cut) {
            QVERIFY(isolated);
            QVERIFY2(o.exitCode == ExitStepFailed, qPrintable(o.out + o.err));
            QVERIFY2(o.err.contains(QLatin1String("orch1")), qPrintable(o.err));
            QCOMPARE(role(QStringLiteral("db2")), QByteArray("standby")); // not before the end
            const QString runId =
                o.out.section(QLatin1Char(' '), 1, 1).section(QLatin1Char(':'), 0, 0);
            QCOMPARE(LabEnvironment::run({QStringLiteral("heal"), QStringLiteral("orch1")}), 0);
            o = cli({QStringLiteral("run"), QStringLiteral("failover-server"),
                     QStringLiteral("--attest-fenced"), QStringLiteral("db1"),
                     QStringLiteral("--resume"), runId});
            QVERIFY2(o.out.contains(
                         QRegularExpression(QStringLiteral("Promote db2 [^\\n]*: already done"))),
                     qPrintable(o.out));
        }
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY(o.out.contains(QLatin1String("ATTESTED by")));
        writer->kill();
        writer->waitForFinished();

        const QSet<int> onNewPrimary =
            ids(sql(QStringLiteral("db2"), QStringLiteral("SELECT id FROM acked")));
        const QSet<int> lost = acknowledged - onNewPrimary;
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("%1 acknowledged commits lost of %2")
                                                .arg(lost.size())
                                                .arg(acknowledged.size())));
        QCOMPARE(sql(QStringLiteral("db2"), QStringLiteral("SELECT pg_is_in_recovery()")),
                 QByteArray("f"));
        QCOMPARE(sql(QStringLiteral("db2"), QStringLiteral("SHOW synchronous_standby_names")),
                 QByteArray());
        QCOMPARE(orchestratorDatabase(QStringLiteral("orch1")), m_lab.ip(QStringLiteral("db2")));
        QCOMPARE(role(QStringLiteral("db2")), QByteArray("primary"));
        QCOMPARE(role(QStringLiteral("db1")), QByteArray("retired"));
        // database.cfg: only the host changed, the password still there, mode 0600.
        const QByteArray cfg =
            onHost(QStringLiteral("orch1"),
                   QStringLiteral("stat -c %a /etc/inmanta/inmanta.d/database.cfg; "
                                  "cat /etc/inmanta/inmanta.d/database.cfg"));
        QVERIFY2(cfg.startsWith("600\n"), cfg.constData());
        QVERIFY(cfg.contains("host = " + m_lab.ip(QStringLiteral("db2")).toUtf8()));
        QVERIFY(cfg.contains("password=" +
                             m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD")).toUtf8()));
        // The password never reached the audit log or the output.
        const QByteArray password = m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD")).toUtf8();
        QFile audit(m_dir->filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY(!audit.readAll().contains(password));
        QVERIFY(!o.out.toUtf8().contains(password));

        // FAULTS 17: the promotion run again from the cluster file as it was (a connection lost
        // before the run could record its end): success, the promotion found done.
        const QString promoted = m_cluster;
        m_cluster = m_dir->filePath(QStringLiteral("before.json"));
        QVERIFY(QFile::copy(promoted + QStringLiteral(".bak"), m_cluster));
        o = cli({QStringLiteral("run"), QStringLiteral("promote-standby"),
                 QStringLiteral("--attest-fenced"), QStringLiteral("db1")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY2(o.out.contains(QLatin1String("db2 left recovery already")), qPrintable(o.out));
        QVERIFY2(
            o.out.contains(QRegularExpression(QStringLiteral("Promote db2 [^\\n]*: already done"))),
            qPrintable(o.out));
    }

    // FAULTS 20, 21: the old primary, diverged, comes back as db2's standby (slot first,
    // pg_rewind, its own configuration put back), in sync; then the cycle back to db1, where
    // db2 ran without wal_log_hints and a full copy does the work.
    void theOldPrimaryIsAddedBackAndTheCycleCloses()
    {
        setUpCluster();
        onHost(QStringLiteral("db1"), QStringLiteral("echo '# db1: a line of its own' >> "
                                                     "/var/lib/pgsql/data/postgresql.conf"));
        // Commits on db1 that db2 never gets: the old primary diverges once it is cut off.
        QCOMPARE(LabEnvironment::run({QStringLiteral("isolate"), QStringLiteral("db1")}), 0);
        sql(QStringLiteral("db1"), QStringLiteral("SET synchronous_commit = local; CREATE TABLE "
                                                  "diverged (id int)"));
        QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("db1")}), 0);
        CliOutcome o = cli({QStringLiteral("run"), QStringLiteral("failover-server"),
                            QStringLiteral("--attest-fenced"), QStringLiteral("db1")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QCOMPARE(LabEnvironment::run({QStringLiteral("revive"), QStringLiteral("db1")}), 0);

        o = cli({QStringLiteral("run"), QStringLiteral("add-standby"), QStringLiteral("--node"),
                 QStringLiteral("db1"), QStringLiteral("--yes")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY(o.out.contains(QLatin1String("db1 is the old primary")));
        QVERIFY2(o.out.contains(QLatin1String("db1 rewound onto db2")), qPrintable(o.out));
        QVERIFY2(o.out.contains(QRegularExpression(
                     QStringLiteral("Take a base backup of db2[^\\n]*: already done"))),
                 qPrintable(o.out));
        QCOMPARE(sql(QStringLiteral("db2"),
                     QStringLiteral("SELECT application_name || '|' || state || '|' || "
                                    "sync_state FROM pg_stat_replication")),
                 QByteArray("inmanta|streaming|sync"));
        QCOMPARE(role(QStringLiteral("db1")), QByteArray("standby"));
        // db1's own configuration, not the copy of db2's that pg_rewind brought.
        QVERIFY(
            onHost(QStringLiteral("db1"), QStringLiteral("cat /var/lib/pgsql/data/postgresql.conf"))
                .contains("# db1: a line of its own"));

        // Back: db2 runs without wal_log_hints, then its PostgreSQL stops (it answers over SSH:
        // fenced by masking), db1 is promoted, and db2 comes back by a full copy.
        sql(QStringLiteral("db2"), QStringLiteral("ALTER SYSTEM SET wal_log_hints = off"));
        onHost(QStringLiteral("db2"), QStringLiteral("systemctl restart postgresql"));
        o = cli({QStringLiteral("status")});
        QVERIFY2(o.out.contains(QLatin1String("streaming, sync")), qPrintable(o.out));
        QCOMPARE(LabEnvironment::run({QStringLiteral("stop-service"), QStringLiteral("db2"),
                                      QStringLiteral("postgresql")}),
                 0);
        o = cli({QStringLiteral("run"), QStringLiteral("promote-standby")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY(onHost(QStringLiteral("db2"), QStringLiteral("systemctl is-enabled postgresql"))
                    .contains("masked"));
        QCOMPARE(role(QStringLiteral("db1")), QByteArray("primary"));
        QCOMPARE(role(QStringLiteral("db2")), QByteArray("retired"));
        // A masked PostgreSQL refuses to start: the fencing holds.
        QVERIFY(
            onHost(QStringLiteral("db2"), QStringLiteral("systemctl start postgresql; echo rc=$?"))
                .contains("rc=1"));

        o = cli({QStringLiteral("run"), QStringLiteral("add-standby"), QStringLiteral("--node"),
                 QStringLiteral("db2"), QStringLiteral("--yes")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY2(o.out.contains(QLatin1String("neither wal_log_hints nor data checksums")),
                 qPrintable(o.out));
        QVERIFY2(o.out.contains(
                     QRegularExpression(QStringLiteral("Take a base backup of db1[^\\n]*: done"))),
                 qPrintable(o.out));
        QCOMPARE(sql(QStringLiteral("db1"),
                     QStringLiteral("SELECT application_name || '|' || state || '|' || "
                                    "sync_state FROM pg_stat_replication")),
                 QByteArray("inmanta|streaming|sync"));
        QCOMPARE(role(QStringLiteral("db2")), QByteArray("standby"));
    }

    // FAULTS 23 and the runbook's last section: the old orchestrator crashed (attested) or
    // still running (stopped, disabled and masked); every environment recompiled once.
    void aNewOrchestratorTakesOver_data()
    {
        QTest::addColumn<bool>("crashed");
        QTest::newRow("orch1 crashed") << true;
        QTest::newRow("orch1 running") << false;
    }

    void aNewOrchestratorTakesOver()
    {
        QFETCH(bool, crashed);
        setUpCluster();
        if (crashed)
            QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("orch1")}), 0);
        QStringList args{QStringLiteral("run"),
                         QStringLiteral("new-orchestrator"),
                         QStringLiteral("--node"),
                         QStringLiteral("orch2"),
                         QStringLiteral("--install-command"),
                         QStringLiteral("/var/lib/lab/install-inmanta-package")};
        if (crashed)
            args << QStringLiteral("--attest-fenced") << QStringLiteral("orch1");
        const CliOutcome o = cli(args);
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY(o.out.contains(QLatin1String("db1 answers as the primary")));
        QVERIFY(o.out.contains(QLatin1String("recompile requested")));
        if (!crashed) {
            QVERIFY(onHost(QStringLiteral("orch1"),
                           QStringLiteral("systemctl is-enabled inmanta-server"))
                        .contains("masked"));
            QVERIFY(!onHost(QStringLiteral("orch1"),
                            QStringLiteral("systemctl is-active inmanta-server"))
                         .startsWith("active"));
        }
        QCOMPARE(orchestratorDatabase(QStringLiteral("orch2")), m_lab.ip(QStringLiteral("db1")));
        // Exactly one request per environment (the stand-in keeps them in its database).
        QCOMPARE(sql(QStringLiteral("db1"),
                     QStringLiteral("SELECT count(*) || '/' || count(DISTINCT environment) FROM "
                                    "standin_compile"),
                     QStringLiteral("inmanta")),
                 QByteArray("1/1"));
        QCOMPARE(role(QStringLiteral("orch2")), QByteArray("orchestrator"));
        QCOMPARE(role(QStringLiteral("orch1")), QByteArray("retired"));
    }
};

QTEST_GUILESS_MAIN(TestFailover)
#include "TestFailover.moc"
