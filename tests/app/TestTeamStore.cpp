// Team mode against a real PostgreSQL 15 (tests/postgres/with-postgres: loopback, TLS
// verified, SCRAM) and a real keychain (tests/keyring/with-keyring), through the real CLI.
// Two team members, alice and bob, each with a database role of their own.
#include "app/AuditLog.h"
#include "app/AuditLogArchive.h"
#include "app/AuditStoreLocation.h"
#include "app/KeychainSecretStore.h"
#include "widgets/RecentRunsView.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace iha;

namespace {

QString pgEnv(const char *name)
{
    return qEnvironmentVariable(name);
}

QString url(const QString &role)
{
    return QStringLiteral("postgresql://%1@localhost:%2/%3?sslrootcert=%4")
        .arg(role, pgEnv("IHA_TEST_PG_PORT"), pgEnv("IHA_TEST_PG_DB"), pgEnv("IHA_TEST_PG_CA"));
}

QByteArray passwordOf(const QString &role)
{
    QFile file(pgEnv("IHA_TEST_PG_PASSWORD_DIR") + QLatin1Char('/') + role);
    file.open(QIODevice::ReadOnly);
    return file.readAll().trimmed();
}

struct Result
{
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// The CLI with `args`, `input` on its stdin, to its end. Bob works on a machine of his own:
// his clients keep their application data (this machine's run lock, entries waiting for the
// store) apart from alice's.
Result cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    if (args.join(QLatin1Char(' ')).contains(QLatin1String("//bob@"))) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::homePath() + QStringLiteral("/bob-data"));
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(IHA_CLI), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(180000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A direct look at the store, as the team's DBA would take it.
QList<QStringList> query(const QString &sql, const QString &role = QStringLiteral("alice"),
                         const QString &database = pgEnv("IHA_TEST_PG_DB"))
{
    QList<QStringList> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("dba"));
        db.setHostName(QStringLiteral("localhost"));
        db.setPort(pgEnv("IHA_TEST_PG_PORT").toInt());
        db.setDatabaseName(database);
        db.setUserName(role);
        db.setPassword(QString::fromUtf8(passwordOf(role)));
        db.setConnectOptions(QStringLiteral("sslmode=verify-full;sslrootcert=") +
                             pgEnv("IHA_TEST_PG_CA"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(sql);
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i).toString();
                rows << row;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dba"));
    return rows;
}

} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void aWrongOrMissingPasswordIsNamed();
    void twoProcessesAppendingKeepOneChain();
    void aKeyOfItsOwnIsRefused();
    void aLockedClusterRefusesTheOtherWithNames();
    void theWindowShowsWhoRunsNow();
    void aKilledHolderFreesTheLockAndItsRunIsInterrupted();
    void aSqliteLogMigratesAndVerifies();
    void aStoreCutMidRunLosesNoRecord();
    void aConflictingPublicationIsRefused();

private:
    QStringList store(const QString &role) const { return {QStringLiteral("--store"), url(role)}; }
    QStringList run(const QString &role, const QString &procedure) const
    {
        return store(role) + QStringList{QStringLiteral("--cluster"), m_clusterFile,
                                         QStringLiteral("run"), procedure, QStringLiteral("--yes")};
    }
    // Starts alice's run on the silent nodes, and waits until it holds the team's lock; its id.
    QString startHolder();
    QString lockedRunId() const
    {
        const QList<QStringList> rows =
            query(QStringLiteral("SELECT run_id FROM team_locks WHERE cluster = 'team'"));
        return rows.isEmpty() ? QString() : rows.constFirst().constFirst();
    }
    QTemporaryDir m_dir;
    QByteArray m_key;
    QProcess m_holder;
    QTcpServer m_silent; // accepts SSH connections and never answers: a run waits there
    QString m_clusterFile;
};

void TestTeamStore::initTestCase()
{
    if (pgEnv("IHA_TEST_PG_PORT").isEmpty())
        QSKIP("needs tests/postgres/with-postgres");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs tests/keyring/with-keyring");
    QVERIFY(m_silent.listen(QHostAddress::Any));
    // A run of ours holds the lock while it waits for its nodes: 25 s, here.
    QDir().mkpath(QDir::homePath() + QStringLiteral("/.ssh"));
    QFile config(QDir::homePath() + QStringLiteral("/.ssh/config"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("Host 127.0.0.*\n  ConnectTimeout 25\n");
    config.close();
    config.setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    QFile base(QStringLiteral(IHA_TEST_DATA_DIR "/runbook-cluster.json"));
    QVERIFY(base.open(QIODevice::ReadOnly));
    QJsonObject cluster = QJsonDocument::fromJson(base.readAll()).object();
    cluster[QStringLiteral("name")] = QStringLiteral("team");
    QJsonArray nodes = cluster.value(QStringLiteral("nodes")).toArray();
    for (int i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes.at(i).toObject();
        node[QStringLiteral("address")] = QStringLiteral("127.0.0.%1").arg(i + 1);
        QJsonObject ssh = node.value(QStringLiteral("ssh")).toObject();
        ssh[QStringLiteral("port")] = int(m_silent.serverPort());
        ssh.remove(QStringLiteral("identityFile"));
        node[QStringLiteral("ssh")] = ssh;
        nodes[i] = node;
    }
    cluster[QStringLiteral("nodes")] = nodes;
    m_clusterFile = m_dir.filePath(QStringLiteral("team.json"));
    QFile file(m_clusterFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(cluster).toJson());
    file.close();
    // Both members keep their role's password in the keychain; alice's first use names the
    // log's key, and bob imports it from her.
    for (const QString &role : {QStringLiteral("alice"), QStringLiteral("bob")}) {
        const Result r =
            cli(store(role) + QStringList{QStringLiteral("team"), QStringLiteral("password")},
                passwordOf(role) + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.all()));
    }
    Result r = cli(store(QStringLiteral("alice")) +
                   QStringList{QStringLiteral("--cluster"), m_clusterFile, QStringLiteral("team"),
                               QStringLiteral("publish")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    r = cli(store(QStringLiteral("alice")) +
            QStringList{QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("export")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    m_key = r.out.trimmed().toLatin1();
    QCOMPARE(QByteArray::fromBase64(m_key).size(), 32);
    r = cli(store(QStringLiteral("bob")) + QStringList{QStringLiteral("audit"),
                                                       QStringLiteral("key"),
                                                       QStringLiteral("import")},
            m_key + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    r = cli({QStringLiteral("--cluster"), m_clusterFile, QStringLiteral("secret"),
             QStringLiteral("set"), QStringLiteral("replication-password")},
            "team-test-replication\n");
    QVERIFY2(r.code == 0, qPrintable(r.all()));
}

void TestTeamStore::aWrongOrMissingPasswordIsNamed()
{
    const QString carol =
        QStringLiteral("postgresql://carol@localhost:%1/%2?sslrootcert=%3")
            .arg(pgEnv("IHA_TEST_PG_PORT"), pgEnv("IHA_TEST_PG_DB"), pgEnv("IHA_TEST_PG_CA"));
    const Result r =
        cli({QStringLiteral("--store"), carol, QStringLiteral("team"), QStringLiteral("status")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("team password")), qPrintable(r.err));
    // TLS is verified: without the CA the store is not reached, and weaker modes are refused.
    const Result noCa = cli({QStringLiteral("--store"),
                             url(QStringLiteral("alice")).section(QLatin1Char('?'), 0, 0),
                             QStringLiteral("team"), QStringLiteral("status")});
    QCOMPARE(noCa.code, 3);
    QVERIFY2(noCa.err.contains(QLatin1String("root certificate")), qPrintable(noCa.err));
    QVERIFY2(!noCa.err.contains(QLatin1String("change sslmode")), qPrintable(noCa.err));
    const Result weak = cli({QStringLiteral("--store"),
                             url(QStringLiteral("alice")) + QStringLiteral("&sslmode=require"),
                             QStringLiteral("team"), QStringLiteral("status")});
    QCOMPARE(weak.code, 2);
    QVERIFY2(weak.err.contains(QLatin1String("verify-full")), qPrintable(weak.err));
}

QString TestTeamStore::startHolder()
{
    m_holder.setProcessChannelMode(QProcess::SeparateChannels);
    m_holder.start(QStringLiteral(IHA_CLI),
                   run(QStringLiteral("alice"), QStringLiteral("configure-primary")));
    m_holder.closeWriteChannel();
    // Not QTRY: a helper returning a value. The run holds the lock within seconds.
    QString runId;
    for (int i = 0; i < 100 && runId.isEmpty(); ++i) {
        QTest::qWait(200);
        runId = lockedRunId();
    }
    if (runId.isEmpty())
        qWarning() << "alice's run did not take the lock:" << m_holder.readAllStandardError();
    return runId;
}

void TestTeamStore::twoProcessesAppendingKeepOneChain()
{
    const qint64 before =
        query(QStringLiteral("SELECT COUNT(*) FROM entries")).at(0).at(0).toLongLong();
    constexpr int kEach = 150;
    QList<QProcess *> writers;
    for (const QString &role : {QStringLiteral("alice"), QStringLiteral("bob")}) {
        auto *writer = new QProcess(this);
        writer->start(QStringLiteral(IHA_TEAM_WRITER),
                      {url(role), QString::number(kEach), QStringLiteral("writer-") + role});
        writer->write(m_key + '\n' + passwordOf(role) + '\n');
        writers << writer;
    }
    // Both connected, then both go: their appends meet.
    for (QProcess *writer : std::as_const(writers))
        QTRY_VERIFY_WITH_TIMEOUT(writer->canReadLine() || writer->state() != QProcess::Running,
                                 20000);
    // (QProcess writes when its event loop runs: each is sent before the first is waited for.)
    for (QProcess *writer : std::as_const(writers)) {
        writer->write("go\n");
        writer->closeWriteChannel();
    }
    for (QProcess *writer : std::as_const(writers))
        writer->waitForBytesWritten(5000);
    for (QProcess *writer : std::as_const(writers)) {
        QVERIFY(writer->waitForFinished(120000));
        QVERIFY2(writer->exitCode() == 0, writer->readAllStandardError().constData());
    }
    // One chain: every sequence once, no gap, each entry naming its writer's role.
    const QList<QStringList> counts = query(QStringLiteral(
        "SELECT COUNT(*), MAX(sequence), COUNT(DISTINCT sequence),"
        " SUM(CASE WHEN operator = 'writer-alice (role alice)' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN operator = 'writer-bob (role bob)' THEN 1 ELSE 0 END) FROM entries"));
    QCOMPARE(counts.at(0).at(0).toLongLong(), before + 2 * kEach);
    QCOMPARE(counts.at(0).at(1).toLongLong(), before + 2 * kEach);
    QCOMPARE(counts.at(0).at(2).toLongLong(), before + 2 * kEach);
    QCOMPARE(counts.at(0).at(3).toInt(), kEach);
    QCOMPARE(counts.at(0).at(4).toInt(), kEach);
    // They did write at the same time: their entries interleave.
    const QList<QStringList> spans = query(QStringLiteral(
        "SELECT MIN(sequence), MAX(sequence) FROM entries WHERE operator LIKE 'writer-%' GROUP BY "
        "operator ORDER BY operator"));
    qInfo() << "alice's entries from" << spans.at(0) << "bob's" << spans.at(1);
    QVERIFY2(spans.at(0).at(0).toLongLong() < spans.at(1).at(1).toLongLong() &&
                 spans.at(1).at(0).toLongLong() < spans.at(0).at(1).toLongLong(),
             "the two writers did not write at the same time");
    const Result verify = cli(store(QStringLiteral("bob")) +
                              QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.code == 0, qPrintable(verify.all()));
    QVERIFY2(verify.out.contains(QStringLiteral("%1 entries intact").arg(before + 2 * kEach)),
             qPrintable(verify.out));
}

void TestTeamStore::aKeyOfItsOwnIsRefused()
{
    // A client whose keychain made a key of its own would chain entries nobody could verify.
    QProcess writer;
    writer.start(QStringLiteral(IHA_TEAM_WRITER),
                 {url(QStringLiteral("bob")), QStringLiteral("1"), QStringLiteral("stranger")});
    writer.write(QByteArray(32, 'k').toBase64() + '\n' + passwordOf(QStringLiteral("bob")) +
                 "\ngo\n");
    writer.closeWriteChannel();
    QVERIFY(writer.waitForFinished(30000));
    QCOMPARE(writer.exitCode(), 1);
    const QString said = QString::fromUtf8(writer.readAllStandardError());
    QVERIFY2(said.contains(QLatin1String("is not the one the log")) &&
                 said.contains(QLatin1String("audit key import")),
             qPrintable(said));
    QVERIFY(
        query(QStringLiteral("SELECT 1 FROM entries WHERE operator LIKE 'stranger%'")).isEmpty());
}

void TestTeamStore::aLockedClusterRefusesTheOtherWithNames()
{
    const QString runId = startHolder();
    QVERIFY(!runId.isEmpty());
    const Result refused = cli(run(QStringLiteral("bob"), QStringLiteral("configure-primary")));
    QCOMPARE(refused.code, 3);
    // Who runs what, since when and from where.
    for (const QString &word : {QStringLiteral("locked by the team's run ") + runId,
                                QStringLiteral("of configure-primary by"),
                                QStringLiteral("(role alice)"), QStringLiteral("since")})
        QVERIFY2(refused.err.contains(word),
                 qPrintable(word + QStringLiteral(" in: ") + refused.all()));
    const Result status = cli(store(QStringLiteral("bob")) +
                              QStringList{QStringLiteral("--cluster"), m_clusterFile,
                                          QStringLiteral("team"), QStringLiteral("status")});
    QVERIFY2(status.code == 0, qPrintable(status.all()));
    QVERIFY2(status.out.contains(QStringLiteral("RUNNING NOW: run ") + runId),
             qPrintable(status.out));
    // The refusal is on record in the shared log, under bob's role.
    QVERIFY(!query(QStringLiteral("SELECT 1 FROM entries WHERE outcome = 'refused' AND operator "
                                  "LIKE '%(role bob)' AND output LIKE '%") +
                   runId + QStringLiteral("%'"))
                 .isEmpty());
}

void TestTeamStore::theWindowShowsWhoRunsNow()
{
    // Bob's window, on the team's store, while alice's run holds the cluster.
    const QString runId = m_holder.state() == QProcess::Running ? lockedRunId() : startHolder();
    QVERIFY(!runId.isEmpty());
    AuditStoreLocation where;
    AuditStoreLocation::parse(url(QStringLiteral("bob")), &where);
    AuditStoreLocation::setPassword(where.passwordKey(),
                                    QString::fromUtf8(passwordOf(QStringLiteral("bob"))));
    KeychainSecretStore keychain;
    QString error;
    const auto archive = AuditLogArchive::open(url(QStringLiteral("bob")), keychain, &error);
    QVERIFY2(archive, qPrintable(error));
    QVERIFY(archive->isShared());
    RecentRunsView view;
    QSignalSpy said(&view, &RecentRunsView::runningNowChanged);
    view.setAuditArchive(archive.get(), {});
    view.showRunsOf(QStringLiteral("team"));
    view.show();
    const auto rows = [&view] {
        QStringList texts;
        for (int i = 0; i < view.topLevelItemCount(); ++i) {
            QStringList columns;
            for (int c = 0; c < view.columnCount(); ++c)
                columns << view.topLevelItem(i)->text(c);
            texts << columns.join(QLatin1Char('|'));
        }
        return texts;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(!rows().isEmpty() && rows().constFirst().startsWith(
                                                       QStringLiteral("Running now: run ") + runId),
                              qPrintable(rows().join(QLatin1Char('\n'))), 10000);
    QVERIFY2(rows().constFirst().contains(QLatin1String("of configure-primary by")) &&
                 rows().constFirst().contains(QLatin1String("(role alice)")),
             qPrintable(rows().constFirst()));
    // The page says it on the tab too (ClusterPage), from this signal.
    QVERIFY(!said.isEmpty());
    QVERIFY(said.constLast().constFirst().toString().startsWith(QStringLiteral("run ") + runId));
    // The team's runs: alice's, running, is listed with bob's own.
    QVERIFY2(rows().filter(runId).filter(QLatin1String("|running|")).size() == 1,
             qPrintable(rows().join(QLatin1Char('\n'))));
    // Her run ends: the window says so on its next look (every 5 s).
    m_holder.kill();
    QVERIFY(m_holder.waitForFinished(10000));
    QTRY_VERIFY2_WITH_TIMEOUT(!rows().constFirst().startsWith(QLatin1String("Running now")),
                              qPrintable(rows().join(QLatin1Char('\n'))), 15000);
}

void TestTeamStore::aKilledHolderFreesTheLockAndItsRunIsInterrupted()
{
    const QString runId = m_holder.state() == QProcess::Running ? lockedRunId() : startHolder();
    QVERIFY(!runId.isEmpty());
    m_holder.kill(); // SIGKILL: no clean-up of its own
    QVERIFY(m_holder.waitForFinished(10000));
    // The database ends its session as the connection closes: the lock is free, its row is
    // what is left, and said to be an interrupted run's.
    Result status;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (status = cli(store(QStringLiteral("bob")) +
                      QStringList{QStringLiteral("--cluster"), m_clusterFile,
                                  QStringLiteral("team"), QStringLiteral("status")}))
            .out.contains(QLatin1String("Cluster team: no run now; INTERRUPTED: run ") + runId),
        qPrintable(status.all()), 10000);
    // The next run takes it, and says (and records) that the holder's run was interrupted. Its
    // nodes refuse it at once, this time.
    const quint16 port = m_silent.serverPort();
    m_silent.close();
    const Result next = cli(run(QStringLiteral("bob"), QStringLiteral("configure-primary")));
    QVERIFY(m_silent.listen(QHostAddress::Any, port));
    QVERIFY2(next.all().contains(QStringLiteral("run %1 of configure-primary").arg(runId)) &&
                 next.all().contains(QLatin1String("was interrupted")),
             qPrintable(next.all()));
    QCOMPARE(query(QStringLiteral("SELECT status FROM runs WHERE run_id = '%1'").arg(runId)),
             QList<QStringList>{{QStringLiteral("interrupted")}});
    QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM entries WHERE run_id = '%1' AND outcome = "
                                  "'interrupted'")
                       .arg(runId)),
             QList<QStringList>{{QStringLiteral("1")}});
    // Bob's run gave the lock back as it ended.
    QVERIFY(lockedRunId().isEmpty());
    const Result verify = cli(store(QStringLiteral("alice")) +
                              QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.code == 0, qPrintable(verify.all()));
}

void TestTeamStore::aSqliteLogMigratesAndVerifies()
{
    const QString file = m_dir.filePath(QStringLiteral("local.sqlite"));
    const QStringList local{QStringLiteral("--audit-db"), file};
    Result r =
        cli(local + QStringList{QStringLiteral("--cluster"), m_clusterFile, QStringLiteral("run"),
                                QStringLiteral("configure-primary"), QStringLiteral("--yes")});
    Q_UNUSED(r); // refused at its pre-flight (silent nodes): what matters is what it recorded
    r = cli(local +
            QStringList{QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("export")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QProcess writer;
    writer.start(QStringLiteral(IHA_TEAM_WRITER),
                 {file, QStringLiteral("200"), QStringLiteral("local-writer")});
    writer.write(r.out.trimmed().toLatin1() + "\n\n");
    writer.closeWriteChannel();
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitCode(), 0);
    r = cli(local + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QString localCount =
        r.out.section(QLatin1String(": "), 1).section(QLatin1Char(' '), 0, 0);
    QVERIFY(localCount.toInt() > 200);

    // An empty database of the team's, made by its owner.
    query(QStringLiteral("CREATE DATABASE iha_migrated OWNER alice"), QStringLiteral("owner"),
          QStringLiteral("postgres"));
    const QString target = url(QStringLiteral("alice"))
                               .replace(pgEnv("IHA_TEST_PG_DB"), QStringLiteral("iha_migrated"));
    r = cli({QStringLiteral("--store"), target, QStringLiteral("team"), QStringLiteral("password")},
            passwordOf(QStringLiteral("alice")) + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    r = cli(local + QStringList{QStringLiteral("audit"), QStringLiteral("migrate"),
                                QStringLiteral("--to"), target});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains(QStringLiteral("verified the copy: %1 entries intact").arg(localCount)),
             qPrintable(r.out));
    r = cli({QStringLiteral("--store"), target, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains(QStringLiteral("%1 entries intact").arg(localCount.toInt() + 1)),
             qPrintable(r.out));
    // The same runs, signed as they were.
    QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM runs WHERE mac IS NOT NULL"),
                   QStringLiteral("alice"), QStringLiteral("iha_migrated")),
             QList<QStringList>{{QStringLiteral("1")}});
    // Not into a store that has a log already.
    r = cli(local + QStringList{QStringLiteral("audit"), QStringLiteral("migrate"),
                                QStringLiteral("--to"), target});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QLatin1String("not empty")), qPrintable(r.all()));
    // And back, for an offline copy.
    const QString copy = m_dir.filePath(QStringLiteral("offline.sqlite"));
    r = cli({QStringLiteral("--store"), target, QStringLiteral("audit"), QStringLiteral("migrate"),
             QStringLiteral("--to"), copy});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    r = cli(
        {QStringLiteral("--audit-db"), copy, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains(QStringLiteral("%1 entries intact").arg(localCount.toInt() + 2)),
             qPrintable(r.out));
}

void TestTeamStore::aStoreCutMidRunLosesNoRecord()
{
    const QString runId = startHolder();
    QVERIFY(!runId.isEmpty());
    const int before =
        query(QStringLiteral("SELECT COUNT(*) FROM entries WHERE run_id = '%1'").arg(runId))
            .at(0)
            .at(0)
            .toInt();
    QVERIFY(before > 0); // its start and its plan
    QCOMPARE(QProcess::execute(pgEnv("IHA_TEST_PG_STOP"), {}), 0);
    // The run goes on to its end, told that its record waits here. Its nodes turn it away now
    // (rather than each keeping it for its connect timeout, its clean-up included).
    const quint16 port = m_silent.serverPort();
    m_silent.close();
    const bool ended = m_holder.waitForFinished(90000);
    const QString said =
        QString::fromUtf8(m_holder.readAllStandardError() + m_holder.readAllStandardOutput());
    if (!ended)
        QProcess::execute(pgEnv("IHA_TEST_PG_START"), {});
    QVERIFY2(ended, qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("cannot be reached")) &&
                 said.contains(QLatin1String("appended to the store, in order")),
             qPrintable(said));
    QVERIFY(m_silent.listen(QHostAddress::Any, port));
    QCOMPARE(QProcess::execute(pgEnv("IHA_TEST_PG_START"), {}), 0);
    // The next client of this user hands them over, chained in order.
    const Result verify = cli(store(QStringLiteral("alice")) +
                              QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.code == 0, qPrintable(verify.all()));
    QVERIFY2(verify.err.contains(QLatin1String("now appended to it, in order")),
             qPrintable(verify.all()));
    const QList<QStringList> after =
        query(QStringLiteral("SELECT outcome FROM entries WHERE run_id = '%1' ORDER BY sequence")
                  .arg(runId));
    QVERIFY2(after.size() > before, qPrintable(QString::number(after.size())));
    QStringList outcomes;
    for (const QStringList &row : after)
        outcomes << row.constFirst();
    // Its end as it happened, in order: the pre-flight's refusal, then the run's last note.
    QVERIFY2(outcomes.mid(before).contains(QLatin1String("refused")) &&
                 outcomes.constLast() == QLatin1String("note"),
             qPrintable(outcomes.join(QLatin1Char(','))));
    const Result status = cli(store(QStringLiteral("alice")) +
                              QStringList{QStringLiteral("team"), QStringLiteral("status")});
    QVERIFY2(!status.out.contains(QLatin1String("wait here")), qPrintable(status.out));
}

void TestTeamStore::aConflictingPublicationIsRefused()
{
    const QString mine = m_dir.filePath(QStringLiteral("alice.json"));
    const QString theirs = m_dir.filePath(QStringLiteral("bob.json"));
    const auto open = [&](const QString &role, const QString &output) {
        return cli(store(role) + QStringList{QStringLiteral("team"), QStringLiteral("open"),
                                             QStringLiteral("team"), QStringLiteral("--output"),
                                             output});
    };
    const auto change = [](const QString &path, const QString &applicationName) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        QJsonObject cluster = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject replication = cluster.value(QStringLiteral("replication")).toObject();
        replication[QStringLiteral("applicationName")] = applicationName;
        cluster[QStringLiteral("replication")] = replication;
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(cluster).toJson());
    };
    const auto publish = [&](const QString &role, const QString &path) {
        return cli(store(role) + QStringList{QStringLiteral("--cluster"), path,
                                             QStringLiteral("team"), QStringLiteral("publish")});
    };
    Result r = open(QStringLiteral("alice"), mine);
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("version 1")), qPrintable(r.all()));
    r = open(QStringLiteral("bob"), theirs);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    change(mine, QStringLiteral("inmanta_a"));
    change(theirs, QStringLiteral("inmanta_b"));
    r = publish(QStringLiteral("alice"), mine);
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("as version 2")), qPrintable(r.all()));
    // Bob's edit was made on version 1: refused, naming who changed it since.
    r = publish(QStringLiteral("bob"), theirs);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("changed after version 1")) &&
                 r.err.contains(QLatin1String("version 2, published by")) &&
                 r.err.contains(QLatin1String("(role alice)")),
             qPrintable(r.all()));
    // Nor is his file overwritten by the team's version.
    r = open(QStringLiteral("bob"), theirs);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("not published")), qPrintable(r.all()));
    QVERIFY(QFile(theirs).open(QIODevice::ReadOnly));
    const QString again = m_dir.filePath(QStringLiteral("bob-again.json"));
    r = open(QStringLiteral("bob"), again);
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("version 2")), qPrintable(r.all()));
    change(again, QStringLiteral("inmanta_b"));
    r = publish(QStringLiteral("bob"), again);
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("as version 3")), qPrintable(r.all()));
    r = cli(store(QStringLiteral("bob")) +
            QStringList{QStringLiteral("team"), QStringLiteral("history"), QStringLiteral("team")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).contains(QLatin1String("version 3")) &&
                 lines.at(0).contains(QLatin1String("(role bob)")),
             qPrintable(r.out));
    QVERIFY2(lines.at(1).contains(QLatin1String("(role alice)")), qPrintable(r.out));
}

void TestTeamStore::cleanup()
{
    // A test that failed half-way leaves no run behind and the store running for the next.
    if (m_holder.state() != QProcess::NotRunning) {
        m_holder.kill();
        m_holder.waitForFinished(10000);
    }
    if (!query(QStringLiteral("SELECT 1")).size())
        QProcess::execute(pgEnv("IHA_TEST_PG_START"), {});
}

QTEST_MAIN(TestTeamStore)
#include "TestTeamStore.moc"
