#include "widgets/MainWindow.h"

#include "models/ClusterFile.h"
#include "models/Procedure.h"
#include "widgets/AuditViewDialog.h"
#include "widgets/ClusterDiagram.h"
#include "widgets/ClusterFileActions.h"
#include "widgets/ClusterListPanel.h"
#include "widgets/CredentialsDialog.h"
#include "widgets/EmptyState.h"
#include "widgets/FirstExpose.h"
#include "widgets/InventoryDialog.h"
#include "widgets/NodeDetails.h"
#include "widgets/NodeMenu.h"
#include "widgets/NodeTableView.h"
#include "widgets/ProcedureLauncher.h"
#include "widgets/RecentRunsView.h"
#include "widgets/VerdictBanner.h"
#include "widgets/VerdictTray.h"
#include "widgets/wizards/ProcedureWizard.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace iha {
namespace {

const QString kClusterListKey = QStringLiteral("clusters/files");

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

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_launcher(new ProcedureLauncher(this))
    , m_files(new ClusterFileActions(this))
{
    m_tray = new VerdictTray(this);
    connect(m_files, &ClusterFileActions::openRequested, this, &MainWindow::openClusterFile);
    connect(m_files, &ClusterFileActions::created, this,
            [this](const Cluster &cluster, const QString &path, const QString &message) {
                showCluster(cluster, path, {});
                statusBar()->showMessage(message);
            });
    connect(m_files, &ClusterFileActions::reported, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_launcher, &ProcedureLauncher::runStarting, this, &MainWindow::setRunningProcedure);
    connect(m_launcher, &ProcedureLauncher::runEnded, this, [this](const QString &path) {
        setRunningProcedure(path, {});
        refreshRecentRuns();
    });
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
    auto *empty = new EmptyState;
    connect(empty, &EmptyState::importRequested, m_files, &ClusterFileActions::importRunning);
    connect(empty, &EmptyState::openRequested, m_files, &ClusterFileActions::open);
    connect(empty, &EmptyState::templateRequested, m_files,
            &ClusterFileActions::createFromTemplate);
    m_pages->addWidget(empty);
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
    m_files->setSecretStore(store);
}

void MainWindow::setRunService(RunService *runs)
{
    m_launcher->setRunService(runs);
    for (QAction *action : std::as_const(m_procedureActions))
        action->setEnabled(runs && current());
    if (m_banner)
        m_banner->setActionEnabled(runs != nullptr);
    if (m_runs)
        m_runs->setResumeEnabled(runs != nullptr);
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

void MainWindow::setImportService(ImportService *imports)
{
    m_files->setImportService(imports);
}

void MainWindow::setAuditArchive(AuditArchive *archive, const QString &problem)
{
    m_audit = archive;
    m_launcher->setAuditArchive(archive);
    m_auditProblem = problem;
    if (m_runs)
        m_runs->setAuditArchive(archive, problem);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open =
        fileMenu->addAction(tr("&Open Cluster File..."), m_files, &ClusterFileActions::open);
    open->setObjectName(QStringLiteral("openClusterAction"));
    open->setShortcut(QKeySequence::Open);
    QAction *create = fileMenu->addAction(tr("&New Cluster File from Template..."), m_files,
                                          &ClusterFileActions::createFromTemplate);
    create->setObjectName(QStringLiteral("newClusterAction"));
    create->setShortcut(QKeySequence::New);
    QAction *import = fileMenu->addAction(tr("&Import Running Cluster..."), m_files,
                                          &ClusterFileActions::importRunning);
    import->setObjectName(QStringLiteral("importClusterAction"));
    QAction *exportFile = fileMenu->addAction(tr("&Export Cluster File..."), this, [this] {
        if (const Entry *entry = current())
            m_files->exportCluster(entry->cluster, entry->path);
    });
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
    m_banner = new VerdictBanner;
    m_banner->setActionEnabled(m_launcher->canRun());
    connect(m_banner, &VerdictBanner::actionRequested, this,
            [this](const QString &procedure) { openProcedureWizard(procedure); });

    m_diagram = new ClusterDiagram;
    connect(m_diagram, &ClusterDiagram::nodeClicked, this, &MainWindow::selectNode);
    connect(m_diagram, &ClusterDiagram::nodeMenuRequested, this, &MainWindow::showNodeMenu);

    m_details = new NodeDetailsView;

    m_nodeView = new NodeTableView;
    connect(m_nodeView, &NodeTableView::nodeSelected, this, &MainWindow::selectNode);
    connect(m_nodeView, &NodeTableView::nodeMenuRequested, this, &MainWindow::showNodeMenu);

    m_runs = new RecentRunsView;
    m_runs->setAuditArchive(m_audit, m_auditProblem);
    m_runs->setResumeEnabled(m_launcher->canRun());
    connect(m_runs, &RecentRunsView::resumeRequested, this,
            [this](const QString &procedure, const QString &runId) {
                openProcedureWizard(procedure, {}, runId);
            });
    connect(m_runs, &RecentRunsView::reported, statusBar(),
            [this](const QString &status) { statusBar()->showMessage(status); });

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

    auto *clusters = new ClusterListPanel;
    m_clusterList = clusters->list();
    connect(clusters, &ClusterListPanel::currentRowChanged, this, &MainWindow::showEntry);
    connect(clusters, &ClusterListPanel::addRequested, m_files, &ClusterFileActions::open);
    connect(clusters, &ClusterListPanel::removeRequested, this, &MainWindow::removeCurrentCluster);
    m_clusterPanel = clusters;
    outer->addWidget(clusters);
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

void MainWindow::setKeychainWarnings(const QString &path, const Diagnostics &warnings)
{
    const int index = indexOf(path);
    if (index < 0)
        return;
    m_entries[index].keychainWarnings = warnings;
    if (index == m_current)
        showWarnings(m_entries.at(index));
}

void MainWindow::showWarnings(const Entry &entry)
{
    const QString text =
        formatDiagnostics(entry.warnings + entry.keychainWarnings, Diagnostic::Severity::Warning);
    m_warnings->setText(tr("Warnings in the cluster file:\n%1").arg(text));
    m_warnings->setVisible(!text.isEmpty());
}

void MainWindow::showStatus(const QString &path, const QHash<QString, NodeStatus> &status,
                            const ClusterVerdict &verdict)
{
    const int index = indexOf(path);
    if (index < 0)
        return;
    Entry &entry = m_entries[index];
    const bool changed = entry.checked && entry.verdict.kind != verdict.kind;
    entry.status = status;
    entry.verdict = verdict;
    entry.checked = true;
    if (changed)
        emit verdictChanged(path, entry.cluster.name, verdict);
    updateListItem(index);
    if (index != m_current)
        return;
    m_diagram->setStatus(status);
    showBanner(entry);
    showNodeDetails();
    refreshRecentRuns();
}

void MainWindow::showBanner(const Entry &entry)
{
    if (const QString running = m_running.value(entry.path); running.isEmpty())
        m_banner->showVerdict(entry.verdict, entry.checked);
    else
        m_banner->showRunGoingOn(running);
}

void MainWindow::setRunningProcedure(const QString &path, const QString &title)
{
    if (m_running.value(path) == title)
        return;
    if (title.isEmpty())
        m_running.remove(path);
    else
        m_running.insert(path, title);
    if (const int index = indexOf(path); index >= 0) {
        updateListItem(index);
        if (index == m_current)
            showBanner(m_entries.at(index));
    }
    emit procedureRunning(path, !title.isEmpty());
}

void MainWindow::updateListItem(int index)
{
    const Entry &entry = m_entries.at(index);
    m_clusterPanel->setRow(index, entry.cluster.name, entry.path,
                           entry.checked ? &entry.verdict : nullptr, m_running.value(entry.path));
    refreshTray();
}

void MainWindow::refreshTray()
{
    QList<VerdictTray::Row> rows;
    for (const Entry &e : std::as_const(m_entries))
        rows.append({e.cluster.name, e.checked ? &e.verdict : nullptr, m_running.value(e.path)});
    m_tray->show(rows);
}

ProcedureWizard *MainWindow::openWizardFor(const QString &path, const QString &procedure)
{
    const int index = indexOf(path);
    if (index < 0)
        return nullptr;
    m_clusterList->setCurrentRow(index); // shows it
    showNormal();
    raise();
    activateWindow();
    return openProcedureWizard(procedure);
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
        m_entries.append(Entry{absolute, cluster, warnings, {}, {}, {}, false});
        m_clusterList->addItem(new QListWidgetItem);
        index = m_entries.size() - 1;
    } else {
        m_entries[index] = Entry{absolute, cluster, warnings, {}, {}, {}, false};
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
    m_nodeView->setCluster(entry.cluster);
    m_diagram->setCluster(entry.cluster);
    m_diagram->setStatus(entry.status);
    m_clusterTitle->setText(tr("Cluster %1").arg(entry.cluster.name));
    showWarnings(entry);
    showBanner(entry);
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
    refreshTray();
    emit clusterRemoved(path);
}

void MainWindow::selectNode(const QString &node)
{
    m_selectedNode = node;
    m_diagram->setSelectedNode(node);
    m_nodeView->selectNode(node);
    showNodeDetails();
}

void MainWindow::showNodeDetails()
{
    const Entry *entry = current();
    const Node *node = entry ? entry->cluster.findNode(m_selectedNode) : nullptr;
    const NodeStatus *status = nullptr;
    if (node) {
        const auto it = entry->status.constFind(node->name);
        status = it == entry->status.constEnd() ? nullptr : &*it;
    }
    m_details->showNode(node, status);
}

void MainWindow::showNodeMenu(const QString &nodeName, const QPoint &globalPos)
{
    const Entry *entry = current();
    const Node *node = entry ? entry->cluster.findNode(nodeName) : nullptr;
    if (!node)
        return;
    auto *menu = new NodeMenu(*node, entry->path, m_launcher->canRun(), this);
    connect(menu, &NodeMenu::checkNowRequested, this,
            [this, path = entry->path] { emit checkNowRequested(path); });
    connect(menu, &NodeMenu::wizardRequested, this,
            [this](const QString &procedure, const QString &chosen) {
                openProcedureWizard(procedure, chosen);
            });
    connect(menu, &NodeMenu::copied, this,
            [this](const QString &text) { statusBar()->showMessage(tr("Copied: %1").arg(text)); });
    menu->popup(globalPos);
}

void MainWindow::refreshRecentRuns()
{
    if (m_runs) // built with the first cluster shown
        m_runs->showRunsOf(current() ? current()->cluster.name : QString());
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
