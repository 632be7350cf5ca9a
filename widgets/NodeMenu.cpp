#include "widgets/NodeMenu.h"

#include "models/Procedure.h"

#include <QApplication>
#include <QClipboard>

namespace iha {
namespace {

// The procedures of the runbook that act on a node in this role.
QList<ProcedureId> proceduresFor(const Node &node)
{
    switch (node.role) {
    case NodeRole::Primary:
        return {ProcedureId::ConfigurePrimary};
    case NodeRole::Standby:
        return {ProcedureId::ConfigureStandby, ProcedureId::PromoteStandby};
    case NodeRole::Orchestrator:
        return {ProcedureId::FailoverServer};
    case NodeRole::Spare:
        if (node.inmanta && !node.postgres)
            return {ProcedureId::NewOrchestrator};
        return {ProcedureId::AddStandby};
    case NodeRole::Retired:
        return {ProcedureId::AddStandby};
    }
    return {};
}

} // namespace

NodeMenu::NodeMenu(const Node &node, const QString &clusterFile, bool canRun, QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("nodeMenu"));
    setAttribute(Qt::WA_DeleteOnClose);
    setToolTipsVisible(true);
    addAction(tr("Check Now"), this, &NodeMenu::checkNowRequested)
        ->setObjectName(QStringLiteral("nodeCheckNow"));
    addAction(tr("Copy Address"), this, [this, address = node.address] {
        QApplication::clipboard()->setText(address);
        emit copied(address);
    })->setObjectName(QStringLiteral("nodeCopyAddress"));
    const QList<ProcedureId> procedures = proceduresFor(node);
    if (!procedures.isEmpty())
        addSection(tr("Procedures"));
    for (const ProcedureInfo &info : allProcedures()) {
        if (!procedures.contains(info.id))
            continue;
        QAction *wizard =
            addAction(tr("%1...").arg(info.title), this,
                      [this, name = info.cliName, node] { emit wizardRequested(name, node.name); });
        wizard->setObjectName(QStringLiteral("procedure-") + info.cliName);
        wizard->setEnabled(canRun);
        // The same plan from a terminal.
        const QString command = QStringLiteral("inmanta-ha-cli --cluster '%1' plan %2 --node %3")
                                    .arg(clusterFile, info.cliName, node.name);
        QAction *copy =
            addAction(tr("%1: Copy the CLI Command").arg(info.title), this, [this, command] {
                QApplication::clipboard()->setText(command);
                emit copied(command);
            });
        copy->setObjectName(QStringLiteral("procedureCli-") + info.cliName);
        copy->setToolTip(command);
    }
}

} // namespace iha
