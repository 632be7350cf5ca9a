#pragma once

#include "models/Cluster.h"
#include "models/ClusterStatus.h"

#include <QDateTime>

namespace iha {

// The details panel's text for one node: its settings from the cluster file, then the live
// facts the status monitor saw, each group with the time it was gathered ("12 s ago").
// `status` is null until the node has been probed.
QString nodeDetailsHtml(const Node &node, const NodeStatus *status, const QDateTime &now);

// "just now", "12 s ago", "3 min ago", "2 h ago", or the date for older times.
QString ageText(const QDateTime &time, const QDateTime &now);

} // namespace iha
