#include "app/AuditSpool.h"

#include "models/AuditChain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

namespace iha {
namespace {

QByteArray toJson(const AuditEntry &e)
{
    return QJsonDocument(QJsonArray{AuditChain::timeText(e.time), e.operatorName, e.cluster,
                                    e.runId, e.procedure, e.stepNumber, e.step, e.host, e.command,
                                    e.hasExitCode ? QJsonValue(e.exitCode) : QJsonValue(), e.output,
                                    e.outputSize, e.outcome, e.decision, e.entryId})
        .toJson(QJsonDocument::Compact);
}

AuditEntry fromJson(const QByteArray &json)
{
    const QJsonArray a = QJsonDocument::fromJson(json).array();
    AuditEntry e;
    e.time = QDateTime::fromString(a.at(0).toString(), Qt::ISODateWithMs).toUTC();
    e.operatorName = a.at(1).toString();
    e.cluster = a.at(2).toString();
    e.runId = a.at(3).toString();
    e.procedure = a.at(4).toString();
    e.stepNumber = a.at(5).toInt();
    e.step = a.at(6).toString();
    e.host = a.at(7).toString();
    e.command = a.at(8).toString();
    e.hasExitCode = !a.at(9).isNull();
    e.exitCode = e.hasExitCode ? a.at(9).toInt() : -1;
    e.output = a.at(10).toString();
    e.outputSize = a.at(11).toInteger();
    e.outcome = a.at(12).toString();
    e.decision = a.at(13).toString();
    e.entryId = a.at(14).toString();
    return e;
}

} // namespace

AuditSpool::AuditSpool(QString path)
    : m_path(std::move(path))
{
    static std::atomic_int counter{0};
    m_connection = QStringLiteral("iha-audit-spool-%1").arg(++counter);
}

AuditSpool::~AuditSpool()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

bool AuditSpool::open(QString *error)
{
    if (m_open)
        return true;
    // Only this user reads what waits here (redacted, but still the run's output).
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile::setPermissions(QFileInfo(m_path).absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    QSqlQuery q(db);
    if (!db.open() || !q.exec(QStringLiteral("PRAGMA synchronous = FULL")) ||
        !q.exec(QStringLiteral("PRAGMA busy_timeout = 10000")) ||
        !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS pending (id INTEGER PRIMARY KEY, "
                               "entry TEXT NOT NULL)"))) {
        *error = QStringLiteral("cannot keep entries in %1: %2")
                     .arg(m_path, db.isOpen() ? q.lastError().text() : db.lastError().text());
        return false;
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_open = true;
    return true;
}

bool AuditSpool::keep(const QList<AuditEntry> &entries, QString *error)
{
    if (!open(error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = QStringLiteral("cannot keep entries in %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO pending (entry) VALUES (?)"));
    for (const AuditEntry &e : entries) {
        q.bindValue(0, QString::fromUtf8(toJson(e)));
        if (!q.exec()) {
            *error =
                QStringLiteral("cannot keep entries in %1: %2").arg(m_path, q.lastError().text());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = QStringLiteral("cannot keep entries in %1: %2").arg(m_path, db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

qint64 AuditSpool::count() const
{
    if (!QFileInfo::exists(m_path))
        return 0;
    QString error;
    if (!const_cast<AuditSpool *>(this)->open(&error))
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM pending")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

bool AuditSpool::handOver(const std::function<bool(QList<AuditEntry> &)> &append, QString *error)
{
    if (!QFileInfo::exists(m_path))
        return true;
    if (!open(error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    // IMMEDIATE: another client of this user waits here instead of handing the same over.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = QStringLiteral("cannot read the entries kept in %1: %2")
                     .arg(m_path, q.lastError().text());
        return false;
    }
    QList<AuditEntry> entries;
    qint64 last = 0;
    // Kept entries that cannot be read are not skipped: what comes after them would be
    // appended ahead of them.
    if (!q.exec(QStringLiteral("SELECT id, entry FROM pending ORDER BY id"))) {
        *error = QStringLiteral("cannot read the entries kept in %1: %2")
                     .arg(m_path, q.lastError().text());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    while (q.next()) {
        last = q.value(0).toLongLong();
        entries << fromJson(q.value(1).toByteArray());
    }
    q.finish();
    if (entries.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return true;
    }
    if (!append(entries)) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    // Appended: from here they are the store's. A crash before this commit would append them
    // twice, as new entries of a valid chain; never lose one.
    q.prepare(QStringLiteral("DELETE FROM pending WHERE id <= ?"));
    q.addBindValue(last);
    if (!q.exec() || !q.exec(QStringLiteral("COMMIT"))) {
        *error = QStringLiteral("the kept entries were appended, but cannot be removed from %1: %2")
                     .arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

} // namespace iha
