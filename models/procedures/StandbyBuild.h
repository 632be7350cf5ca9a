#pragma once

#include "models/Cluster.h"
#include "models/Step.h"
#include "models/procedures/Procedures.h"

namespace iha::Procedures {

// How a standby is built: by configure-standby on a primary set up by configure-primary, or by
// add-standby after a failover, where the new primary has no slot yet (FAULTS 20), the node is
// often the old primary (same system identifier, an earlier timeline) and its PostgreSQL was
// masked by the fencing.
struct StandbyBuild
{
    QString procedure = QStringLiteral("configure-standby");
    bool slotFirst = false;
    bool oldPrimaryReplaceable = false;
    bool unmask = false;
    // Try pg_rewind before a full base backup (the old primary after a failover).
    bool tryRewind = false;
};

// add-standby: pg_rewind of the node onto the primary where its history allows (wal_log_hints
// or data checksums, same system identifier, an earlier timeline); the node's own
// configuration files are put back afterwards (pg_rewind copies the primary's) and it is made a
// standby (standby.signal, primary_conninfo with `conninfo`, the slot). Where a rewind is not
// possible the step says why and the full copy of the steps after it does the work.
Step rewindStep(const Node &standby, const Node &primary, const Cluster &cluster,
                const ProcedureInputs &inputs, const QString &conninfo);
// Sets *rewound when a rewind of this run's kind is in place (a mark on the node), so that the
// copy steps have nothing to do; `forget` removes the mark (the rewound node did not stream).
QString rewoundInPlace(StepIo &io, const Node &standby, const QString &cluster, bool *rewound);
QString forgetRewind(StepIo &io, const Node &standby, const QString &cluster);

// The node is inputs.standbyNode, else the cluster's standby; its primary the cluster's.
QString buildStandby(const Cluster &cluster, const ProcedureInputs &inputs,
                     const StandbyBuild &build, Plan *plan);

} // namespace iha::Procedures
