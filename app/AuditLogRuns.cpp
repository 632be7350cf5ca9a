// The runs table of the audit log: each run's progress, signed with the log's key so that a
// record changed outside the product (its status, step, cluster or operator) is noticed.
#include "app/AuditLog.h"
#include "models/AuditChain.h"

#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace iha {
namespace {

const char kRunColumns[] = "run_id, cluster, procedure, operator, status, next_step, started, mac";

QStringList runFields(const QSqlQuery &q)
{
    QStringList fields;
    for (int i = 0; i < 7; ++i)
        fields << q.value(i).toString();
    return fields;
}

} // namespace

QByteArray AuditLog::runSignature(const QStringList &fields) const
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_key);
    for (const QString &field : QStringList{QStringLiteral("run record v1")} + fields) {
        const QByteArray bytes = field.toUtf8();
        mac.addData(QByteArray::number(bytes.size()) + ':' + bytes);
    }
    return mac.result().toHex();
}

AuditRun AuditLog::runFrom(const QSqlQuery &q) const
{
    AuditRun run{q.value(0).toString(),
                 q.value(1).toString(),
                 q.value(2).toString(),
                 q.value(3).toString(),
                 q.value(4).toString(),
                 q.value(5).toInt(),
                 QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs),
                 AuditRun::Record::Verified};
    if (m_key.isEmpty())
        run.record = AuditRun::Record::Unchecked;
    else if (q.value(7).isNull())
        run.record = AuditRun::Record::Unsigned;
    else if (runSignature(runFields(q)) != q.value(7).toByteArray())
        run.record = AuditRun::Record::Changed;
    return run;
}

bool AuditLog::recordRun(const RunRecord &run)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool ownTransaction = db.transaction();
    QSqlQuery q(db);
    // The old signature goes with the old values: a record that could not be signed again is
    // unsigned, never taken for one changed outside the product.
    q.prepare(QStringLiteral(
        "INSERT INTO runs (run_id, cluster, procedure, operator, started, status, next_step, mac)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (run_id) DO UPDATE SET"
        " status = excluded.status, next_step = excluded.next_step, mac = NULL"));
    for (const QVariant &value : QVariantList{
             run.runId, run.cluster, run.procedure, withRole(run.operatorName),
             AuditChain::timeText(QDateTime::currentDateTimeUtc()), run.status, run.nextStep})
        q.addBindValue(value);
    bool ok = q.exec();
    // Signed as stored: a resumed run keeps the names and start of its first record.
    if (ok && !m_key.isEmpty()) {
        QSqlQuery stored(db);
        stored.prepare(
            QStringLiteral("SELECT %1 FROM runs WHERE run_id = ?").arg(QLatin1String(kRunColumns)));
        stored.addBindValue(run.runId);
        ok = stored.exec() && stored.next();
        const QByteArray signature = ok ? runSignature(runFields(stored)) : QByteArray();
        stored.finish(); // a statement still reading would keep the row from being updated
        if (ok) {
            QSqlQuery sign(db);
            sign.prepare(QStringLiteral("UPDATE runs SET mac = ? WHERE run_id = ?"));
            sign.addBindValue(QString::fromLatin1(signature));
            sign.addBindValue(run.runId);
            ok = sign.exec();
        }
    }
    if (ownTransaction)
        ok = (ok ? db.commit() : db.rollback()) && ok;
    return ok;
}

std::optional<AuditLog::RunRecord> AuditLog::runRecord(const QString &runId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("SELECT %1 FROM runs WHERE run_id = ?").arg(QLatin1String(kRunColumns)));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return runFrom(q);
}

QList<AuditRun> AuditLog::recentRuns(const QString &cluster, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM runs WHERE cluster = ? ORDER BY started DESC, %2 "
                             "DESC LIMIT ?")
                  .arg(QLatin1String(kRunColumns), rowOrder()));
    q.addBindValue(cluster);
    q.addBindValue(limit);
    QList<AuditRun> runs;
    if (q.exec()) {
        while (q.next())
            runs << runFrom(q);
    }
    return runs;
}

AuditLog::RunRecordCheck AuditLog::checkRunRecords() const
{
    RunRecordCheck check;
    if (m_key.isEmpty()) // nothing to check with (the chain cannot be checked either)
        return check;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM runs ORDER BY %2")
                    .arg(QLatin1String(kRunColumns), rowOrder())))
        return check;
    while (q.next()) {
        if (q.value(7).isNull())
            ++check.unsigned_;
        else if (runSignature(runFields(q)) != q.value(7).toByteArray())
            check.changed << q.value(0).toString();
    }
    return check;
}

} // namespace iha
