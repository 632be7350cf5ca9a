#pragma once

#include "models/Cluster.h"
#include "models/ReplicationSample.h"
#include "models/Step.h"
#include "models/procedures/Procedures.h"

#include <QObject>
#include <optional>

namespace iha {

// What a wizard asks to run: the operator's choices, statements and confirmation.
struct RunOrder
{
    Cluster cluster;
    QString clusterFile; // gets the new roles once every step succeeded
    QString procedure;   // CLI name
    ProcedureInputs inputs;
    QString resumeRunId;
    bool dangerousConfirmed = false;
    bool preflightOnly = false; // the checks, every one of them; they change nothing
};

// The port through which the wizards run procedures. The application's adapter runs the very
// ProcedureRun the CLI runs (keychain, audit log, SSH on worker threads); widgets see none of
// that. One run at a time; the signals come on the GUI thread.
class RunService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The plan as the preview shows it (secrets as placeholders); empty, or why not.
    virtual QString buildPlan(const Cluster &cluster, const QString &procedure,
                              const ProcedureInputs &inputs, Plan *plan) const = 0;
    // The newest replication sample of the standby the procedure promotes, if any.
    virtual std::optional<ReplicationSample> lastSample(const Cluster &cluster,
                                                        const QString &procedure,
                                                        const ProcedureInputs &inputs) const = 0;
    virtual void start(const RunOrder &order) = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;

signals:
    void notStarted(const QString &why);
    void started(const QString &runId, const QString &resumeNote);
    void stepStarted(int index, bool preflight, const QString &description);
    void output(const QString &text);
    void noted(const QString &text);
    void stepFinished(int index, bool preflight, const QString &status, const QString &message);
    void clusterFileUpdated(const QString &path, const iha::Cluster &cluster,
                            const QStringList &changes, const QString &error);
    void finished(iha::RunOutcome outcome, int failedStep, const QString &message);
};

} // namespace iha
