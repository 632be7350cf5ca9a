#include "widgets/ClusterTemplate.h"

namespace iha {

Cluster clusterTemplate(const QString &name)
{
    Cluster cluster;
    cluster.name = name;
    Node primary;
    primary.name = QStringLiteral("db1");
    primary.role = NodeRole::Primary;
    primary.address = QStringLiteral("192.0.2.11");
    primary.postgres = PostgresSettings{};
    Node standby = primary;
    standby.name = QStringLiteral("db2");
    standby.role = NodeRole::Standby;
    standby.address = QStringLiteral("192.0.2.12");
    Node orchestrator;
    orchestrator.name = QStringLiteral("orch1");
    orchestrator.role = NodeRole::Orchestrator;
    orchestrator.address = QStringLiteral("192.0.2.13");
    orchestrator.inmanta = InmantaSettings{};
    cluster.nodes = {primary, standby, orchestrator};
    return cluster;
}

} // namespace iha
