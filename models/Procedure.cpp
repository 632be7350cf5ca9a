#include "models/Procedure.h"

#include <QCoreApplication>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Procedure)
};

} // namespace

QList<ProcedureInfo> allProcedures()
{
    // The runbook's commands, counted in seeds/inmanta-ha-setup.txt: configure-primary edits
    // postgresql.conf, runs psql, edits pg_hba.conf and restarts; configure-standby runs
    // pg_basebackup, replaces the data, edits postgresql.auto.conf and postgresql.conf, starts
    // and enables; promote-standby promotes, removes postgresql.auto.conf and reloads; the
    // others add theirs to those they refer to.
    return {
        {ProcedureId::ConfigurePrimary, QStringLiteral("configure-primary"),
         Tr::tr("Configure the primary"), QStringLiteral("Configure the master node"), 4},
        {ProcedureId::ConfigureStandby, QStringLiteral("configure-standby"),
         Tr::tr("Configure the standby"), QStringLiteral("Configure the standby node"), 6},
        {ProcedureId::PromoteStandby, QStringLiteral("promote-standby"),
         Tr::tr("Promote the standby"),
         QStringLiteral("Promote a standby node to the new master node"), 3},
        {ProcedureId::AddStandby, QStringLiteral("add-standby"),
         Tr::tr("Add a standby to the new primary"),
         QStringLiteral("Add a standby node to a newly promoted master node"), 9},
        {ProcedureId::FailoverServer, QStringLiteral("failover-server"),
         Tr::tr("Fail the Inmanta server over to the standby"),
         QStringLiteral("Failover an Inmanta server to the warm standby PostgreSQL instance"), 6},
        {ProcedureId::NewOrchestrator, QStringLiteral("new-orchestrator"),
         Tr::tr("Start a new orchestrator"),
         QStringLiteral("Start a new orchestrator on warm standby PostgreSQL instance"), 7},
    };
}

std::optional<ProcedureInfo> procedureByCliName(const QString &name)
{
    for (const ProcedureInfo &info : allProcedures()) {
        if (info.cliName == name)
            return info;
    }
    return std::nullopt;
}

QString describeRemoteCost(const RemoteCost &cost, const QString &procedureCliName)
{
    QString text = Tr::tr("Remote work of this run: commands %1 on hosts %2, network round trips "
                          "%3, login shells started %4.")
                       .arg(cost.commands)
                       .arg(cost.hosts)
                       .arg(cost.roundTrips)
                       .arg(cost.shellStarts);
    const std::optional<ProcedureInfo> info = procedureByCliName(procedureCliName);
    if (info && info->runbookCommands > 0)
        text += QLatin1Char(' ') + Tr::tr("The runbook by hand: commands %1, each a login shell "
                                          "of its own and at least 3 round trips.")
                                       .arg(info->runbookCommands);
    return text;
}

QStringList procedureCliNames()
{
    QStringList names;
    for (const ProcedureInfo &info : allProcedures())
        names << info.cliName;
    return names;
}

} // namespace iha
