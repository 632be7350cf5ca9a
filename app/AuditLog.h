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

// The append-only audit log in SQLite (Qt Sql). Each instance has a database connection of
// its own, to be used on the thread that opened it only. Entries are redacted with the
// secrets the caller registered, then chained with an HMAC whose key lives in the keychain.
class AuditLog
{
public:
    static constexpr int kSchemaVersion = 4;

    struct Verification
    {
        bool intact = false;
        qint64 checked = 0;     // entries whose hash matched, from the first on
        qint64 firstBroken = 0; // sequence of the first entry that does not match (0: none)
        QString message;        // in words, naming the entry or the cut
    };

    // Opens or creates the log, upgrading an older schema step by step. nullptr on failure.
    static std::unique_ptr<AuditLog> open(const QString &path, QString *error);
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    QString path() const { return m_path; }
    QString databaseId() const { return m_databaseId; }
    int schemaVersion() const;

    void setKey(const QByteArray &key) { m_key = key; }
    QByteArray key() const { return m_key; }
    Redactor &redactor() { return m_redactor; }

    // Fills in sequence, time (when unset), previous hash and hash; redacts first.
    bool append(AuditEntry &entry, QString *error);
    // The same for many entries in one transaction (imports, benchmarks).
    bool appendAll(QList<AuditEntry> &entries, QString *error);

    AuditHead head() const;
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

    // The keychain keys of this log's HMAC key and head.
    QString keyName() const { return QStringLiteral("audit/%1/hmac-key").arg(m_databaseId); }
    QString headName() const { return QStringLiteral("audit/%1/head").arg(m_databaseId); }

private:
    AuditLog() = default;
    bool upgrade(QString *error);
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
    QString m_databaseId;
    QByteArray m_key;
    Redactor m_redactor;
};

// The steps from an empty file to each schema version, kept for upgrades and their tests.
QStringList auditSchemaSteps(int toVersion);

} // namespace iha
