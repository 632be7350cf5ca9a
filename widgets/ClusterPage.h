#pragma once

#include "models/AuditArchive.h"
#include "models/Cluster.h"
#include "models/ClusterStatus.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace iha {

class ClusterDiagram;
class ClusterListPanel;
class NodeDetailsView;
class NodeTableView;
class RecentRunsView;
class VerdictBanner;

// What the main window shows once a cluster is listed: the clusters on the left; on the right
// the shown one's title, verdict banner, warnings, diagram, node details, and its nodes and
// recent runs in tabs. It shows what it is given and says what the operator asked for; the
// window keeps the clusters and acts.
class ClusterPage : public QWidget
{
    Q_OBJECT

public:
    // `canRun`: procedures can be run (the banner's action and Resume are enabled).
    ClusterPage(bool canRun, AuditArchive *archive, const QString &auditProblem,
                QWidget *parent = nullptr);

    ClusterListPanel *clusterPanel() const { return m_clusterPanel; }
    QListWidget *clusterList() const;
    void setCanRun(bool canRun);
    void setAuditArchive(AuditArchive *archive, const QString &problem);

    // A cluster afresh: its nodes, diagram and title, with its primary (or first node) selected.
    void showCluster(const Cluster &cluster, const QHash<QString, NodeStatus> &status);
    void showStatus(const QHash<QString, NodeStatus> &status);
    // `text`: the file's warnings, one per line; empty hides them.
    void showWarnings(const QString &text);
    // The verdict, or, while `runningProcedure` runs on the cluster, that it goes on.
    void showVerdict(const ClusterVerdict &verdict, bool checked, const QString &runningProcedure);
    void refreshRecentRuns();
    void selectNode(const QString &node);
    // Keeps the panes' sizes for the next start (in the settings, as the window's own).
    void saveLayout() const;

signals:
    // A procedure's wizard, from the banner or Recent Runs (empty node: the likeliest).
    void procedureRequested(const QString &procedure, const QString &node,
                            const QString &resumeRunId);
    void nodeMenuRequested(const QString &node, const QPoint &globalPos);
    void reported(const QString &message);

private:
    QWidget *createClusterPane();
    void showNodeDetails();

    Cluster m_cluster;
    QHash<QString, NodeStatus> m_status;
    QString m_selectedNode;

    ClusterListPanel *m_clusterPanel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_practiceMark = nullptr; // shown for the practice cluster only
    QLabel *m_warnings = nullptr;
    VerdictBanner *m_banner = nullptr;
    ClusterDiagram *m_diagram = nullptr;
    NodeDetailsView *m_details = nullptr;
    NodeTableView *m_nodeView = nullptr;
    RecentRunsView *m_runs = nullptr;
};

} // namespace iha
