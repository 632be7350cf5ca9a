#include "app/AuditLog.h"
#include "app/CommandLine.h"
#include "app/ExitCode.h"
#include "app/SqlProbe.h"
#include "common/CliRunner.h"
#include "common/LabEnvironment.h"
#include "common/TestKeychain.h"
#include "models/ClusterFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <memory>
#include <thread>

using namespace iha;

namespace {

// FAULTS.md case 1: every character that breaks SQL, shells or conninfo strings.
const QString kNastyPassword = QStringLiteral("it's \"q\" \\ :;$$ x pässwörd ﬁ");

} // namespace

// The runbook's two setup procedures through the CLI against the lab (label `lab`, run
// through tests/keyring/with-keyring): synchronous streaming at the end, a second run that
// changes nothing, the nasty password working and shown nowhere, resume after a failure,
// the cluster lock, and refusals before anything changes.
class TestProcedures : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QTemporaryDir m_dir;

    CliOutcome cli(const QStringList &args, const QString &clusterFile = {})
    {
        const QString cluster =
            clusterFile.isEmpty() ? m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")) : clusterFile;
        return runCli(QStringList{QStringLiteral("--cluster"), cluster,
                                  QStringLiteral("--audit-db"),
                                  m_dir.filePath(QStringLiteral("audit.sqlite")),
                                  QStringLiteral("--known-hosts"),
                                  m_dir.filePath(QStringLiteral("known_hosts"))} +
                      args);
    }

    // Turns TLS on in `host`'s PostgreSQL with a certificate for its address, signed by a CA
    // made for the purpose; returns the CA's certificate (PEM).
    QByteArray serveTls(const QString &host)
    {
        LabEnvironment::exec(
            host,
            QStringLiteral(
                ". /var/lib/lab/host.env && cd /var/lib/lab && "
                "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
                "-keyout ca.key -out ca.crt -days 2 -subj /CN=iha-test-ca && "
                "openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
                "-keyout server.key -out server.csr -subj /CN=%1 && "
                "printf 'subjectAltName=IP:%2\\n' > san.ext && "
                "openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial "
                "-out server.crt -days 2 -extfile san.ext && "
                "chown postgres server.key && chmod 600 server.key && "
                "printf \"ssl = on\\nssl_cert_file = '/var/lib/lab/server.crt'\\n"
                "ssl_key_file = '/var/lib/lab/server.key'\\n\" >> $PGCONFDIR/postgresql.conf && "
                "systemctl reload postgresql && "
                "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
                "-keyout other-ca.key -out other-ca.crt -days 2 -subj /CN=iha-other-ca")
                    .arg(host, m_lab.ip(host)) +
                QStringLiteral(" >/dev/null 2>&1"));
        return LabEnvironment::exec(host, QStringLiteral("cat /var/lib/lab/ca.crt"));
    }

    void setPassword(const QString &password,
                     const QString &name = QStringLiteral("replication-password"))
    {
        QVERIFY(storeSecret(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")), name, password));
    }

    struct RoleChange
    {
        const char *node;
        const char *from;
        const char *to;
    };

    // The lab's cluster file with some roles changed.
    QString clusterWithRoles(const QList<RoleChange> &changes)
    {
        QFile original(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")));
        [&] {
            QVERIFY(original.open(QIODevice::ReadOnly));
        }();
        QByteArray json = original.readAll();
        for (const RoleChange &change : changes)
            json.replace(
                QByteArray("\"name\": \"") + change.node + "\", \"role\": \"" + change.from + '"',
                QByteArray("\"name\": \"") + change.node + "\", \"role\": \"" + change.to + '"');
        const QString path = m_dir.filePath(QStringLiteral("cluster-%1.json").arg(++m_files));
        QFile file(path);
        [&] {
            QVERIFY(file.open(QIODevice::WriteOnly));
        }();
        file.write(json);
        return path;
    }

    int m_files = 0;

    static QByteArray onHost(const QString &host, const QString &command)
    {
        return LabEnvironment::exec(host, command);
    }

    // As an operator does once the primary is back: the Inmanta server (19 in the lab) stopped
    // itself when its database went away, and stays down until it is started. After a network
    // cut, the session that held its singleton lock may still live on db1 (PostgreSQL notices a
    // vanished client only through TCP keepalives, hours by default): ended first.
    static void startTheInmantaServer()
    {
        if (onHost(QStringLiteral("orch1"), QStringLiteral("systemctl is-active inmanta-server"))
                .trimmed() == "active")
            return;
        onHost(QStringLiteral("db1"),
               QStringLiteral("echo \"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE application_name = 'inmanta-standin'\" | su - postgres -c "
                              "'/usr/lib/postgresql/15/bin/psql -X -At' >/dev/null 2>&1"));
        onHost(QStringLiteral("orch1"),
               QStringLiteral("systemctl start inmanta-server 2>/dev/null"));
    }

    QByteArray replicationState()
    {
        return onHost(QStringLiteral("db1"),
                      QStringLiteral("su - postgres -c \"/usr/lib/postgresql/15/bin/psql -X -At -c "
                                     "'SELECT application_name, "
                                     "state, sync_state FROM pg_stat_replication'\""))
            .trimmed();
    }

    QByteArray configChecksums()
    {
        return onHost(QStringLiteral("db1"),
                      QStringLiteral("md5sum /var/lib/pgsql/data/postgresql.conf "
                                     "/var/lib/pgsql/data/pg_hba.conf")) +
               onHost(QStringLiteral("db2"),
                      QStringLiteral("md5sum /var/lib/pgsql/data/postgresql.conf "
                                     "/var/lib/pgsql/data/postgresql.auto.conf "
                                     "/var/lib/pgsql/.pgpass-inmanta-ha"));
    }

private slots:
    void initTestCase() { IHA_RESET_LAB_OR_SKIP(m_lab); }

    void cleanupTestCase()
    {
        if (m_lab.available())
            LabEnvironment::run(
                {QStringLiteral("reset")}); // leave a pristine lab to the tests after us
    }

    void planShowsEveryStepAndRunsNothing()
    {
        const CliOutcome o = cli({QStringLiteral("plan"), QStringLiteral("configure-standby")});
        QCOMPARE(o.exitCode, int(ExitSuccess));
        QVERIFY(o.out.contains(QStringLiteral("pg_basebackup")));
        QVERIFY(o.out.contains(QStringLiteral("DANGEROUS")));
        QVERIFY(o.out.contains(QStringLiteral("<replication password>")));
        QVERIFY(o.out.contains(QStringLiteral("Nothing has been run.")));
        QVERIFY(
            !QFile::exists(m_dir.filePath(QStringLiteral("known_hosts")))); // not even connected
    }

    void refusedWithoutPasswordOrConfirmation()
    {
        CliOutcome o = cli({QStringLiteral("run"), QStringLiteral("configure-primary"),
                            QStringLiteral("--accept-new-host-keys")});
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY2(o.err.contains(QStringLiteral("no replication password is stored")),
                 qPrintable(o.err));
        setPassword(kNastyPassword);
        o = cli({QStringLiteral("run"), QStringLiteral("configure-standby"),
                 QStringLiteral("--accept-new-host-keys")});
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY(o.err.contains(QStringLiteral("run it again with --yes")));
    }

    // FAULTS.md 14 (the base backup fails) and the resume of a failed run.
    void aFailedBaseBackupLeavesTheStandbyAloneAndTheRunResumes()
    {
        const CliOutcome primary = cli({QStringLiteral("run"), QStringLiteral("configure-primary"),
                                        QStringLiteral("--accept-new-host-keys")});
        QVERIFY2(primary.exitCode == ExitSuccess, qPrintable(primary.out + primary.err));
        // db2 loses its right to replicate: its base backup will be refused.
        onHost(QStringLiteral("db1"),
               QStringLiteral(
                   "sed -i '/%1/d' /var/lib/pgsql/data/pg_hba.conf && systemctl reload postgresql")
                   .arg(m_lab.ip(QStringLiteral("db2"))
                            .replace(QLatin1Char('.'), QLatin1String("\\."))));
        const CliOutcome failed =
            cli({QStringLiteral("run"), QStringLiteral("configure-standby"),
                 QStringLiteral("--yes"), QStringLiteral("--accept-new-host-keys")});
        QCOMPARE(failed.exitCode, int(ExitStepFailed));
        QVERIFY2(failed.out.contains(QStringLiteral("Take a base backup of db1")),
                 qPrintable(failed.out));
        QVERIFY(failed.out.contains(QStringLiteral("no pg_hba.conf entry")));
        QVERIFY(
            failed.err.contains(QStringLiteral("The standby's data directory was not touched.")));
        QVERIFY(onHost(QStringLiteral("db2"),
                       QStringLiteral("test -f /var/lib/pgsql/data/PG_VERSION && test ! -e "
                                      "/var/lib/pgsql/data/standby.signal && test ! -e "
                                      "/var/lib/pgsql/data.iha-new && echo ok"))
                    .contains("ok"));
        const QString resume = failed.err.section(QStringLiteral("--resume "), 1).trimmed();
        QVERIFY2(!resume.isEmpty(), qPrintable(failed.err));

        // The half-done run keeps the cluster lock, on every node, until it is released.
        QVERIFY2(failed.out.contains(
                     QStringLiteral("The cluster lock stays held by run %1").arg(resume)),
                 qPrintable(failed.out));
        const CliOutcome status = cli({QStringLiteral("lock"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, int(ExitSuccess));
        for (const char *node : {"db1", "db2", "db3", "orch1", "orch2"})
            QVERIFY2(status.out.contains(QStringLiteral("%1: held by ").arg(QLatin1String(node))) &&
                         status.out.contains(QStringLiteral(", run %1\n").arg(resume)),
                     qPrintable(status.out));
        const CliOutcome locked = cli({QStringLiteral("run"), QStringLiteral("configure-primary")});
        QCOMPARE(locked.exitCode, int(ExitRefused));
        QVERIFY2(locked.err.contains(QStringLiteral("lock release %1").arg(resume)),
                 qPrintable(locked.err));
        const CliOutcome released =
            cli({QStringLiteral("lock"), QStringLiteral("release"), resume});
        QVERIFY2(released.exitCode == ExitSuccess, qPrintable(released.out + released.err));
        QVERIFY(onHost(QStringLiteral("orch1"), QStringLiteral("ls /var/tmp/inmanta-ha-admin"))
                    .indexOf("lab.lock") < 0);

        const CliOutcome again = cli({QStringLiteral("run"), QStringLiteral("configure-primary")});
        QVERIFY2(again.exitCode == ExitSuccess, qPrintable(again.out + again.err));

        // The resume point is not the runs table's counter, which anyone can edit (here to
        // skip the base backup and swap in nothing), but the run's chained entries; and the
        // record, signed, says it was changed: no resume until it is put back.
        const auto editRuns = [this, &resume](const QString &assignment) {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
                db.setDatabaseName(m_dir.filePath(QStringLiteral("audit.sqlite")));
                QVERIFY(db.open());
                QSqlQuery edit(db);
                QVERIFY(edit.exec(QStringLiteral("UPDATE runs SET %1 WHERE run_id = '%2'")
                                      .arg(assignment, resume)));
                QCOMPARE(edit.numRowsAffected(), 1);
            }
            QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        };
        const QString nextStep =
            QString::number(AuditLog::open(m_dir.filePath(QStringLiteral("audit.sqlite")), nullptr)
                                ->runRecord(resume)
                                ->nextStep);
        editRuns(QStringLiteral("next_step = 3"));
        const CliOutcome edited =
            cli({QStringLiteral("run"), QStringLiteral("configure-standby"),
                 QStringLiteral("--yes"), QStringLiteral("--resume"), resume});
        QCOMPARE(edited.exitCode, int(ExitRefused));
        QVERIFY2(edited.err.contains(QStringLiteral("record in the audit log was changed outside")),
                 qPrintable(edited.err));
        editRuns(QStringLiteral("next_step = ") + nextStep);
        // A plan that changed since the run started is refused.
        QFile original(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QFile changed(m_dir.filePath(QStringLiteral("changed-slot.json")));
        QVERIFY(changed.open(QIODevice::WriteOnly));
        changed.write(
            original.readAll().replace("\"slot\": \"replication\"", "\"slot\": \"replication_b\""));
        changed.close();
        const CliOutcome otherPlan =
            cli({QStringLiteral("run"), QStringLiteral("configure-standby"),
                 QStringLiteral("--yes"), QStringLiteral("--resume"), resume},
                changed.fileName());
        QCOMPARE(otherPlan.exitCode, int(ExitRefused));
        QVERIFY2(otherPlan.err.contains(QStringLiteral("the plan changed since the run started")),
                 qPrintable(otherPlan.err));

        const CliOutcome resumed =
            cli({QStringLiteral("run"), QStringLiteral("configure-standby"),
                 QStringLiteral("--yes"), QStringLiteral("--resume"), resume});
        QVERIFY2(resumed.exitCode == ExitSuccess, qPrintable(resumed.out + resumed.err));
        QVERIFY(resumed.out.contains(QStringLiteral("Run %1:").arg(resume)));
        // Where it stopped comes from the chained entries (the edited counter says step 4);
        // every step is checked again, and the copy is taken.
        QVERIFY2(resumed.out.contains(QStringLiteral("It stopped at step 3.")),
                 qPrintable(resumed.out));
        QVERIFY2(resumed.out.contains(QStringLiteral("[3/11] Take a base backup of db1")) &&
                     resumed.out.contains(QStringLiteral(": done\n")),
                 qPrintable(resumed.out));
        QCOMPARE(replicationState(), QByteArray("inmanta|streaming|sync"));
    }

    void aSecondRunChangesNothing()
    {
        const QByteArray before = configChecksums();
        for (const char *procedure : {"configure-primary", "configure-standby"}) {
            const CliOutcome o =
                cli({QStringLiteral("run"), QLatin1String(procedure), QStringLiteral("--yes")});
            QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
            int stepsDone = 0;
            for (const QString &line : o.out.split(QLatin1Char('\n')))
                stepsDone +=
                    line.startsWith(QLatin1Char('[')) && line.endsWith(QStringLiteral(": done"));
            QCOMPARE(stepsDone, 0);
            QVERIFY2(o.out.count(QStringLiteral(": already done")) >= 5, qPrintable(o.out));
        }
        QCOMPARE(configChecksums(), before);
    }

    void theStandbyStreamsAfterBothRestart()
    {
        onHost(QStringLiteral("db2"), QStringLiteral("systemctl restart postgresql"));
        onHost(QStringLiteral("db1"), QStringLiteral("systemctl restart postgresql"));
        QTRY_COMPARE_WITH_TIMEOUT(replicationState(), QByteArray("inmanta|streaming|sync"), 30000);
        QCOMPARE(onHost(QStringLiteral("db2"),
                        QStringLiteral("stat -c '%U %a' /var/lib/pgsql/.pgpass-inmanta-ha")),
                 QByteArray("postgres 600\n"));
    }

    // FAULTS.md 15: a standby without application_name streams, but never as sync; the status
    // says so and a run of configure-standby ends in synchronous replication again.
    void aStandbyWithoutItsNameIsNeverSyncAndIsSetRight()
    {
        onHost(QStringLiteral("db2"),
               QStringLiteral(
                   "sed -i 's/ application_name=inmanta//' "
                   "/var/lib/pgsql/data/postgresql.auto.conf && systemctl restart postgresql"));
        QTRY_VERIFY_WITH_TIMEOUT(replicationState().endsWith("|streaming|async"), 30000);
        const CliOutcome status = cli({QStringLiteral("status")});
        QCOMPARE(status.exitCode, int(ExitStepFailed));
        QVERIFY2(status.out.contains(QStringLiteral("No synchronous standby")),
                 qPrintable(status.out));
        const CliOutcome o = cli(
            {QStringLiteral("run"), QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QCOMPARE(replicationState(), QByteArray("inmanta|streaming|sync"));
    }

    // FAULTS.md 1: the password logs in as it is, and is nowhere to be read.
    void theNastyPasswordWorksAndShowsNowhere()
    {
        // A login of its own with the password file the product wrote (the password escaped in it).
        const QByteArray login =
            onHost(QStringLiteral("db2"),
                   QStringLiteral("su - postgres -c \"PGPASSFILE=/var/lib/pgsql/.pgpass-inmanta-ha "
                                  "psql -X -At -w 'host=%1 user=replication "
                                  "replication=true' -c IDENTIFY_SYSTEM\" && echo LOGIN-OK")
                       .arg(m_lab.ip(QStringLiteral("db1"))));
        QVERIFY2(login.contains("LOGIN-OK"), login.constData());
        const QByteArray secret = kNastyPassword.toUtf8();
        for (const char *host : {"db1", "db2"}) {
            QVERIFY(!onHost(QLatin1String(host), QStringLiteral("cat /var/lib/lab/postgresql.log"))
                         .contains(secret));
            QVERIFY(!onHost(QLatin1String(host), QStringLiteral("ps -eo args")).contains(secret));
        }
        QFile audit(m_dir.filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY(!audit.readAll().contains(secret));
        const CliOutcome exported =
            cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--output"),
                 m_dir.filePath(QStringLiteral("r.json"))});
        QCOMPARE(exported.exitCode, int(ExitSuccess));
        QFile report(m_dir.filePath(QStringLiteral("r.json")));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray json = report.readAll();
        QVERIFY(!json.contains(secret) && !json.contains("pässwörd"));
        QVERIFY(json.contains("\"outcome\": \"skipped\"") ||
                json.contains("\"outcome\":\"skipped\""));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode,
                 int(ExitSuccess));
    }

    // FAULTS.md 25: a second operator is refused and told who holds the lock.
    void aSecondOperatorIsRefused()
    {
        onHost(QStringLiteral("db1"),
               QStringLiteral("install -d -m 0700 /var/tmp/inmanta-ha-admin && printf "
                              "'alice@laptop since 2026-11-26T03:00:00Z, run abcd1234\\n' "
                              ">/var/tmp/inmanta-ha-admin/lab.lock"));
        const CliOutcome o = cli({QStringLiteral("run"), QStringLiteral("configure-primary")});
        onHost(QStringLiteral("db1"), QStringLiteral("rm -f /var/tmp/inmanta-ha-admin/lab.lock"));
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY2(
            o.err.contains(QStringLiteral(
                "cluster lab is locked by alice@laptop since 2026-11-26T03:00:00Z, run abcd1234")),
            qPrintable(o.err));
        // The lock of a finished run is gone.
        QVERIFY(cli({QStringLiteral("run"), QStringLiteral("configure-primary")}).exitCode ==
                ExitSuccess);
        for (const char *node : {"db1", "db2", "db3", "orch1", "orch2"})
            QVERIFY(onHost(QLatin1String(node), QStringLiteral("ls /var/tmp/inmanta-ha-admin"))
                        .indexOf("lab.lock") < 0);
    }

    // FAULTS.md 3: a password file made readable to others is ignored by libpq: set right again.
    void aLoosePasswordFileIsSetRight()
    {
        onHost(QStringLiteral("db2"),
               QStringLiteral("chmod 0644 /var/lib/pgsql/.pgpass-inmanta-ha"));
        const CliOutcome o = cli(
            {QStringLiteral("run"), QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY(
            o.out.contains(QStringLiteral("[1/11] Store the replication password for postgres in "
                                          "/var/lib/pgsql/.pgpass-inmanta-ha (mode 0600): done")));
        QCOMPARE(onHost(QStringLiteral("db2"),
                        QStringLiteral("stat -c '%U %a' /var/lib/pgsql/.pgpass-inmanta-ha")),
                 QByteArray("postgres 600\n"));
        onHost(QStringLiteral("db2"), QStringLiteral("systemctl restart postgresql"));
        QTRY_COMPARE_WITH_TIMEOUT(replicationState(), QByteArray("inmanta|streaming|sync"), 30000);
    }

    void aWrongPasswordIsRefusedBeforeAnything()
    {
        const QByteArray before = configChecksums();
        setPassword(QStringLiteral("not the password"));
        const CliOutcome o = cli(
            {QStringLiteral("run"), QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        setPassword(kNastyPassword);
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY2(o.err.contains(QStringLiteral("has another password than the one stored")),
                 qPrintable(o.err));
        QCOMPARE(configChecksums(), before);
    }

    // FAULTS.md 12: the slot serves db2; building db3 through it is refused, naming db2.
    void theSlotOfAnotherStandbyIsNamed()
    {
        const QString clusterFile =
            clusterWithRoles({{"db2", "standby", "spare"}, {"db3", "spare", "standby"}});
        const CliOutcome o =
            cli({QStringLiteral("run"), QStringLiteral("configure-standby"),
                 QStringLiteral("--yes"), QStringLiteral("--accept-new-host-keys")},
                clusterFile);
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY2(o.err.contains(QStringLiteral("in use by another standby (%1")
                                    .arg(m_lab.ip(QStringLiteral("db2")))),
                 qPrintable(o.err));
    }

    void aPrimaryThatIsDownIsNamed()
    {
        onHost(QStringLiteral("db1"), QStringLiteral("systemctl stop postgresql"));
        const CliOutcome o = cli(
            {QStringLiteral("run"), QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        onHost(QStringLiteral("db1"), QStringLiteral("systemctl start postgresql"));
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY2(o.err.contains(QStringLiteral("is PostgreSQL running there?")), qPrintable(o.err));
        QTRY_COMPARE_WITH_TIMEOUT(replicationState(), QByteArray("inmanta|streaming|sync"), 30000);
    }

    // FAULTS.md 4: PostgreSQL keeps its old rules when the new pg_hba.conf is bad; the product
    // notices, puts the previous file back and says so.
    void aRefusedPgHbaIsPutBack()
    {
        const QString removeDb2Rule =
            QStringLiteral("sed -i '/%1/d' /var/lib/pgsql/data/pg_hba.conf")
                .arg(m_lab.ip(QStringLiteral("db2"))
                         .replace(QLatin1Char('.'), QLatin1String("\\.")));
        onHost(
            QStringLiteral("db1"),
            removeDb2Rule +
                QStringLiteral(
                    " && echo 'host all all 10.0.0.300/32 md5' >>/var/lib/pgsql/data/pg_hba.conf"));
        const QByteArray before =
            onHost(QStringLiteral("db1"), QStringLiteral("cat /var/lib/pgsql/data/pg_hba.conf"));
        const CliOutcome o = cli({QStringLiteral("run"), QStringLiteral("configure-primary")});
        QCOMPARE(o.exitCode, int(ExitStepFailed));
        QVERIFY2(o.err.contains(
                     QStringLiteral("PostgreSQL refused the new /var/lib/pgsql/data/pg_hba.conf")),
                 qPrintable(o.err));
        QVERIFY(o.err.contains(QStringLiteral("the previous file was put back")));
        QCOMPARE(
            onHost(QStringLiteral("db1"), QStringLiteral("cat /var/lib/pgsql/data/pg_hba.conf")),
            before);
        onHost(QStringLiteral("db1"),
               QStringLiteral("sed -i '/10\\.0\\.0\\.300/d' /var/lib/pgsql/data/pg_hba.conf"));
        // The failed run keeps the cluster lock: it is resumed, not started anew.
        const QString resume = o.err.section(QStringLiteral("--resume "), 1).trimmed();
        const CliOutcome resumed = cli({QStringLiteral("run"), QStringLiteral("configure-primary"),
                                        QStringLiteral("--resume"), resume});
        QVERIFY2(resumed.exitCode == ExitSuccess, qPrintable(resumed.out + resumed.err));
    }

    // FAULTS.md 2: once synchronous replication is on and no standby streams, plain DDL on the
    // primary would wait forever; the role change commits locally.
    void theRoleChangesWhileNoStandbyStreams()
    {
        onHost(QStringLiteral("db2"), QStringLiteral("systemctl stop postgresql"));
        setPassword(kNastyPassword + QStringLiteral(" v2"));
        QElapsedTimer clock;
        clock.start();
        const CliOutcome o = cli({QStringLiteral("run"), QStringLiteral("configure-primary")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY(o.out.contains(
            QStringLiteral("[3/8] Create the replication role replication (REPLICATION LOGIN) from "
                           "a SCRAM-SHA-256 verifier: done")));
        qInfo("configure-primary with the standby down took %lld ms", clock.elapsed());
        // The standby gets the new password and streams again.
        const CliOutcome standby = cli(
            {QStringLiteral("run"), QStringLiteral("configure-standby"), QStringLiteral("--yes")});
        QVERIFY2(standby.exitCode == ExitSuccess, qPrintable(standby.out + standby.err));
        QCOMPARE(replicationState(), QByteArray("inmanta|streaming|sync"));
        setPassword(kNastyPassword);
    }

    void aStandbyWithoutRoomIsRefused()
    {
        // db3's disk is (made) nearly full: a 16 MB file system where its data would go.
        const QString clusterFile =
            clusterWithRoles({{"db2", "standby", "spare"}, {"db3", "spare", "standby"}});
        onHost(QStringLiteral("db3"),
               QStringLiteral(
                   "systemctl stop postgresql; mount -t tmpfs -o size=16m tmpfs /var/lib/pgsql"));
        const CliOutcome o =
            cli({QStringLiteral("run"), QStringLiteral("configure-standby"),
                 QStringLiteral("--yes"), QStringLiteral("--accept-new-host-keys")},
                clusterFile);
        onHost(QStringLiteral("db3"),
               QStringLiteral("umount /var/lib/pgsql; systemctl start postgresql"));
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY2(
            o.err.contains(QStringLiteral("MB free in /var/lib/pgsql; a copy of db1 needs about")),
            qPrintable(o.err));
    }

    // FAULTS.md 13: the "standby" is in fact the primary in use.
    void aPrimaryInUseIsNeverWiped()
    {
        // db3 plays the primary in the file; db1, the real primary, is named as the standby.
        const QString clusterFile = clusterWithRoles({{"db1", "primary", "standby"},
                                                      {"db2", "standby", "spare"},
                                                      {"db3", "spare", "primary"}});
        const CliOutcome o =
            cli({QStringLiteral("run"), QStringLiteral("configure-standby"),
                 QStringLiteral("--yes"), QStringLiteral("--accept-new-host-keys")},
                clusterFile);
        QCOMPARE(o.exitCode, int(ExitRefused));
        QVERIFY2(o.err.contains(QStringLiteral("REFUSED: db1 holds a database cluster of its own")),
                 qPrintable(o.out + o.err));
        QCOMPARE(replicationState(), QByteArray("inmanta|streaming|sync"));
    }

    // FAULTS 22: every way a host dies is detected within the probes' timeouts and named, and
    // the cluster is seen healthy again once the host is back.
    void everyWayAHostDiesIsNamed_data()
    {
        QTest::addColumn<QStringList>("fault");
        QTest::addColumn<QStringList>("undo");
        QTest::addColumn<QString>("verdict");
        const QStringList startPostgres{QStringLiteral("systemctl"), QStringLiteral("start"),
                                        QStringLiteral("postgresql")};
        const auto on = [](const char *host, const QStringList &command) {
            return QStringList{QStringLiteral("exec"), QLatin1String(host)} + command;
        };
        const auto lab = [](const char *command, const char *host) {
            return QStringList{QLatin1String(command), QLatin1String(host)};
        };
        QTest::newRow("standby frozen")
            << lab("freeze", "db2") << lab("thaw", "db2")
            << "db2 accepts connections but does not answer: writes on db1 will block";
        QTest::newRow("standby cut off") << lab("isolate", "db2") << lab("heal", "db2")
                                         << "db2 is down: writes on db1 will block";
        QTest::newRow("standby's PostgreSQL stopped")
            << lab("stop-service", "db2") + QStringList{QStringLiteral("postgresql")}
            << on("db2", startPostgres) << "PostgreSQL on db2 is down: writes on db1 will block";
        QTest::newRow("primary frozen")
            << lab("freeze", "db1") << lab("thaw", "db1")
            << "db1 accepts connections but does not answer: writes are not possible.";
        QTest::newRow("primary cut off") << lab("isolate", "db1") << lab("heal", "db1")
                                         << "db1 does not answer: writes are not possible.";
        QTest::newRow("primary's PostgreSQL stopped")
            << lab("stop-service", "db1") + QStringList{QStringLiteral("postgresql")}
            << on("db1", startPostgres) << "PostgreSQL on db1 is down: writes are not possible.";
        QTest::newRow("orchestrator frozen")
            << lab("freeze", "orch1") << lab("thaw", "orch1")
            << "The Inmanta server on orch1 accepts connections but does not answer.";
        QTest::newRow("orchestrator's server stopped")
            << lab("stop-service", "orch1") + QStringList{QStringLiteral("inmanta-server")}
            << on("orch1", {QStringLiteral("systemctl"), QStringLiteral("start"),
                            QStringLiteral("inmanta-server")})
            << "The Inmanta server on orch1 does not answer.";
    }

    void everyWayAHostDiesIsNamed()
    {
        QFETCH(QStringList, fault);
        QFETCH(QStringList, undo);
        QFETCH(QString, verdict);
        QCOMPARE(LabEnvironment::run(fault), 0);
        const CliOutcome o = cli({QStringLiteral("status")});
        QCOMPARE(LabEnvironment::run(undo), 0);
        QCOMPARE(o.exitCode, int(ExitStepFailed));
        QVERIFY2(o.out.startsWith(QStringLiteral("Cluster lab: ") + verdict), qPrintable(o.out));
        // Back: the standby streams in sync again.
        QVERIFY(QTest::qWaitFor(
            [this] {
                startTheInmantaServer();
                return cli({QStringLiteral("status")})
                    .out.startsWith(QStringLiteral("Cluster lab: Healthy"));
            },
            60000));
    }

    // A reinstalled primary (new host key) is unreadable, not down: no failover is offered.
    // Forgetting every host key makes them unknown, and accepting them again heals it.
    void aReinstalledPrimaryIsNotTakenForDown()
    {
        startTheInmantaServer();
        QCOMPARE(LabEnvironment::run({QStringLiteral("rekey"), QStringLiteral("db1")}), 0);
        CliOutcome o = cli({QStringLiteral("status")});
        QVERIFY2(o.out.startsWith(QStringLiteral(
                     "Cluster lab: The state of db1 cannot be read: its host key has changed.")),
                 qPrintable(o.out));
        QVERIFY2(!o.out.contains(QStringLiteral("Fail over")), qPrintable(o.out));
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("known_hosts"))));
        o = cli({QStringLiteral("status")});
        QVERIFY2(o.out.startsWith(QStringLiteral(
                     "Cluster lab: The state of db1 cannot be read: its host key is not known "
                     "yet.")),
                 qPrintable(o.out));
        cli({QStringLiteral("check"), QStringLiteral("--accept-new-host-keys")});
        o = cli({QStringLiteral("status")});
        QVERIFY2(o.out.startsWith(QStringLiteral("Cluster lab: Healthy")), qPrintable(o.out));
    }

    // The status command follows the cluster: healthy; a dead standby means writes will block;
    // a dead primary offers the failover.
    void statusFollowsTheCluster()
    {
        startTheInmantaServer();
        CliOutcome o = cli({QStringLiteral("status")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY(o.out.startsWith(
            QStringLiteral("Cluster lab: Healthy: db1 replicates synchronously to db2.")));

        // The Inmanta server's database password alone: PostgreSQL is still read over SSH only,
        // the password goes to no database port (security hardening, point 3).
        setPassword(m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD")),
                    QStringLiteral("database-password"));
        o = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        const auto nodeIn = [](const QString &json, const QString &name) {
            const QJsonArray nodes = QJsonDocument::fromJson(json.toUtf8())
                                         .object()
                                         .value(QStringLiteral("nodes"))
                                         .toArray();
            for (const QJsonValue &node : nodes) {
                if (node.toObject().value(QStringLiteral("name")).toString() == name)
                    return node.toObject();
            }
            return QJsonObject();
        };
        const auto sqlOf = [&nodeIn](const QString &json, const QString &name) {
            return nodeIn(json, name).value(QStringLiteral("sql")).toObject();
        };
        QCOMPARE(sqlOf(o.out, QStringLiteral("db1")).value(QStringLiteral("connected")),
                 QJsonValue(QJsonValue::Null));
        QCOMPARE(nodeIn(o.out, QStringLiteral("db1"))
                     .value(QStringLiteral("ports"))
                     .toObject()
                     .value(QStringLiteral("postgres")),
                 QJsonValue(true));

        // With a CA in the cluster file, the primary is also read over SQL, through TLS that
        // verified db1's certificate and name; the standby, without TLS, gets no password.
        const QString ca = m_dir.filePath(QStringLiteral("lab-ca.pem"));
        {
            QFile file(ca);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(serveTls(QStringLiteral("db1")));
        }
        Cluster withCa =
            *ClusterFile::load(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE"))).cluster;
        for (Node &node : withCa.nodes) {
            if (node.postgres)
                node.postgres->caFile = ca;
        }
        const QString tlsCluster = m_dir.filePath(QStringLiteral("tls-cluster.json"));
        // A CA that did not sign db1's certificate: verify-full refuses before any password.
        for (Node &node : withCa.nodes) {
            if (node.postgres)
                node.postgres->caFile = m_dir.filePath(QStringLiteral("other-ca.pem"));
        }
        {
            QFile file(m_dir.filePath(QStringLiteral("other-ca.pem")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(LabEnvironment::exec(QStringLiteral("db1"),
                                            QStringLiteral("cat /var/lib/lab/other-ca.crt")));
        }
        QCOMPARE(ClusterFile::save(withCa, tlsCluster), QString());
        // Another CA is another endpoint: the password goes there only once confirmed.
        o = cli({QStringLiteral("status"), QStringLiteral("--json")}, tlsCluster);
        QVERIFY2(o.err.contains(QStringLiteral("held back: database-password")), qPrintable(o.err));
        const QStringList confirm = {QStringLiteral("secret"), QStringLiteral("confirm"),
                                     QStringLiteral("database-password")};
        QCOMPARE(cli(confirm, tlsCluster).exitCode, int(ExitSuccess));
        o = cli({QStringLiteral("status"), QStringLiteral("--json")}, tlsCluster);
        QVERIFY2(sqlOf(o.out, QStringLiteral("db1"))
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("certificate verify failed")),
                 qPrintable(o.out));
        for (Node &node : withCa.nodes) {
            if (node.postgres)
                node.postgres->caFile = ca;
        }
        QCOMPARE(ClusterFile::save(withCa, tlsCluster), QString());
        QCOMPARE(cli(confirm, tlsCluster).exitCode, int(ExitSuccess));
        o = cli({QStringLiteral("status"), QStringLiteral("--json")}, tlsCluster);
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY2(sqlOf(o.out, QStringLiteral("db1")).value(QStringLiteral("connected")) ==
                     QJsonValue(true),
                 qPrintable(o.out));
        const QJsonObject db2sql = sqlOf(o.out, QStringLiteral("db2"));
        QCOMPARE(db2sql.value(QStringLiteral("connected")), QJsonValue(false));
        QVERIFY2(db2sql.value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("server does not support SSL")),
                 qPrintable(o.out));
        QCOMPARE(nodeIn(o.out, QStringLiteral("orch1"))
                     .value(QStringLiteral("ports"))
                     .toObject()
                     .value(QStringLiteral("api")),
                 QJsonValue(true));
        // A wrong database password: the SQL probe says so, the verdict still comes over SSH.
        QVERIFY(storeSecret(tlsCluster, QStringLiteral("database-password"),
                            QStringLiteral("not-the-password")));
        o = cli({QStringLiteral("status"), QStringLiteral("--json")}, tlsCluster);
        QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        QVERIFY2(sqlOf(o.out, QStringLiteral("db1"))
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("password authentication failed")),
                 qPrintable(o.out));
        // Bound to the lab's own file again, for the runs after this one.
        setPassword(QStringLiteral("not-the-password"), QStringLiteral("database-password"));

        QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("db2")}), 0);
        o = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(nodeIn(o.out, QStringLiteral("db2"))
                     .value(QStringLiteral("ports"))
                     .toObject()
                     .value(QStringLiteral("ssh")),
                 QJsonValue(false));
        o = cli({QStringLiteral("status")});
        QCOMPARE(o.exitCode, int(ExitStepFailed));
        QVERIFY2(
            o.out.startsWith(QStringLiteral("Cluster lab: db2 is down: writes on db1 will block")),
            qPrintable(o.out));
        // A primary that dies in the middle of a query (no RST, no answer) is given up by the
        // SQL probe's connection options instead of holding its thread for the kernel's
        // 15 minutes: a query is under way on db1 when it crashes.
        struct Client
        {
            std::atomic<bool> querying{false};
            std::atomic<bool> gaveUp{false};
            QString error;
        };
        const auto client = std::make_shared<Client>();
        std::thread thread([client, host = m_lab.value(QStringLiteral("LAB_IP_DB1")),
                            password = m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD"))] {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("dying"));
                db.setHostName(host);
                db.setDatabaseName(QStringLiteral("inmanta"));
                db.setUserName(QStringLiteral("inmanta"));
                db.setPassword(password);
                db.setConnectOptions(SqlProbe::connectOptions(3));
                if (db.open()) {
                    client->querying = true;
                    QSqlQuery query(db);
                    if (!query.exec(QStringLiteral("SELECT pg_sleep(600)")))
                        client->error = query.lastError().text();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("dying"));
            client->gaveUp = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return client->querying || client->gaveUp; }, 10000));
        QTest::qWait(300);
        QCOMPARE(LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("db1")}), 0);
        if (!QTest::qWaitFor([&] { return client->gaveUp.load(); }, 60000)) {
            thread.detach(); // still stuck in libpq; it holds its own share of the state
            QFAIL("a query on the crashed primary was still waiting after 60 s");
        }
        thread.join();
        QVERIFY2(!client->error.isEmpty(), "the query on the crashed primary reported no error");
        o = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(o.exitCode, int(ExitStepFailed));
        const QJsonObject status = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(status.value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("primary-down"));
        // With an orchestrator in the cluster the failover is the whole section: fence, promote,
        // point the Inmanta server at the new primary.
        QCOMPARE(status.value(QStringLiteral("procedure")).toString(),
                 QStringLiteral("failover-server"));
        // (The next test starts from a fresh lab.)
    }

    // Last: node settings are honoured on Debian's layout (configuration in /etc, programs
    // off the PATH), from a fresh lab.
    void bothProceduresOnDebiansLayout()
    {
        QCOMPARE(LabEnvironment::run({QStringLiteral("reset"), QStringLiteral("--layout"),
                                      QStringLiteral("debian")}),
                 0);
        m_lab = LabEnvironment::load();
        QFile::remove(m_dir.filePath(QStringLiteral("known_hosts")));
        setPassword(kNastyPassword);
        // Issue 11, point 11: with no postgres.binDir, every call uses the programs the
        // pre-flight finds (Debian keeps them off the PATH), not another client on the PATH.
        QFile original(m_lab.value(QStringLiteral("LAB_CLUSTER_FILE")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QFile withoutBinDir(m_dir.filePath(QStringLiteral("debian-no-bindir.json")));
        QVERIFY(withoutBinDir.open(QIODevice::WriteOnly));
        const QByteArray clusterText =
            original.readAll().replace(", \"binDir\": \"/usr/lib/postgresql/15/bin\"", "");
        QVERIFY(!clusterText.contains("binDir"));
        withoutBinDir.write(clusterText);
        withoutBinDir.close();
        for (const char *host : {"db1", "db2"})
            onHost(QLatin1String(host),
                   QStringLiteral(
                       "for p in psql pg_basebackup pg_controldata; do printf "
                       "'#!/bin/sh\\necho \"another PostgreSQL client: $p\" >&2\\nexit 9\\n' "
                       ">/usr/local/bin/$p; chmod 0755 /usr/local/bin/$p; done"));
        for (const char *procedure : {"configure-primary", "configure-standby"}) {
            const CliOutcome o =
                cli({QStringLiteral("run"), QLatin1String(procedure), QStringLiteral("--yes"),
                     QStringLiteral("--accept-new-host-keys")},
                    withoutBinDir.fileName());
            QVERIFY2(o.exitCode == ExitSuccess, qPrintable(o.out + o.err));
        }
        // The status monitor reads replication through the same programs.
        const CliOutcome status = cli({QStringLiteral("status")}, withoutBinDir.fileName());
        QVERIFY2(status.out.contains(QStringLiteral("synchronous")),
                 qPrintable(status.out + status.err));
        for (const char *host : {"db1", "db2"})
            onHost(QLatin1String(host), QStringLiteral("rm -f /usr/local/bin/psql "
                                                       "/usr/local/bin/pg_basebackup "
                                                       "/usr/local/bin/pg_controldata"));
        QCOMPARE(replicationState(), QByteArray("inmanta|streaming|sync"));
        QVERIFY(
            onHost(QStringLiteral("db1"),
                   QStringLiteral("grep -c inmanta-ha-admin /etc/postgresql/15/main/pg_hba.conf"))
                .trimmed() == "2");
        QVERIFY(
            onHost(QStringLiteral("db2"),
                   QStringLiteral("stat -c '%U %a' /var/lib/postgresql/15/.pgpass-inmanta-ha")) ==
            "postgres 600\n");

        // The standby can serve as the primary although its configuration (in /etc) did not
        // come with the base backup: promoted by hand, it takes the Inmanta server's login.
        onHost(QStringLiteral("db2"),
               QStringLiteral("su - postgres -c '/usr/lib/postgresql/15/bin/pg_ctl promote -w -D "
                              "/var/lib/postgresql/15/main'"));
        const QString login =
            QStringLiteral("PGPASSWORD='%1' PGCONNECT_TIMEOUT=3 /usr/lib/postgresql/15/bin/psql -X "
                           "-At -h %2 -U inmanta -d inmanta -c 'SELECT pg_is_in_recovery()'")
                .arg(m_lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD")),
                     m_lab.ip(QStringLiteral("db2")));
        QTRY_COMPARE_WITH_TIMEOUT(onHost(QStringLiteral("orch1"), login).trimmed(), QByteArray("f"),
                                  30000);
    }
};

QTEST_GUILESS_MAIN(TestProcedures)
#include "TestProcedures.moc"
