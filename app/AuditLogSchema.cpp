#include "app/AuditLog.h"
#include "app/AuditStoreLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <atomic>

namespace iha {
namespace {

// Schema step N takes the database from version N-1 to N, in SQLite and in PostgreSQL alike
// (the same versions, each written in the database's own words). Never edit a released step:
// add one.
struct SchemaStep
{
    QStringList sqlite;
    QStringList postgres; // empty: the same statements as SQLite's
};

// The team's tables (version 5): who runs a procedure on a cluster now, and the clusters the
// team publishes, every version kept.
const QStringList kTeamTables = {
    QStringLiteral("CREATE TABLE team_locks (cluster TEXT PRIMARY KEY, run_id TEXT NOT NULL,"
                   " procedure TEXT NOT NULL, operator TEXT NOT NULL, since TEXT NOT NULL,"
                   " session TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE clusters (name TEXT PRIMARY KEY, version INTEGER NOT NULL,"
                   " content TEXT NOT NULL, changed_by TEXT NOT NULL, changed_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE cluster_versions (name TEXT NOT NULL, version INTEGER NOT NULL,"
                   " content TEXT NOT NULL, changed_by TEXT NOT NULL, changed_at TEXT NOT NULL,"
                   " PRIMARY KEY (name, version))"),
};

const QList<SchemaStep> kSteps = {
    // 1: entries, append-only (triggers refuse UPDATE and DELETE), and meta data.
    {{
         QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         QStringLiteral(
             "CREATE TABLE entries (sequence INTEGER PRIMARY KEY, time TEXT NOT NULL, "
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
     {
         QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         QStringLiteral(
             "CREATE TABLE entries (sequence BIGINT PRIMARY KEY, time TEXT NOT NULL,"
             " operator TEXT NOT NULL, cluster TEXT NOT NULL, run_id TEXT NOT NULL,"
             " procedure TEXT NOT NULL, step_number INTEGER NOT NULL, step TEXT NOT NULL,"
             " host TEXT NOT NULL, command TEXT NOT NULL, exit_code INTEGER, output TEXT NOT NULL,"
             " output_size BIGINT NOT NULL, outcome TEXT NOT NULL, decision TEXT NOT NULL,"
             " previous_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
         QStringLiteral("CREATE FUNCTION iha_append_only() RETURNS trigger LANGUAGE plpgsql AS"
                        " 'BEGIN RAISE EXCEPTION ''the audit log is append-only''; END'"),
         QStringLiteral("CREATE TRIGGER entries_append_only BEFORE UPDATE OR DELETE ON entries"
                        " FOR EACH ROW EXECUTE FUNCTION iha_append_only()"),
         QStringLiteral("CREATE TRIGGER entries_not_truncated BEFORE TRUNCATE ON entries"
                        " FOR EACH STATEMENT EXECUTE FUNCTION iha_append_only()"),
     }},
    // 2: runs (the progress a resumed run starts from), filled from the entries so far;
    // entries found by run. PostgreSQL has no rowid: row_order keeps the order of writing.
    {{
         QStringLiteral("CREATE TABLE runs (run_id TEXT PRIMARY KEY, cluster TEXT NOT NULL, "
                        "procedure TEXT NOT NULL,"
                        " operator TEXT NOT NULL, started TEXT NOT NULL, status TEXT NOT NULL,"
                        " next_step INTEGER NOT NULL)"),
         QStringLiteral("INSERT INTO runs SELECT run_id, MIN(cluster), MIN(procedure), "
                        "MIN(operator), MIN(time),"
                        " 'unknown', 0 FROM entries WHERE run_id <> '' GROUP BY run_id"),
         QStringLiteral("CREATE INDEX entries_by_run ON entries (run_id, sequence)"),
     },
     {
         QStringLiteral("CREATE TABLE runs (run_id TEXT PRIMARY KEY, cluster TEXT NOT NULL,"
                        " procedure TEXT NOT NULL, operator TEXT NOT NULL, started TEXT NOT NULL,"
                        " status TEXT NOT NULL, next_step INTEGER NOT NULL,"
                        " row_order BIGSERIAL)"),
         QStringLiteral("INSERT INTO runs (run_id, cluster, procedure, operator, started, status,"
                        " next_step) SELECT run_id, MIN(cluster), MIN(procedure), MIN(operator),"
                        " MIN(time), 'unknown', 0 FROM entries WHERE run_id <> ''"
                        " GROUP BY run_id"),
         QStringLiteral("CREATE INDEX entries_by_run ON entries (run_id, sequence)"),
     }},
    // 3: replication samples (the data at risk of a failover), one row per standby seen.
    {{
         QStringLiteral("CREATE TABLE replication_samples (cluster TEXT NOT NULL, time TEXT NOT "
                        "NULL, source TEXT NOT NULL, primary_node TEXT NOT NULL,"
                        " standby_address TEXT NOT NULL, state TEXT NOT NULL, sync_state TEXT NOT "
                        "NULL, flush_lag_bytes INTEGER NOT NULL, replay_lag_bytes INTEGER NOT "
                        "NULL)"),
         QStringLiteral("CREATE INDEX samples_by_standby ON replication_samples (cluster, "
                        "standby_address, time)"),
     },
     {
         QStringLiteral("CREATE TABLE replication_samples (cluster TEXT NOT NULL,"
                        " time TEXT NOT NULL, source TEXT NOT NULL, primary_node TEXT NOT NULL,"
                        " standby_address TEXT NOT NULL, state TEXT NOT NULL,"
                        " sync_state TEXT NOT NULL, flush_lag_bytes BIGINT NOT NULL,"
                        " replay_lag_bytes BIGINT NOT NULL)"),
         QStringLiteral("CREATE INDEX samples_by_standby ON replication_samples (cluster, "
                        "standby_address, time)"),
     }},
    // 4: each run's record signed with the log's key (HMAC): the table beside the chain is
    // tamper-evident too. Rows of earlier versions stay unsigned (NULL).
    {{QStringLiteral("ALTER TABLE runs ADD COLUMN mac TEXT")}, {}},
    // 5: team mode: the run lock and the published clusters; each entry's own id.
    {kTeamTables + QStringList{QStringLiteral("ALTER TABLE entries ADD COLUMN entry_id TEXT"),
                               QStringLiteral("CREATE UNIQUE INDEX entries_by_id ON entries "
                                              "(entry_id)")},
     {}},
};

QString lastError(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

QStringList auditSchemaSteps(int toVersion, bool postgres)
{
    QStringList statements;
    for (int i = 0; i < toVersion && i < kSteps.size(); ++i) {
        const SchemaStep &step = kSteps.at(i);
        statements += postgres && !step.postgres.isEmpty() ? step.postgres : step.sqlite;
    }
    return statements;
}

std::unique_ptr<AuditLog> AuditLog::open(const QString &location, QString *error)
{
    static_assert(kSchemaVersion == 5, "a schema step per version");
    static std::atomic_int counter{0};
    AuditStoreLocation where;
    if (const QString problem = AuditStoreLocation::parse(location, &where); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    std::unique_ptr<AuditLog> log(new AuditLog);
    log->m_shared = where.shared;
    log->m_path = where.shared ? where.display() : location;
    log->m_connection = QStringLiteral("iha-audit-%1").arg(++counter);
    if (where.shared) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), log->m_connection);
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setDatabaseName(where.database);
        db.setUserName(where.role);
        db.setPassword(AuditStoreLocation::password(where.passwordKey()));
        db.setConnectOptions(where.connectOptions());
        if (!log->connect(error))
            return nullptr;
    } else {
        QDir().mkpath(QFileInfo(location).absolutePath());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), log->m_connection);
        db.setDatabaseName(location);
        if (!db.open()) {
            *error = QStringLiteral("cannot open the audit log %1: %2")
                         .arg(location, db.lastError().text());
            return nullptr;
        }
        QSqlQuery pragma(db);
        // WAL: readers (the audit view) never block the writer; FULL: an entry that was
        // appended survives a power cut.
        pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        pragma.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    }
    if (!log->upgrade(error))
        return nullptr;
    if (where.shared)
        log->openSpool();
    return log;
}

bool AuditLog::connect(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.open()) {
        // libpq's own words say which: refused, the certificate, the password, the role. Its
        // advice to weaken sslmode is not passed on.
        QString why = db.lastError().databaseText().trimmed();
        why = why.section(QStringLiteral("\nEither provide the file"), 0, 0);
        if (why.contains(QLatin1String("root certificate file")))
            why += QStringLiteral("; the CA that signs the store's certificate goes there, or is "
                                  "named with ?sslrootcert=FILE in the URL");
        if (why.contains(QLatin1String("no password supplied")) ||
            why.contains(QLatin1String("password authentication failed")))
            why += QStringLiteral("; store the role's password in the keychain with "
                                  "inmanta-ha-cli --store URL team password");
        *error = QStringLiteral("cannot reach the team's store %1: %2").arg(m_path, why);
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_user, pg_backend_pid()")) || !q.next()) {
        *error = QStringLiteral("cannot use the team's store %1: %2").arg(m_path, lastError(q));
        return false;
    }
    m_role = q.value(0).toString();
    m_session = q.value(1).toString();
    // The server's end of this connection notices a vanished client as fast as ours notices
    // the server: a dead client's run lock is freed within about 20 s, not hours.
    for (const char *setting : {"tcp_keepalives_idle = 5", "tcp_keepalives_interval = 5",
                                "tcp_keepalives_count = 3", "tcp_user_timeout = 20000"})
        q.exec(QStringLiteral("SET ") + QLatin1String(setting));
    return true;
}

int AuditLog::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool AuditLog::upgrade(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // Each step in a transaction of its own. In PostgreSQL (DDL is transactional there) the
    // team's first two clients may meet here: an advisory lock lets one set up the schema, and
    // the other then finds it done.
    const auto current = [&]() -> int {
        const bool hasMeta =
            m_shared ? q.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) &&
                           q.next() && q.value(0).toBool()
                     : q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'meta'")) &&
                           q.next();
        return hasMeta ? schemaVersion() : 0;
    };
    for (;;) {
        if (!db.transaction()) {
            *error = QStringLiteral("cannot open the audit log %1: %2")
                         .arg(m_path, db.lastError().text());
            return false;
        }
        if (m_shared && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7171, 0)"))) {
            *error = QStringLiteral("cannot open the audit log %1: %2").arg(m_path, lastError(q));
            db.rollback();
            return false;
        }
        const int version = current();
        if (version > kSchemaVersion) {
            db.rollback();
            *error =
                QStringLiteral(
                    "the audit log %1 has schema version %2, newer than this program knows (%3)")
                    .arg(m_path)
                    .arg(version)
                    .arg(kSchemaVersion);
            return false;
        }
        if (version == kSchemaVersion) {
            db.commit();
            break;
        }
        const SchemaStep &step = kSteps.at(version);
        for (const QString &statement :
             m_shared && !step.postgres.isEmpty() ? step.postgres : step.sqlite) {
            if (!q.exec(statement)) {
                *error = QStringLiteral("cannot upgrade the audit log %1 to version %2: %3")
                             .arg(m_path)
                             .arg(version + 1)
                             .arg(lastError(q));
                db.rollback();
                return false;
            }
        }
        if (!setMeta(QStringLiteral("schema_version"), QString::number(version + 1)) ||
            !db.commit()) {
            db.rollback();
            *error = QStringLiteral("cannot upgrade the audit log %1 to version %2: %3")
                         .arg(m_path)
                         .arg(version + 1)
                         .arg(db.lastError().text());
            return false;
        }
    }
    // The first client names the log; every later one (and a racing one) reads that name.
    q.prepare(QStringLiteral("INSERT INTO meta VALUES ('database_id', ?) ON CONFLICT (key) DO "
                             "NOTHING"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'")) ||
        !q.next()) {
        *error = QStringLiteral("cannot open the audit log %1: %2").arg(m_path, lastError(q));
        return false;
    }
    m_databaseId = q.value(0).toString();
    return true;
}

bool AuditLog::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                             "value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

std::optional<QString> AuditLog::meta(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace iha
