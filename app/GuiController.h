#pragma once

#include "app/BackgroundMonitor.h"
#include "models/Cluster.h"
#include "models/SecretBinding.h"
#include "widgets/HostKeyDialog.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>

namespace iha {

class AuditLogArchive;
class AuditedSecretStore;
class ClusterImporter;
class GuiRunService;
class KeychainSecretStore;
class MainWindow;

// Wires the main window to the outside world: the keychain and the audit log behind the
// window's ports, and a status monitor per listed cluster (every 5 s by default, on a thread
// of its own) whose verdicts go back to the window. A host key the monitor meets for the first time
// is put to the operator in the host key dialog; an accepted key is recorded in known_hosts and in
// the audit log. Nothing here blocks the GUI thread.
class GuiController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int intervalMs = 5000;
        QString auditPath;      // empty: the application data folder's audit.sqlite
        QString knownHostsFile; // empty: the application data folder's known_hosts
    };

    GuiController(MainWindow *window, Options options);
    explicit GuiController(MainWindow *window)
        : GuiController(window, Options{})
    {}
    ~GuiController() override;

    BackgroundMonitor *monitor(const QString &clusterPath) const;
    // The host key question on screen, if any (for tests).
    HostKeyDialog *hostKeyDialog() const { return m_hostKeyDialog; }
    ClusterImporter *importer() const { return m_imports.get(); }
    // Opens the practice cluster, bringing it up first when it is not (asks before root).
    void startPractice();

private:
    void watch(const QString &path, const Cluster &cluster);
    // Secrets this file would send where they were not set for: the operator decides.
    void askAboutHeldBackSecrets(const QString &path, const Cluster &cluster,
                                 const QList<SecretBinding::Withheld> &withheld);
    void startMonitor(const QString &path, const Cluster &cluster,
                      const StatusMonitor::Options &options);
    void unwatch(const QString &path);
    // Ends a monitor without ever waiting on the network.
    void retire(const QString &path);
    void checkNow(const QString &path);
    void setProcedureRunning(const QString &path, bool running);
    // A desktop notification for a verdict that changed to one that stops writes or risks
    // them, and for the way back to healthy; its action opens the wizard that fixes it.
    void notifyVerdict(const QString &path, const QString &cluster, const ClusterVerdict &verdict);
    void askAboutHostKey(const QString &path, const Cluster &cluster, const ConnectReport &report);
    void acceptHostKey(const QString &path, const Cluster &cluster, const ConnectReport &report);
    // A deleted or replaced audit log (AuditKeys::checkIdentity), said for the whole session.
    void warnOfAnotherAuditLog(const QString &problem);

    MainWindow *m_window;
    Options m_options;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    // What the windows change the keychain through: each change recorded in the audit log.
    std::unique_ptr<AuditedSecretStore> m_changedSecrets;
    std::unique_ptr<AuditLogArchive> m_audit;
    std::unique_ptr<GuiRunService> m_runs;
    std::unique_ptr<ClusterImporter> m_imports;
    class GuiPractice *m_practice = nullptr;        // a child
    QHash<QString, BackgroundMonitor *> m_monitors; // children, until retired
    QHash<QString, int> m_generations; // ignores keychain answers for a cluster since changed
    QSet<QString> m_runningOn;         // clusters a procedure runs on: their monitors paused
    QSet<QString> m_heldBackAsked;     // questions about held-back secrets already put
    class DesktopNotifier *m_notifier;
    QHash<QString, QString> m_notifiedProcedure; // by cluster file: what its notification opens
    QHash<QString, bool> m_alarmed; // by cluster file: its last notification was an alarm
    struct HostKeyQuestion
    {
        QString path;
        Cluster cluster;
        ConnectReport report;
    };
    QList<HostKeyQuestion> m_hostKeyQueue; // waiting for the one on screen
    QPointer<HostKeyDialog> m_hostKeyDialog;
    ConnectReport m_askedNow; // what the dialog on screen asks
};

} // namespace iha
