#pragma once

#include "models/Cluster.h"
#include "models/ClusterStatus.h"
#include "models/Procedure.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace iha {

class AuditArchive;
class ProcedureWizard;
class RunService;
class SecretStore;

// Opens the procedure wizards for the main window: one at a time (a second request raises the
// open one), pre-filled with what the monitor sees; and holds the window's close while a run
// is going on, until its step is recorded.
class ProcedureLauncher : public QObject
{
    Q_OBJECT

public:
    explicit ProcedureLauncher(QWidget *window);

    void setRunService(RunService *runs);
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    void setAuditArchive(AuditArchive *audit) { m_audit = audit; }
    bool canRun() const { return m_runs != nullptr; }

    struct Target
    {
        Cluster cluster;
        QString clusterFile;
        QHash<QString, NodeStatus> status;
    };
    // `node`: the node chosen (empty: the likeliest); `resumeRunId`: a run to go on with.
    ProcedureWizard *open(const Target &target, const QString &procedure, const QString &node = {},
                          const QString &resumeRunId = {});
    ProcedureWizard *wizard() const { return m_wizard; }

    // The window is closing: true when it may close now; otherwise the operator is asked
    // whether to cancel the run, and closeReady() comes once it stopped.
    bool mayClose();

signals:
    void runStarting(const QString &clusterFile, const QString &procedureTitle);
    void runEnded(const QString &clusterFile);
    void clusterFileUpdated(const QString &path, const iha::Cluster &cluster);
    void closeReady();

private:
    // Per cluster file: a run's end shown late is dropped once the next run there started.
    QHash<QString, int> m_runsStarted;
    QString nodeOfRun(const Cluster &cluster, const ProcedureInfo &procedure,
                      const QString &runId) const;

    QWidget *m_window;
    RunService *m_runs = nullptr;
    SecretStore *m_secrets = nullptr;
    AuditArchive *m_audit = nullptr;
    QPointer<ProcedureWizard> m_wizard;
    bool m_closeAfterRun = false;
};

} // namespace iha
