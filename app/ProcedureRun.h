#pragma once

#include "app/AuditLog.h"
#include "app/OwnedThread.h"
#include "app/ProcedureSession.h"
#include "models/SecretStore.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace iha {

// One procedure run as the CLI and the wizards both start it, so that nothing of it is written
// twice: the secrets it needs from the keychain, a resumed run checked against the audit log's
// chain, the operator's statements on record before anything relies on them, the run itself
// (ProcedureSession), and, once every step succeeded, the roles it gave the nodes written into
// the cluster file (FILE.bak first). What happens comes as signals; nothing here blocks.
class ProcedureRun : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        Cluster cluster;
        QString clusterFile; // updated with the new roles after a successful run
        QString procedure;
        ProcedureInputs inputs; // the operator's choices and statements
        QString resumeRunId;
        bool dangerousConfirmed = false;
        bool preflightOnly = false; // the checks only: nothing changes, nothing is stated
        SshPolicy sshPolicy;
        QString operatorName;
    };

    // `audit` has its key loaded (the run cannot be recorded otherwise) and outlives the run.
    ProcedureRun(SecretStore &secrets, AuditLog &audit, Request request, QObject *parent = nullptr);
    ~ProcedureRun() override;

    void start();
    // Stops the run; before it started (the keychain is still being read), it never starts.
    void cancel();
    bool cancelRequested() const { return m_cancelRequested; }

    const Request &request() const { return m_request; }
    QString runId() const { return m_runId; }
    // The plan as it runs (empty before `started`).
    const Plan &plan() const;
    bool isRunning() const { return m_running; }

    // The newest replication sample on record for the standby the procedure promotes, if any.
    static std::optional<ReplicationSample> lastSampleFor(const AuditLog &audit,
                                                          const Cluster &cluster,
                                                          const QString &procedure,
                                                          const ProcedureInputs &inputs);

signals:
    // It did not start: nothing changed. `badRequest`: the request itself is wrong (a resume
    // of a run that does not exist), not the cluster or the keychain.
    void notStarted(const QString &why, bool badRequest);
    void started(const QString &runId, const QString &resumeNote);
    void hostKeyAccepted(const iha::ConnectReport &report);
    // A node's key is not on record (and the policy does not accept new ones): a window puts
    // it to the operator, whose acceptance lets the next attempt in.
    void hostKeyUnknown(const iha::ConnectReport &report);
    void stepStarted(int index, bool preflight, const QString &description);
    void output(const QString &text);
    void noted(const QString &text);
    void stepFinished(int index, bool preflight, const QString &status, const QString &message);
    // After a successful run that changed roles: what changed, and why the file could not be
    // written if it could not (the run succeeded all the same).
    void clusterFileUpdated(const iha::Cluster &cluster, const QStringList &changes,
                            const QString &error);
    // The audit log's head is in the keychain by now (`headProblem` if it could not be).
    void finished(iha::RunOutcome outcome, int failedStep, const QString &message,
                  const QString &headProblem);

private:
    void startWithSecrets(const QHash<QString, QString> &secrets);
    // False (and `error`) when a statement could not be recorded: the run does not start.
    // After a resumed run's check: the session is made and started.
    void startChecked(const QHash<QString, QString> &secrets, const ProcedureInputs &inputs,
                      const Plan &preview, const QString &resumeNote);
    bool recordOperatorWord(QString *error);
    bool recordOnThisMachine(AuditEntry entry, QString *error = nullptr);
    void updateClusterFile();
    void end(RunOutcome outcome, int failedStep, const QString &message);

    SecretStore &m_secrets;
    AuditLog &m_audit;
    Request m_request;
    QString m_runId;
    bool m_running = false;
    bool m_cancelRequested = false;
    std::unique_ptr<ProcedureSession> m_session;
    struct ResumeCheck
    {
        AuditLog::Verification chain;
        QList<AuditEntry> entries;    // of the run resumed
        std::atomic_bool stop{false}; // a cancel, or this run going away
    };
    std::shared_ptr<ResumeCheck> m_check;
    OwnedThread m_resumeCheck; // verifies the audit log's chain before a resume
};

} // namespace iha
