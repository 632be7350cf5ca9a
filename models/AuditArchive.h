#pragma once

#include "models/AuditEntry.h"

#include <QList>
#include <QString>
#include <functional>

namespace iha {

// The port through which the windows read the audit log: its entries and runs, the
// verification of its chain, and its exports. The application's adapter is backed by the
// audit log (a SQLite file, or the team's PostgreSQL store) and the keychain; widgets never see
// either.
class AuditArchive
{
public:
    enum class Format
    {
        Html,
        Pdf,
        Json
    };

    virtual ~AuditArchive() = default;

    // Where the log is, for people.
    virtual QString location() const = 0;
    virtual QList<AuditEntry> entries() const = 0;
    virtual QList<AuditEntry> entriesOfRun(const QString &runId) const = 0;
    // The latest runs of a cluster, newest first.
    virtual QList<AuditRun> recentRuns(const QString &cluster, int limit) const = 0;
    // A store the team shares (team mode): its runs are the team's, read with readRecentRuns.
    virtual bool isShared() const = 0;
    // recentRuns() read off the calling thread (a shared store is across the network);
    // completes on it, with the runs or why they could not be read.
    virtual void
    readRecentRuns(const QString &cluster, int limit,
                   std::function<void(const QList<AuditRun> &runs, const QString &error)> done) = 0;
    // Who runs a procedure on `cluster` now, in words ("run R of P by OP, since T"); empty
    // when nobody does, or the store is not shared. Read off the calling thread; completes on
    // it.
    virtual void whoIsRunning(const QString &cluster,
                              std::function<void(const QString &running)> done) = 0;
    // Re-computes the chain against the keychain's head; completes on the calling thread.
    virtual void verify(std::function<void(bool intact, const QString &message)> done) = 0;
    // Writes a report of `entries` (a filtered view; `filter` says which, in words).
    // Completes on the calling thread with an empty string, or why it failed.
    virtual void exportTo(Format format, const QString &path, const QList<AuditEntry> &entries,
                          const QString &filter,
                          std::function<void(const QString &error)> done) = 0;
    // Writes a report of one run, read from the log as it is written.
    virtual void exportRun(Format format, const QString &path, const QString &runId,
                           std::function<void(const QString &error)> done) = 0;
};

} // namespace iha
