#pragma once

#include "models/Cluster.h"
#include "models/ClusterStatus.h"

#include <QDateTime>
#include <QTextBrowser>

namespace iha {

// The details panel's text for one node: its settings from the cluster file, then the live
// facts the status monitor saw, each group with the time it was gathered ("12 s ago").
// `status` is null until the node has been probed; `proxy` is the cluster's (empty: none).
QString nodeDetailsHtml(const Node &node, const NodeStatus *status, const QDateTime &now,
                        const QString &proxy = QString());

// "just now", "12 s ago", "3 min ago", "2 h ago", or the date for older times.
QString ageText(const QDateTime &time, const QDateTime &now);

// The details panel: the selected node's text, redrawn with each round of facts where the
// reader had scrolled to.
class NodeDetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit NodeDetailsView(QWidget *parent = nullptr);
    // `node` null: nothing selected.
    void showNode(const Node *node, const NodeStatus *status, const QString &proxy = QString());
};

} // namespace iha
