#include "models/NodeRole.h"

#include <array>
#include <utility>

namespace iha {
namespace {

// The JSON spelling of each role; part of the cluster file format, never translated.
constexpr std::array<std::pair<NodeRole, const char *>, 5> kRoleNames{{
    {NodeRole::Primary, "primary"},
    {NodeRole::Standby, "standby"},
    {NodeRole::Orchestrator, "orchestrator"},
    {NodeRole::Spare, "spare"},
    {NodeRole::Retired, "retired"},
}};

} // namespace

QString roleName(NodeRole role)
{
    for (const auto &[value, name] : kRoleNames) {
        if (value == role)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<NodeRole> roleFromName(const QString &name)
{
    for (const auto &[value, roleText] : kRoleNames) {
        if (name == QLatin1String(roleText))
            return value;
    }
    return std::nullopt;
}

QStringList allRoleNames()
{
    QStringList names;
    for (const auto &entry : kRoleNames)
        names << QString::fromLatin1(entry.second);
    return names;
}

bool isDatabaseRole(NodeRole role)
{
    return role == NodeRole::Primary || role == NodeRole::Standby;
}

} // namespace iha
