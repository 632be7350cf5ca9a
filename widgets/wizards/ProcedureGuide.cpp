#include "widgets/wizards/ProcedureGuide.h"

#include "models/SecretNames.h"

#include <QCoreApplication>

namespace iha::ProcedureGuide {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureGuide)
};

// A node the monitor saw answering: the likelier choice among equals.
bool answered(const QHash<QString, NodeStatus> &status, const QString &node)
{
    const auto it = status.constFind(node);
    return it != status.constEnd() && it->sshReachable;
}

} // namespace

QString intro(ProcedureId procedure)
{
    switch (procedure) {
    case ProcedureId::ConfigurePrimary:
        return Tr::tr("The primary gets a replication user, a replication slot for the standby "
                      "and the settings that let a standby stream from it. Synchronous "
                      "replication is switched on only once the standby streams, so writes never "
                      "wait for a standby that is not there yet.");
    case ProcedureId::ConfigureStandby:
        return Tr::tr("The standby's PostgreSQL is stopped, its data directory replaced by a base "
                      "backup of the primary, and it starts streaming from the primary's slot. "
                      "Then the primary waits for it: replication becomes synchronous, so a "
                      "failover loses no acknowledged commit.");
    case ProcedureId::PromoteStandby:
        return Tr::tr("The old primary is fenced first (stopped and masked, or, when it does not "
                      "answer at all, your word that it is powered off), so that there are never "
                      "two primaries. Then the standby is promoted and accepts writes.");
    case ProcedureId::AddStandby:
        return Tr::tr("A node, typically the old primary, becomes the standby of the promoted "
                      "primary: rewound with pg_rewind where its history allows it, copied anew "
                      "otherwise, and streaming synchronously again at the end.");
    case ProcedureId::FailoverServer:
        return Tr::tr("The primary is gone: the standby is promoted (after the old primary is "
                      "fenced, so there are never two), and the Inmanta server is pointed at it "
                      "and restarted. At the end the orchestrator answers again on its new "
                      "database.");
    case ProcedureId::NewOrchestrator:
        return Tr::tr("The orchestrator is gone: the old one is fenced (never two), the standby "
                      "is promoted if the primary is gone too, and an Inmanta server is started "
                      "on the chosen node against the database that serves writes.");
    }
    return {};
}

QString nodeChoiceLabel(ProcedureId procedure)
{
    switch (procedure) {
    case ProcedureId::ConfigureStandby:
        return Tr::tr("Standby to build:");
    case ProcedureId::PromoteStandby:
        return Tr::tr("Standby to promote:");
    case ProcedureId::AddStandby:
        return Tr::tr("Node that becomes the standby:");
    case ProcedureId::NewOrchestrator:
        return Tr::tr("Node that becomes the orchestrator:");
    case ProcedureId::ConfigurePrimary:
    case ProcedureId::FailoverServer:
        break;
    }
    return {};
}

QStringList nodeCandidates(ProcedureId procedure, const Cluster &cluster,
                           const QHash<QString, NodeStatus> &status)
{
    QStringList likely;
    QStringList others;
    for (const Node &node : cluster.nodes) {
        bool fits = false;
        bool first = false;
        switch (procedure) {
        case ProcedureId::ConfigureStandby:
        case ProcedureId::PromoteStandby:
            fits = node.postgres && node.role == NodeRole::Standby;
            first = true;
            break;
        case ProcedureId::AddStandby:
            // The old primary (retired by the promotion) first, then spares.
            fits =
                node.postgres && (node.role == NodeRole::Retired || node.role == NodeRole::Spare ||
                                  node.role == NodeRole::Standby);
            first = node.role == NodeRole::Retired;
            break;
        case ProcedureId::NewOrchestrator:
            fits = node.role == NodeRole::Spare;
            first = node.inmanta.has_value();
            break;
        case ProcedureId::ConfigurePrimary:
        case ProcedureId::FailoverServer:
            break;
        }
        if (!fits)
            continue;
        (first && answered(status, node.name) ? likely : others) << node.name;
    }
    return likely + others;
}

QString nodeToConfirm(ProcedureId procedure, const Plan &plan, const QString &chosenNode,
                      const Cluster &cluster)
{
    for (const Step &step : plan.steps) {
        if (step.dangerous)
            return step.node;
    }
    switch (procedure) {
    case ProcedureId::PromoteStandby:
    case ProcedureId::AddStandby:
    case ProcedureId::NewOrchestrator:
        return chosenNode;
    case ProcedureId::FailoverServer:
        if (const Node *standby = cluster.nodeWithRole(NodeRole::Standby))
            return standby->name;
        break;
    case ProcedureId::ConfigurePrimary:
    case ProcedureId::ConfigureStandby:
        break;
    }
    return {};
}

QString planAsScript(const Plan &plan, const QString &procedureTitle)
{
    // For reading and keeping, not for running: pasted into a shell it would act without the
    // checks between the steps (fencing judged again right before a promotion, and so on).
    QString script =
        QStringLiteral("#!/bin/sh\n# %1 on cluster %2: the plan of inmanta-ha-admin, for "
                       "reading (secrets are placeholders).\n# Each step runs on the node in "
                       "brackets, only after its check; run it with the wizard or inmanta-ha-cli.\n"
                       "echo 'This is a plan to read, not to run: it has no fencing or checks.' "
                       ">&2; exit 1\n")
            .arg(procedureTitle, plan.cluster);
    const auto comment = [](const QString &text) {
        return QStringLiteral("# ") +
               QString(text).replace(QLatin1Char('\n'), QStringLiteral("\n# "));
    };
    script += QStringLiteral("\n# Pre-flight checks\n");
    for (const Step &step : plan.preflight)
        script +=
            comment(QStringLiteral("[%1] %2").arg(step.node, step.description)) + QLatin1Char('\n');
    for (int i = 0; i < plan.steps.size(); ++i) {
        const Step &step = plan.steps.at(i);
        script += QStringLiteral("\n") +
                  comment(QStringLiteral("%1. [%2] %3%4")
                              .arg(i + 1)
                              .arg(step.node, step.description,
                                   step.dangerous ? QStringLiteral(" (ERASES DATA)") : QString())) +
                  QLatin1Char('\n') + step.preview.trimmed() + QLatin1Char('\n');
    }
    return script;
}

} // namespace iha::ProcedureGuide
