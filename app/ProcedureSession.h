#pragma once

#include "app/Runner.h"
#include "app/SshHost.h"
#include "models/Cluster.h"
#include "models/procedures/Procedures.h"

#include <QLockFile>
#include <QObject>
#include <functional>
#include <memory>

namespace iha {

// Everything one procedure run needs on the caller's side: the plan, an SSH host per
// involved node (each with its own thread), the local lock of the cluster, and the runner.
class ProcedureSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString procedure;
        QString runId; // new, or the one being resumed
        bool resuming = false;
        bool preflightOnly = false; // see RunRequest
        SshPolicy sshPolicy;
        QString auditPath;
        QByteArray auditKey;
        QString operatorName;
        QString lockDir; // for the local lock file
        // What the operator chose (nodes, consents, attestations); secrets are added at start.
        ProcedureInputs inputs;
    };

    ProcedureSession(Cluster cluster, Options options, QObject *parent = nullptr);
    ~ProcedureSession() override;

    // Builds the plan (no secrets needed); empty string or why not.
    static QString buildPlan(const Cluster &cluster, const QString &procedure,
                             const ProcedureInputs &inputs, Plan *plan);

    // Starts the run; the secrets (cluster key -> value) come from the keychain.
    QString start(const QHash<QString, QString> &secrets);
    void cancel();

    const Plan &plan() const { return m_plan; }
    Runner *runner() const { return m_runner.get(); }
    const QList<SshHost *> &hosts() const { return m_hosts; }
    // This machine's lock on the cluster, given back once the run's outcome is in (the runner
    // gives it back itself unless the run succeeded and changes roles).
    void releaseLocalLock()
    {
        if (m_localLock)
            m_localLock->unlock();
    }

private:
    Cluster m_cluster;
    Options m_options;
    Plan m_plan;
    std::unique_ptr<QLockFile> m_localLock;
    QList<SshHost *> m_hosts;
    std::unique_ptr<Runner> m_runner;
};

} // namespace iha
