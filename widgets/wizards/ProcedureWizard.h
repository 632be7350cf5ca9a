#pragma once

#include "widgets/wizards/RunDraft.h"

#include <QWizard>

namespace iha {

class AuditArchive;
class RunService;
class SecretStore;

// One wizard for every procedure of the runbook, built from its plan (Qt Creator's device
// wizard, KeePassXC's NewDatabaseWizard): what will happen, the parameters, the pre-flight
// checks, the preview of every step, the run, and its summary. It owns its pages and the draft
// they share; the run itself is the CLI's, through the RunService port.
class ProcedureWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        IntroPageId,
        ParametersPageId,
        PreflightPageId,
        PreviewPageId,
        RunPageId,
        SummaryPageId,
    };

    struct Ports
    {
        RunService *runs = nullptr;
        SecretStore *secrets = nullptr;
        AuditArchive *audit = nullptr;
    };

    ProcedureWizard(RunDraft draft, Ports ports, QWidget *parent = nullptr);
    ~ProcedureWizard() override;

    const RunDraft &draft() const { return m_draft; }
    bool isRunning() const;
    // Cancels a running run; the wizard closes once the step in progress is recorded.
    void cancelRun();

    void reject() override;
    // Going on with a failed or cancelled run: back to the pre-flight with its id.
    void resumeFromSummary();

signals:
    // A run (its pre-flight checks first) starts on the cluster: the window pauses its monitor.
    void runStarting(const QString &clusterFile, const QString &procedureTitle);
    // A run ended (the window refreshes its runs and, on success, reloads the cluster file).
    void runEnded(const QString &clusterFile);
    void clusterFileUpdated(const QString &path, const iha::Cluster &cluster);

private:
    RunDraft m_draft;
    Ports m_ports;
    bool m_closeWhenStopped = false;
};

} // namespace iha
