#include "widgets/MainWindow.h"

#include "models/ClusterFile.h"
#include "models/NodeTableModel.h"
#include "models/Procedure.h"
#include "widgets/AuditViewDialog.h"
#include "widgets/ClusterDiagram.h"
#include "widgets/ClusterTemplate.h"
#include "widgets/CredentialsDialog.h"
#include "widgets/FirstExpose.h"
#include "widgets/InventoryDialog.h"
#include "widgets/NodeDetails.h"
#include "widgets/ProcedureLauncher.h"
#include "widgets/VerdictColors.h"
#include "widgets/wizards/ProcedureWizard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iha {
namespace {

const QString kClusterListKey = QStringLiteral("clusters/files");
constexpr int kRecentRuns = 20;

QString clusterFileFilter()
{
    return MainWindow::tr("Cluster files (*.json);;All files (*)");
}

enum Page
{
    EmptyStatePage,
    ClusterPage
};

QString formatDiagnostics(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == severity)
            lines << d.toString();
    }
    return lines.join(QLatin1Char('\n'));
}

// A round dot in the verdict's colour: the cluster list's at-a-glance state.
QIcon verdictDot(const QColor &colour, qreal devicePixelRatio)
{
    // Drawn at the screen's pixel ratio: sharp on high-DPI screens too.
    QPixmap pixmap(QSize(32, 32) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(5, 5, 22, 22));
    return QIcon(pixmap);
}

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
        break;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_nodeModel(new NodeTableModel(this))
    , m_launcher(new ProcedureLauncher(this))
{
    connect(m_launcher, &ProcedureLauncher::runEnded, this, [this] { refreshRecentRuns(); });
    connect(
        m_launcher, &ProcedureLauncher::clusterFileUpdated, this,
        [this](const QString &path, const Cluster &cluster) { showCluster(cluster, path, {}); });
    connect(m_launcher, &ProcedureLauncher::closeReady, this, &QWidget::close);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Inmanta HA Admin"));
    // Rendering the SVG icon for the window manager loads the SVG plugin: after the first
    // paint, not before it. (The desktop file gives the shell the icon meanwhile.)
    FirstExpose::then(
        this, [this] { setWindowIcon(QIcon(QStringLiteral(":/icons/inmanta-ha-admin.svg"))); });
    // The cluster page is built when the first cluster is shown: a window that starts with
    // the empty state appears sooner.
    m_pages->addWidget(createEmptyState());
    setCentralWidget(m_pages);
    createActions();
    statusBar()->showMessage(tr("No cluster loaded"));
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setSecretStore(SecretStore *store)
{
    m_secrets = store;
    m_launcher->setSecretStore(store);
}

void MainWindow::setRunService(RunService *runs)
{
    m_launcher->setRunService(runs);
    for (QAction *action : std::as_const(m_procedureActions))
        action->setEnabled(runs && current());
    if (m_bannerAction)
        m_bannerAction->setEnabled(runs != nullptr);
}

ProcedureWizard *MainWindow::openProcedureWizard(const QString &procedure, const QString &node,
                                                 const QString &resumeRunId)
{
    const Entry *entry = current();
    if (!entry || !m_launcher->canRun())
        return nullptr;
    return m_launcher->open({entry->cluster, entry->path, entry->status}, procedure, node,
                            resumeRunId);
}

void MainWindow::setAuditArchive(AuditArchive *archive, const QString &problem)
{
    m_audit = archive;
    m_launcher->setAuditArchive(archive);
    m_auditProblem = problem;
    refreshRecentRuns();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open =
        fileMenu->addAction(tr("&Open Cluster File..."), this, &MainWindow::chooseClusterFile);
    open->setObjectName(QStringLiteral("openClusterAction"));
    open->setShortcut(QKeySequence::Open);
    QAction *create = fileMenu->addAction(tr("&New Cluster File from Template..."), this,
                                          &MainWindow::createClusterFromTemplate);
    create->setObjectName(QStringLiteral("newClusterAction"));
    create->setShortcut(QKeySequence::New);
    QAction *exportFile =
        fileMenu->addAction(tr("&Export Cluster File..."), this, &MainWindow::exportClusterFile);
    exportFile->setObjectName(QStringLiteral("exportClusterAction"));
    QAction *remove =
        fileMenu->addAction(tr("&Remove from List"), this, &MainWindow::removeCurrentCluster);
    remove->setObjectName(QStringLiteral("removeClusterAction"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *clusterMenu = menuBar()->addMenu(tr("&Cluster"));
    QAction *inventory =
        clusterMenu->addAction(tr("Edit &Inventory..."), this, &MainWindow::editInventory);
    inventory->setObjectName(QStringLiteral("inventoryAction"));
    inventory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *credentials =
        clusterMenu->addAction(tr("&Credentials..."), this, &MainWindow::editCredentials);
    credentials->setObjectName(QStringLiteral("credentialsAction"));
    credentials->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *checkNow = clusterMenu->addAction(tr("Check &Now"), this, [this] {
        if (!currentClusterPath().isEmpty())
            emit checkNowRequested(currentClusterPath());
    });
    checkNow->setObjectName(QStringLiteral("checkNowAction"));
    checkNow->setShortcut(QKeySequence::Refresh);
    QMenu *procedures = clusterMenu->addMenu(tr("&Procedures"));
    procedures->setObjectName(QStringLiteral("proceduresMenu"));
    for (const ProcedureInfo &info : allProcedures()) {
        QAction *action =
            procedures->addAction(tr("%1...").arg(info.title), this,
                                  [this, name = info.cliName] { openProcedureWizard(name); });
        action->setObjectName(QStringLiteral("wizard-") + info.cliName);
        m_procedureActions << action;
    }
    m_clusterActions = {exportFile, remove, inventory, credentials, checkNow};
    for (QAction *action : std::as_const(m_clusterActions) + m_procedureActions)
        action->setEnabled(false);

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction *audit = toolsMenu->addAction(tr("&Audit Log..."), this, &MainWindow::showAuditLog);
    audit->setObjectName(QStringLiteral("auditAction"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Inmanta HA Admin"), this, &MainWindow::showAbout);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);

    auto *title = new QLabel(tr("No cluster loaded"));
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *help = new QLabel(tr(
        "A cluster file describes your PostgreSQL primary, its standby and the Inmanta "
        "orchestrator: "
        "their addresses, SSH logins and where PostgreSQL keeps its data.<br><br>"
        "<b>Open</b> a cluster file you already have, or create a <b>new one from the template</b> "
        "(the runbook's defaults) and replace the example addresses with your hosts' addresses."));
    help->setObjectName(QStringLiteral("emptyStateHelp"));
    help->setWordWrap(true);
    help->setAlignment(Qt::AlignCenter);
    help->setTextFormat(Qt::RichText);
    // A fixed width lets the label compute its height for wrapped text; a maximum alone
    // collapses it to one short column and clips the second paragraph.
    help->setFixedWidth(560);

    auto *openButton = new QPushButton(tr("Open Cluster File..."));
    openButton->setObjectName(QStringLiteral("openClusterButton"));
    openButton->setDefault(true);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseClusterFile);
    auto *templateButton = new QPushButton(tr("New from Template..."));
    templateButton->setObjectName(QStringLiteral("newClusterButton"));
    connect(templateButton, &QPushButton::clicked, this, &MainWindow::createClusterFromTemplate);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openButton);
    buttons->addWidget(templateButton);
    buttons->addStretch();

    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(help, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

QWidget *MainWindow::createClusterList()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Clusters"));
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    m_clusterList = new QListWidget;
    m_clusterList->setObjectName(QStringLiteral("clusterList"));
    m_clusterList->setAccessibleName(tr("Clusters"));
    m_clusterList->setIconSize(QSize(16, 16));
    m_clusterList->setSpacing(2);
    label->setBuddy(m_clusterList);
    connect(m_clusterList, &QListWidget::currentRowChanged, this, &MainWindow::showEntry);

    auto *add = new QToolButton;
    add->setObjectName(QStringLiteral("addClusterButton"));
    add->setText(tr("Add..."));
    add->setToolTip(tr("Open another cluster file"));
    add->setAccessibleName(tr("Add a cluster"));
    connect(add, &QToolButton::clicked, this, &MainWindow::chooseClusterFile);
    auto *remove = new QToolButton;
    remove->setObjectName(QStringLiteral("removeClusterButton"));
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Stop watching the selected cluster (its file is kept)"));
    remove->setAccessibleName(tr("Remove the selected cluster from the list"));
    connect(remove, &QToolButton::clicked, this, &MainWindow::removeCurrentCluster);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();

    layout->addWidget(label);
    layout->addWidget(m_clusterList, 1);
    layout->addLayout(buttons);
    return panel;
}

QWidget *MainWindow::createClusterPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("clusterPage"));
    auto *pageLayout = new QHBoxLayout(page);
    auto *outer = new QSplitter(Qt::Horizontal);
    outer->setObjectName(QStringLiteral("clusterListSplitter"));
    outer->setChildrenCollapsible(false);
    pageLayout->addWidget(outer);

    auto *main = new QWidget;
    auto *layout = new QVBoxLayout(main);
    layout->setContentsMargins(0, 0, 0, 0);

    m_clusterTitle = new QLabel;
    m_clusterTitle->setObjectName(QStringLiteral("clusterTitle"));
    QFont titleFont = m_clusterTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_clusterTitle->setFont(titleFont);

    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("clusterWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setVisible(false);

    // The verdict in plain words, with the one action that fixes it.
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("verdictBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_bannerText = new QLabel;
    m_bannerText->setObjectName(QStringLiteral("verdictText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerAction = new QPushButton;
    m_bannerAction->setObjectName(QStringLiteral("verdictAction"));
    m_bannerAction->setVisible(false);
    m_bannerAction->setEnabled(m_launcher->canRun());
    connect(m_bannerAction, &QPushButton::clicked, this, [this] {
        if (const Entry *entry = current())
            openProcedureWizard(entry->verdict.procedure);
    });
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerAction);

    m_diagram = new ClusterDiagram;
    connect(m_diagram, &ClusterDiagram::nodeClicked, this, &MainWindow::selectNode);
    connect(m_diagram, &ClusterDiagram::nodeMenuRequested, this, &MainWindow::showNodeMenu);

    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("nodeDetails"));
    m_details->setAccessibleName(tr("Details of the selected node"));
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(330);

    m_nodeView = new QTableView;
    m_nodeView->setObjectName(QStringLiteral("nodeTable"));
    m_nodeView->setAccessibleName(tr("Nodes of the cluster"));
    m_nodeView->setModel(m_nodeModel);
    m_nodeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nodeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodeView->setAlternatingRowColors(true);
    m_nodeView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_nodeView->verticalHeader()->hide();
    m_nodeView->horizontalHeader()->setStretchLastSection(true);
    m_nodeView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_nodeView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_nodeView->horizontalHeader()->setSectionResizeMode(NodeTableModel::ServiceColumn,
                                                         QHeaderView::Stretch);
    connect(
        m_nodeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &index) {
            if (index.isValid())
                selectNode(
                    m_nodeModel->index(index.row(), NodeTableModel::NameColumn).data().toString());
        });
    connect(m_nodeView, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_nodeView->indexAt(pos);
        if (index.isValid())
            showNodeMenu(
                m_nodeModel->index(index.row(), NodeTableModel::NameColumn).data().toString(),
                m_nodeView->viewport()->mapToGlobal(pos));
    });

    m_runs = new QTreeWidget;
    m_runs->setObjectName(QStringLiteral("recentRuns"));
    m_runs->setAccessibleName(tr("Recent runs of procedures on this cluster"));
    m_runs->setRootIsDecorated(false);
    m_runs->setHeaderLabels(
        {tr("Started"), tr("Procedure"), tr("Status"), tr("Operator"), tr("Run")});
    m_runs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_runs, &QWidget::customContextMenuRequested, this, &MainWindow::showRunMenu);
    connect(m_runs, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showRunMenu(m_runs->visualItemRect(item).center()); });

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("clusterTabs"));
    tabs->addTab(m_nodeView, tr("&Nodes"));
    tabs->addTab(m_runs, tr("Recent &Runs"));

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

    layout->addWidget(m_clusterTitle);
    layout->addWidget(m_banner);
    layout->addWidget(m_warnings);
    layout->addWidget(splitter, 1);

    outer->addWidget(createClusterList());
    outer->addWidget(main);
    outer->setStretchFactor(0, 0);
    outer->setStretchFactor(1, 1);
    outer->setSizes({170, 800});
    // The operator's own arrangement of the panes, as left last time.
    QSettings settings;
    for (QSplitter *pane : {outer, top, splitter})
        pane->restoreState(
            settings.value(QStringLiteral("mainWindow/") + pane->objectName()).toByteArray());
    return page;
}

int MainWindow::indexOf(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).path == absolute)
            return i;
    }
    return -1;
}

const MainWindow::Entry *MainWindow::current() const
{
    return m_current >= 0 && m_current < m_entries.size() ? &m_entries.at(m_current) : nullptr;
}

QString MainWindow::currentClusterPath() const
{
    return current() ? current()->path : QString();
}

QStringList MainWindow::clusterPaths() const
{
    QStringList paths;
    for (const Entry &entry : m_entries)
        paths << entry.path;
    return paths;
}

const Cluster *MainWindow::currentCluster() const
{
    return current() ? &current()->cluster : nullptr;
}

void MainWindow::showStatus(const QString &path, const QHash<QString, NodeStatus> &status,
                            const ClusterVerdict &verdict)
{
    const int index = indexOf(path);
    if (index < 0)
        return;
    Entry &entry = m_entries[index];
    entry.status = status;
    entry.verdict = verdict;
    entry.checked = true;
    updateListItem(index);
    if (index != m_current)
        return;
    m_diagram->setStatus(status);
    showBanner(verdict, true);
    showNodeDetails();
    refreshRecentRuns();
}

void MainWindow::showBanner(const ClusterVerdict &verdict, bool checked)
{
    if (!checked) {
        m_bannerText->setText(tr("Reading the state of the cluster..."));
        m_bannerAction->setVisible(false);
        m_banner->setPalette(palette());
        m_banner->setStyleSheet({});
        return;
    }
    QString text = QStringLiteral("<b>%1</b>").arg(verdict.summary.toHtmlEscaped());
    if (!verdict.action.isEmpty())
        text += QStringLiteral("<br>") + verdict.action.toHtmlEscaped();
    m_bannerText->setText(text);
    const QColor colour = verdictColor(verdict.kind, palette());
    m_banner->setPalette(verdictBannerPalette(verdict.kind, palette()));
    m_banner->setStyleSheet(
        QStringLiteral("#verdictBanner { border-left: 6px solid %1; }").arg(colour.name()));
    m_bannerAction->setVisible(!verdict.procedure.isEmpty());
    const auto info = procedureByCliName(verdict.procedure);
    m_bannerAction->setText(info ? tr("%1...").arg(info->title) : QString());
    m_bannerAction->setToolTip(info ? tr("Opens the wizard: checks first, a preview of every "
                                         "step, nothing runs before you confirm.")
                                    : QString());
}

void MainWindow::updateListItem(int index)
{
    QListWidgetItem *item = m_clusterList->item(index);
    const Entry &entry = m_entries.at(index);
    const QString state = entry.checked ? verdictWords(entry.verdict.kind) : tr("not checked yet");
    item->setText(QStringLiteral("%1\n%2").arg(entry.cluster.name, state));
    item->setIcon(verdictDot(entry.checked ? verdictColor(entry.verdict.kind, palette())
                                           : palette().color(QPalette::Mid),
                             devicePixelRatioF()));
    item->setToolTip(QStringLiteral("%1\n%2").arg(QDir::toNativeSeparators(entry.path),
                                                  entry.checked ? entry.verdict.summary : state));
    item->setData(Qt::AccessibleTextRole, tr("Cluster %1: %2").arg(entry.cluster.name, state));
}

bool MainWindow::openClusterFile(const QString &path)
{
    const ClusterReadResult result = ClusterFile::load(path);
    if (!result.ok()) {
        // open(), not exec(): no nested event loop, and tests can inspect the box.
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Cannot open cluster file"),
                            tr("%1 has problems; nothing was loaded. Fix them and open it again.")
                                .arg(QDir::toNativeSeparators(path)),
                            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("clusterErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(formatDiagnostics(result.diagnostics, Diagnostic::Severity::Error));
        box->open();
        return false;
    }
    showCluster(*result.cluster, path, result.diagnostics);
    return true;
}

void MainWindow::showCluster(const Cluster &cluster, const QString &path,
                             const Diagnostics &warnings)
{
    if (!m_clusterList)
        m_pages->insertWidget(ClusterPage, createClusterPage());
    const QString absolute = QFileInfo(path).absoluteFilePath();
    int index = indexOf(absolute);
    if (index < 0) {
        m_entries.append(Entry{absolute, cluster, warnings, {}, {}, false});
        m_clusterList->addItem(new QListWidgetItem);
        index = m_entries.size() - 1;
    } else {
        m_entries[index] = Entry{absolute, cluster, warnings, {}, {}, false};
    }
    updateListItem(index);
    QSettings().setValue(QStringLiteral("lastClusterDir"), QFileInfo(path).absolutePath());
    {
        const QSignalBlocker block(m_clusterList);
        m_clusterList->setCurrentRow(index);
    }
    displayEntry(index); // afresh, even when it was already the current one
    emit clusterShown(absolute, cluster);
}

void MainWindow::showEntry(int index)
{
    if (index != m_current)
        displayEntry(index);
}

void MainWindow::displayEntry(int index)
{
    m_current = index;
    const bool any = index >= 0 && index < m_entries.size();
    for (QAction *action : std::as_const(m_clusterActions))
        action->setEnabled(any);
    for (QAction *action : std::as_const(m_procedureActions))
        action->setEnabled(any && m_launcher->canRun());
    if (!any) {
        m_current = -1;
        m_pages->setCurrentIndex(EmptyStatePage);
        setWindowTitle(tr("Inmanta HA Admin"));
        statusBar()->showMessage(tr("No cluster loaded"));
        return;
    }
    const Entry &entry = m_entries.at(index);
    m_selectedNode.clear();
    m_shownRuns.clear();
    m_nodeModel->setCluster(entry.cluster);
    m_diagram->setCluster(entry.cluster);
    m_diagram->setStatus(entry.status);
    m_clusterTitle->setText(tr("Cluster %1").arg(entry.cluster.name));
    const QString warningText = formatDiagnostics(entry.warnings, Diagnostic::Severity::Warning);
    m_warnings->setText(tr("Warnings in the cluster file:\n%1").arg(warningText));
    m_warnings->setVisible(!warningText.isEmpty());
    showBanner(entry.verdict, entry.checked);
    const Node *first = entry.cluster.nodeWithRole(NodeRole::Primary);
    selectNode(first                           ? first->name
               : entry.cluster.nodes.isEmpty() ? QString()
                                               : entry.cluster.nodes.constFirst().name);
    refreshRecentRuns();
    m_pages->setCurrentIndex(ClusterPage);
    setWindowTitle(tr("%1 - Inmanta HA Admin").arg(entry.cluster.name));
    statusBar()->showMessage(tr("Loaded from %1").arg(QDir::toNativeSeparators(entry.path)));
}

void MainWindow::removeCurrentCluster()
{
    const int index = m_current;
    if (index < 0)
        return;
    const QString path = m_entries.at(index).path;
    m_entries.removeAt(index);
    const int next = m_entries.isEmpty() ? -1 : std::min(index, int(m_entries.size()) - 1);
    {
        const QSignalBlocker block(m_clusterList);
        delete m_clusterList->takeItem(index);
        m_clusterList->setCurrentRow(next);
    }
    displayEntry(next);
    emit clusterRemoved(path);
}

void MainWindow::selectNode(const QString &node)
{
    m_selectedNode = node;
    m_diagram->setSelectedNode(node);
    const Entry *entry = current();
    if (entry) {
        for (int row = 0; row < entry->cluster.nodes.size(); ++row) {
            if (entry->cluster.nodes.at(row).name == node &&
                m_nodeView->currentIndex().row() != row)
                m_nodeView->setCurrentIndex(m_nodeModel->index(row, 0));
        }
    }
    showNodeDetails();
}

void MainWindow::showNodeDetails()
{
    const Entry *entry = current();
    const Node *node = entry ? entry->cluster.findNode(m_selectedNode) : nullptr;
    if (!node) {
        m_details->setHtml(tr("Select a node to see its details."));
        return;
    }
    const auto it = entry->status.constFind(node->name);
    const int scroll = m_details->verticalScrollBar()->value();
    m_details->setHtml(nodeDetailsHtml(*node, it == entry->status.constEnd() ? nullptr : &*it,
                                       QDateTime::currentDateTimeUtc()));
    m_details->verticalScrollBar()->setValue(scroll);
}

void MainWindow::showNodeMenu(const QString &nodeName, const QPoint &globalPos)
{
    const Entry *entry = current();
    const Node *node = entry ? entry->cluster.findNode(nodeName) : nullptr;
    if (!node)
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("nodeMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    const QString path = entry->path;
    menu->addAction(tr("Check Now"), this, [this, path] { emit checkNowRequested(path); })
        ->setObjectName(QStringLiteral("nodeCheckNow"));
    menu->addAction(tr("Copy Address"), this,
                    [address = node->address] { QApplication::clipboard()->setText(address); })
        ->setObjectName(QStringLiteral("nodeCopyAddress"));
    const QList<ProcedureId> procedures = proceduresFor(*node);
    if (!procedures.isEmpty())
        menu->addSection(tr("Procedures"));
    for (const ProcedureInfo &info : allProcedures()) {
        if (!procedures.contains(info.id))
            continue;
        QAction *wizard = menu->addAction(
            tr("%1...").arg(info.title), this,
            [this, name = info.cliName, node = node->name] { openProcedureWizard(name, node); });
        wizard->setObjectName(QStringLiteral("procedure-") + info.cliName);
        wizard->setEnabled(m_launcher->canRun());
        // The same plan from a terminal.
        const QString command = QStringLiteral("inmanta-ha-cli --cluster '%1' plan %2 --node %3")
                                    .arg(path, info.cliName, node->name);
        QAction *copy =
            menu->addAction(tr("%1: Copy the CLI Command").arg(info.title), this, [this, command] {
                QApplication::clipboard()->setText(command);
                statusBar()->showMessage(tr("Copied: %1").arg(command));
            });
        copy->setObjectName(QStringLiteral("procedureCli-") + info.cliName);
        copy->setToolTip(command);
    }
    menu->popup(globalPos);
}

void MainWindow::refreshRecentRuns()
{
    if (!m_runs)
        return; // no cluster shown yet
    const Entry *entry = current();
    const auto message = [this](const QString &text) {
        m_runs->clear();
        m_shownRuns.clear();
        auto *item = new QTreeWidgetItem(m_runs, {text});
        item->setFirstColumnSpanned(true);
    };
    if (!entry)
        return m_runs->clear();
    if (!m_audit)
        return message(m_auditProblem.isEmpty() ? tr("The audit log is not available.")
                                                : m_auditProblem);
    const QList<AuditRun> runs = m_audit->recentRuns(entry->cluster.name, kRecentRuns);
    if (runs.isEmpty())
        return message(tr("No procedure has run on this cluster yet."));
    // Refreshed with every verdict (runs from the CLI show up): redrawn only on a change,
    // so that a selected row stays selected.
    QStringList shown;
    for (const AuditRun &run : runs)
        shown << run.runId + QLatin1Char(' ') + run.status;
    if (shown == m_shownRuns)
        return;
    m_shownRuns = shown;
    m_runs->clear();
    for (const AuditRun &run : runs)
        new QTreeWidgetItem(m_runs,
                            {QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat),
                             run.procedure, run.status, run.operatorName, run.runId});
}

// A failed or cancelled run goes on from here once its cause is fixed.
void MainWindow::showRunMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_runs->itemAt(pos);
    if (!item || item->columnCount() < 5 || item->text(4).isEmpty())
        return;
    const QString procedure = item->text(1);
    const QString status = item->text(2);
    const QString runId = item->text(4);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("runMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const bool resumable = status == QLatin1String("failed") ||
                           status == QLatin1String("cancelled") ||
                           status == QLatin1String("running"); // a run whose application was killed
    QAction *resume =
        menu->addAction(tr("&Resume Run %1...").arg(runId), this,
                        [this, procedure, runId] { openProcedureWizard(procedure, {}, runId); });
    resume->setObjectName(QStringLiteral("resumeRunAction"));
    resume->setEnabled(resumable && m_launcher->canRun() && procedureByCliName(procedure));
    menu->popup(m_runs->viewport()->mapToGlobal(pos));
}

void MainWindow::editInventory()
{
    const Entry *entry = current();
    if (!entry)
        return;
    auto *dialog = new InventoryDialog(entry->cluster, entry->path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InventoryDialog::clusterSaved, this,
            [this](const Cluster &cluster, const QString &path) {
                showCluster(cluster, path, {});
                statusBar()->showMessage(
                    tr("Saved %1 (the previous version is kept as %2.bak)")
                        .arg(QDir::toNativeSeparators(path), QFileInfo(path).fileName()));
            });
    dialog->open();
}

void MainWindow::editCredentials()
{
    const Entry *entry = current();
    if (!entry)
        return;
    auto *dialog = new CredentialsDialog(entry->cluster, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // New credentials matter at once: the monitor starts over with them.
    connect(dialog, &CredentialsDialog::secretsChanged, this,
            [this, path = entry->path, cluster = entry->cluster] {
                if (indexOf(path) >= 0)
                    emit clusterShown(path, cluster);
            });
    dialog->open();
}

void MainWindow::showAuditLog()
{
    QStringList clusters;
    for (const Entry &entry : std::as_const(m_entries))
        clusters << entry.cluster.name;
    auto *dialog = new AuditViewDialog(m_audit, m_auditProblem, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Entry *entry = current())
        dialog->setClusterFilter(entry->cluster.name);
    dialog->show();
}

void MainWindow::chooseClusterFile()
{
    const QString dir =
        QSettings().value(QStringLiteral("lastClusterDir"), QDir::homePath()).toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Cluster File"), dir, clusterFileFilter());
    if (!path.isEmpty())
        openClusterFile(path);
}

void MainWindow::createClusterFromTemplate()
{
    const QString dir =
        QSettings().value(QStringLiteral("lastClusterDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Cluster File"), QDir(dir).filePath(QStringLiteral("cluster.json")),
        clusterFileFilter());
    if (path.isEmpty())
        return;
    const Cluster cluster = clusterTemplate(QFileInfo(path).completeBaseName());
    const QString error = ClusterFile::save(cluster, path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot create cluster file"), error);
        return;
    }
    showCluster(cluster, path, {});
    statusBar()->showMessage(
        tr("Created %1: replace the example addresses (192.0.2.x) with your hosts'.")
            .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportClusterFile()
{
    const Entry *entry = current();
    if (!entry)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Cluster File"), entry->path,
                                                      clusterFileFilter());
    if (path.isEmpty())
        return;
    const QString error = ClusterFile::save(entry->cluster, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot export cluster file"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Inmanta HA Admin"),
        tr("<b>Inmanta HA Admin</b> %1<br>Sets up and fails over the high-availability "
           "PostgreSQL pair behind an Inmanta orchestrator.")
            .arg(QStringLiteral(IHA_VERSION)));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 680);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::restoreClusterList()
{
    QStringList missing;
    for (const QString &path : QSettings().value(kClusterListKey).toStringList()) {
        if (!QFileInfo::exists(path)) {
            missing << QDir::toNativeSeparators(path);
            continue;
        }
        openClusterFile(path);
    }
    if (!m_entries.isEmpty())
        m_clusterList->setCurrentRow(0);
    if (!missing.isEmpty())
        statusBar()->showMessage(tr("No longer found, removed from the list: %1")
                                     .arg(missing.join(QLatin1String(", "))));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_launcher->mayClose())
        return event->ignore();
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(kClusterListKey, clusterPaths());
    for (const QSplitter *pane : findChildren<QSplitter *>())
        settings.setValue(QStringLiteral("mainWindow/") + pane->objectName(), pane->saveState());
    event->accept();
}

} // namespace iha
