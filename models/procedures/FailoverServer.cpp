// Runbook: "Failover an Inmanta server to the warm standby PostgreSQL instance".
#include "models/Step.h"
#include "models/procedures/InmantaSteps.h"
#include "models/procedures/Preflight.h"
#include "models/procedures/Procedures.h"
#include "models/procedures/Promotion.h"
#include "models/procedures/Tr.h"

namespace iha::Procedures {
namespace {

const QString kSection =
    QStringLiteral("Failover an Inmanta server to the warm standby PostgreSQL instance");

} // namespace

QString failoverServer(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan)
{
    const Node *old = cluster.nodeWithRole(NodeRole::Primary);
    const Node *standby = cluster.nodeWithRole(NodeRole::Standby);
    const Node *orchestrator = cluster.nodeWithRole(NodeRole::Orchestrator);
    if (!old || !standby || !orchestrator)
        return Tr::tr("cluster %1 needs a primary, a standby and an orchestrator for a "
                      "failover of the Inmanta server")
            .arg(cluster.name);
    plan->procedure = QStringLiteral("failover-server");
    plan->cluster = cluster.name;
    addPreflightAndLock(cluster, {*standby, *orchestrator}, inputs, plan,
                        /*primaryAnswers=*/false);
    // First (it costs one read): an edit of database.cfg that another file overrides would
    // leave the server on the lost database.
    plan->preflight << InmantaSteps::configDecidesStep(*orchestrator);
    const auto seen = std::make_shared<Fencing::Seen>();
    Promotion::addPreflight(*old, *standby, inputs, plan, seen);

    // A resume after the server was started on the new primary does not stop it again.
    Step stop = InmantaSteps::serviceStep(*orchestrator, /*running=*/false, kSection);
    stop.check = [orchestrator = *orchestrator, address = standby->address,
                  stopped = stop.check](StepIo &io, bool *done) {
        if (QString error = InmantaSteps::databaseHostIs(io, orchestrator, address, done);
            !error.isEmpty() || *done)
            return error;
        return stopped(io, done);
    };
    plan->steps << stop;
    Promotion::addSteps(*old, *standby, inputs, plan, seen);
    plan->steps << InmantaSteps::databaseHostStep(*orchestrator, standby->address, kSection)
                << InmantaSteps::serviceStep(*orchestrator, /*running=*/true, kSection)
                << InmantaSteps::verifyApiStep(
                       *orchestrator, [address = standby->address] { return address; }, inputs,
                       kSection);
    plan->rolesAfter = [old = *old, standby = *standby] {
        return Promotion::rolesAfter(old, standby);
    };
    return {};
}

} // namespace iha::Procedures
