#pragma once

#include "app/ProcedureRun.h"
#include "models/RunService.h"

#include <functional>
#include <memory>

namespace iha {

class AuditLogArchive;

// The wizards' RunService: a ProcedureRun, the one the CLI runs, with the GUI's keychain and
// audit log. Host keys are not accepted on the way: the monitor has put any new one to the
// operator already (a key that changed since refuses the connection).
class GuiRunService : public RunService
{
    Q_OBJECT

public:
    // `audit` is asked for each run (it opens after the window shows; null: no runs).
    GuiRunService(SecretStore &secrets, std::function<AuditLogArchive *()> audit,
                  SshPolicy sshPolicy, QObject *parent = nullptr);
    ~GuiRunService() override;

    QString buildPlan(const Cluster &cluster, const QString &procedure,
                      const ProcedureInputs &inputs, Plan *plan) const override;
    std::optional<ReplicationSample> lastSample(const Cluster &cluster, const QString &procedure,
                                                const ProcedureInputs &inputs) const override;
    void start(const RunOrder &order) override;
    void cancel() override;
    bool isRunning() const override { return m_starting || (m_run && m_run->isRunning()); }

signals:
    // A node the run reaches has a key not on record: for the operator (the host key dialog).
    void hostKeyUnknown(const QString &clusterFile, const iha::Cluster &cluster,
                        const iha::ConnectReport &report);

private:
    void startRun(const RunOrder &order, AuditLogArchive &audit);
    // A run that ended lets go of its local lock file and its SSH connections (later: its
    // signal may still be on the stack).
    void releaseRun();

    SecretStore &m_secrets;
    std::function<AuditLogArchive *()> m_audit;
    SshPolicy m_sshPolicy;
    std::unique_ptr<ProcedureRun> m_run;
    bool m_starting = false;
    bool m_cancelledWhileStarting = false;
};

} // namespace iha
