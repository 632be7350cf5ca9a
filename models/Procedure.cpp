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
    return {
        {ProcedureId::ConfigurePrimary, QStringLiteral("configure-primary"),
         Tr::tr("Configure the primary"), QStringLiteral("Configure the master node")},
        {ProcedureId::ConfigureStandby, QStringLiteral("configure-standby"),
         Tr::tr("Configure the standby"), QStringLiteral("Configure the standby node")},
        {ProcedureId::PromoteStandby, QStringLiteral("promote-standby"),
         Tr::tr("Promote the standby"),
         QStringLiteral("Promote a standby node to the new master node")},
        {ProcedureId::AddStandby, QStringLiteral("add-standby"),
         Tr::tr("Add a standby to the new primary"),
         QStringLiteral("Add a standby node to a newly promoted master node")},
        {ProcedureId::FailoverServer, QStringLiteral("failover-server"),
         Tr::tr("Fail the Inmanta server over to the standby"),
         QStringLiteral("Failover an Inmanta server to the warm standby PostgreSQL instance")},
        {ProcedureId::NewOrchestrator, QStringLiteral("new-orchestrator"),
         Tr::tr("Start a new orchestrator"),
         QStringLiteral("Start a new orchestrator on warm standby PostgreSQL instance")},
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

QStringList procedureCliNames()
{
    QStringList names;
    for (const ProcedureInfo &info : allProcedures())
        names << info.cliName;
    return names;
}

} // namespace iha
