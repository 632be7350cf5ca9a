#include "app/AuditExport.h"
#include "app/AuditLog.h"
#include "app/AuditPdf.h"
#include "app/ProcedureRun.h"
#include "common/ChangeByte.h"
#include "common/MemorySecretStore.h"
#include "models/AuditChain.h"
#include "models/AuditReport.h"
#include "models/SecretNames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace iha;

namespace {

const QByteArray kKey = QByteArray("0123456789abcdef0123456789abcdef");
const QStringList kNastySecrets = {QStringLiteral("it's \"q\" \\ back"),
                                   QStringLiteral(".*+?^${}()|[]"), QStringLiteral("pässwörd-日本"),
                                   QStringLiteral("<tag>&amp;")};

AuditEntry stepEntry(int n, const QString &output)
{
    AuditEntry e;
    e.operatorName = QStringLiteral("ops@admin-pc");
    e.cluster = QStringLiteral("prod");
    e.runId = n < 3 ? QStringLiteral("run-a") : QStringLiteral("run-b");
    e.procedure = QStringLiteral("configure-primary");
    e.stepNumber = n;
    e.step = QStringLiteral("step %1").arg(n);
    e.host = QStringLiteral("db1");
    e.command = QStringLiteral("psql -c 'select %1'").arg(n);
    e.exitCode = n == 4 ? 1 : 0;
    e.hasExitCode = true;
    e.output = output;
    e.outcome = n == 4 ? QStringLiteral("failed") : QStringLiteral("succeeded");
    return e;
}

} // namespace

// The audit log on real SQLite files: append-only, chained, verifiable, upgradable, redacted
// in every export format.
class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<AuditLog> openLog(const QString &path)
    {
        QString error;
        auto log = AuditLog::open(path, &error);
        [&] {
            QVERIFY2(log, qPrintable(error));
        }();
        if (log)
            log->setKey(kKey);
        return log;
    }

    // Records run-a (configure-primary on prod) at `status` and `nextStep`.
    static bool recordRunA(AuditLog &log, const QString &status, int nextStep)
    {
        return log.recordRun({QStringLiteral("run-a"), QStringLiteral("prod"),
                              QStringLiteral("configure-primary"), QStringLiteral("ops@admin-pc"),
                              status, nextStep, QDateTime::currentDateTimeUtc()});
    }

    // Why a resume of `runId` on a two-node "prod" is refused (empty: it started).
    static QString resumeRefusal(AuditLog &log, const QString &runId)
    {
        Cluster cluster;
        cluster.name = QStringLiteral("prod");
        for (const auto &[name, role] :
             {std::pair{"db1", NodeRole::Primary}, std::pair{"db2", NodeRole::Standby}}) {
            Node node;
            node.name = QLatin1String(name);
            node.role = role;
            node.address = QStringLiteral("192.0.2.%1").arg(cluster.nodes.size() + 1);
            node.postgres = PostgresSettings{};
            cluster.nodes << node;
        }
        MemorySecretStore secrets;
        secrets.setFor(cluster, SecretNames::kReplicationPassword, QStringLiteral("not-used"));
        ProcedureRun::Request request;
        request.cluster = cluster;
        request.procedure = QStringLiteral("configure-primary");
        request.resumeRunId = runId;
        request.dangerousConfirmed = true;
        ProcedureRun run(secrets, log, request);
        QSignalSpy notStarted(&run, &ProcedureRun::notStarted);
        QSignalSpy started(&run, &ProcedureRun::started);
        run.start();
        if (!notStarted.wait(10000) || started.count() > 0 || run.isRunning())
            return {};
        return notStarted.first().first().toString();
    }

    QString newPath() { return m_dir.filePath(QStringLiteral("audit-%1.sqlite").arg(++m_files)); }

    std::unique_ptr<AuditLog> logWithEntries(const QString &path, int count)
    {
        auto log = openLog(path);
        for (int i = 1; i <= count; ++i) {
            AuditEntry e = stepEntry(i, QStringLiteral("output of step %1 MARK%1X").arg(i));
            QString error;
            [&] {
                QVERIFY2(log->append(e, &error), qPrintable(error));
            }();
        }
        return log;
    }

private slots:
    void appendsChainAndVerify()
    {
        auto log = logWithEntries(newPath(), 5);
        QCOMPARE(log->count(), 5);
        QCOMPARE(log->schemaVersion(), AuditLog::kSchemaVersion);
        const QList<AuditEntry> entries = log->entries();
        QCOMPARE(entries.first().previousHash, AuditChain::kGenesis);
        for (int i = 1; i < entries.size(); ++i)
            QCOMPARE(entries.at(i).previousHash, entries.at(i - 1).hash);
        const AuditLog::Verification v = log->verify(log->head());
        QVERIFY2(v.intact, qPrintable(v.message));
        QCOMPARE(v.checked, 5);
        QVERIFY(v.message.contains(QStringLiteral("as the keychain remembers")));
        QCOMPARE(log->entries(QStringLiteral("run-a")).size(), 2);
    }

    // What a resume reads: the chain and the run's entries from one snapshot; a stop (a cancel,
    // the run going away) ends the hashing without calling the log intact.
    void aRunIsReadVerifiedOrNotAtAll()
    {
        auto log = logWithEntries(newPath(), 5);
        QList<AuditEntry> entries;
        std::atomic_bool stop{false};
        AuditLog::Verification v = log->verifiedRun(QStringLiteral("run-b"), &entries, &stop);
        QVERIFY2(v.intact, qPrintable(v.message));
        QCOMPARE(v.checked, 5);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().stepNumber, 3);

        entries.clear();
        stop = true;
        v = log->verifiedRun(QStringLiteral("run-b"), &entries, &stop);
        QVERIFY(!v.intact);
        QCOMPARE(v.checked, 0);
        QVERIFY2(v.message.contains(QStringLiteral("stopped")), qPrintable(v.message));
        QVERIFY(entries.isEmpty());
        // The read transaction ended: the log takes entries again.
        AuditEntry e = stepEntry(6, QStringLiteral("after"));
        QString error;
        QVERIFY2(log->append(e, &error), qPrintable(error));
    }

    void theLogIsAppendOnly()
    {
        const QString path = newPath();
        auto log = logWithEntries(path, 2);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE entries SET output = 'x' WHERE sequence = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM entries WHERE sequence = 2")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        QVERIFY(log->verify(log->head()).intact);
    }

    // A resume goes on from what the run's entries say: in a log whose chain does not verify
    // they are not believed, and the run does not start. (The check runs on a thread of its
    // own; nothing is connected to before it.)
    void aResumeIsRefusedWhenTheChainDoesNotVerify()
    {
        const QString path = newPath();
        {
            auto log = logWithEntries(path, 3);
            QVERIFY(recordRunA(*log, QStringLiteral("failed"), 1));
        }
        QVERIFY(changeByteAfter(path, "MARK2X", 4, 'Y'));
        auto log = openLog(path);
        const QString why = resumeRefusal(*log, QStringLiteral("run-a"));
        QVERIFY2(why.contains(QStringLiteral("run run-a cannot be resumed: the audit log does "
                                             "not verify")),
                 qPrintable(why));
    }

    // The runs table is signed with the log's key (security hardening, point 8): a record
    // changed outside the product (a failed run marked succeeded, its step moved on) is said
    // by verify, shown as such, and never resumed; one of an earlier version is unsigned.
    void aRunRecordChangedOutsideTheProductIsNoticed()
    {
        const QString path = newPath();
        {
            auto log = logWithEntries(path, 3);
            QVERIFY(recordRunA(*log, QStringLiteral("running"), 0));
            // Updated as the run goes on: signed again each time.
            QVERIFY(recordRunA(*log, QStringLiteral("failed"), 1));
            QCOMPARE(log->runRecord(QStringLiteral("run-a"))->status, QStringLiteral("failed"));
            QCOMPARE(log->runRecord(QStringLiteral("run-a"))->record, AuditRun::Record::Verified);
            QVERIFY(log->verify(log->head()).intact);
        }
        const auto tamper = [&path](const QString &statement) {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("runs"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("runs"));
        };
        tamper(QStringLiteral("UPDATE runs SET status = 'succeeded', next_step = 3"));
        {
            auto log = openLog(path);
            QCOMPARE(log->runRecord(QStringLiteral("run-a"))->record, AuditRun::Record::Changed);
            QCOMPARE(log->recentRuns(QStringLiteral("prod"), 5).constFirst().record,
                     AuditRun::Record::Changed);
            const AuditLog::Verification v = log->verify(log->head());
            QVERIFY(!v.intact);
            QVERIFY2(v.message.contains(QStringLiteral("the record of run run-a")) &&
                         v.message.contains(QStringLiteral("changed outside the product")),
                     qPrintable(v.message));
            const QString why = resumeRefusal(*log, QStringLiteral("run-a"));
            QVERIFY2(why.contains(QStringLiteral("its record in the audit log was changed")),
                     qPrintable(why));
        }
        // Without a signature (an earlier version's, or one removed): not a break of the chain,
        // but not trusted either: never resumed.
        tamper(QStringLiteral("UPDATE runs SET mac = NULL"));
        auto log = openLog(path);
        QCOMPARE(log->runRecord(QStringLiteral("run-a"))->record, AuditRun::Record::Unsigned);
        const QString why = resumeRefusal(*log, QStringLiteral("run-a"));
        QVERIFY2(why.contains(QStringLiteral("its record in the audit log is not signed")),
                 qPrintable(why));
        const AuditLog::Verification v = log->verify(log->head());
        QVERIFY2(v.intact && v.message.contains(QStringLiteral("1 run records written by an "
                                                               "earlier version are not signed")),
                 qPrintable(v.message));
    }

    void oneChangedByteIsFoundAndNamed()
    {
        const QString path = newPath();
        {
            auto log = logWithEntries(path, 5);
            // Closing the last connection merges the write-ahead log into the file.
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype at = bytes.indexOf("MARK3X");
        QVERIFY(at > 0);
        bytes[at + 4] = 'Y'; // one byte of the output of entry #3
        file.seek(0);
        file.write(bytes);
        file.close();
        auto log = openLog(path);
        const AuditLog::Verification v = log->verify(std::nullopt);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBroken, 3);
        QCOMPARE(v.checked, 2);
        QVERIFY2(v.message.startsWith(QStringLiteral("entry #3 (")), qPrintable(v.message));
    }

    void aTailCutShortIsFoundThroughTheKeychainHead()
    {
        const QString path = newPath();
        AuditHead remembered;
        {
            auto log = logWithEntries(path, 5);
            remembered = log->head();
        }
        // Someone with the file removes the last two entries (triggers and all).
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cut"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER entries_append_only_delete")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM entries WHERE sequence > 3")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cut"));
        auto log = openLog(path);
        QVERIFY(log->verify(std::nullopt).intact); // the chain alone cannot tell
        const AuditLog::Verification v = log->verify(remembered);
        QVERIFY(!v.intact);
        QVERIFY2(v.message.contains(QStringLiteral("cut short: the keychain remembers 5 entries")),
                 qPrintable(v.message));

        // Grown again past the remembered head with the key (the tool itself appends, or
        // someone who has the key): the remembered entry is not there as it was.
        for (int i = 0; i < 3; ++i) {
            QString error;
            AuditEntry later = stepEntry(10 + i, QStringLiteral("later"));
            QVERIFY2(log->append(later, &error), qPrintable(error));
        }
        QCOMPARE(log->count(), 6);
        QVERIFY(log->verify(std::nullopt).intact);
        const AuditLog::Verification regrown = log->verify(remembered);
        QVERIFY(!regrown.intact);
        QCOMPARE(regrown.firstBroken, 5);
        QVERIFY2(regrown.message.contains(QStringLiteral("entry #5 differs from the head the "
                                                         "keychain remembers")),
                 qPrintable(regrown.message));
    }

    void aWrongKeyFailsVerification()
    {
        const QString path = newPath();
        logWithEntries(path, 2);
        auto log = openLog(path);
        log->setKey("another key");
        QCOMPARE(log->verify(std::nullopt).firstBroken, 1);
    }

    void upgradesFromTheFirstSchemaVersion()
    {
        // A log written by the first version: schema 1, entries chained, no runs table.
        const QString path = newPath();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &statement : auditSchemaSteps(1))
                QVERIFY2(q.exec(statement), qPrintable(statement));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO meta VALUES ('schema_version', '1'), ('database_id', 'v1-log')")));
            QByteArray previous = AuditChain::kGenesis;
            for (int i = 1; i <= 4; ++i) {
                AuditEntry e = stepEntry(i, QStringLiteral("out %1").arg(i));
                e.sequence = i;
                e.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, i), Qt::UTC);
                e.outputSize = e.output.toUtf8().size();
                e.previousHash = previous;
                e.hash = AuditChain::hashOf(previous, e, kKey);
                previous = e.hash;
                q.prepare(QStringLiteral(
                    "INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
                for (const QVariant &v : QVariantList{
                         e.sequence, e.time.toString(Qt::ISODateWithMs), e.operatorName, e.cluster,
                         e.runId, e.procedure, e.stepNumber, e.step, e.host, e.command, e.exitCode,
                         e.output, e.outputSize, e.outcome, QStringLiteral(""),
                         QString::fromLatin1(e.previousHash), QString::fromLatin1(e.hash)})
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        auto log = openLog(path);
        QCOMPARE(log->schemaVersion(), AuditLog::kSchemaVersion);
        QCOMPARE(log->databaseId(), QStringLiteral("v1-log"));
        QCOMPARE(log->count(), 4);
        QVERIFY2(log->verify(std::nullopt).intact, qPrintable(log->verify(std::nullopt).message));
        // The runs of the old entries were filled in by the upgrade.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT run_id, procedure, started FROM runs ORDER BY run_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("run-a"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2026-01-02T03:04:01.000Z"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("run-b"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        // And the chain goes on after the upgrade.
        AuditEntry e = stepEntry(5, QStringLiteral("after"));
        QString error;
        QVERIFY(log->append(e, &error));
        QVERIFY(log->verify(log->head()).intact);
    }

    // A failover's data at risk comes from the newest sample of its standby, "not streaming"
    // (empty state) included.
    void theNewestReplicationSampleIsKept()
    {
        QTemporaryDir dir;
        auto log = openLog(dir.filePath(QStringLiteral("audit.sqlite")));
        ReplicationSample streaming;
        streaming.time = QDateTime::currentDateTimeUtc().addSecs(-60);
        streaming.source = QStringLiteral("status");
        streaming.primaryNode = QStringLiteral("db1");
        streaming.standbyAddress = QStringLiteral("10.1.0.12");
        streaming.state = QStringLiteral("streaming");
        streaming.syncState = QStringLiteral("sync");
        streaming.flushLagBytes = 0;
        QVERIFY(log->recordSamples(QStringLiteral("prod"), {streaming}));
        ReplicationSample gone = streaming;
        gone.time = QDateTime::currentDateTimeUtc();
        gone.state = QString();
        gone.syncState = QString();
        gone.flushLagBytes = -1;
        QVERIFY(log->recordSamples(QStringLiteral("prod"), {gone}));
        const auto last = log->lastSample(QStringLiteral("prod"), QStringLiteral("10.1.0.12"));
        QVERIFY(last);
        QVERIFY(last->state.isEmpty());
        QCOMPARE(last->flushLagBytes, -1);
        QVERIFY(!log->lastSample(QStringLiteral("prod"), QStringLiteral("10.1.0.13")));

        // A round's samples in one transaction, each as given.
        ReplicationSample other = streaming;
        other.standbyAddress = QStringLiteral("10.1.0.13");
        other.flushLagBytes = 42;
        QVERIFY(log->recordSamples(QStringLiteral("stage"), {gone, other}));
        const auto stage12 = log->lastSample(QStringLiteral("stage"), QStringLiteral("10.1.0.12"));
        const auto stage13 = log->lastSample(QStringLiteral("stage"), QStringLiteral("10.1.0.13"));
        QVERIFY(stage12 && stage13);
        QCOMPARE(stage12->flushLagBytes, -1);
        QCOMPARE(stage13->flushLagBytes, 42);
    }

    void longOutputKeepsHeadAndTailWithItsSize()
    {
        auto log = openLog(newPath());
        const QString big =
            QStringLiteral("HEAD") + QString(200000, QLatin1Char('x')) + QStringLiteral("TAIL");
        AuditEntry e = stepEntry(1, big);
        QString error;
        QVERIFY(log->append(e, &error));
        const AuditEntry stored = log->entries().constFirst();
        QCOMPARE(stored.outputSize, qint64(200008));
        QVERIFY(stored.output.startsWith(QStringLiteral("HEAD")) &&
                stored.output.endsWith(QStringLiteral("TAIL")));
        QVERIFY(stored.output.contains(QStringLiteral("bytes left out of 200008")));
        QVERIFY(stored.output.size() < 70000);
    }

    void secretsAreRedactedInTheLogAndInEveryExportFormat()
    {
        auto log = openLog(newPath());
        for (const QString &secret : kNastySecrets)
            log->redactor().addSecret(secret);
        QString error;
        int n = 0;
        for (const QString &secret : kNastySecrets) {
            AuditEntry e = stepEntry(++n, QStringLiteral("the server said: password is ") + secret);
            e.command = QStringLiteral("echo ") + secret;
            e.decision = QStringLiteral("typed ") + secret;
            QVERIFY(log->append(e, &error));
        }
        const QList<AuditEntry> entries = log->entries();
        AuditReportInfo info;
        info.databaseId = log->databaseId();
        info.exportedAt = QDateTime::currentDateTimeUtc();
        info.logHead = log->head();
        info.verification = log->verify(log->head()).message;
        const QString html = AuditReport::html(info, entries);
        const QString json = QString::fromUtf8(AuditReport::json(info, entries));
        const QString pdfPath = m_dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(writeAuditPdf(info, AuditEntryList(entries), pdfPath), QString());
        QProcess pdftotext;
        pdftotext.start(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(20000));
        const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(pdfText.contains(QStringLiteral("the server said: password is [secret]")),
                 qPrintable(pdfText.left(2000)));
        for (const QString &secret : kNastySecrets) {
            for (const AuditEntry &e : entries)
                QVERIFY(!e.output.contains(secret) && !e.command.contains(secret) &&
                        !e.decision.contains(secret));
            QVERIFY2(!html.contains(secret) && !html.contains(secret.toHtmlEscaped()),
                     qPrintable(secret));
            QVERIFY(!json.contains(secret));
            QVERIFY(!pdfText.contains(secret));
        }
        const QJsonArray exported = QJsonDocument::fromJson(json.toUtf8())
                                        .object()
                                        .value(QStringLiteral("entries"))
                                        .toArray();
        QCOMPARE(exported.size(), entries.size());
        QCOMPARE(exported.last().toObject().value(QStringLiteral("hash")).toString(),
                 QString::fromLatin1(entries.last().hash));
        QVERIFY(html.contains(info.logHead.toString()));
    }

    // A long log is exported as it is read (cursor, one pass per part of the report): what is
    // written equals the report of the same entries held in memory, runs interleaved in the log
    // included, and the hand-written JSON reads back field by field.
    void aStreamedExportEqualsTheReportOfTheEntriesInMemory()
    {
        auto log = openLog(newPath());
        const QStringList runs = {QStringLiteral("run-a"),
                                  QStringLiteral("run-b"),
                                  QString(),
                                  QStringLiteral("run-a"),
                                  QString(),
                                  QStringLiteral("run-b")};
        QString error;
        for (int i = 0; i < runs.size(); ++i) {
            AuditEntry e =
                stepEntry(i + 1, QStringLiteral("line\t\"%1\" \\ \u0001 é 日本 🙂\n").arg(i));
            e.runId = runs.at(i);
            e.hasExitCode = i != 2;
            QVERIFY2(log->append(e, &error), qPrintable(error));
        }
        AuditReportInfo info;
        info.databaseId = log->databaseId();
        info.exportedAt = QDateTime::currentDateTimeUtc();
        info.logHead = log->head();
        for (const QString &run : {QString(), QStringLiteral("run-a")}) {
            const QList<AuditEntry> entries = log->entries(run);
            info.runFilter = run;
            for (const auto format : {AuditArchive::Format::Html, AuditArchive::Format::Json}) {
                const QString path = m_dir.filePath(QStringLiteral("streamed"));
                QCOMPARE(AuditExport::write(format, info, AuditLogEntries(*log, run), path),
                         QString());
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                QCOMPARE(file.readAll(), format == AuditArchive::Format::Html
                                             ? AuditReport::html(info, entries).toUtf8()
                                             : AuditReport::json(info, entries));
            }
            QJsonParseError parseError{};
            const QJsonArray exported =
                QJsonDocument::fromJson(AuditReport::json(info, entries), &parseError)
                    .object()
                    .value(QStringLiteral("entries"))
                    .toArray();
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            QCOMPARE(exported.size(), entries.size());
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const QJsonObject o = exported.at(i).toObject();
                const AuditEntry &e = entries.at(i);
                QCOMPARE(o.value(QStringLiteral("output")).toString(), e.output);
                QCOMPARE(o.value(QStringLiteral("time")).toString(), AuditChain::timeText(e.time));
                QCOMPARE(o.value(QStringLiteral("exitCode")).isNull(), !e.hasExitCode);
                QCOMPARE(o.value(QStringLiteral("sequence")).toInteger(), e.sequence);
            }
        }
        // The raw record: a section per run in the order the runs started, no run's last.
        const QString html = AuditReport::html(info, log->entries());
        const qsizetype a = html.indexOf(QStringLiteral("<summary>Run run-a"));
        const qsizetype b = html.indexOf(QStringLiteral("<summary>Run run-b"));
        const qsizetype outside = html.indexOf(QStringLiteral("<summary>Outside any run"));
        QVERIFY(a > 0 && a < b && b < outside);
        QCOMPARE(html.count(QStringLiteral("<summary>")), 3);
    }

    // A report verifies the chain and reads its entries in one snapshot: what another
    // connection appends meanwhile (a run going on) is in neither.
    void aSnapshotDoesNotSeeWhatIsAppendedMeanwhile()
    {
        const QString file = newPath();
        auto reader = logWithEntries(file, 3);
        auto writer = openLog(file);
        qint64 before = 0;
        qint64 read = 0;
        QString error;
        const QString problem = reader->inOneSnapshot([&] {
            before = reader->count();
            AuditEntry late = stepEntry(4, QStringLiteral("appended meanwhile"));
            QVERIFY2(writer->append(late, &error), qPrintable(error));
            QVERIFY(reader->forEachEntry(std::nullopt, [&read](const AuditEntry &) { ++read; })
                        .isEmpty());
        });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(before, 3);
        QCOMPARE(read, 3);
        QCOMPARE(reader->count(), 4); // and after it, all of it
    }

    // A PDF holds its whole layout until it is written: a log too long for one is refused,
    // with the way out, and no file is left behind.
    void aPdfOfALogTooLongForOneIsRefused()
    {
        auto log = openLog(newPath());
        QList<AuditEntry> entries;
        for (qsizetype i = 0; i <= kPdfEntryLimit; ++i)
            entries << stepEntry(1, QStringLiteral("ok"));
        QString error;
        QVERIFY2(log->appendAll(entries, &error), qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        error = writeAuditPdf({}, AuditLogEntries(*log), path);
        QVERIFY2(error.contains(QStringLiteral("%1 entries").arg(kPdfEntryLimit + 1)) &&
                     error.contains(QStringLiteral("HTML or JSON")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void isoTimeIsQtsIsoFormWithMilliseconds_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("utc") << QDateTime(QDate(2026, 12, 3), QTime(9, 5, 7, 42), Qt::UTC);
        QTest::newRow("offset") << QDateTime(QDate(1999, 1, 31), QTime(23, 59, 59, 999),
                                             QTimeZone(3600 * 5));
        QTest::newRow("year 1") << QDateTime(QDate(1, 2, 3), QTime(0, 0), Qt::UTC);
        QTest::newRow("year 12345") << QDateTime(QDate(12345, 2, 3), QTime(0, 0), Qt::UTC);
    }

    void isoTimeIsQtsIsoFormWithMilliseconds()
    {
        QFETCH(QDateTime, time);
        QCOMPARE(AuditReport::isoTime(time), time.toUTC().toString(Qt::ISODateWithMs));
    }
};

QTEST_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
