#pragma once

#include "models/Cluster.h"
#include "models/Step.h"

#include <functional>

namespace iha {

// What a procedure needs besides the cluster: the secrets it uses (held in memory only) and
// the SCRAM functions, which live in the app layer (Qt Network's QPasswordDigestor).
struct ProcedureInputs
{
    QString runId;
    QString operatorName;
    QString replicationPassword;
    QString standbyNode; // configure-standby: the node to (re)build; default: the cluster's standby
    std::function<QString(const QString &password)> makeScramVerifier;
    std::function<bool(const QString &verifier, const QString &password)> scramMatches;
};

namespace Procedures {

// Builds the plan; an empty string, or why the cluster does not allow it.
QString configurePrimary(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan);
QString configureStandby(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan);

// Checks before anything changes, for the given nodes: each reachable with its host key known
// and root available, PostgreSQL's programs found; the primary is the primary (not in
// recovery). Then the cluster lock, held on the primary while the run lasts: a second
// operator is refused and told who holds it and since when.
void addPreflightAndLock(const Cluster &cluster, const QList<Node> &nodes,
                         const ProcedureInputs &inputs, Plan *plan);
QString lockPath(const Cluster &cluster);

// Where the standby keeps the replication password (outside its data directory, which a
// base backup replaces; owned by postgres, mode 0600).
QString passwordFilePath(const Node &standby);
// One line of a libpq password file, with ':' and '\' escaped.
QString passwordFileLine(const QString &host, int port, const QString &user,
                         const QString &password);

} // namespace Procedures
} // namespace iha
