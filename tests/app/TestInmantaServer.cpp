#include "app/ExitCode.h"
#include "common/CliRunner.h"
#include "common/LabEnvironment.h"
#include "common/TestKeychain.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace iha;

// Issue 20, "The Inmanta server as it really behaves", against the lab: the stand-in plays
// Inmanta 19 (singleton lock, health that never writes, JWT-style 401/403) or 11 (no health
// endpoint), and `status` names what it sees for what it is (label `lab`, through
// tests/keyring/with-keyring).
class TestInmantaServer : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;

    CliOutcome cli(const QStringList &args)
    {
        return runCli(
            QStringList{
                QStringLiteral("--cluster"), m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                QStringLiteral("--audit-db"), m_dir.filePath(QStringLiteral("audit.sqlite")),
                QStringLiteral("--known-hosts"), m_dir.filePath(QStringLiteral("known_hosts"))} +
            args);
    }

    QString status()
    {
        const CliOutcome o = cli({QStringLiteral("status")});
        return o.out + o.err;
    }

    static QByteArray onHost(const QString &host, const QString &command)
    {
        return LabEnvironment::exec(host, command);
    }

    static bool serverRuns(const QString &host)
    {
        return onHost(host, QStringLiteral("systemctl is-active inmanta-server")).trimmed() ==
               "active";
    }

    // orch1's server again, as the lab installs it, playing `version`, with `extra` config.
    void reinstallOrch1(const QString &version, const QString &extra = {})
    {
        QCOMPARE(LabEnvironment::run({QStringLiteral("install-inmanta"), QStringLiteral("orch1"),
                                      QStringLiteral("db1"), QStringLiteral("--version"), version}),
                 0);
        onHost(QStringLiteral("orch1"),
               QStringLiteral("printf '%1' >/etc/inmanta/inmanta.d/zz-test.cfg && systemctl "
                              "restart inmanta-server")
                   .arg(extra));
        QTRY_VERIFY_WITH_TIMEOUT(serverRuns(QStringLiteral("orch1")), 10000);
    }

private slots:
    void initTestCase()
    {
        IHA_RESET_LAB_OR_SKIP(m_lab);
        QVERIFY(storeSecret(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                            QStringLiteral("replication-password"),
                            QStringLiteral("inmanta server test")));
        // Token verdicts come after replication's: the pair is set up first.
        for (const char *procedure : {"configure-primary", "configure-standby"}) {
            const CliOutcome o =
                cli({QStringLiteral("run"), QLatin1String(procedure), QStringLiteral("--yes"),
                     QStringLiteral("--accept-new-host-keys")});
            QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        }
        QVERIFY2(status().contains(QStringLiteral("Healthy: db1 replicates synchronously")),
                 qPrintable(status()));
    }

    void cleanupTestCase()
    {
        if (m_lab.available())
            LabEnvironment::run({QStringLiteral("reset")});
    }

    // 401 and 403 are token problems, named as such, never "unhealthy".
    void tokenProblemsAreNamed()
    {
        reinstallOrch1(QStringLiteral("19"),
                       QStringLiteral("[server]\\nauth=true\\n[lab-standin]\\ntoken=good-token\\n"
                                      "env-token=env-token\\nrevoked-tokens=old-token\\n"));
        QVERIFY2(status().contains(QStringLiteral("orch1 answers but asks for an API token, and "
                                                  "none is stored")),
                 qPrintable(status()));
        for (const char *refused : {"old-token", "env-token", "not-a-token"}) {
            QVERIFY(storeSecret(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                                QStringLiteral("api-token"), QLatin1String(refused)));
            const QString seen = status();
            QVERIFY2(seen.contains(QStringLiteral("orch1 answers but refused the API token")),
                     qPrintable(QLatin1String(refused) + QStringLiteral(": ") + seen));
        }
        QVERIFY(storeSecret(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                            QStringLiteral("api-token"), QStringLiteral("good-token")));
        QVERIFY2(status().contains(QStringLiteral("Healthy: db1 replicates synchronously")),
                 qPrintable(status()));
    }

    // Inmanta 11 has no /api/v2/health (404): serverstatus's database slice decides.
    void aServerWithoutHealthIsReadFromServerStatus()
    {
        reinstallOrch1(QStringLiteral("11"));
        QCOMPARE(
            onHost(QStringLiteral("orch1"), QStringLiteral("curl -s -o /dev/null -w '%{http_code}' "
                                                           "http://%1:8888/api/v2/health")
                                                .arg(m_lab.ip(QStringLiteral("orch1")))),
            QByteArray("404"));
        const QString seen = status();
        QVERIFY2(seen.contains(QStringLiteral("Healthy: db1 replicates synchronously")) &&
                     seen.contains(QStringLiteral("Inmanta server healthy")),
                 qPrintable(seen));
    }

    // A [database] host that a later file or the unit's environment file overrides: `check`
    // names it (a failover's edit of database.cfg would not take effect), and prints no
    // password.
    void checkNamesAnOverride()
    {
        const QString password = m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD"));
        QVERIFY(!password.isEmpty());
        CliOutcome o = cli({QStringLiteral("check")});
        QVERIFY2(o.out.contains(QStringLiteral("the server connects to %1 "
                                               "(/etc/inmanta/inmanta.d/database.cfg:2)")
                                    .arg(m_lab.ip(QStringLiteral("db1")))),
                 qPrintable(o.out + o.err));
        onHost(QStringLiteral("orch1"), QStringLiteral("printf '[database]\\nhost=db1.lab\\n' "
                                                       ">/etc/inmanta/inmanta.d/zz-site.cfg"));
        o = cli({QStringLiteral("check")});
        QVERIFY2(o.out.contains(QStringLiteral(
                     "[database] host in /etc/inmanta/inmanta.d/database.cfg would not take "
                     "effect: /etc/inmanta/inmanta.d/zz-site.cfg:2 sets host = db1.lab and is "
                     "read later")),
                 qPrintable(o.out + o.err));
        QVERIFY(o.exitCode != ExitSuccess);
        onHost(QStringLiteral("orch1"),
               QStringLiteral("rm /etc/inmanta/inmanta.d/zz-site.cfg; printf "
                              "'INMANTA_DATABASE_HOST=%1\\n' >/etc/sysconfig/inmanta-server")
                   .arg(m_lab.ip(QStringLiteral("db1"))));
        o = cli({QStringLiteral("check")});
        QVERIFY2(o.out.contains(QStringLiteral("INMANTA_DATABASE_HOST in "
                                               "/etc/sysconfig/inmanta-server:1 sets host = %1 "
                                               "and is read later")
                                    .arg(m_lab.ip(QStringLiteral("db1")))),
                 qPrintable(o.out + o.err));
        QVERIFY(!(o.out + o.err).contains(password));
        // The default bind address, 127.0.0.1, keeps the API out of reach: named by check.
        onHost(QStringLiteral("orch1"),
               QStringLiteral("printf 'INMANTA_SERVER_BIND_ADDRESS=127.0.0.1\\n' "
                              ">/etc/sysconfig/inmanta-server"));
        o = cli({QStringLiteral("check")});
        QVERIFY2(o.out.contains(QStringLiteral(
                     "but its API listens on 127.0.0.1 only (INMANTA_SERVER_BIND_ADDRESS in "
                     "/etc/sysconfig/inmanta-server:1)")),
                 qPrintable(o.out + o.err));
        onHost(QStringLiteral("orch1"), QStringLiteral("rm /etc/sysconfig/inmanta-server"));
        o = cli({QStringLiteral("check")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
    }

    // Inmanta 15 (and 16 to 18.1) has /api/v2/health but no singleton lock: without its
    // database it keeps running, unhealthy (500), and comes back by itself; the verdict says
    // the primary is down, never that the server stopped itself.
    void aServerWithHealthButNoLockKeepsRunning()
    {
        reinstallOrch1(QStringLiteral("15"));
        const QString health = QStringLiteral("curl -s -o /dev/null -w '%{http_code}' "
                                              "http://%1:8888/api/v2/health")
                                   .arg(m_lab.ip(QStringLiteral("orch1")));
        QCOMPARE(onHost(QStringLiteral("orch1"), health), QByteArray("200"));
        QCOMPARE(LabEnvironment::run({QStringLiteral("stop-service"), QStringLiteral("db1"),
                                      QStringLiteral("postgresql")}),
                 0);
        QTest::qWait(7000); // longer than 19's lock check: 15 has none
        QVERIFY(serverRuns(QStringLiteral("orch1")));
        QCOMPARE(onHost(QStringLiteral("orch1"), health), QByteArray("500"));
        const QString seen = status();
        QVERIFY2(
            seen.contains(QStringLiteral("PostgreSQL on db1 is down: writes are not possible")),
            qPrintable(seen));
        QVERIFY2(!seen.contains(QStringLiteral("stop themselves")), qPrintable(seen));
        onHost(QStringLiteral("db1"), QStringLiteral("systemctl start postgresql"));
        QTRY_COMPARE_WITH_TIMEOUT(onHost(QStringLiteral("orch1"), health), QByteArray("200"),
                                  15000);
    }

    // Inmanta 19 holds a singleton lock on its database: a second server waits 30 s for it
    // and gives up; the first one shuts itself down (exit 0, so it stays down) when its
    // database is lost, and the verdict says so.
    void theSingletonLock()
    {
        reinstallOrch1(QStringLiteral("19"));
        QCOMPARE(LabEnvironment::run({QStringLiteral("install-inmanta"), QStringLiteral("orch2"),
                                      QStringLiteral("db1")}),
                 0);
        onHost(QStringLiteral("orch2"), QStringLiteral("systemctl start inmanta-server"));
        QTRY_VERIFY_WITH_TIMEOUT(!serverRuns(QStringLiteral("orch2")), 45000);
        QVERIFY(
            onHost(QStringLiteral("orch2"), QStringLiteral("cat /var/lib/lab/inmanta-server.log"))
                .contains("another Inmanta server holds the singleton lock"));
        QVERIFY(serverRuns(QStringLiteral("orch1")));

        QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("db1")}), 0);
        QElapsedTimer sinceCrash;
        sinceCrash.start();
        QTRY_VERIFY_WITH_TIMEOUT(!serverRuns(QStringLiteral("orch1")), 30000);
        qInfo("orch1's server stopped itself %lld ms after db1 crashed", sinceCrash.elapsed());
        QVERIFY(
            onHost(QStringLiteral("orch1"), QStringLiteral("cat /var/lib/lab/inmanta-server.log"))
                .contains("shutting down"));
        const QString seen = status();
        QVERIFY2(seen.contains(QStringLiteral("The Inmanta server on orch1 is not running (18.2 "
                                              "and later stop themselves when their database is "
                                              "lost)")),
                 qPrintable(seen));

        // db1 back: the server stays down until it is started again.
        QCOMPARE(LabEnvironment::run({QStringLiteral("revive"), QStringLiteral("db1")}), 0);
        onHost(QStringLiteral("db1"), QStringLiteral("systemctl start postgresql"));
        QTest::qWait(6000);
        QVERIFY(!serverRuns(QStringLiteral("orch1")));
        onHost(QStringLiteral("orch1"), QStringLiteral("systemctl start inmanta-server"));
        QTRY_VERIFY_WITH_TIMEOUT(serverRuns(QStringLiteral("orch1")), 10000);
    }
};

QTEST_GUILESS_MAIN(TestInmantaServer)
#include "TestInmantaServer.moc"
