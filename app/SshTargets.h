#pragma once

#include "app/SshTarget.h"
#include "models/Cluster.h"

namespace iha {

// The SSH login of a node as its cluster file describes it ("~/" expanded); secrets are
// filled in by the caller from the secret store.
SshTarget sshTargetFor(const Node &node);

} // namespace iha
