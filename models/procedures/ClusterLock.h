#pragma once

#include "models/Cluster.h"
#include "models/Step.h"
#include "models/procedures/Procedures.h"

// One operator at a time per cluster: a file on the primary naming who holds it, since when
// and for which run.
namespace iha::Procedures {

QString lockPath(const Cluster &cluster);
// The pre-flight step that takes the lock (a run that is resumed holds it already).
Step takeLockStep(const Cluster &cluster, const Node &primary, const ProcedureInputs &inputs);
// Releases the lock when this run holds it.
std::function<void(StepIo &)> releaseLock(const Cluster &cluster, const Node &primary,
                                          const ProcedureInputs &inputs);

} // namespace iha::Procedures
