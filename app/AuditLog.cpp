#include "app/AuditLog.h"

#include "app/AuditSpool.h"
#include "models/AuditChain.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

namespace iha {
namespace {

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

AuditLog::AuditLog() = default;

AuditLog::~AuditLog()
{
    m_spool.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

AuditHead AuditLog::head() const
{
    return readableHead().value_or(AuditHead{0, AuditChain::kGenesis});
}

std::optional<AuditHead> AuditLog::readableHead() const
{
    AuditHead head{0, AuditChain::kGenesis};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(
            QStringLiteral("SELECT sequence, hash FROM entries ORDER BY sequence DESC LIMIT 1")))
        return std::nullopt;
    if (q.next()) {
        head.count = q.value(0).toLongLong();
        head.hash = q.value(1).toString().toLatin1();
    }
    return head;
}

qint64 AuditLog::count() const
{
    return head().count;
}

bool AuditLog::insert(AuditEntry &e, AuditHead &head, QString *error)
{
    e.sequence = head.count + 1;
    e.previousHash = head.hash;
    e.hash = AuditChain::hashOf(e.previousHash, e, m_key);

    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
                  "INSERT INTO entries (%1, entry_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(kColumns)));
    const QVariantList values{
        e.sequence,
        AuditChain::timeText(e.time),
        text(e.operatorName),
        text(e.cluster),
        text(e.runId),
        text(e.procedure),
        e.stepNumber,
        text(e.step),
        text(e.host),
        text(e.command),
        e.hasExitCode ? QVariant(e.exitCode) : QVariant(QMetaType(QMetaType::Int)),
        text(e.output),
        e.outputSize,
        text(e.outcome),
        text(e.decision),
        QString::fromLatin1(e.previousHash),
        QString::fromLatin1(e.hash),
        e.entryId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.entryId)};
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

QString AuditLog::inOneSnapshot(const std::function<void()> &read) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // SQLite's read transaction starts with the first read and holds one snapshot (WAL);
    // PostgreSQL's does so at REPEATABLE READ. On a connection of its own: no transaction of
    // the caller's is open on it.
    QSqlQuery begin(db);
    if (m_shared ? !begin.exec(QStringLiteral(
                       "START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
                 : !db.transaction())
        return QStringLiteral("cannot read the audit log %1 in one transaction: %2")
            .arg(m_path, m_shared ? lastError(begin) : db.lastError().text());
    read();
    // It only read.
    if (m_shared)
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    else
        db.rollback();
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
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    const bool executed = q.exec(
        QStringLiteral("SELECT %1 FROM entries ORDER BY sequence").arg(QLatin1String(kColumns)));
    return visitRows(q, executed, visit, stop, m_path);
}

QString AuditLog::forEachEntryOfRuns(const QStringList &runIds, const Visit &visit,
                                     const std::atomic_bool *stop) const
{
    // One statement, prepared once and run per run through the index by run.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
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
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
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
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
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
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM entries ORDER BY sequence")
                    .arg(QLatin1String(kColumns)))) {
        v.message = QStringLiteral("cannot read the audit log %1: %2").arg(m_path, lastError(q));
        return v;
    }
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
    // A read cut short (the store lost) is neither a log cut short nor an intact one.
    if (q.lastError().isValid()) {
        v.message = QStringLiteral("cannot read the audit log %1 after %2 entries: %3")
                        .arg(m_path)
                        .arg(v.checked)
                        .arg(lastError(q));
        return v;
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
