#pragma once

#include "models/Cluster.h"
#include "models/Step.h"
#include "models/procedures/Fencing.h"
#include "models/procedures/Procedures.h"

// Runbook: "Promote a standby node to the new master node", as promote-standby runs it and as
// failover-server and new-orchestrator take it in.
namespace iha::Procedures::Promotion {

extern const QString kSection;
// A sample older than this counts as none.
constexpr qint64 kSampleMaxAgeSeconds = 3600;

// Whether the standby may lack commits the old primary acknowledged, from the last sample:
// true when it was not the synchronous standby then (or nothing is on record). `words` says
// what is known, with the bytes and the time of the sample. Flush, not replay, counts: the
// promotion replays all the WAL the standby has on disk before it accepts writes.
bool dataAtRisk(const Node &old, const Node &standby, const ProcedureInputs &inputs,
                QString *words);

// The pre-flight of a promotion: the standby is a standby (or promoted already: a re-run), the
// old primary cannot accept writes (or is about to be fenced), and the data at risk is none or
// accepted.
void addPreflight(const Node &old, const Node &standby, const ProcedureInputs &inputs, Plan *plan,
                  const Fencing::SeenPtr &seen);
// Fence, promote (fencing and data at risk judged again right before pg_ctl promote), the
// replication settings out of postgresql.auto.conf (kept as a backup), no synchronous standby
// named anywhere, reload, and a test write that commits on the new timeline.
void addSteps(const Node &old, const Node &standby, const ProcedureInputs &inputs, Plan *plan,
              const Fencing::SeenPtr &seen);

// The roles after a promotion: the standby is the primary, the old primary retired.
QList<QPair<QString, NodeRole>> rolesAfter(const Node &old, const Node &standby);

} // namespace iha::Procedures::Promotion
