#pragma once

#include "models/Cluster.h"
#include "models/Step.h"
#include "models/procedures/Procedures.h"

// The checks every procedure starts with; a failing one refuses the run before anything
// changes.
namespace iha::Procedures {

// For each of the nodes: reachable with its host key known and root available, and on
// database nodes PostgreSQL's programs found (with their major version, which must be the
// same on every database node of the run). The primary is the primary (running, not in
// recovery, with the data directory of the cluster file), unless the run is the failover that
// replaces a primary that does not (`primaryAnswers` false). Then the cluster lock.
void addPreflightAndLock(const Cluster &cluster, const QList<Node> &nodes,
                         const ProcedureInputs &inputs, Plan *plan, bool primaryAnswers = true);

} // namespace iha::Procedures
