// Team mode in the shared store: the run lock on a cluster, the clusters the team publishes,
// and the copy of a log from one store to another (`audit migrate`).
#include "app/AuditLog.h"
#include "models/AuditChain.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <utility>

namespace iha {
namespace {

// A cluster's lock: a 64-bit advisory key, the server's hash of its name (the schema's upgrade
// lock is of the two-key kind: never the same lock).
const char kTakeLock[] = "SELECT pg_try_advisory_lock(hashtextextended(?, 0))";
const char kGiveBackLock[] = "SELECT pg_advisory_unlock(hashtextextended(?, 0))";

QString timeOf(const QDateTime &time)
{
    return AuditChain::timeText(time);
}

QDateTime timeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QString teamTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString TeamLock::describe() const
{
    return QStringLiteral("run %1 of %2 by %3, since %4")
        .arg(runId, procedure, operatorName, teamTime(since));
}

namespace {

// The row of a cluster's lock, with whether its session holds the lock now (pg_locks shows
// every role the holder of an advisory lock; pg_stat_activity hides other roles' details).
std::optional<TeamLock> lockRow(const QString &connection, const QString &cluster, bool *live)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.prepare(QStringLiteral(
        "SELECT run_id, procedure, operator, since, session, EXISTS (SELECT 1 FROM pg_locks l "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
        " AND l.classid::text::bigint = ((hashtextextended(t.cluster, 0) >> 32) & 4294967295)"
        " AND l.objid::text::bigint = (hashtextextended(t.cluster, 0) & 4294967295)"
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
    // "Since" by the server's clock: the team's machines may not agree on the time.
    q.prepare(QStringLiteral(
        "INSERT INTO team_locks VALUES (?, ?, ?, ?, to_char(now() AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), ?) ON CONFLICT (cluster) DO UPDATE SET "
        "run_id = excluded.run_id, procedure = excluded.procedure, operator = excluded.operator, "
        "since = excluded.since, session = excluded.session"));
    for (const QVariant &value : QVariantList{mine.cluster, mine.runId, mine.procedure,
                                              withRole(mine.operatorName), m_session})
        q.addBindValue(value);
    if (!q.exec()) {
        *error = QStringLiteral("cannot record the team's lock on cluster %1 in %2: %3")
                     .arg(mine.cluster, m_path, q.lastError().text());
        q.prepare(QLatin1String(kGiveBackLock));
        q.addBindValue(mine.cluster);
        q.exec();
        return TeamLockResult::Failed;
    }
    m_heldLocks.removeIf([&](const TeamLock &held) { return held.cluster == mine.cluster; });
    m_heldLocks << mine;
    return TeamLockResult::Taken;
}

void AuditLog::releaseTeamLock(const QString &cluster, const QString &runId)
{
    if (!m_shared)
        return;
    m_heldLocks.removeIf([&](const TeamLock &held) { return held.cluster == cluster; });
    // By the run: after a reconnection this client's session is another one.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM team_locks WHERE cluster = ? AND run_id = ?"));
    q.addBindValue(cluster);
    q.addBindValue(runId);
    q.exec();
    q.prepare(QLatin1String(kGiveBackLock));
    q.addBindValue(cluster);
    q.exec();
}

void AuditLog::retakeTeamLocks()
{
    // The lock went with the old session. Taken again for each run still going on; one a
    // teammate took meanwhile stops the run at its next step (Runner).
    for (const TeamLock &mine : std::exchange(m_heldLocks, {})) {
        TeamLock holder;
        std::optional<TeamLock> left;
        QString error;
        TeamLockResult result = takeTeamLock(mine, &holder, &left, &error);
        // After a silent network drop the server may not have noticed yet: our own old
        // session still holds the lock. Ended (the same role may), then taken again.
        if (result == TeamLockResult::HeldByOther && holder.runId == mine.runId &&
            !holder.session.isEmpty()) {
            QSqlQuery end(QSqlDatabase::database(m_connection, false));
            end.prepare(QStringLiteral("SELECT pg_terminate_backend(?::int, 5000)"));
            end.addBindValue(holder.session);
            end.exec();
            result = takeTeamLock(mine, &holder, &left, &error);
        }
        if (result == TeamLockResult::Taken)
            continue;
        m_lostTeamLock = result == TeamLockResult::HeldByOther
                             ? QStringLiteral("the team's lock on cluster %1 was lost with the "
                                              "store's connection, and is now held by the team's "
                                              "%2")
                                   .arg(mine.cluster, holder.describe())
                             : QStringLiteral("the team's lock on cluster %1 was lost with the "
                                              "store's connection and cannot be taken again: %2")
                                   .arg(mine.cluster, error);
        notice(m_lostTeamLock);
    }
}

std::optional<TeamLock> AuditLog::teamLockHolder(const QString &cluster, bool *interrupted) const
{
    if (interrupted)
        *interrupted = false;
    if (!m_shared)
        return std::nullopt;
    bool live = false;
    std::optional<TeamLock> row = lockRow(m_connection, cluster, &live);
    if (row && !live && interrupted)
        *interrupted = true;
    return row && (live || interrupted) ? row : std::nullopt;
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
    // Two first publications at once: the second meets the first's row, and is told so.
    if (!ok)
        return failed(QStringLiteral("cannot publish cluster %1 to %2 (another publication of it "
                                     "may have come first: see team history): %3")
                          .arg(name, m_path, write.lastError().text()));
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return failed(QStringLiteral("cannot publish cluster %1 to %2: %3")
                          .arg(name, m_path, commit.lastError().text()));
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
    const QList<Table> tables = {
        {QStringLiteral("entries"),
         QStringLiteral("sequence, time, operator, cluster, run_id, procedure, step_number, step,"
                        " host, command, exit_code, output, output_size, outcome, decision,"
                        " previous_hash, hash, entry_id"),
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
    // The source as one snapshot (a team's store goes on being written), the copy in one
    // transaction, verified before it is committed: nothing half-copied is ever left.
    QString problem;
    qint64 entries = 0;
    const QString snapshot = inOneSnapshot([&] {
        entries = head().count;
        problem = copyTables(target, tables, stop);
    });
    if (!snapshot.isEmpty() || !problem.isEmpty())
        return failed(snapshot.isEmpty() ? problem : snapshot);
    // The same chain and key; the copy keeps an id of its own, so that the keychain anchors
    // its head apart from the original's (each grows on its own from here).
    if ((meta(QStringLiteral("key_check")) &&
         !target.setMeta(QStringLiteral("key_check"), *meta(QStringLiteral("key_check")))))
        return failed(QStringLiteral("cannot write to %1").arg(target.path()));
    const Verification copied = target.verify(std::nullopt, stop);
    if (!copied.intact || copied.checked != entries)
        return failed(QStringLiteral("the copy in %1 does not verify (%2 of the %3 entries "
                                     "checked: %4); nothing was written")
                          .arg(target.path())
                          .arg(copied.checked)
                          .arg(entries)
                          .arg(copied.message));
    if (!to.commit())
        return failed(
            QStringLiteral("cannot write to %1: %2").arg(target.path(), to.lastError().text()));
    return {};
}

QString AuditLog::copyTables(AuditLog &target, const QList<Table> &tables,
                             const std::atomic_bool *stop) const
{
    QSqlDatabase to = QSqlDatabase::database(target.m_connection, false);
    for (const Table &t : tables) {
        const QString &table = t.name;
        const QString &names = t.columns;
        QSqlQuery from(QSqlDatabase::database(m_connection, false));
        from.setForwardOnly(true);
        if (!from.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(names, table, t.order)))
            return QStringLiteral("cannot read %1 of %2: %3")
                .arg(table, m_path, from.lastError().text());
        const int count = int(names.count(QLatin1Char(',')) + 1);
        QSqlQuery into(to);
        QStringList marks;
        for (int i = 0; i < count; ++i)
            marks << QStringLiteral("?");
        into.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, names, marks.join(QLatin1Char(','))));
        while (from.next()) {
            if (stop && *stop)
                return QStringLiteral("the copy was stopped; nothing was written");
            for (int i = 0; i < count; ++i)
                into.bindValue(i, from.value(i));
            if (!into.exec())
                return QStringLiteral("cannot copy %1 into %2: %3")
                    .arg(table, target.path(), into.lastError().text());
        }
        if (from.lastError().isValid())
            return QStringLiteral("cannot read %1 of %2: %3")
                .arg(table, m_path, from.lastError().text());
    }
    return {};
}

} // namespace iha
