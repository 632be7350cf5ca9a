// Appending to the audit log: entries redacted and named, chained under the chain's lock, and,
// for a team's store that cannot be reached, kept locally and handed over when it answers.
#include "app/AuditLog.h"
#include "app/AuditSpool.h"
#include "models/AuditChain.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace iha {
namespace {

QString lastError(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

void AuditLog::setKey(const QByteArray &key)
{
    m_key = key;
    QString problem;
    if (m_shared && !m_key.isEmpty() && m_spool->count() > 0 && !flushSpool(&problem))
        notice(QStringLiteral("the entries kept while the team's store could not be reached are "
                              "still waiting in %1: %2")
                   .arg(m_spool->path(), problem));
}

void AuditLog::prepare(AuditEntry &e) const
{
    e.step = m_redactor.redact(e.step);
    e.command = m_redactor.redact(e.command);
    e.decision = m_redactor.redact(e.decision);
    const qint64 size = e.outputSize;
    AuditChain::setOutput(e, m_redactor.redact(e.output));
    e.outputSize = qMax(size, e.outputSize);
    if (!e.time.isValid())
        e.time = QDateTime::currentDateTimeUtc();
    if (e.entryId.isEmpty())
        e.entryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.operatorName = withRole(e.operatorName);
}

QString AuditLog::withRole(const QString &operatorName) const
{
    // In the team's store each entry names the database role it was written with, beside the
    // OS user and machine.
    const QString suffix = QStringLiteral(" (role %1)").arg(m_role);
    if (!m_shared || m_role.isEmpty() || operatorName.endsWith(suffix))
        return operatorName;
    return operatorName + suffix;
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
    if (m_key.isEmpty()) {
        *error = QStringLiteral("the audit log has no key (it lives in the keychain)");
        return false;
    }
    for (AuditEntry &entry : entries)
        prepare(entry);
    if (!m_shared)
        return appendChained(entries, error);
    QString problem;
    if (flushSpool(&problem) && appendChained(entries, &problem))
        return true;
    if (stillConnected()) { // the store answered, and refused: said as it is
        *error = problem;
        return false;
    }
    // The store is gone (stopped, the network): nothing is lost, the run is told (once).
    if (!m_spool->keep(entries, error))
        return false;
    if (!m_storeLost)
        notice(QStringLiteral("the team's store %1 cannot be reached (%2): entries are kept in %3 "
                              "and appended to the store, in order, when it answers again")
                   .arg(m_path, problem.trimmed(), m_spool->path()));
    m_storeLost = true;
    return true;
}

namespace {

QByteArray keyCheckOf(const QByteArray &key)
{
    return QMessageAuthenticationCode::hash("inmanta-ha-admin audit key check", key,
                                            QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

QString AuditLog::keyProblem() const
{
    const std::optional<QString> check = meta(QStringLiteral("key_check"));
    if (!check || check->toLatin1() == keyCheckOf(m_key))
        return {};
    return QStringLiteral("the audit key in this keychain is not the one the log %1 is chained "
                          "with: import the team's key (a teammate runs `inmanta-ha-cli audit "
                          "key export`, you run `inmanta-ha-cli audit key import`)")
        .arg(m_path);
}

bool AuditLog::appendChained(QList<AuditEntry> &entries, QString *error, bool alreadyThere)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // The head is read inside the write transaction, which holds the chain's lock: appends from
    // several connections (several operators, in the team's store) never fork the chain.
    QSqlQuery begin(db);
    const bool locked =
        m_shared ? db.transaction() &&
                       begin.exec(QStringLiteral(
                           "SELECT value FROM meta WHERE key = 'database_id' FOR UPDATE"))
                 : begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!locked) {
        *error = QStringLiteral("cannot append to the audit log %1: %2")
                     .arg(m_path,
                          begin.lastError().isValid() ? lastError(begin) : db.lastError().text());
        if (m_shared)
            db.rollback();
        return false;
    }
    const auto rollback = [&] {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    // The first append names the key (by an HMAC of it, never the key): a client with another
    // key would chain entries no teammate could verify.
    // Once set, the log's key check never changes: checked once per key.
    if (m_keyCheckedFor != m_key) {
        if (const QString problem = keyProblem(); !problem.isEmpty()) {
            *error = problem;
            return rollback();
        }
        if (!meta(QStringLiteral("key_check")) &&
            !setMeta(QStringLiteral("key_check"), QString::fromLatin1(keyCheckOf(m_key)))) {
            *error = QStringLiteral("cannot append to the audit log %1").arg(m_path);
            return rollback();
        }
    }
    AuditHead current = head();
    QSqlQuery known(db);
    known.prepare(QStringLiteral("SELECT 1 FROM entries WHERE entry_id = ?"));
    for (AuditEntry &entry : entries) {
        // Kept entries may have reached the log already (a commit whose answer was lost).
        if (alreadyThere) {
            known.bindValue(0, entry.entryId);
            if (!known.exec()) {
                *error = QStringLiteral("cannot append to the audit log %1: %2")
                             .arg(m_path, lastError(known));
                return rollback();
            }
            const bool found = known.next();
            known.finish();
            if (found)
                continue;
        }
        if (!insert(entry, current, error))
            return rollback();
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        *error =
            QStringLiteral("cannot append to the audit log %1: %2").arg(m_path, lastError(commit));
        return false;
    }
    m_keyCheckedFor = m_key;
    return true;
}

void AuditLog::openSpool()
{
    m_spool = std::make_unique<AuditSpool>(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
        QStringLiteral("/team-spool/%1.sqlite").arg(m_databaseId));
}

qint64 AuditLog::pendingCount() const
{
    return m_spool ? m_spool->count() : 0;
}

void AuditLog::notice(const QString &text) const
{
    if (m_notice)
        m_notice(text);
}

bool AuditLog::stillConnected()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT 1")))
        return true;
    db.close(); // opened again (a new session) when the store answers
    return false;
}

bool AuditLog::flushSpool(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        // While the store is down, a run's every entry would wait for the connect timeout:
        // it is tried again every 15 s, and what comes meanwhile is kept locally.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastReconnect < 15000) {
            *error = QStringLiteral("the store did not answer");
            return false;
        }
        m_lastReconnect = now;
        if (!connect(error))
            return false;
        retakeTeamLocks();
        if (m_storeLost)
            notice(QStringLiteral("the team's store %1 answers again; the team's run lock was "
                                  "lost with the connection (the lock on the cluster's nodes "
                                  "still holds)")
                       .arg(m_path));
    }
    qint64 handed = 0;
    const bool ok = m_spool->handOver(
        [&](QList<AuditEntry> &kept) {
            handed = kept.size();
            return appendChained(kept, error, /*alreadyThere=*/true);
        },
        error);
    if (ok)
        m_storeLost = false;
    if (ok && handed > 0)
        notice(QStringLiteral("%1 entries kept while the team's store could not be reached are "
                              "now appended to it, in order")
                   .arg(handed));
    return ok;
}

} // namespace iha
