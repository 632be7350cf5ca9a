#pragma once

#include "models/Cluster.h"
#include "models/Step.h"
#include "models/procedures/Procedures.h"

// One operator at a time per cluster: a file on every node that answers, naming who holds it,
// since when and for which run. Not on the primary only, which is the node that is gone when
// a failover is needed. A run that leaves the cluster half-way keeps it until a resume
// succeeds or an operator releases it (`inmanta-ha-cli lock release RUN_ID`).
namespace iha::Procedures {

QString lockPath(const Cluster &cluster);
// The nodes that carry the lock: every node of the cluster but the retired ones.
QStringList lockNodes(const Cluster &cluster);
// The pre-flight step that takes the lock (a run that is resumed holds it already), and what
// the run does with it at its end; `runNodes` are the nodes the run works on, at least one of
// which must carry the lock.
void addClusterLock(const Cluster &cluster, const QStringList &runNodes,
                    const ProcedureInputs &inputs, Plan *plan);

} // namespace iha::Procedures
