#pragma once

#include "models/Cluster.h"

namespace iha {

// A starting point for a new cluster file: the runbook's three hosts with documentation
// addresses (RFC 5737), which the operator replaces with the real ones.
Cluster clusterTemplate(const QString &name);

} // namespace iha
