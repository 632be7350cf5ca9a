#include "app/AuditLog.h"

#include "models/AuditChain.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>
#include <atomic>

namespace iha {
namespace {

// Schema step N takes the database from version N-1 to N. Never edit a released step:
// add one.
const QList<QStringList> kSteps = {
    // 1: entries, append-only (triggers refuse UPDATE and DELETE), and meta data.
    {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE entries (sequence INTEGER PRIMARY KEY, time TEXT NOT NULL, "
                       "operator TEXT NOT NULL,"
                       " cluster TEXT NOT NULL, run_id TEXT NOT NULL, procedure TEXT NOT NULL,"
                       " step_number INTEGER NOT NULL, step TEXT NOT NULL, host TEXT NOT NULL, "
                       "command TEXT NOT NULL,"
                       " exit_code INTEGER, output TEXT NOT NULL, output_size INTEGER NOT NULL, "
                       "outcome TEXT NOT NULL,"
                       " decision TEXT NOT NULL, previous_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE TRIGGER entries_append_only_update BEFORE UPDATE ON entries"
                       " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER entries_append_only_delete BEFORE DELETE ON entries"
                       " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    },
    // 2: runs (the progress a resumed run starts from), filled from the entries so far;
    // entries found by run.
    {
        QStringLiteral("CREATE TABLE runs (run_id TEXT PRIMARY KEY, cluster TEXT NOT NULL, "
                       "procedure TEXT NOT NULL,"
                       " operator TEXT NOT NULL, started TEXT NOT NULL, status TEXT NOT NULL,"
                       " next_step INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO runs SELECT run_id, MIN(cluster), MIN(procedure), "
                       "MIN(operator), MIN(time),"
                       " 'unknown', 0 FROM entries WHERE run_id <> '' GROUP BY run_id"),
        QStringLiteral("CREATE INDEX entries_by_run ON entries (run_id, sequence)"),
    },
    // 3: replication samples (the data at risk of a failover), one row per standby seen.
    {
        QStringLiteral("CREATE TABLE replication_samples (cluster TEXT NOT NULL, time TEXT NOT "
                       "NULL, source TEXT NOT NULL, primary_node TEXT NOT NULL,"
                       " standby_address TEXT NOT NULL, state TEXT NOT NULL, sync_state TEXT NOT "
                       "NULL, flush_lag_bytes INTEGER NOT NULL, replay_lag_bytes INTEGER NOT "
                       "NULL)"),
        QStringLiteral("CREATE INDEX samples_by_standby ON replication_samples (cluster, "
                       "standby_address, time)"),
    },
    // 4: each run's record signed with the log's key (HMAC): the table beside the chain is
    // tamper-evident too. Rows of earlier versions stay unsigned (NULL).
    {
        QStringLiteral("ALTER TABLE runs ADD COLUMN mac TEXT"),
    },
};

// A null QString would be bound as SQL NULL: empty text is stored as empty text (a sample of a
// standby that did not stream has an empty state, never a missing one).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString lastError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// parseTime: false leaves `time` unset, for verify(), which hashes the stored text as it is.
AuditEntry entryFrom(const QSqlQuery &q, bool parseTime = true)
{
    AuditEntry e;
    e.sequence = q.value(0).toLongLong();
    if (parseTime)
        e.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
    e.operatorName = q.value(2).toString();
    e.cluster = q.value(3).toString();
    e.runId = q.value(4).toString();
    e.procedure = q.value(5).toString();
    e.stepNumber = q.value(6).toInt();
    e.step = q.value(7).toString();
    e.host = q.value(8).toString();
    e.command = q.value(9).toString();
    e.hasExitCode = !q.value(10).isNull();
    e.exitCode = e.hasExitCode ? q.value(10).toInt() : -1;
    e.output = q.value(11).toString();
    e.outputSize = q.value(12).toLongLong();
    e.outcome = q.value(13).toString();
    e.decision = q.value(14).toString();
    e.previousHash = q.value(15).toString().toLatin1();
    e.hash = q.value(16).toString().toLatin1();
    return e;
}

const char *const kColumns =
    "sequence, time, operator, cluster, run_id, procedure, step_number, step, host, command,"
    " exit_code, output, output_size, outcome, decision, previous_hash, hash";

} // namespace

QStringList auditSchemaSteps(int toVersion)
{
    QStringList statements;
    for (int i = 0; i < toVersion && i < kSteps.size(); ++i)
        statements += kSteps.at(i);
    return statements;
}

std::unique_ptr<AuditLog> AuditLog::open(const QString &path, QString *error)
{
    static std::atomic_int counter{0};
    std::unique_ptr<AuditLog> log(new AuditLog);
    log->m_path = path;
    log->m_connection = QStringLiteral("iha-audit-%1").arg(++counter);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), log->m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error =
            QStringLiteral("cannot open the audit log %1: %2").arg(path, db.lastError().text());
        return nullptr;
    }
    QSqlQuery pragma(db);
    // WAL: readers (the audit view) never block the writer; FULL: an entry that was appended
    // survives a power cut.
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    if (!log->upgrade(error))
        return nullptr;
    return log;
}

AuditLog::~AuditLog()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int AuditLog::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool AuditLog::upgrade(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    const bool hasMeta =
        q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'meta'")) && q.next();
    int version = hasMeta ? schemaVersion() : 0;
    if (version > kSchemaVersion) {
        *error = QStringLiteral(
                     "the audit log %1 has schema version %2, newer than this program knows (%3)")
                     .arg(m_path)
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    while (version < kSchemaVersion) {
        db.transaction();
        for (const QString &statement : kSteps.at(version)) {
            if (!q.exec(statement)) {
                *error = QStringLiteral("cannot upgrade the audit log %1 to version %2: %3")
                             .arg(m_path)
                             .arg(version + 1)
                             .arg(lastError(q));
                db.rollback();
                return false;
            }
        }
        ++version;
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)"));
        q.addBindValue(QString::number(version));
        q.exec();
        db.commit();
    }
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'")) && q.next()) {
        m_databaseId = q.value(0).toString();
    } else {
        m_databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.prepare(QStringLiteral("INSERT INTO meta VALUES ('database_id', ?)"));
        q.addBindValue(m_databaseId);
        if (!q.exec()) {
            *error = lastError(q);
            return false;
        }
    }
    return true;
}

AuditHead AuditLog::head() const
{
    AuditHead head;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(
            QStringLiteral("SELECT sequence, hash FROM entries ORDER BY sequence DESC LIMIT 1")) &&
        q.next()) {
        head.count = q.value(0).toLongLong();
        head.hash = q.value(1).toString().toLatin1();
    } else {
        head.hash = AuditChain::kGenesis;
    }
    return head;
}

qint64 AuditLog::count() const
{
    return head().count;
}

bool AuditLog::insert(AuditEntry &e, AuditHead &head, QString *error)
{
    if (m_key.isEmpty()) {
        *error = QStringLiteral("the audit log has no key (it lives in the keychain)");
        return false;
    }
    e.step = m_redactor.redact(e.step);
    e.command = m_redactor.redact(e.command);
    e.decision = m_redactor.redact(e.decision);
    const qint64 size = e.outputSize;
    AuditChain::setOutput(e, m_redactor.redact(e.output));
    e.outputSize = qMax(size, e.outputSize);
    if (!e.time.isValid())
        e.time = QDateTime::currentDateTimeUtc();
    e.sequence = head.count + 1;
    e.previousHash = head.hash;
    e.hash = AuditChain::hashOf(e.previousHash, e, m_key);

    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO entries (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(kColumns)));
    const QVariantList values{e.sequence,
                              AuditChain::timeText(e.time),
                              text(e.operatorName),
                              text(e.cluster),
                              text(e.runId),
                              text(e.procedure),
                              e.stepNumber,
                              text(e.step),
                              text(e.host),
                              text(e.command),
                              e.hasExitCode ? QVariant(e.exitCode)
                                            : QVariant(QMetaType(QMetaType::Int)),
                              text(e.output),
                              e.outputSize,
                              text(e.outcome),
                              text(e.decision),
                              QString::fromLatin1(e.previousHash),
                              QString::fromLatin1(e.hash)};
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        *error = QStringLiteral("cannot append to the audit log %1: %2").arg(m_path, lastError(q));
        return false;
    }
    head.count = e.sequence;
    head.hash = e.hash;
    return true;
}

bool AuditLog::append(AuditEntry &entry, QString *error)
{
    QList<AuditEntry> one{entry};
    if (!appendAll(one, error))
        return false;
    entry = one.constFirst();
    return true;
}

bool AuditLog::appendAll(QList<AuditEntry> &entries, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // The head is read inside the write transaction: appends from several connections never
    // fork the chain.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error =
            QStringLiteral("cannot append to the audit log %1: %2").arg(m_path, lastError(begin));
        return false;
    }
    AuditHead current = head();
    for (AuditEntry &entry : entries) {
        if (!insert(entry, current, error)) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        *error =
            QStringLiteral("cannot append to the audit log %1: %2").arg(m_path, lastError(commit));
        return false;
    }
    return true;
}

QString AuditLog::inOneSnapshot(const std::function<void()> &read) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // SQLite's read transaction starts with the first read and holds one snapshot (WAL). On a
    // connection of its own: no transaction of the caller's is open on it.
    if (!db.transaction())
        return QStringLiteral("cannot read the audit log %1 in one transaction: %2")
            .arg(m_path, db.lastError().text());
    read();
    db.rollback(); // it only read
    return {};
}

AuditLog::Verification AuditLog::verifiedRun(const QString &runId, QList<AuditEntry> *entries,
                                             const std::atomic_bool *stop) const
{
    Verification v;
    const QString problem = inOneSnapshot([&] {
        v = verify(std::nullopt, stop);
        if (v.intact)
            *entries = this->entries(runId);
    });
    if (!problem.isEmpty())
        v.message = problem;
    return v;
}

QList<AuditEntry> AuditLog::entries(const QString &runId) const
{
    QList<AuditEntry> result;
    forEachEntry(runId.isEmpty() ? std::nullopt : std::optional<QString>(runId),
                 [&result](const AuditEntry &e) { result.append(e); });
    return result;
}

namespace {

// Visits what `q` (executed, forward only) finds; empty, or why it stopped early.
QString visitRows(QSqlQuery &q, bool executed, const AuditLog::Visit &visit,
                  const std::atomic_bool *stop, const QString &path)
{
    if (!executed)
        return QStringLiteral("cannot read the audit log %1: %2").arg(path, lastError(q));
    while (q.next()) {
        if (stop && *stop)
            return QStringLiteral("reading the audit log %1 was stopped").arg(path);
        visit(entryFrom(q));
    }
    if (q.lastError().isValid())
        return QStringLiteral("cannot read the audit log %1: %2").arg(path, lastError(q));
    return {};
}

} // namespace

QString AuditLog::forEachEntry(const std::optional<QString> &runId, const Visit &visit,
                               const std::atomic_bool *stop) const
{
    if (runId)
        return forEachEntryOfRuns({*runId}, visit, stop);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    const bool executed = q.exec(
        QStringLiteral("SELECT %1 FROM entries ORDER BY sequence").arg(QLatin1String(kColumns)));
    return visitRows(q, executed, visit, stop, m_path);
}

QString AuditLog::forEachEntryOfRuns(const QStringList &runIds, const Visit &visit,
                                     const std::atomic_bool *stop) const
{
    // One statement, prepared once and run per run through the index by run.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM entries WHERE run_id = ? ORDER BY sequence")
                       .arg(QLatin1String(kColumns))))
        return QStringLiteral("cannot read the audit log %1: %2").arg(m_path, lastError(q));
    for (const QString &runId : runIds) {
        q.bindValue(0, text(runId));
        if (const QString problem = visitRows(q, q.exec(), visit, stop, m_path); !problem.isEmpty())
            return problem;
    }
    return {};
}
bool AuditLog::recordSamples(const QString &cluster, const QList<ReplicationSample> &samples)
{
    if (samples.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO replication_samples VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ReplicationSample &sample : samples) {
        const QVariantList values{cluster,
                                  AuditChain::timeText(sample.time),
                                  text(sample.source),
                                  text(sample.primaryNode),
                                  text(sample.standbyAddress),
                                  text(sample.state),
                                  text(sample.syncState),
                                  sample.flushLagBytes,
                                  sample.replayLagBytes};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            db.rollback();
            return false;
        }
    }
    // Only the newest matters; a day of them is kept for the record.
    QSqlQuery prune(db);
    prune.prepare(QStringLiteral("DELETE FROM replication_samples WHERE cluster = ? AND time < ?"));
    prune.addBindValue(cluster);
    prune.addBindValue(AuditChain::timeText(samples.constLast().time.addDays(-1)));
    if (!prune.exec() || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

std::optional<ReplicationSample> AuditLog::lastSample(const QString &cluster,
                                                      const QString &standbyAddress) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT time, source, primary_node, standby_address, state, "
                             "sync_state, flush_lag_bytes, replay_lag_bytes FROM "
                             "replication_samples WHERE cluster = ? AND standby_address = ? "
                             "ORDER BY time DESC LIMIT 1"));
    q.addBindValue(cluster);
    q.addBindValue(standbyAddress);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ReplicationSample sample;
    sample.time = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    sample.source = q.value(1).toString();
    sample.primaryNode = q.value(2).toString();
    sample.standbyAddress = q.value(3).toString();
    sample.state = q.value(4).toString();
    sample.syncState = q.value(5).toString();
    sample.flushLagBytes = q.value(6).toLongLong();
    sample.replayLagBytes = q.value(7).toLongLong();
    return sample;
}

AuditLog::Verification AuditLog::verify(const std::optional<AuditHead> &keychainHead,
                                        const std::atomic_bool *stop) const
{
    Verification v;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM entries ORDER BY sequence").arg(QLatin1String(kColumns)));
    QByteArray previous = AuditChain::kGenesis;
    qint64 expected = 1;
    // The entry the keychain remembers as the head must still be there, as it was: a log
    // rewritten from there on with the key (or cut and grown again) does not pass for intact.
    QByteArray rememberedEntryHash;
    while (q.next()) {
        if (stop && *stop) {
            v.message = QStringLiteral("verification stopped after %1 entries").arg(v.checked);
            return v;
        }
        const AuditEntry e = entryFrom(q, false);
        const QString time = q.value(1).toString();
        const bool linked = e.sequence == expected && e.previousHash == previous;
        if (!linked || AuditChain::hashOf(previous, e, time, m_key) != e.hash) {
            v.firstBroken = e.sequence;
            v.message =
                QStringLiteral(
                    "entry #%1 (%2, %3) does not match its hash: it was changed after it was "
                    "written%4; the %5 entries before it are intact")
                    .arg(e.sequence)
                    .arg(time, e.step.isEmpty() ? e.outcome : e.step,
                         linked ? QString() : QStringLiteral(", or entries before it were removed"))
                    .arg(v.checked);
            return v;
        }
        previous = e.hash;
        if (keychainHead && e.sequence == keychainHead->count)
            rememberedEntryHash = e.hash;
        ++expected;
        ++v.checked;
    }
    if (keychainHead && keychainHead->count > v.checked) {
        v.message =
            QStringLiteral(
                "the log was cut short: the keychain remembers %1 entries (head %2), the log has "
                "%3; the %3 entries it has are intact")
                .arg(keychainHead->count)
                .arg(keychainHead->toString())
                .arg(v.checked);
        v.firstBroken = v.checked + 1;
        return v;
    }
    if (keychainHead && keychainHead->count > 0 && rememberedEntryHash != keychainHead->hash) {
        v.message =
            QStringLiteral("entry #%1 differs from the head the keychain remembers (%2): the log "
                           "was cut back and written again from there")
                .arg(keychainHead->count)
                .arg(keychainHead->toString());
        v.firstBroken = keychainHead->count;
        return v;
    }
    const RunRecordCheck runs = checkRunRecords();
    if (!runs.changed.isEmpty()) {
        v.message = QStringLiteral("the record of run %1 (its status, step or names) was changed "
                                   "outside the product; the %2 entries are intact")
                        .arg(runs.changed.join(QLatin1String(", ")))
                        .arg(v.checked);
        return v;
    }
    v.intact = true;
    v.message = QStringLiteral("%1 entries intact; head %2")
                    .arg(v.checked)
                    .arg(AuditHead{v.checked, previous}.toString());
    if (keychainHead)
        v.message += keychainHead->count == v.checked
                         ? QStringLiteral(", as the keychain remembers")
                         : QStringLiteral(" (the keychain remembers an older head, %1)")
                               .arg(keychainHead->toString());
    else
        v.message += QStringLiteral(" (no head in the keychain to compare with)");
    if (runs.unsigned_ > 0)
        v.message += QStringLiteral("; %1 run records written by an earlier version are not signed")
                         .arg(runs.unsigned_);
    return v;
}

} // namespace iha
