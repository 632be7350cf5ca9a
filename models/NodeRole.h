#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace iha {

// The part a host plays in the cluster. `Spare` may become a standby or a new orchestrator;
// `Retired` is a host taken out after a failover and kept for the record.
enum class NodeRole
{
    Primary,
    Standby,
    Orchestrator,
    Spare,
    Retired
};

QString roleName(NodeRole role);
std::optional<NodeRole> roleFromName(const QString &name);
QStringList allRoleNames();

// Roles that carry a PostgreSQL server of the HA pair.
bool isDatabaseRole(NodeRole role);

} // namespace iha
