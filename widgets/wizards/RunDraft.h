#pragma once

#include "models/Cluster.h"
#include "models/ClusterStatus.h"
#include "models/Procedure.h"
#include "models/Step.h"
#include "models/procedures/Procedures.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <optional>

namespace iha {

// The one object a procedure wizard's pages share (KeePassXC's wizard shares its new
// database): what the operator chose, what the checks found, and how the run went.
struct RunDraft
{
    Cluster cluster;
    QString clusterFile;
    ProcedureInfo procedure;
    QHash<QString, NodeStatus> status; // what the monitor saw, to pre-fill the choices
    QString resumeRunId;               // a failed or cancelled run to go on with

    // Parameters: the node chosen, the install command; then the statements of the preview.
    ProcedureInputs inputs;
    Plan plan; // as the preview shows it (no secrets in it)

    // What the pre-flight found that only the operator's word can settle.
    QStringList attestable;  // silent nodes they may attest are fenced
    QString dataAtRiskWords; // non-empty: the last sample says commits may be lost
    bool dangerousConfirmed = false;

    // The run.
    QString runId;
    std::optional<RunOutcome> outcome;
    QString message;
    QDateTime startedAt;
    QDateTime endedAt;
    QStringList notes;
    QStringList clusterFileChanges;
    QString clusterFileError;
};

} // namespace iha
