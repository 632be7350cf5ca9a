// Team mode in the shared store: the run lock on a cluster, the clusters the team publishes,
// and the copy of a log from one store to another (`audit migrate`).
#include "app/AuditLog.h"
#include "models/AuditChain.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace iha {
namespace {

// The advisory locks' class (the other key is the cluster's name, hashed by the server).
const char kTakeLock[] = "SELECT pg_try_advisory_lock(7171, hashtext(?))";
const char kGiveBackLock[] = "SELECT pg_advisory_unlock(7171, hashtext(?))";

QString timeOf(const QDateTime &time)
{
    return AuditChain::timeText(time);
}

QDateTime timeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QString TeamLock::describe() const
{
    return QStringLiteral("run %1 of %2 by %3, since %4")
        .arg(runId, procedure, operatorName,
             since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
}

namespace {

// The row of a cluster's lock, with whether its session holds the lock now (pg_locks shows
// every role the holder of an advisory lock; pg_stat_activity hides other roles' details).
std::optional<TeamLock> lockRow(const QString &connection, const QString &cluster, bool *live)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.prepare(QStringLiteral(
        "SELECT run_id, procedure, operator, since, session, EXISTS (SELECT 1 FROM pg_locks l "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 7171 AND l.objsubid = 2"
        " AND l.objid::text::bigint = (hashtext(t.cluster)::bigint & 4294967295)"
        " AND l.pid::text = t.session) FROM team_locks t WHERE t.cluster = ?"));
    q.addBindValue(cluster);
    if (!q.exec() || !q.next())
        return std::nullopt;
    *live = q.value(5).toBool();
    return TeamLock{cluster,
                    q.value(0).toString(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    timeFrom(q.value(3)),
                    q.value(4).toString()};
}

} // namespace

AuditLog::TeamLockResult AuditLog::takeTeamLock(const TeamLock &mine, TeamLock *holder,
                                                std::optional<TeamLock> *interrupted,
                                                QString *error)
{
    if (!m_shared) {
        *error = QStringLiteral("the team's run lock lives in a shared store only");
        return TeamLockResult::Failed;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QLatin1String(kTakeLock));
    q.addBindValue(mine.cluster);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("cannot take the team's lock on cluster %1 in %2: %3")
                     .arg(mine.cluster, m_path, q.lastError().text());
        return TeamLockResult::Failed;
    }
    bool live = false;
    if (!q.value(0).toBool()) {
        // Held. Its holder writes its row right after taking it: a row whose session is gone
        // is the one before, so it is read once more.
        std::optional<TeamLock> row = lockRow(m_connection, mine.cluster, &live);
        if (!row || !live) {
            QThread::msleep(300);
            row = lockRow(m_connection, mine.cluster, &live);
        }
        *holder = row && live ? *row
                              : TeamLock{mine.cluster,
                                         QStringLiteral("(not recorded yet)"),
                                         QStringLiteral("a procedure"),
                                         QStringLiteral("another client of the store"),
                                         QDateTime::currentDateTimeUtc(),
                                         {}};
        return TeamLockResult::HeldByOther;
    }
    // Free, and a row left behind: its client ended without giving the lock back.
    if (std::optional<TeamLock> left = lockRow(m_connection, mine.cluster, &live))
        *interrupted = left;
    q.prepare(QStringLiteral(
        "INSERT INTO team_locks VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (cluster) DO UPDATE SET "
        "run_id = excluded.run_id, procedure = excluded.procedure, operator = excluded.operator, "
        "since = excluded.since, session = excluded.session"));
    for (const QVariant &value :
         QVariantList{mine.cluster, mine.runId, mine.procedure, withRole(mine.operatorName),
                      timeOf(QDateTime::currentDateTimeUtc()), m_session})
        q.addBindValue(value);
    if (!q.exec()) {
        *error = QStringLiteral("cannot record the team's lock on cluster %1 in %2: %3")
                     .arg(mine.cluster, m_path, q.lastError().text());
        releaseTeamLock(mine.cluster);
        return TeamLockResult::Failed;
    }
    return TeamLockResult::Taken;
}

void AuditLog::releaseTeamLock(const QString &cluster)
{
    if (!m_shared)
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM team_locks WHERE cluster = ? AND session = ?"));
    q.addBindValue(cluster);
    q.addBindValue(m_session);
    q.exec();
    q.prepare(QLatin1String(kGiveBackLock));
    q.addBindValue(cluster);
    q.exec();
}

std::optional<TeamLock> AuditLog::teamLockHolder(const QString &cluster) const
{
    if (!m_shared)
        return std::nullopt;
    bool live = false;
    std::optional<TeamLock> row = lockRow(m_connection, cluster, &live);
    return live ? row : std::nullopt;
}

QString AuditLog::publishCluster(const QString &name, const QString &content, int baseVersion,
                                 const QString &by, int *newVersion)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const auto failed = [&](const QString &problem) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return problem;
    };
    if (!(m_shared ? db.transaction() : q.exec(QStringLiteral("BEGIN IMMEDIATE"))))
        return QStringLiteral("cannot publish cluster %1 to %2: %3")
            .arg(name, m_path, db.lastError().text());
    // The row is locked until the commit: two publications of one version, at once, cannot
    // both pass the check below.
    q.prepare(QStringLiteral("SELECT version, content, changed_by, changed_at FROM clusters "
                             "WHERE name = ?%1")
                  .arg(m_shared ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(name);
    if (!q.exec())
        return failed(QStringLiteral("cannot publish cluster %1 to %2: %3")
                          .arg(name, m_path, q.lastError().text()));
    int current = 0;
    if (q.next()) {
        current = q.value(0).toInt();
        const QString who = QStringLiteral("version %1, published by %2 at %3")
                                .arg(current)
                                .arg(q.value(2).toString(), q.value(3).toString());
        if (baseVersion == 0)
            return failed(QStringLiteral("cluster %1 is already published (%2): open that "
                                         "version, make the change in it, then publish it")
                              .arg(name, who));
        if (baseVersion != current)
            return failed(QStringLiteral("cluster %1 was changed after version %2, which your file "
                                         "is based on (now %3): nothing was published; open the "
                                         "team's version, make your change again, then publish")
                              .arg(name)
                              .arg(baseVersion)
                              .arg(who));
        if (q.value(1).toString() == content)
            return failed(
                QStringLiteral("cluster %1: nothing to publish, the file is %2").arg(name, who));
    } else if (baseVersion != 0) {
        return failed(QStringLiteral("cluster %1 is not published in %2 (your file names version "
                                     "%3 of it)")
                          .arg(name, m_path)
                          .arg(baseVersion));
    }
    q.finish();
    const QVariantList row{name, current + 1, content, withRole(by),
                           timeOf(QDateTime::currentDateTimeUtc())};
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT INTO cluster_versions VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &value : row)
        write.addBindValue(value);
    bool ok = write.exec();
    if (ok) {
        write.prepare(QStringLiteral(
            "INSERT INTO clusters VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
            "version = excluded.version, content = excluded.content, changed_by = "
            "excluded.changed_by, changed_at = excluded.changed_at"));
        for (const QVariant &value : row)
            write.addBindValue(value);
        ok = write.exec();
    }
    if (!ok || !QSqlQuery(db).exec(QStringLiteral("COMMIT")))
        return failed(QStringLiteral("cannot publish cluster %1 to %2: %3")
                          .arg(name, m_path, write.lastError().text()));
    *newVersion = current + 1;
    return {};
}

namespace {

QList<PublishedCluster> publishedFrom(QSqlQuery &q)
{
    QList<PublishedCluster> result;
    while (q.next())
        result << PublishedCluster{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                                   q.value(3).toString(), timeFrom(q.value(4))};
    return result;
}

} // namespace

std::optional<PublishedCluster> AuditLog::publishedCluster(const QString &name, int version) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(version > 0 ? QStringLiteral("SELECT name, version, content, changed_by, changed_at "
                                           "FROM cluster_versions WHERE name = ? AND version = ?")
                          : QStringLiteral("SELECT name, version, content, changed_by, changed_at "
                                           "FROM clusters WHERE name = ?"));
    q.addBindValue(name);
    if (version > 0)
        q.addBindValue(version);
    if (!q.exec())
        return std::nullopt;
    const QList<PublishedCluster> found = publishedFrom(q);
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

QList<PublishedCluster> AuditLog::publishedClusters() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.exec(QStringLiteral(
        "SELECT name, version, content, changed_by, changed_at FROM clusters ORDER BY name"));
    return publishedFrom(q);
}

QList<PublishedCluster> AuditLog::clusterHistory(const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT name, version, content, changed_by, changed_at FROM "
                             "cluster_versions WHERE name = ? ORDER BY version DESC"));
    q.addBindValue(name);
    q.exec();
    return publishedFrom(q);
}

QString AuditLog::copyTo(AuditLog &target, const std::atomic_bool *stop) const
{
    QSqlQuery empty(QSqlDatabase::database(target.m_connection, false));
    if (!empty.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM entries) + (SELECT COUNT(*) FROM "
                                   "runs)")) ||
        !empty.next() || empty.value(0).toLongLong() != 0)
        return QStringLiteral("%1 is not empty: a log is copied into an empty store only")
            .arg(target.path());
    // Table by table, every column as stored (the chain's times as their text): the copy
    // verifies with the same key, and the keychain's head names the same entry.
    struct Table
    {
        QString name;
        QString columns;
        QString order;
    };
    const QList<Table> tables = {
        {QStringLiteral("entries"),
         QStringLiteral("sequence, time, operator, cluster, run_id, procedure, step_number, step,"
                        " host, command, exit_code, output, output_size, outcome, decision,"
                        " previous_hash, hash"),
         QStringLiteral("sequence")},
        {QStringLiteral("runs"),
         QStringLiteral("run_id, cluster, procedure, operator, started, status, next_step, mac"),
         rowOrder()},
        {QStringLiteral("replication_samples"),
         QStringLiteral("cluster, time, source, primary_node, standby_address, state, sync_state,"
                        " flush_lag_bytes, replay_lag_bytes"),
         QStringLiteral("time")},
        {QStringLiteral("cluster_versions"),
         QStringLiteral("name, version, content, changed_by, changed_at"),
         QStringLiteral("name, version")},
        {QStringLiteral("clusters"),
         QStringLiteral("name, version, content, changed_by, changed_at"), QStringLiteral("name")},
    };
    QSqlDatabase to = QSqlDatabase::database(target.m_connection, false);
    if (!to.transaction())
        return QStringLiteral("cannot write to %1: %2").arg(target.path(), to.lastError().text());
    const auto failed = [&](const QString &problem) {
        to.rollback();
        return problem;
    };
    for (const Table &t : tables) {
        const QString &table = t.name;
        const QString &names = t.columns;
        QSqlQuery from(QSqlDatabase::database(m_connection, false));
        from.setForwardOnly(true);
        if (!from.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(names, table, t.order)))
            return failed(QStringLiteral("cannot read %1 of %2: %3")
                              .arg(table, m_path, from.lastError().text()));
        const int count = int(names.count(QLatin1Char(',')) + 1);
        QSqlQuery into(to);
        QStringList marks;
        for (int i = 0; i < count; ++i)
            marks << QStringLiteral("?");
        into.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, names, marks.join(QLatin1Char(','))));
        while (from.next()) {
            if (stop && *stop)
                return failed(QStringLiteral("the copy was stopped; nothing was written"));
            for (int i = 0; i < count; ++i)
                into.bindValue(i, from.value(i));
            if (!into.exec())
                return failed(QStringLiteral("cannot copy %1 into %2: %3")
                                  .arg(table, target.path(), into.lastError().text()));
        }
        if (from.lastError().isValid())
            return failed(QStringLiteral("cannot read %1 of %2: %3")
                              .arg(table, m_path, from.lastError().text()));
    }
    // The same chain and key; the copy keeps an id of its own, so that the keychain anchors
    // its head apart from the original's (each grows on its own from here).
    if ((meta(QStringLiteral("key_check")) &&
         !target.setMeta(QStringLiteral("key_check"), *meta(QStringLiteral("key_check")))))
        return failed(QStringLiteral("cannot write to %1").arg(target.path()));
    if (!to.commit())
        return failed(
            QStringLiteral("cannot write to %1: %2").arg(target.path(), to.lastError().text()));
    return {};
}

} // namespace iha
