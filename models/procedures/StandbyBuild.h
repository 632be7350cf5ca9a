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
};

// The node is inputs.standbyNode, else the cluster's standby; its primary the cluster's.
QString buildStandby(const Cluster &cluster, const ProcedureInputs &inputs,
                     const StandbyBuild &build, Plan *plan);

} // namespace iha::Procedures
