#pragma once

#include "models/Cluster.h"
#include "models/ClusterStatus.h"
#include "models/Procedure.h"
#include "models/Step.h"

#include <QHash>
#include <QStringList>

namespace iha::ProcedureGuide {

// What the wizard says first: what will happen and why, in a few sentences.
QString intro(ProcedureId procedure);

// The node the operator chooses (the standby to build or promote, the node that becomes the
// orchestrator): what the choice is called, and the nodes that can be chosen, the likeliest
// first (from the roles and what the monitor sees). No label: nothing to choose.
QString nodeChoiceLabel(ProcedureId procedure);
QStringList nodeCandidates(ProcedureId procedure, const Cluster &cluster,
                           const QHash<QString, NodeStatus> &status);

// The node whose name the operator types to confirm: the one whose data is erased, or the one
// that becomes a primary or the orchestrator. Empty: no typed confirmation.
QString nodeToConfirm(ProcedureId procedure, const Plan &plan, const QString &chosenNode,
                      const Cluster &cluster);

// The plan as a shell script an operator could read or keep (secrets are placeholders).
QString planAsScript(const Plan &plan, const QString &procedureTitle);

} // namespace iha::ProcedureGuide
