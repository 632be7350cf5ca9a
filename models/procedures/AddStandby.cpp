// Runbook: "Add a standby node to a newly promoted master node": the slot first, then the
// standby as "Configure the standby node" builds it, then synchronous replication once it
// streams.
#include "models/procedures/Procedures.h"
#include "models/procedures/StandbyBuild.h"

namespace iha::Procedures {

QString addStandby(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan)
{
    if (inputs.standbyNode.isEmpty())
        return QStringLiteral("add-standby needs the node to add: --node NODE");
    const Node *node = cluster.findNode(inputs.standbyNode);
    if (!node)
        return QStringLiteral("no node %1 in cluster %2").arg(inputs.standbyNode, cluster.name);
    if (node->role == NodeRole::Primary || node->role == NodeRole::Orchestrator)
        return QStringLiteral("%1 is the cluster's %2: it cannot become a standby")
            .arg(node->name, roleName(node->role));
    if (!node->postgres)
        return QStringLiteral("%1 has no postgres settings in the cluster file: it runs no "
                              "PostgreSQL")
            .arg(node->name);
    for (const Node *other : cluster.nodesWithRole(NodeRole::Standby)) {
        if (other->name != node->name)
            return QStringLiteral("%1 is the cluster's standby already; the replication slot "
                                  "serves one standby (make %1 a spare or retired first)")
                .arg(other->name);
    }
    // The plan sees the node as the standby it is about to become.
    Cluster target = cluster;
    for (Node &each : target.nodes) {
        if (each.name == node->name)
            each.role = NodeRole::Standby;
    }
    StandbyBuild build;
    build.procedure = QStringLiteral("add-standby");
    build.slotFirst = true;
    build.oldPrimaryReplaceable = true;
    build.unmask = true;
    if (QString error = buildStandby(target, inputs, build, plan); !error.isEmpty())
        return error;
    plan->rolesAfter = [name = node->name] {
        return QList<QPair<QString, NodeRole>>{qMakePair(name, NodeRole::Standby)};
    };
    return {};
}

} // namespace iha::Procedures
