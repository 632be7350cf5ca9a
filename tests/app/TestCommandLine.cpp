#include "app/CommandLine.h"
#include "app/ExitCode.h"
#include "app/SshSession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <sys/wait.h>
#include <unistd.h>

using namespace iha;

namespace {

struct CliResult
{
    int exitCode;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &args)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CommandLine cli(outStream, errStream);
    const int code = cli.run(args);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

const QString kGood = QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json");
const QString kBad = QStringLiteral(IHA_TEST_DATA_DIR "/bad-cluster.json");

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void validateGoodFilePrintsSummary()
    {
        const CliResult r =
            runCli({QStringLiteral("--cluster"), kGood, QStringLiteral("validate")});
        QCOMPARE(r.exitCode, int(ExitSuccess));
        QVERIFY2(r.out.contains(QStringLiteral("Cluster \"prod\": 3 nodes")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("db1")));
        QVERIFY(r.out.contains(QStringLiteral("primary")));
        QVERIFY(r.out.contains(QStringLiteral("postgres :5432 /var/lib/pgsql/data")));
        QVERIFY(r.out.contains(QStringLiteral("inmanta http://10.1.0.13:8888")));
        QVERIFY(r.err.isEmpty());
    }

    void validateBadFileNamesEveryProblem()
    {
        const CliResult r = runCli({QStringLiteral("--cluster"), kBad, QStringLiteral("validate")});
        QCOMPARE(r.exitCode, int(ExitUsage));
        QVERIFY(r.out.isEmpty());
        for (const char *expected :
             {"error: nodes[1].ssh.port: 70000 is not a port (1-65535)",
              "error: nodes[1].role: a second primary", "error: nodes[2].role: \"master\"",
              "error: nodes[2].name: \"db1\" is already the name of nodes[0]",
              "error: nodes[2].address: \"10.0.0.300\"",
              "error: nodes[2].postgres.dataDir:", "error: nodes[3].role: is required",
              "error: replication.slot:", "warning: nodes[3].ssh.prot: unknown key",
              "8 problems found; nothing was run."}) {
            QVERIFY2(r.err.contains(QString::fromUtf8(expected)),
                     qPrintable(QString::fromUtf8(expected) + QLatin1Char('\n') + r.err));
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("no command given");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("unknown global option")
            << QStringList{QStringLiteral("--clutser"), kGood, QStringLiteral("validate")}
            << QStringLiteral("Unknown option 'clutser'");
        QTest::newRow("no cluster file") << QStringList{QStringLiteral("validate")}
                                         << QStringLiteral("no cluster file: pass --cluster FILE");
        QTest::newRow("unknown procedure")
            << QStringList{QStringLiteral("--cluster"), kGood, QStringLiteral("plan"),
                           QStringLiteral("make-coffee")}
            << QStringLiteral("unknown procedure \"make-coffee\"; one of configure-primary, "
                              "configure-standby, promote-standby, add-standby, "
                              "failover-server, new-orchestrator");
        QTest::newRow("plan without procedure")
            << QStringList{QStringLiteral("--cluster"), kGood, QStringLiteral("plan")}
            << QStringLiteral("plan: missing argument");
        QTest::newRow("run unknown option")
            << QStringList{QStringLiteral("--cluster"), kGood, QStringLiteral("run"),
                           QStringLiteral("configure-primary"), QStringLiteral("--force")}
            << QStringLiteral("Unknown option 'force'");
        QTest::newRow("secret bad action")
            << QStringList{QStringLiteral("--cluster"), kGood, QStringLiteral("secret"),
                           QStringLiteral("show"), QStringLiteral("api-token")}
            << QStringLiteral("secret: unknown action \"show\"");
        QTest::newRow("audit bad format")
            << QStringList{QStringLiteral("audit"),    QStringLiteral("export"),
                           QStringLiteral("--format"), QStringLiteral("docx"),
                           QStringLiteral("--output"), QStringLiteral("x")}
            << QStringLiteral("--format must be html, pdf or json");
        QTest::newRow("audit export no output")
            << QStringList{QStringLiteral("audit"), QStringLiteral("export"),
                           QStringLiteral("--format"), QStringLiteral("json")}
            << QStringLiteral("--output FILE is required");
        QTest::newRow("host key of no node")
            << QStringList{QStringLiteral("--cluster"), kGood, QStringLiteral("--host-key"),
                           QStringLiteral("db9=SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"),
                           QStringLiteral("validate")}
            << QStringLiteral("--host-key db9=SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU: "
                              "the cluster has no node \"db9\"");
        QTest::newRow("host key not a fingerprint")
            << QStringList{QStringLiteral("--cluster"), kGood, QStringLiteral("--host-key"),
                           QStringLiteral("db1=MD5:aa:bb"), QStringLiteral("validate")}
            << QStringLiteral("--host-key db1=MD5:aa:bb: \"MD5:aa:bb\" is not a host key "
                              "fingerprint");
        QTest::newRow("bad cluster before run")
            << QStringList{QStringLiteral("--cluster"), kBad, QStringLiteral("run"),
                           QStringLiteral("configure-primary"), QStringLiteral("--yes")}
            << QStringLiteral("nothing was run");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, int(ExitUsage));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // A Nagios check that cannot check says UNKNOWN (exit 3) on its one line of standard
    // output, never a usage error's 2 (CRITICAL to Nagios); the other formats keep usage
    // errors. Nothing here reaches the network.
    void aCheckThatCannotRunIsUnknown_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QStringList nagios{QStringLiteral("status"), QStringLiteral("--format"),
                                 QStringLiteral("nagios")};
        QTest::newRow("bad cluster file") << QStringList{QStringLiteral("--cluster"), kBad} + nagios
                                          << 3 << QStringLiteral("UNKNOWN - the cluster file");
        QTest::newRow("not a size")
            << QStringList{QStringLiteral("--cluster"), kGood} + nagios +
                   QStringList{QStringLiteral("--crit-lag"), QStringLiteral("lots")}
            << 3 << QStringLiteral("UNKNOWN - status: --crit-lag \"lots\" is not a size");
        QTest::newRow("warning above critical")
            << QStringList{QStringLiteral("--cluster"), kGood} + nagios +
                   QStringList{QStringLiteral("--warn-lag"), QStringLiteral("2GB"),
                               QStringLiteral("--crit-lag"), QStringLiteral("1GB")}
            << 3 << QStringLiteral("UNKNOWN - status: a warning threshold is above");
        QTest::newRow("output without prometheus")
            << QStringList{QStringLiteral("--cluster"), kGood} + nagios +
                   QStringList{QStringLiteral("--output"), QStringLiteral("x")}
            << 3 << QStringLiteral("UNKNOWN - status: --output goes with --format prometheus");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--cluster"), kGood} +
                                               nagios + QStringList{QStringLiteral("--warn")}
                                        << 3 << QStringLiteral("UNKNOWN - ");
        QTest::newRow("text: a usage error")
            << QStringList{QStringLiteral("--cluster"), kGood, QStringLiteral("status"),
                           QStringLiteral("--warn-lag"), QStringLiteral("lots")}
            << int(ExitUsage) << QString();
        QTest::newRow("an unknown format")
            << QStringList{QStringLiteral("--cluster"), kGood, QStringLiteral("status"),
                           QStringLiteral("--format"), QStringLiteral("xml")}
            << int(ExitUsage) << QString();
    }
    void aCheckThatCannotRunIsUnknown()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (!says.isEmpty()) {
            QVERIFY2(r.out.startsWith(says), qPrintable(r.out));
            QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        }
    }

    // The failover's plan names every safety step, without connecting anywhere; a procedure
    // that needs a node says so.
    void failoverPlansShowTheirSafetySteps()
    {
        CliResult r = runCli({QStringLiteral("--cluster"), kGood, QStringLiteral("plan"),
                              QStringLiteral("failover-server")});
        QCOMPARE(r.exitCode, int(ExitSuccess));
        for (const char *expected :
             {"db1 cannot act any more", "No commit db1 acknowledged is missing on db2",
              "[database] host in /etc/inmanta/inmanta.d/database.cfg decides on orch1",
              "Fence db1: stop, disable and mask PostgreSQL",
              "pg_ctl promote -w -D /var/lib/pgsql/data",
              "Set [database] host = 10.1.0.12 in /etc/inmanta/inmanta.d/database.cfg",
              "GET http://10.1.0.13:8888/api/v1/serverstatus"})
            QVERIFY2(r.out.contains(QString::fromUtf8(expected)),
                     qPrintable(QString::fromUtf8(expected) + QLatin1Char('\n') + r.out));
        r = runCli({QStringLiteral("--cluster"), kGood, QStringLiteral("plan"),
                    QStringLiteral("add-standby")});
        QCOMPARE(r.exitCode, int(ExitRefused));
        QVERIFY2(r.err.contains(QStringLiteral("--node NODE")), qPrintable(r.err));
    }

    // A plan is shown without connecting anywhere (the runbook cluster's addresses are not
    // reachable from here, and are not tried).
    void planPrintsEveryStepWithItsCommand()
    {
        const CliResult r = runCli({QStringLiteral("--cluster"), kGood, QStringLiteral("plan"),
                                    QStringLiteral("configure-primary")});
        QCOMPARE(r.exitCode, int(ExitSuccess));
        for (const char *expected :
             {"1. [db1] Set the replication settings in /var/lib/pgsql/data/postgresql.conf",
              "wal_log_hints = on", "4. [db2] Keep db2's replication password file in step",
              "7. [db1] Restart PostgreSQL on db1",
              "host\treplication\treplication\t10.1.0.12/32\tscram-sha-256",
              "'SCRAM-SHA-256$4096:<salt>$<stored key>:<server key>'", "Nothing has been run."})
            QVERIFY2(r.out.contains(QString::fromUtf8(expected)),
                     qPrintable(QString::fromUtf8(expected) + QLatin1Char('\n') + r.out));
        // Writes never wait for a standby that does not stream yet: configure-primary leaves
        // synchronous replication off, configure-standby turns it on once the standby streams.
        QVERIFY(!r.out.contains(QStringLiteral("\nsynchronous_standby_names")));
        const CliResult standby =
            runCli({QStringLiteral("--cluster"), kGood, QStringLiteral("plan"),
                    QStringLiteral("configure-standby")});
        QCOMPARE(standby.exitCode, int(ExitSuccess));
        const qsizetype streams =
            standby.out.indexOf(QStringLiteral("9. [db1] Check on db1 that db2 streams"));
        const qsizetype sync =
            standby.out.indexOf(QStringLiteral("10. [db1] Turn on synchronous replication on db1"));
        QVERIFY2(streams > 0 && sync > streams, qPrintable(standby.out));
    }

    // FAULTS.md 4: pg_hba.conf needs IP addresses; a host name is refused before anything runs.
    void planRefusesAnAddressPgHbaCannotTake()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("names.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"name": "n", "nodes": [{"name": "db1", "role": "primary", "address": "10.1.0.11"},
                      {"name": "db2", "role": "standby", "address": "db2.example.com"}]})");
        file.close();
        const CliResult r = runCli({QStringLiteral("--cluster"), path, QStringLiteral("plan"),
                                    QStringLiteral("configure-primary")});
        QCOMPARE(r.exitCode, int(ExitRefused));
        QVERIFY2(r.err.contains(QStringLiteral("db2: \"db2.example.com\" is not an IP address")),
                 qPrintable(r.err));
    }

    // The window and the CLI may record host keys at the same moment: two processes writing
    // one known_hosts file lose no line (a lock file beside it, taken across processes).
    void twoProcessesRecordingHostKeysLoseNoLine()
    {
        QTemporaryDir dir;
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        const auto record = [&](char tag) {
            int failures = 0;
            for (int i = 0; i < 40; ++i) {
                HostKey key{QStringLiteral("ssh-ed25519"),
                            QByteArray(32, tag) + QByteArray::number(i)};
                QString error;
                if (!recordHostKey(knownHosts, QStringLiteral("h%1%2").arg(QLatin1Char(tag)).arg(i),
                                   22, key, &error))
                    ++failures;
            }
            return failures;
        };
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0)
            _exit(record('a') == 0 ? 0 : 1);
        QCOMPARE(record('b'), 0);
        int status = -1;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 80);
        QVERIFY(!QFile::exists(knownHosts + QStringLiteral(".lock")));
    }

    void helpListsEveryProcedure()
    {
        const CliResult r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, int(ExitSuccess));
        for (const char *name : {"configure-primary", "configure-standby", "promote-standby",
                                 "add-standby", "failover-server", "new-orchestrator"})
            QVERIFY(r.out.contains(QLatin1String(name)));
        QVERIFY(r.out.contains(QStringLiteral("3 refused by a safety or pre-flight check")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
