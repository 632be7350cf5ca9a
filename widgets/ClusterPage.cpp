#include "widgets/ClusterPage.h"

#include "widgets/ClusterDiagram.h"
#include "widgets/ClusterListPanel.h"
#include "widgets/NodeDetails.h"
#include "widgets/NodeTableView.h"
#include "widgets/RecentRunsView.h"
#include "widgets/VerdictBanner.h"

#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace iha {
namespace {

QString layoutKey(const QSplitter *pane)
{
    return QStringLiteral("mainWindow/") + pane->objectName();
}

} // namespace

ClusterPage::ClusterPage(bool canRun, AuditArchive *archive, const QString &auditProblem,
                         QWidget *parent)
    : QWidget(parent)
    , m_clusterPanel(new ClusterListPanel)
    , m_banner(new VerdictBanner)
    , m_diagram(new ClusterDiagram)
    , m_details(new NodeDetailsView)
    , m_nodeView(new NodeTableView)
    , m_runs(new RecentRunsView)
{
    setObjectName(QStringLiteral("clusterPage"));
    connect(m_banner, &VerdictBanner::actionRequested, this,
            [this](const QString &procedure) { emit procedureRequested(procedure, {}, {}); });
    connect(m_diagram, &ClusterDiagram::nodeClicked, this, &ClusterPage::selectNode);
    connect(m_diagram, &ClusterDiagram::nodeMenuRequested, this, &ClusterPage::nodeMenuRequested);
    connect(m_nodeView, &NodeTableView::nodeSelected, this, &ClusterPage::selectNode);
    connect(m_nodeView, &NodeTableView::nodeMenuRequested, this, &ClusterPage::nodeMenuRequested);
    connect(m_runs, &RecentRunsView::resumeRequested, this,
            [this](const QString &procedure, const QString &runId) {
                emit procedureRequested(procedure, {}, runId);
            });
    connect(m_runs, &RecentRunsView::reported, this, &ClusterPage::reported);
    setAuditArchive(archive, auditProblem);
    setCanRun(canRun);

    auto *outer = new QSplitter(Qt::Horizontal);
    outer->setObjectName(QStringLiteral("clusterListSplitter"));
    outer->setChildrenCollapsible(false);
    outer->addWidget(m_clusterPanel);
    outer->addWidget(createClusterPane());
    outer->setStretchFactor(0, 0);
    outer->setStretchFactor(1, 1);
    outer->setSizes({170, 800});
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(outer);
    // The operator's own arrangement of the panes, as left last time.
    QSettings settings;
    for (QSplitter *pane : findChildren<QSplitter *>())
        pane->restoreState(settings.value(layoutKey(pane)).toByteArray());
}

void ClusterPage::saveLayout() const
{
    QSettings settings;
    for (const QSplitter *pane : findChildren<QSplitter *>())
        settings.setValue(layoutKey(pane), pane->saveState());
}

QWidget *ClusterPage::createClusterPane()
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("clusterTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("clusterWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setVisible(false);

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("clusterTabs"));
    tabs->addTab(m_nodeView, tr("&Nodes"));
    tabs->addTab(m_runs, tr("Recent &Runs"));
    // A teammate's run on this cluster is said on the tab itself, seen from every tab.
    connect(m_runs, &RecentRunsView::runningNowChanged, this,
            [tabs, runs = m_runs](const QString &running) {
                const int index = tabs->indexOf(runs);
                tabs->setTabText(index, running.isEmpty() ? tr("Recent &Runs")
                                                          : tr("Recent &Runs (a run is going on)"));
                tabs->setTabToolTip(index, running.isEmpty() ? QString()
                                                             : tr("Running now: %1").arg(running));
            });

    auto *top = new QSplitter(Qt::Horizontal);
    top->setObjectName(QStringLiteral("diagramSplitter"));
    top->addWidget(m_diagram);
    top->addWidget(m_details);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("clusterSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // Room for the primary, the standby and the orchestrator in the table below the diagram.
    splitter->setSizes({380, 200});

    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    // The practice cluster says so above everything else: no operator may take it for theirs.
    m_practiceMark = new QLabel(
        tr("<b>PRACTICE</b> - a practice cluster on this machine, not a real system. Run any "
           "procedure or failover drill on it; <tt>inmanta-ha-cli practice down</tt> removes it."));
    m_practiceMark->setObjectName(QStringLiteral("practiceMark"));
    m_practiceMark->setWordWrap(true);
    m_practiceMark->setMargin(6);
    m_practiceMark->setStyleSheet(
        QStringLiteral("#practiceMark { background: #5b2a86; color: white; border-radius: 3px; }"));
    m_practiceMark->setVisible(false);
    layout->addWidget(m_title);
    layout->addWidget(m_practiceMark);
    layout->addWidget(m_banner);
    layout->addWidget(m_warnings);
    layout->addWidget(splitter, 1);
    return pane;
}

QListWidget *ClusterPage::clusterList() const
{
    return m_clusterPanel->list();
}

void ClusterPage::setCanRun(bool canRun)
{
    m_banner->setActionEnabled(canRun);
    m_runs->setResumeEnabled(canRun);
}

void ClusterPage::setAuditArchive(AuditArchive *archive, const QString &problem)
{
    m_runs->setAuditArchive(archive, problem);
}

void ClusterPage::showCluster(const Cluster &cluster, const QHash<QString, NodeStatus> &status)
{
    m_cluster = cluster;
    m_status = status;
    m_selectedNode.clear();
    m_nodeView->setCluster(cluster);
    m_diagram->setCluster(cluster);
    m_diagram->setStatus(status);
    m_title->setText(cluster.practice ? tr("PRACTICE cluster %1").arg(cluster.name)
                                      : tr("Cluster %1").arg(cluster.name));
    m_practiceMark->setVisible(cluster.practice);
    const Node *primary = cluster.nodeWithRole(NodeRole::Primary);
    selectNode(primary                   ? primary->name
               : cluster.nodes.isEmpty() ? QString()
                                         : cluster.nodes.constFirst().name);
    refreshRecentRuns();
}

void ClusterPage::showStatus(const QHash<QString, NodeStatus> &status)
{
    m_status = status;
    m_diagram->setStatus(status);
    showNodeDetails();
    refreshRecentRuns();
}

void ClusterPage::showWarnings(const QString &text)
{
    m_warnings->setText(tr("Warnings in the cluster file:\n%1").arg(text));
    m_warnings->setVisible(!text.isEmpty());
}

void ClusterPage::showVerdict(const ClusterVerdict &verdict, bool checked,
                              const QString &runningProcedure)
{
    if (runningProcedure.isEmpty())
        m_banner->showVerdict(verdict, checked);
    else
        m_banner->showRunGoingOn(runningProcedure);
}

void ClusterPage::refreshRecentRuns()
{
    m_runs->showRunsOf(m_cluster.name);
}

void ClusterPage::selectNode(const QString &node)
{
    m_selectedNode = node;
    m_diagram->setSelectedNode(node);
    m_nodeView->selectNode(node);
    showNodeDetails();
}

void ClusterPage::showNodeDetails()
{
    const Node *node = m_cluster.findNode(m_selectedNode);
    const auto it = node ? m_status.constFind(node->name) : m_status.constEnd();
    m_details->showNode(node, it == m_status.constEnd() ? nullptr : &*it, m_cluster.proxy);
}

} // namespace iha
