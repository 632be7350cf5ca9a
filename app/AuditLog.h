#pragma once

#include "models/AuditEntry.h"
#include "models/Redactor.h"
#include "models/ReplicationSample.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace iha {
class AuditSpool;
}

namespace iha {

// A run's hold on a cluster, team-wide (the shared store only).
struct TeamLock
{
    QString cluster;
    QString runId;
    QString procedure;
    QString operatorName; // "user@machine (role R)"
    QDateTime since;
    QString session; // the holder's database session (its server process)
    // "run R of P by OP since T", for the operator who is refused.
    QString describe() const;
};

// A time as the team reads it, whatever each member's time zone: "2026-12-04 17:05:17 UTC".
QString teamTime(const QDateTime &time);

// A cluster file as the team published it; every version is kept.
struct PublishedCluster
{
    QString name;
    int version = 0;
    QString content;
    QString changedBy;
    QDateTime changedAt;
};

// The append-only audit log (Qt Sql) in a SQLite file, or in a PostgreSQL database a team
// shares (AuditStoreLocation). Each instance has a database connection of its own, to be used
// on the thread that opened it only. Entries are redacted with the secrets the caller
// registered, then chained with an HMAC whose key lives in the keychain.
class AuditLog
{
public:
    static constexpr int kSchemaVersion = 5;

    struct Verification
    {
        bool intact = false;
        qint64 checked = 0;     // entries whose hash matched, from the first on
        qint64 firstBroken = 0; // sequence of the first entry that does not match (0: none)
        QString message;        // in words, naming the entry or the cut
    };

    // Opens or creates the log at a file path or a postgresql:// URL, upgrading an older schema
    // step by step. nullptr on failure.
    static std::unique_ptr<AuditLog> open(const QString &location, QString *error);
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    // The file, or the shared store's URL.
    QString path() const { return m_path; }
    bool isShared() const { return m_shared; }
    // The database role this client is logged in as (the shared store only).
    QString role() const { return m_role; }
    QString databaseId() const { return m_databaseId; }
    int schemaVersion() const;

    // With the key, a shared store first takes what this user's clients kept while it was
    // down (chained with it).
    void setKey(const QByteArray &key);
    QByteArray key() const { return m_key; }
    Redactor &redactor() { return m_redactor; }
    // Empty when `key()` is the key this log is chained with (or it has no entries yet); else
    // what is wrong and the way out (a teammate's `audit key export`).
    QString keyProblem() const;
    // What the operator must hear at once about the log (the shared store lost and entries
    // kept locally, then appended). Called on the log's thread.
    void setNoticeHandler(std::function<void(const QString &)> notice)
    {
        m_notice = std::move(notice);
    }
    // Entries kept locally while the shared store could not be reached.
    qint64 pendingCount() const;

    // Fills in sequence, time (when unset), previous hash and hash; redacts first.
    bool append(AuditEntry &entry, QString *error);
    // The same for many entries in one transaction (imports, benchmarks).
    bool appendAll(QList<AuditEntry> &entries, QString *error);

    AuditHead head() const;
    // The same; nullopt when the log cannot be read now (the team's store is down).
    std::optional<AuditHead> readableHead() const;
    qint64 count() const;
    QList<AuditEntry> entries(const QString &runId = {}) const;
    // Every entry (no `runId`) or a run's (an empty id: those of no run), read one at a time
    // in the log's order. Empty, or why not all of them were read (a set `stop` ends it early).
    using Visit = std::function<void(const AuditEntry &)>;
    QString forEachEntry(const std::optional<QString> &runId, const Visit &visit,
                         const std::atomic_bool *stop = nullptr) const;
    // The entries of each run in turn, in the order given (an empty id: those of no run).
    QString forEachEntryOfRuns(const QStringList &runIds, const Visit &visit,
                               const std::atomic_bool *stop = nullptr) const;
    // Runs `read` in one read transaction: every read in it sees the same log (a snapshot,
    // while writers go on). Empty, or why the transaction could not be had.
    QString inOneSnapshot(const std::function<void()> &read) const;
    // Re-computes the chain; with the keychain's head, also notices a log cut short. A set
    // `stop` ends the hashing early, not intact.
    Verification verify(const std::optional<AuditHead> &keychainHead,
                        const std::atomic_bool *stop = nullptr) const;
    // The chain verified and a run's entries read in one read transaction, so an entry the
    // other executable appends in between is not read unverified. Entries only when intact.
    // For a connection opened for it (no transaction open). `stop` is looked at while hashing
    // only: opening the log and reading the entries are not cut short.
    Verification verifiedRun(const QString &runId, QList<AuditEntry> *entries,
                             const std::atomic_bool *stop) const;

    // The progress of a run, for the recent runs and `run --resume` (which takes where to go on
    // from the chained entries, not from here). Each record is signed with the log's key as it
    // is written; one read back says in `record` whether it still verifies.
    using RunRecord = AuditRun;
    bool recordRun(const RunRecord &run);
    std::optional<RunRecord> runRecord(const QString &runId) const;
    // The latest runs of a cluster, newest first.
    QList<AuditRun> recentRuns(const QString &cluster, int limit) const;

    // Samples of the replication state, kept beside the chain (they are observations, not
    // actions): after a primary is lost, the newest is what is known of what its standby may
    // lack. One transaction for a round's samples.
    bool recordSamples(const QString &cluster, const QList<ReplicationSample> &samples);
    std::optional<ReplicationSample> lastSample(const QString &cluster,
                                                const QString &standbyAddress) const;

    // Team mode (the shared store): the run lock on a cluster, held by this connection's
    // database session until released, or until the session ends (the client crashed or lost
    // the network): the database frees it then, and the next taker finds the lock's row left
    // behind and hands it back in `interrupted`.
    enum class TeamLockResult
    {
        Taken,
        HeldByOther, // `holder` says by whom
        Failed,      // `error` says why
    };
    TeamLockResult takeTeamLock(const TeamLock &mine, TeamLock *holder,
                                std::optional<TeamLock> *interrupted, QString *error);
    void releaseTeamLock(const QString &cluster, const QString &runId);
    // The run holding the lock on `cluster` now (a lock whose session ended is not held). With
    // `interrupted`, such a lock is returned too, and said to be one.
    std::optional<TeamLock> teamLockHolder(const QString &cluster,
                                           bool *interrupted = nullptr) const;
    // Non-empty once a lock this client held was lost with the connection and could not be
    // taken again: the run holding it must stop.
    QString lostTeamLock() const { return m_lostTeamLock; }

    // The team's clusters: a publication names the version it was based on (0: a new
    // cluster), and is refused when another was published meanwhile: never merged silently.
    QString publishCluster(const QString &name, const QString &content, int baseVersion,
                           const QString &by, int *newVersion);
    std::optional<PublishedCluster> publishedCluster(const QString &name, int version = 0) const;
    QList<PublishedCluster> publishedClusters() const;                 // the latest of each
    QList<PublishedCluster> clusterHistory(const QString &name) const; // newest first

    // Copies this log, chain, runs, samples and clusters as they are, into an empty `target`
    // whose key was set to this log's: the copy is verified with it before it is committed.
    QString copyTo(AuditLog &target, const std::atomic_bool *stop = nullptr) const;

    // The keychain keys of this log's HMAC key and head.
    QString keyName() const { return QStringLiteral("audit/%1/hmac-key").arg(m_databaseId); }
    QString headName() const { return QStringLiteral("audit/%1/head").arg(m_databaseId); }

private:
    AuditLog();
    bool connect(QString *error);
    bool upgrade(QString *error);
    bool setMeta(const QString &key, const QString &value);
    std::optional<QString> meta(const QString &key) const;
    // Redacts an entry and names its operator's database role: what is kept, locally or not.
    void prepare(AuditEntry &entry) const;
    QString withRole(const QString &operatorName) const;
    // The chain extended by `entries` in one transaction that holds the chain's lock;
    // `alreadyThere`: entries whose id the log has are skipped.
    bool appendChained(QList<AuditEntry> &entries, QString *error, bool alreadyThere = false);
    // The shared store: whether the connection still answers (closed when it does not).
    bool stillConnected();
    void openSpool();
    // Appends what was kept locally, in order, before anything new. False: still unreachable.
    bool flushSpool(QString *error);
    void notice(const QString &text) const;
    void retakeTeamLocks();
    struct Table // a table copied by copyTo(), column by column
    {
        QString name;
        QString columns;
        QString order;
    };
    QString copyTables(AuditLog &target, const QList<Table> &tables,
                       const std::atomic_bool *stop) const;
    // The column that keeps the order rows were written in.
    QString rowOrder() const
    {
        return m_shared ? QStringLiteral("row_order") : QStringLiteral("rowid");
    }
    // The record as read (the run's columns, started as stored, then the signature), checked.
    AuditRun runFrom(const QSqlQuery &q) const;
    QByteArray runSignature(const QStringList &fields) const;
    struct RunRecordCheck
    {
        QStringList changed; // runs whose record does not match its signature
        int unsigned_ = 0;   // records of an earlier version
    };
    RunRecordCheck checkRunRecords() const;
    bool insert(AuditEntry &entry, AuditHead &head, QString *error);

    QString m_connection;
    QString m_path;
    bool m_shared = false;
    QString m_role;
    QString m_session;
    std::unique_ptr<class AuditSpool> m_spool;
    qint64 m_lastReconnect = 0;  // ms since the epoch: a store that is down is retried slowly
    bool m_storeLost = false;    // entries went to the spool: said once, until it answers
    QList<TeamLock> m_heldLocks; // taken by this client, given back at the run's end
    QString m_lostTeamLock;
    QByteArray m_keyCheckedFor; // the key the log's key check was last found to match
    std::function<void(const QString &)> m_notice;
    QString m_databaseId;
    QByteArray m_key;
    Redactor m_redactor;
};

// The steps from an empty database to each schema version, kept for upgrades and their tests.
QStringList auditSchemaSteps(int toVersion, bool postgres = false);

} // namespace iha
