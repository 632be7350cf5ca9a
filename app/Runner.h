#pragma once

#include "app/OwnedThread.h"
#include "models/RemoteShell.h"
#include "models/Step.h"

#include <QHash>
#include <QObject>
#include <atomic>
#include <memory>

class QLockFile;

namespace iha {

struct RunRequest
{
    Plan plan;
    QString runId;
    QString operatorName;
    // A resumed run: the cluster may be half-way, so a refusal keeps the cluster lock. It
    // starts from the first step like any run; each step's check finds what is done already.
    bool resuming = false;
    // Only the pre-flight checks (a wizard's pre-flight page): they change nothing (the cluster
    // lock is only read), no run is recorded in the runs table, the plan's `finally` does not
    // run.
    bool preflightOnly = false;
    QHash<QString, RemoteShell *> shells; // by node name; they live on the caller's thread
    QString auditPath;
    QByteArray auditKey;
    QStringList secrets; // redacted from everything the audit log keeps
    // This machine's lock on the cluster (owned by the caller, who outlives the run): released
    // on the runner's thread before the outcome is sent, so that a resume can take it at once
    // and the window's thread never waits for the file's removal.
    QLockFile *localLock = nullptr;
    // After a success the caller writes the nodes' new roles into the cluster file first: it
    // releases the lock itself then.
    bool keepLockAfterSuccess = false;
};

class RunWorker;

// Runs a plan on a thread of its own (qBittorrent's pattern: an owned QThread, an atomic
// cancel flag, queued signals only). Pre-flight checks first: one failing refuses the run.
// Then each step: check (already done? then skipped), act, verify; the first failure stops
// the run. Every command and every step outcome goes to the audit log as it happens, and the
// run's progress to its runs table, so that a failed run can be resumed from its failed step.
class Runner : public QObject
{
    Q_OBJECT

public:
    explicit Runner(QObject *parent = nullptr);
    ~Runner() override;

    void start(const RunRequest &request);
    void cancel();

signals:
    void stepStarted(int index, bool preflight, const QString &description);
    void output(const QString &text);
    // What a step tells the operator (also in the audit log), apart from commands' output.
    void noted(const QString &text);
    // status: "done", "already done" or "failed"
    void stepFinished(int index, bool preflight, const QString &status, const QString &message);
    void finished(iha::RunOutcome outcome, int failedStep, const QString &message);

private:
    std::shared_ptr<std::atomic_bool> m_cancelled;
    OwnedThread m_thread;
    RunWorker *m_worker = nullptr;
    bool m_ended = false; // the worker sent its outcome
};

} // namespace iha
