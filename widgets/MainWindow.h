#pragma once

#include "models/AuditArchive.h"
#include "models/Cluster.h"
#include "models/ClusterStatus.h"
#include "models/Diagnostic.h"
#include "models/SecretStore.h"

#include <QMainWindow>
#include <QPointer>

class QStackedWidget;

namespace iha {

class ClusterFileActions;
class ClusterPage;
class ImportService;
class VerdictTray;
class ProcedureLauncher;
class ProcedureWizard;
class RunService;

// The application's main window. Until a cluster is loaded it shows an empty state that tells
// a new user how to get one. Then: the clusters on the left (several at once, each with its
// verdict), the shown cluster's verdict banner, diagram, node details, nodes and recent runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The keychain and the audit log, through their ports (not owned). Without them the
    // credentials and audit dialogs say why they cannot work.
    void setSecretStore(SecretStore *store);
    void setAuditArchive(AuditArchive *archive, const QString &problem = {});
    // Where the wizards run procedures (not owned); without it they cannot be opened.
    void setRunService(RunService *runs);
    // What reads a running cluster's hosts for the import wizard (not owned).
    void setImportService(ImportService *imports);

    // Loads a cluster file into the list and shows it; on errors shows them (naming each
    // field) and keeps what was shown.
    bool openClusterFile(const QString &path);
    // Adds (or, for a path already listed, replaces) a cluster that is loaded and checked.
    void showCluster(const Cluster &cluster, const QString &path, const Diagnostics &warnings);
    // Reopens the cluster files listed when the window was last closed.
    void restoreClusterList();
    void removeCurrentCluster();

    QString currentClusterPath() const;
    QStringList clusterPaths() const;
    const Cluster *currentCluster() const;

    // The latest facts of a listed cluster and its verdict (from its status monitor).
    // Warnings that depend on the keychain too (a token that would travel over plain http),
    // shown with the cluster file's own until the next call for that file.
    void setKeychainWarnings(const QString &path, const Diagnostics &warnings);
    void showStatus(const QString &path, const QHash<QString, NodeStatus> &status,
                    const ClusterVerdict &verdict);

    // Opens the dialogs (non-modal, open()); public for tests and the controller.
    void editInventory();
    void editCredentials();
    void showAuditLog();
    // The wizard of a procedure (CLI name) on the shown cluster; `node`: the node it works on
    // (empty: the likeliest); `resumeRunId`: a failed or cancelled run to go on with.
    ProcedureWizard *openProcedureWizard(const QString &procedure, const QString &node = {},
                                         const QString &resumeRunId = {});
    ProcedureLauncher *procedureLauncher() const { return m_launcher; }
    // Shows that cluster, brings the window up and opens the procedure's wizard (a desktop
    // notification's action).
    ProcedureWizard *openWizardFor(const QString &path, const QString &procedure);
    VerdictTray *tray() const { return m_tray; }

signals:
    // A cluster was added or changed: whoever monitors clusters (re)starts watching it.
    void clusterShown(const QString &path, const iha::Cluster &cluster);
    void clusterRemoved(const QString &path);
    void checkNowRequested(const QString &path);
    // The operator asked for the practice cluster (the empty state, the File menu).
    void practiceRequested();
    // A procedure starts (its pre-flight checks first) or ended on this cluster: its monitor
    // pauses meanwhile.
    void procedureRunning(const QString &path, bool running);
    // A listed cluster's verdict changed from one round to the next (not its first verdict);
    // `cluster` is its name as shown (Cluster::displayName).
    void verdictChanged(const QString &path, const QString &cluster,
                        const iha::ClusterVerdict &verdict);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Entry
    {
        QString path;
        Cluster cluster;
        Diagnostics warnings;
        Diagnostics keychainWarnings;
        QHash<QString, NodeStatus> status;
        ClusterVerdict verdict;
        bool checked = false; // a verdict arrived
    };

    void createActions();
    void createClusterPage(); // with the first cluster shown: the empty state appears sooner
    void showWarnings(const Entry &entry);
    void showAbout();
    void restoreWindowState();
    void showEntry(int index);    // when another entry is selected
    void displayEntry(int index); // redraws the page for this entry (-1: the empty state)
    void updateListItem(int index);
    void showNodeMenu(const QString &node, const QPoint &globalPos);
    void refreshRecentRuns();
    int indexOf(const QString &path) const;
    const Entry *current() const; // the entry shown, or null
    void showBanner(const Entry &entry);
    void refreshTray();
    void setRunningProcedure(const QString &path, const QString &title);

    QList<Entry> m_entries;
    int m_current = -1;
    SecretStore *m_secrets = nullptr;
    AuditArchive *m_audit = nullptr;
    QString m_auditProblem;

    QStackedWidget *m_pages = nullptr;
    ClusterPage *m_page = nullptr;
    VerdictTray *m_tray = nullptr;
    // Cluster file -> the title of the procedure running on it: apart from the list, as a file
    // may be removed and opened again while its run goes on.
    QHash<QString, QString> m_running;
    QList<QAction *> m_clusterActions; // enabled while a cluster is shown
    QList<QAction *> m_procedureActions;
    ProcedureLauncher *m_launcher = nullptr;
    ClusterFileActions *m_files = nullptr;
};

} // namespace iha
