#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace iha {

// The runbook's procedures, one per section of seeds/inmanta-ha-setup.txt.
enum class ProcedureId
{
    ConfigurePrimary, // "Configure the master node"
    ConfigureStandby, // "Configure the standby node"
    PromoteStandby,   // "Promote a standby node to the new master node"
    AddStandby,       // "Add a standby node to a newly promoted master node"
    FailoverServer,   // "Failover an Inmanta server to the warm standby PostgreSQL instance"
    NewOrchestrator,  // "Start a new orchestrator on warm standby PostgreSQL instance"
};

struct ProcedureInfo
{
    ProcedureId id;
    QString cliName;        // stable, part of the CLI contract
    QString title;          // translated, for people
    QString runbookSection; // the heading of the runbook paragraph it automates
    // The commands the runbook has the operator type on hosts for it (an editor session
    // counts as one): each a login shell of its own, for comparison with a run's cost.
    int runbookCommands = 0;
};

// What a run cost on the network (CommandResult::roundTrips and shellStarts, summed).
struct RemoteCost
{
    int commands = 0;
    int roundTrips = 0;
    int shellStarts = 0;
    int hosts = 0;
};
// One sentence for the run's log and the audit log, next to the runbook's figures when known.
QString describeRemoteCost(const RemoteCost &cost, const QString &procedureCliName);

QList<ProcedureInfo> allProcedures();
std::optional<ProcedureInfo> procedureByCliName(const QString &name);
QStringList procedureCliNames();

} // namespace iha
