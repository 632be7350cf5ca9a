#pragma once

#include "models/Cluster.h"
#include "models/Diagnostic.h"

namespace iha {

// The semantic rules of a cluster: names, addresses, ports, paths, at most one primary and
// one orchestrator. Used on load and by the inventory editor, so both say the same thing.
// `fileIndices[i]` is the position in the file of cluster.nodes[i] (identity when empty), so
// that messages name the node as the operator wrote it.
Diagnostics validateCluster(const Cluster &cluster, const QList<int> &fileIndices = {});
// With an API token set: a warning for each Inmanta server it would reach over plain http.
Diagnostics plainHttpApiWarnings(const Cluster &cluster);

// Field-level rules, reusable by editors that check one field as it is typed.
// Each returns an empty string when the value is acceptable, else the reason.
QString checkName(const QString &name);
QString checkAddress(const QString &address);
QString checkPort(int port);
QString checkRemotePath(const QString &path, bool mayBeEmpty);
QString checkIdentityFile(const QString &path);
// A local CA certificate for PostgreSQL's TLS (may be empty): as an identity file, and plain
// enough to be a libpq option.
QString checkCaFile(const QString &path);
QString checkServiceName(const QString &service);

// An IPv4 or IPv6 address written as one (not a host name).
bool isIpAddress(const QString &address);

} // namespace iha
