#pragma once

#include "app/AuditLog.h"
#include "app/OwnedThread.h"
#include "models/AuditArchive.h"
#include "models/AuditEntrySource.h"
#include "models/SecretStore.h"

#include <memory>
#include <vector>

namespace iha {

// The audit log behind the AuditArchive port: the SQLite log, its HMAC key and head in the
// keychain. Used on the thread that opened it (the GUI thread: a local file, not the network).
class AuditLogArchive : public AuditArchive
{
public:
    // Opens the log at `path`; nullptr and `error` when it cannot be opened.
    static std::unique_ptr<AuditLogArchive> open(const QString &path, SecretStore &store,
                                                 QString *error);
    // A verification or report still being made stops early; its thread is waited for.
    ~AuditLogArchive() override;

    QString location() const override { return m_log->path(); }
    QList<AuditEntry> entries() const override { return m_log->entries(); }
    QList<AuditEntry> entriesOfRun(const QString &runId) const override
    {
        return runId.isEmpty() ? QList<AuditEntry>() : m_log->entries(runId);
    }
    QList<AuditRun> recentRuns(const QString &cluster, int limit) const override
    {
        return m_log->recentRuns(cluster, limit);
    }
    bool isShared() const override { return m_log->isShared(); }
    void readRecentRuns(
        const QString &cluster, int limit,
        std::function<void(const QList<AuditRun> &runs, const QString &error)> done) override;
    void whoIsRunning(const QString &cluster,
                      std::function<void(const QString &running)> done) override;
    void verify(std::function<void(bool intact, const QString &message)> done) override;
    void exportTo(Format format, const QString &path, const QList<AuditEntry> &entries,
                  const QString &filter, std::function<void(const QString &error)> done) override;
    void exportRun(Format format, const QString &path, const QString &runId,
                   std::function<void(const QString &error)> done) override;

    // Appends an entry (an operator's decision) and moves the keychain's head along; `done`
    // gets an empty string or why it was not recorded.
    void record(AuditEntry entry, std::function<void(const QString &error)> done);

    // What the monitor saw of replication, for a failover's data at risk (no key needed: not
    // part of the chain). Written on a thread of its own: a commit waits for the disk.
    void recordSamples(const QString &cluster, const QList<ReplicationSample> &samples);

    // The log itself, for a procedure run; writable once withKey() found the key.
    AuditLog &log() { return *m_log; }
    // Loads the HMAC key once; `done` gets the reason when there is none.
    void withKey(std::function<void(const QString &problem)> done);
    // Empty when the log is the one the keychain remembers at its path (AuditKeys).
    void checkIdentity(std::function<void(const QString &problem)> done);

private:
    AuditLogArchive(std::unique_ptr<AuditLog> log, SecretStore &store);
    // Runs `work` on the reader's thread with its own connection to the log (null, and why,
    // when it cannot be opened): a long log's verification and reports never hold up the
    // window. What `work` returns runs back on this thread, unless the archive is gone.
    void
    onReader(std::function<std::function<void()>(const AuditLog *log, const QString &error)> work);
    // `entries`: the report's entries, read with the reader's connection (`stop` set when the
    // archive goes).
    void writeReport(Format format, const QString &path, const QString &filter,
                     std::function<std::unique_ptr<AuditEntrySource>(const AuditLog &,
                                                                     const std::atomic_bool *stop)>
                         entries,
                     std::function<void(const QString &error)> done);

    std::unique_ptr<AuditLog> m_log;
    SecretStore &m_store;
    std::optional<QString> m_keyProblem; // set once the key was looked for
    std::vector<std::function<void(const QString &problem)>> m_waitingForKey;
    class SampleWriter;
    OwnedThread m_sampleThread;
    SampleWriter *m_sampleWriter = nullptr; // lives in m_sampleThread, with its own connection
    // Where the reader's results are delivered; goes after the reader's thread has ended.
    std::unique_ptr<QObject> m_resultContext;
    std::atomic_bool m_stopping{false}; // the reader's work ends early: the archive goes
    class Reader;
    OwnedThread m_readerThread;
    Reader *m_reader = nullptr; // lives in m_readerThread
};

} // namespace iha
