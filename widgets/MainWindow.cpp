#include "widgets/MainWindow.h"

#include "models/ClusterFile.h"
#include "models/Procedure.h"
#include "widgets/AuditViewDialog.h"
#include "widgets/ClusterFileActions.h"
#include "widgets/ClusterListPanel.h"
#include "widgets/ClusterPage.h"
#include "widgets/CredentialsDialog.h"
#include "widgets/EmptyState.h"
#include "widgets/FirstExpose.h"
#include "widgets/InventoryDialog.h"
#include "widgets/NodeMenu.h"
#include "widgets/ProcedureLauncher.h"
#include "widgets/VerdictTray.h"
#include "widgets/wizards/ProcedureWizard.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace iha {
namespace {

const QString kClusterListKey = QStringLiteral("clusters/files");

enum PageIndex
{
    EmptyStateIndex,
    ClusterPageIndex
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
    connect(empty, &EmptyState::practiceRequested, this, &MainWindow::practiceRequested);
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
    if (m_page)
        m_page->setCanRun(runs != nullptr);
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
    if (m_page)
        m_page->setAuditArchive(archive, problem);
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
    fileMenu
        ->addAction(tr("Try It on a &Practice Cluster..."), this, &MainWindow::practiceRequested)
        ->setObjectName(QStringLiteral("practiceAction"));
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

void MainWindow::createClusterPage()
{
    m_page = new ClusterPage(m_launcher->canRun(), m_audit, m_auditProblem);
    connect(m_page, &ClusterPage::procedureRequested, this, &MainWindow::openProcedureWizard);
    connect(m_page, &ClusterPage::nodeMenuRequested, this, &MainWindow::showNodeMenu);
    connect(m_page, &ClusterPage::reported, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    ClusterListPanel *clusters = m_page->clusterPanel();
    connect(clusters, &ClusterListPanel::currentRowChanged, this, &MainWindow::showEntry);
    connect(clusters, &ClusterListPanel::addRequested, m_files, &ClusterFileActions::open);
    connect(clusters, &ClusterListPanel::removeRequested, this, &MainWindow::removeCurrentCluster);
    m_pages->insertWidget(ClusterPageIndex, m_page);
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
    m_page->showWarnings(
        formatDiagnostics(entry.warnings + entry.keychainWarnings, Diagnostic::Severity::Warning));
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
        emit verdictChanged(path, entry.cluster.displayName(), verdict);
    updateListItem(index);
    if (index != m_current)
        return;
    m_page->showStatus(status);
    showBanner(entry);
}

void MainWindow::showBanner(const Entry &entry)
{
    m_page->showVerdict(entry.verdict, entry.checked, m_running.value(entry.path));
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
    m_page->clusterPanel()->setRow(index, entry.cluster.displayName(), entry.path,
                                   entry.checked ? &entry.verdict : nullptr,
                                   m_running.value(entry.path));
    refreshTray();
}

void MainWindow::refreshTray()
{
    QList<VerdictTray::Row> rows;
    for (const Entry &e : std::as_const(m_entries))
        rows.append(
            {e.cluster.displayName(), e.checked ? &e.verdict : nullptr, m_running.value(e.path)});
    m_tray->show(rows);
}

ProcedureWizard *MainWindow::openWizardFor(const QString &path, const QString &procedure)
{
    const int index = indexOf(path);
    if (index < 0)
        return nullptr;
    m_page->clusterList()->setCurrentRow(index); // shows it
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
    if (!m_page)
        createClusterPage();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    int index = indexOf(absolute);
    if (index < 0) {
        m_entries.append(Entry{absolute, cluster, warnings, {}, {}, {}, false});
        m_page->clusterList()->addItem(new QListWidgetItem);
        index = m_entries.size() - 1;
    } else {
        m_entries[index] = Entry{absolute, cluster, warnings, {}, {}, {}, false};
    }
    updateListItem(index);
    QSettings().setValue(QStringLiteral("lastClusterDir"), QFileInfo(path).absolutePath());
    {
        const QSignalBlocker block(m_page->clusterList());
        m_page->clusterList()->setCurrentRow(index);
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
        m_pages->setCurrentIndex(EmptyStateIndex);
        setWindowTitle(tr("Inmanta HA Admin"));
        statusBar()->showMessage(tr("No cluster loaded"));
        return;
    }
    const Entry &entry = m_entries.at(index);
    m_page->showCluster(entry.cluster, entry.status);
    showWarnings(entry);
    showBanner(entry);
    m_pages->setCurrentIndex(ClusterPageIndex);
    setWindowTitle(
        entry.cluster.practice
            ? tr("PRACTICE: %1 (not a real cluster) - Inmanta HA Admin").arg(entry.cluster.name)
            : tr("%1 - Inmanta HA Admin").arg(entry.cluster.name));
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
        const QSignalBlocker block(m_page->clusterList());
        delete m_page->clusterList()->takeItem(index);
        m_page->clusterList()->setCurrentRow(next);
    }
    displayEntry(next);
    refreshTray();
    emit clusterRemoved(path);
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
    if (m_page && current()) // built with the first cluster shown
        m_page->refreshRecentRuns();
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
            // The practice cluster's file goes with `practice down`: no news.
            if (!path.endsWith(QLatin1String("/Inmanta/inmanta-ha-admin/practice/cluster.json")))
                missing << QDir::toNativeSeparators(path);
            continue;
        }
        openClusterFile(path);
    }
    if (!m_entries.isEmpty())
        m_page->clusterList()->setCurrentRow(0);
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
    if (m_page)
        m_page->saveLayout();
    event->accept();
}

} // namespace iha
