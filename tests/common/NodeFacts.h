#pragma once

#include "models/ClusterStatus.h"

// A node the status monitor has just reached over SSH, with no other fact yet: the start of
// the facts the verdict and view tests build.
inline iha::NodeStatus seen(const QString &node)
{
    iha::NodeStatus s;
    s.node = node;
    s.seen = QDateTime::currentDateTimeUtc();
    s.sshReachable = true;
    return s;
}
