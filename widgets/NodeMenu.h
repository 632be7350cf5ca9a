#pragma once

#include "models/Cluster.h"

#include <QMenu>

namespace iha {

// A node's context menu (diagram and node table): check now, copy its address, and the
// runbook's procedures that act on a node in its role, each as its wizard and as the CLI
// command that shows the same plan.
class NodeMenu : public QMenu
{
    Q_OBJECT

public:
    NodeMenu(const Node &node, const QString &clusterFile, bool canRun, QWidget *parent);

signals:
    void checkNowRequested();
    void wizardRequested(const QString &procedure, const QString &node);
    void copied(const QString &text);
};

} // namespace iha
