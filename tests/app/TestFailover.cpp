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
#include <cstdio>

using namespace iha;

namespace {

const QString kToken = QStringLiteral("lab-token-7f3e");

} // namespace

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
        QVERIFY(storeSecret(m_cluster, QStringLiteral("replication-password"),
                            QStringLiteral("r3pl-failover")));
        QVERIFY(storeSecret(m_cluster, QStringLiteral("database-password"),
                            m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD"))));
        // The real server wants a bearer token when authentication is on (401 without).
        if (auth) {
            onHost(QStringLiteral("orch1"),
                   QStringLiteral("sed -i 's/^\\[server\\]$/[server]\\nauth=true/' %1 && echo "
                                  "token=%2 >> %1 && systemctl restart inmanta-server")
                       .arg(QStringLiteral("/etc/inmanta/inmanta.d/server.cfg"), kToken));
            QVERIFY(storeSecret(m_cluster, QStringLiteral("api-token"), kToken));
        }
        CliOutcome o = cli({QStringLiteral("run"), QStringLiteral("configure-primary"),
                            QStringLiteral("--accept-new-host-keys")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable((o.out + o.err).right(2500)));
        o = cli(
            {QStringLiteral("run"), QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable((o.out + o.err).right(2500)));
        o = cli({QStringLiteral("status")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable((o.out + o.err).right(2500)));
    }

    // A writer on db1 that commits one row at a time and prints each id once its commit is
    // acknowledged (synchronous replication: once db2 has it on disk).
    std::unique_ptr<QProcess> startWriter(const QString &host)
    {
        sql(host, QStringLiteral("CREATE TABLE IF NOT EXISTS acked (id int PRIMARY KEY)"));
        auto writer = std::make_unique<QProcess>();
        writer->start(QStringLiteral(IHA_LAB_SCRIPT),
                      {QStringLiteral("exec"), host, QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral(
                           "cd /; p=/usr/lib/postgresql/15/bin/psql; i=$(runuser -u postgres -- $p "
                           "-X -At -d postgres -c 'SELECT coalesce(max(id), 0) FROM "
                           "acked'); while :; do i=$((i+1)); runuser -u postgres -- "
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

    // What the Inmanta server on `orchestrator` says its database is (serverstatus, read on its
    // own console: a status round would wait on the dead node).
    QString orchestratorDatabase(const QString &orchestrator)
    {
        const QByteArray answer =
            onHost(orchestrator, QStringLiteral("curl -s -m 15 -H 'Authorization: Bearer %1' "
                                                "http://%2:8888/api/v1/serverstatus")
                                     .arg(kToken, m_lab.ip(orchestrator)));
        const QJsonArray slices = QJsonDocument::fromJson(answer)
                                      .object()
                                      .value(QStringLiteral("data"))
                                      .toObject()
                                      .value(QStringLiteral("slices"))
                                      .toArray();
        for (const QJsonValue &slice : slices) {
            if (slice.toObject().value(QStringLiteral("name")).toString() ==
                QLatin1String("core.database"))
                return slice.toObject()
                    .value(QStringLiteral("status"))
                    .toObject()
                    .value(QStringLiteral("host"))
                    .toString();
        }
        return QString::fromUtf8(answer);
    }

    QString dataDir() const
    {
        return m_lab.value(QStringLiteral("LAB_LAYOUT")) == QLatin1String("debian")
                   ? QStringLiteral("/var/lib/postgresql/15/main")
                   : QStringLiteral("/var/lib/pgsql/data");
    }

    QString confDir() const
    {
        return m_lab.value(QStringLiteral("LAB_LAYOUT")) == QLatin1String("debian")
                   ? QStringLiteral("/etc/postgresql/15/main")
                   : QStringLiteral("/var/lib/pgsql/data");
    }

    QByteArray replication(const QString &primary)
    {
        return sql(primary, QStringLiteral("SELECT application_name || '|' || state || '|' || "
                                           "sync_state FROM pg_stat_replication"));
    }

    // FAULTS 18 and the issue on the Inmanta server: with db1 answering as a primary a
    // failover is refused and nothing changes; an edit of database.cfg that a later file or the
    // unit's environment file overrides is named before anything changes.
    void refusedWhilePrimaryAnswers()
    {
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
                       QStringLiteral("test -e %1/standby.signal && echo yes").arg(dataDir()))
                    .contains("yes"));
        QCOMPARE(onHost(QStringLiteral("orch1"),
                        QStringLiteral("cat /etc/inmanta/inmanta.d/database.cfg")),
                 before);
        QCOMPARE(role(QStringLiteral("db1")), QByteArray("primary"));
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
        onHost(QStringLiteral("orch1"),
               QStringLiteral("sed -i '/^INMANTA_DATABASE_HOST=/d' /etc/sysconfig/inmanta-server"));
    }

    // The durability test: a writer on `old` records each id whose commit was
    // acknowledged; `death` (a lab command) takes `old` down; failover-server (with the
    // operator's attestation) makes `standby` the primary; every acknowledged id is there and
    // the Inmanta server on orch1 works on it. With `cut`, orch1's cable is cut once the
    // standby is promoted (FAULTS 10): the run fails clearly, and a resume after `heal`
    // completes without promoting again.
    void failOver(const QString &old, const QString &standby, const QString &death, bool cut)
    {
        std::unique_ptr<QProcess> writer = startWriter(old);
        // Some commits acknowledged before the death (a psql per row: a few a second).
        QByteArray written;
        QTRY_VERIFY_WITH_TIMEOUT(
            (written += writer->readAllStandardOutput(), ids(written).size() >= 10), 90000);
        QCOMPARE(LabEnvironment::run({death, old}), 0);
        QTest::qWait(500);
        written += writer->readAllStandardOutput();
        const QSet<int> acknowledged = ids(written);

        CliOutcome o;
        if (cut) {
            // No word from the operator: refused, naming what to attest.
            o = cli({QStringLiteral("run"), QStringLiteral("failover-server")});
            QVERIFY2(o.exitCode == ExitRefused, qPrintable(o.out + o.err));
            QVERIFY(o.err.contains(QStringLiteral("--attest-fenced %1").arg(old)));
        }
        bool isolated = false;
        o = runCli(cliArgs({QStringLiteral("run"), QStringLiteral("failover-server"),
                            QStringLiteral("--attest-fenced"), old}),
                   {}, 600000, [&](CommandLine &) {
                       if (!cut || isolated ||
                           !onHost(standby, QStringLiteral("test -e %1/standby.signal || echo "
                                                           "promoted")
                                                .arg(dataDir()))
                                .contains("promoted"))
                           return;
                       isolated = LabEnvironment::run(
                                      {QStringLiteral("isolate"), QStringLiteral("orch1")}) == 0;
                   });
        if (cut) {
            QVERIFY(isolated);
            QVERIFY2(o.exitCode == ExitStepFailed, qPrintable(o.out + o.err));
            QVERIFY2(o.err.contains(QLatin1String("orch1")), qPrintable(o.err));
            QCOMPARE(role(standby), QByteArray("standby")); // the file changes last
            const QString runId =
                o.out.section(QLatin1Char(' '), 1, 1).section(QLatin1Char(':'), 0, 0);
            QCOMPARE(LabEnvironment::run({QStringLiteral("heal"), QStringLiteral("orch1")}), 0);
            o = cli({QStringLiteral("run"), QStringLiteral("failover-server"),
                     QStringLiteral("--attest-fenced"), old, QStringLiteral("--resume"), runId});
            QVERIFY2(o.out.contains(QRegularExpression(
                         QStringLiteral("Promote %1 [^\\n]*: already done").arg(standby))),
                     qPrintable(o.out));
        }
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable((o.out + o.err).right(2500)));
        QVERIFY(o.out.contains(QLatin1String("ATTESTED by")));
        writer->kill();
        writer->waitForFinished();

        const QSet<int> onNewPrimary = ids(sql(standby, QStringLiteral("SELECT id FROM acked")));
        const QSet<int> lost = acknowledged - onNewPrimary;
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("%1 acknowledged commits lost of %2")
                                                .arg(lost.size())
                                                .arg(acknowledged.size())));
        QCOMPARE(sql(standby, QStringLiteral("SELECT pg_is_in_recovery()")), QByteArray("f"));
        QCOMPARE(sql(standby, QStringLiteral("SHOW synchronous_standby_names")), QByteArray());
        QCOMPARE(orchestratorDatabase(QStringLiteral("orch1")), m_lab.ip(standby));
        QCOMPARE(role(standby), QByteArray("primary"));
        QCOMPARE(role(old), QByteArray("retired"));
        // database.cfg: only the host changed, the password still there, no access for others.
        const QByteArray cfg =
            onHost(QStringLiteral("orch1"),
                   QStringLiteral("stat -c %a /etc/inmanta/inmanta.d/database.cfg; "
                                  "cat /etc/inmanta/inmanta.d/database.cfg"));
        QVERIFY2(cfg.startsWith("600\n"), cfg.constData());
        QVERIFY(cfg.contains("host = " + m_lab.ip(standby).toUtf8()));
        const QByteArray password = m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD")).toUtf8();
        QVERIFY(cfg.contains("password=" + password));
        // The password and the API token never reached the audit log or the output.
        QFile audit(m_dir->filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray log = audit.readAll();
        QVERIFY(!log.contains(password) && !log.contains(kToken.toUtf8()));
        QVERIFY(!o.out.toUtf8().contains(password));
    }

    // FAULTS 20, 21: `node`, the old primary, comes back as the primary's standby (slot first;
    // rewound where its history allows, its own configuration put back; else a full copy), in
    // sync.
    enum class Rebuild
    {
        Rewind,
        Copy, // pg_rewind impossible (no wal_log_hints, or the WAL it needs is gone)
        Either,
    };

    void addBack(const QString &node, const QString &primary, Rebuild rebuild)
    {
        const QStringList run{QStringLiteral("run"), QStringLiteral("add-standby"),
                              QStringLiteral("--node"), node, QStringLiteral("--yes")};
        CliOutcome o = cli(run);
        const bool oldPrimary = o.out.contains(QStringLiteral("%1 is the old primary").arg(node));
        // A thawed old primary may write past the branch point while it is stopped; when its
        // rewound copy cannot follow, the run stops it and says that a resume copies instead
        // (what an operator does next).
        static const QRegularExpression stopped(QStringLiteral("Run (\\S+) stopped: .*a resume "
                                                               "\\(--resume\\) takes a full base "
                                                               "backup instead"));
        if (const auto match = stopped.match(o.err);
            rebuild == Rebuild::Either && o.exitCode != ExitSuccess && match.hasMatch()) {
            qInfo("%s: the rewound copy could not follow %s; resumed with a full copy",
                  qPrintable(node), qPrintable(primary));
            o = cli(run + QStringList{QStringLiteral("--resume"), match.captured(1)});
        }
        if (o.exitCode != ExitSuccess) // whole: a test message is cut at 1,000 characters
            std::fprintf(stderr, "%s\n%s\n", qPrintable(o.out), qPrintable(o.err));
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable((o.out + o.err).right(900)));
        QVERIFY(oldPrimary);
        if (rebuild == Rebuild::Rewind) {
            if (!o.out.contains(QStringLiteral("%1 rewound onto %2").arg(node, primary)))
                std::fprintf(stderr, "%s\n", qPrintable(o.out)); // whole, for why not
            QVERIFY2(o.out.contains(QStringLiteral("%1 rewound onto %2").arg(node, primary)),
                     qPrintable(o.out.right(900)));
            QVERIFY2(
                o.out.contains(QRegularExpression(
                    QStringLiteral("Take a base backup of %1[^\\n]*: already done").arg(primary))),
                qPrintable(o.out));
            // Its own configuration, not the copy of the primary's that pg_rewind brought.
            QVERIFY(onHost(node, QStringLiteral("cat %1/postgresql.conf").arg(confDir()))
                        .contains("# a line of its own"));
        } else if (rebuild == Rebuild::Copy) {
            QVERIFY2(o.out.contains(QStringLiteral("%1 is not rewound: ").arg(node)),
                     qPrintable(o.out));
            QVERIFY2(o.out.contains(QRegularExpression(
                         QStringLiteral("Take a base backup of %1[^\\n]*: done").arg(primary))),
                     qPrintable(o.out));
        }
        QCOMPARE(replication(primary), QByteArray("inmanta|streaming|sync"));
        QCOMPARE(role(node), QByteArray("standby"));
    }

    // FAULTS 23 and the runbook's last section: orch2 becomes the orchestrator on `database`;
    // orch1 crashed (attested) or running (stopped, disabled and masked first); every
    // environment gets exactly one recompile request.
    void newOrchestrator(bool orch1Crashed, const QString &database)
    {
        QStringList args{QStringLiteral("run"),
                         QStringLiteral("new-orchestrator"),
                         QStringLiteral("--node"),
                         QStringLiteral("orch2"),
                         QStringLiteral("--install-command"),
                         QStringLiteral("/var/lib/lab/install-inmanta-package")};
        if (orch1Crashed)
            args << QStringLiteral("--attest-fenced") << QStringLiteral("orch1");
        const CliOutcome o = cli(args);
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable((o.out + o.err).right(2500)));
        QVERIFY(o.out.contains(QLatin1String("recompile requested")));
        if (!orch1Crashed) {
            QVERIFY(onHost(QStringLiteral("orch1"),
                           QStringLiteral("systemctl is-enabled inmanta-server"))
                        .contains("masked"));
            QVERIFY(!onHost(QStringLiteral("orch1"),
                            QStringLiteral("systemctl is-active inmanta-server"))
                         .startsWith("active"));
        }
        QCOMPARE(orchestratorDatabase(QStringLiteral("orch2")), m_lab.ip(database));
        // Exactly one request per environment (the stand-in keeps them in its database).
        QCOMPARE(sql(database,
                     QStringLiteral("SELECT count(*) || '/' || count(DISTINCT environment) FROM "
                                    "standin_compile"),
                     QStringLiteral("inmanta")),
                 QByteArray("1/1"));
        QCOMPARE(role(QStringLiteral("orch2")), QByteArray("orchestrator"));
        QCOMPARE(role(QStringLiteral("orch1")), QByteArray("retired"));
    }

private slots:
    void initTestCase()
    {
        IHA_LOAD_LAB_OR_SKIP(m_lab);
        qunsetenv("SSH_AUTH_SOCK");
    }

    void cleanupTestCase()
    {
        // IHA_KEEP_LAB=1 leaves the lab as the test left it, to look at.
        if (m_lab.available() && qEnvironmentVariableIsEmpty("IHA_KEEP_LAB"))
            LabEnvironment::run({QStringLiteral("reset")});
    }

    // A night: db1 answers and nothing may happen; db1 crashes, the operator forgets to attest,
    // then fails over (the API wants a token) and loses orch1's cable half-way; db1, back,
    // diverged, is rewound as db2's standby; orch1 crashes too, and orch2 takes over on db2.
    void aCrashedPrimaryThenACrashedOrchestrator()
    {
        setUpCluster(QStringLiteral("rhel"), /*auth=*/true);
        if (QTest::currentTestFailed())
            return; // a helper failed: what follows would act on a broken lab
        onHost(QStringLiteral("db1"),
               QStringLiteral("echo '# a line of its own' >> %1/postgresql.conf").arg(confDir()));
        refusedWhilePrimaryAnswers();
        if (QTest::currentTestFailed())
            return;
        failOver(QStringLiteral("db1"), QStringLiteral("db2"), QStringLiteral("crash"), true);
        if (QTest::currentTestFailed())
            return;

        // FAULTS 17: the promotion run again from the cluster file as it was (a connection
        // lost before the run could record its end): success, the promotion found done.
        const QString promoted = m_cluster;
        m_cluster = m_dir->filePath(QStringLiteral("before.json"));
        QVERIFY(QFile::copy(promoted + QStringLiteral(".bak"), m_cluster));
        CliOutcome o = cli({QStringLiteral("run"), QStringLiteral("promote-standby"),
                            QStringLiteral("--attest-fenced"), QStringLiteral("db1")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable((o.out + o.err).right(2500)));
        QVERIFY2(o.out.contains(QLatin1String("db2 left recovery already")), qPrintable(o.out));
        m_cluster = promoted;

        QCOMPARE(LabEnvironment::run({QStringLiteral("revive"), QStringLiteral("db1")}), 0);
        addBack(QStringLiteral("db1"), QStringLiteral("db2"), Rebuild::Rewind);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("orch1")}), 0);
        newOrchestrator(/*orch1Crashed=*/true, QStringLiteral("db2"));
    }

    // Another night, on Debian's layout: db1 freezes and is failed over; thawed, it runs on as
    // a primary nobody uses, and comes back as db2's standby. Then db2, running without
    // wal_log_hints, is cut off the network and failed over to db1, and comes back by a full
    // copy. Last, orch2 replaces a running orch1.
    void aFrozenPrimaryReturnsThenAnIsolatedOne()
    {
        setUpCluster(QStringLiteral("debian"));
        if (QTest::currentTestFailed())
            return;
        failOver(QStringLiteral("db1"), QStringLiteral("db2"), QStringLiteral("freeze"), false);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(LabEnvironment::run({QStringLiteral("thaw"), QStringLiteral("db1")}), 0);
        addBack(QStringLiteral("db1"), QStringLiteral("db2"), Rebuild::Either);
        if (QTest::currentTestFailed())
            return;
        // db2 runs without wal_log_hints from here on: it can only come back by a full copy.
        sql(QStringLiteral("db2"), QStringLiteral("ALTER SYSTEM SET wal_log_hints = off"));
        onHost(QStringLiteral("db2"), QStringLiteral("systemctl restart postgresql"));
        // A sample of the pair again, once db1 has reconnected to the restarted db2.
        QTRY_VERIFY_WITH_TIMEOUT(
            cli({QStringLiteral("status")}).out.contains(QLatin1String("streaming, sync")), 90000);
        failOver(QStringLiteral("db2"), QStringLiteral("db1"), QStringLiteral("isolate"), false);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(LabEnvironment::run({QStringLiteral("heal"), QStringLiteral("db2")}), 0);
        addBack(QStringLiteral("db2"), QStringLiteral("db1"), Rebuild::Copy);
        if (QTest::currentTestFailed())
            return;
        newOrchestrator(/*orch1Crashed=*/false, QStringLiteral("db1"));
    }
};

QTEST_GUILESS_MAIN(TestFailover)
#include "TestFailover.moc"
