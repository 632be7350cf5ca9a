#pragma once

#include "models/Cluster.h"
#include "models/Step.h"

// The standby joins the primary: the last steps of building a standby (configure-standby,
// add-standby).
namespace iha::Procedures {

// Start and enable PostgreSQL on the standby (unmasked first after a failover's fencing).
Step startStep(const Node &standby, bool unmask);
// The standby streams from the primary through the cluster's slot.
Step streamsStep(const Node &primary, const Node &standby, const Cluster &cluster);
// The primary names it in synchronous_standby_names, reloads, and it is the sync standby; if
// not, the setting is taken back so that writes do not wait.
Step synchronousStep(const Node &primary, const Node &standby, const Cluster &cluster);

} // namespace iha::Procedures
