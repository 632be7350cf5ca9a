#include "app/GuiController.h"

#include "app/AuditKeys.h"
#include "app/AuditLogArchive.h"
#include "app/ClusterImporter.h"
#include "app/CommandLineSupport.h"
#include "app/DesktopNotifier.h"
#include "app/GuiPractice.h"
#include "app/GuiRunService.h"
#include "app/KeychainSecretStore.h"
#include "app/SshTargets.h"
#include "models/AuditedSecretStore.h"
#include "models/ClusterValidator.h"
#include "models/Procedure.h"
#include "models/SecretBinding.h"
#include "models/SecretNames.h"
#include "widgets/FirstExpose.h"
#include "widgets/HeldBackSecretsDialog.h"
#include "widgets/HostKeyDialog.h"
#include "widgets/MainWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace iha {
namespace {

// How long after a run's end its cluster's monitor makes its first round.
constexpr int kResumeAfterRunMs = 1000;

} // namespace

GuiController::GuiController(MainWindow *window, Options options)
    : QObject(window)
    , m_window(window)
    , m_options(std::move(options))
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_notifier(new DesktopNotifier(this))
{
    // The team's store when one is set (as for the CLI), else this machine's SQLite file.
    if (m_options.auditPath.isEmpty())
        m_options.auditPath = QSettings().value(QStringLiteral("team/store")).toString();
    if (m_options.auditPath.isEmpty())
        m_options.auditPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                              QStringLiteral("/audit.sqlite");
    if (m_options.knownHostsFile.isEmpty())
        m_options.knownHostsFile = sshPolicyFor().knownHostsFile;
    m_changedSecrets = std::make_unique<AuditedSecretStore>(
        *m_secrets, cli::operatorName(),
        // A keychain job may answer after this controller is gone (the application ends).
        [self = QPointer<GuiController>(this)](const AuditEntry &entry,
                                               std::function<void(const QString &)> done) {
            if (!self || !self->m_audit)
                return done(tr("the audit log is not open"));
            self->m_audit->record(entry, std::move(done));
        });
    window->setSecretStore(m_changedSecrets.get());
    m_runs = std::make_unique<GuiRunService>(
        *m_secrets, [this] { return m_audit.get(); }, sshPolicyFor(m_options.knownHostsFile));
    window->setRunService(m_runs.get());
    connect(m_runs.get(), &GuiRunService::hostKeyUnknown, this, &GuiController::askAboutHostKey);
    m_imports = std::make_unique<ClusterImporter>(sshPolicyFor(m_options.knownHostsFile));
    window->setImportService(m_imports.get());
    // A host being imported belongs to no cluster file yet: nothing to watch once accepted.
    connect(m_imports.get(), &ClusterImporter::hostKeyUnknown, this,
            [this](const ConnectReport &report) {
                Cluster importing;
                importing.name = m_imports->clusterName();
                askAboutHostKey(QString(), importing, report);
            });
    // The audit log (SQLite: a plugin to load, a file to open) once the window is on screen.
    // A team's store needs its role's password from the keychain first.
    FirstExpose::then(window, [this] {
        AuditKeys::loadStorePassword(
            *m_secrets, m_options.auditPath,
            [self = QPointer<GuiController>(this)](const QString &passwordProblem) {
                if (!self)
                    return;
                QString error = passwordProblem;
                if (error.isEmpty())
                    self->m_audit =
                        AuditLogArchive::open(self->m_options.auditPath, *self->m_secrets, &error);
                self->m_window->setAuditArchive(self->m_audit.get(), error);
                if (self->m_audit)
                    self->m_audit->checkIdentity(
                        [self](const QString &problem) { self->warnOfAnotherAuditLog(problem); });
            });
    });
    connect(window, &MainWindow::clusterShown, this, &GuiController::watch);
    connect(window, &MainWindow::clusterRemoved, this, &GuiController::unwatch);
    connect(window, &MainWindow::checkNowRequested, this, &GuiController::checkNow);
    connect(window, &MainWindow::practiceRequested, this, &GuiController::startPractice);
    connect(window, &MainWindow::procedureRunning, this, &GuiController::setProcedureRunning);
    connect(window, &MainWindow::verdictChanged, this, &GuiController::notifyVerdict);
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, [this](const QString &path) {
        if (const QString procedure = m_notifiedProcedure.value(path); !procedure.isEmpty())
            m_window->openWizardFor(path, procedure);
    });
}

GuiController::~GuiController()
{
    // The window outlives this controller by a moment: it must not call into dead ports.
    m_window->setAuditArchive(nullptr);
    m_window->setSecretStore(nullptr);
    m_window->setRunService(nullptr);
    m_window->setImportService(nullptr);
    m_runs.reset(); // a run still going on is cancelled; its thread is waited for
    // The monitors are children: their threads are waited for now (the application ends).
}

BackgroundMonitor *GuiController::monitor(const QString &clusterPath) const
{
    return m_monitors.value(clusterPath);
}

void GuiController::retire(const QString &path)
{
    if (BackgroundMonitor *monitor = m_monitors.take(path))
        monitor->retire();
}

void GuiController::watch(const QString &path, const Cluster &cluster)
{
    // The monitor already watching this file is kept (its connections and threads with it):
    // shown again after a run or new credentials, it only takes the new cluster and secrets.
    // Until then its rounds are of the cluster as it was: not shown.
    const int generation = ++m_generations[path];
    if (BackgroundMonitor *watching = monitor(path))
        watching->invalidate();
    SecretBinding::readKeys(
        *m_secrets, cluster, StatusMonitor::secretKeys(cluster),
        [this, path, cluster, generation](const QHash<QString, QString> &secrets,
                                          const QList<SecretBinding::Withheld> &withheld,
                                          const std::optional<SecretResult> &problem) {
            if (generation != m_generations.value(path))
                return;
            if (problem)
                m_window->statusBar()->showMessage(
                    tr("%1 The cluster is watched without stored passwords.")
                        .arg(problem->message));
            Diagnostics warnings =
                secrets.contains(SecretNames::key(cluster, SecretNames::kApiToken))
                    ? plainHttpApiWarnings(cluster)
                    : Diagnostics();
            for (const SecretBinding::Withheld &w : withheld)
                warnings.append({Diagnostic::Severity::Warning, QStringLiteral("keychain"),
                                 tr("held back: %1").arg(SecretBinding::describe(w))});
            m_window->setKeychainWarnings(path, warnings);
            StatusMonitor::Options options =
                StatusMonitor::optionsFor(cluster, secrets, sshPolicyFor(m_options.knownHostsFile));
            options.intervalMs = m_options.intervalMs;
            if (BackgroundMonitor *watching = monitor(path))
                watching->reconfigure(cluster, options);
            else
                startMonitor(path, cluster, options);
            if (!withheld.isEmpty())
                askAboutHeldBackSecrets(path, cluster, withheld);
        });
}

void GuiController::askAboutHeldBackSecrets(const QString &path, const Cluster &cluster,
                                            const QList<SecretBinding::Withheld> &withheld)
{
    QStringList lines;
    QStringList names;
    for (const SecretBinding::Withheld &w : withheld) {
        lines << SecretBinding::describe(w);
        names << w.name;
    }
    // Asked once per question: kept back, the same endpoints are not asked about again.
    const QString question = path + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    if (m_heldBackAsked.contains(question))
        return;
    m_heldBackAsked.insert(question);
    auto *dialog = new HeldBackSecretsDialog(cluster.name, path, withheld, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QMessageBox::buttonClicked, this,
            [this, dialog, path, cluster, names](QAbstractButton *button) {
                if (button != dialog->letGoButton())
                    return;
                // The endpoints of the file as the dialog showed them, whatever it says now (a
                // newer file is compared with them in turn). Through the audited store: where
                // secrets may go is on record.
                const int generation = m_generations.value(path);
                SecretBinding::confirm(
                    *m_changedSecrets, cluster, names,
                    [self = QPointer<GuiController>(this), path, cluster,
                     generation](const QStringList &, const std::optional<SecretResult> &problem) {
                        if (!self)
                            return;
                        if (problem)
                            return self->m_window->statusBar()->showMessage(
                                tr("The secrets stay held back: %1").arg(problem->message));
                        // Shown again meanwhile: that newer reading decides, not this cluster.
                        if (generation != self->m_generations.value(path))
                            return self->m_window->statusBar()->showMessage(
                                tr("Confirmed; the cluster file was read again meanwhile: the "
                                   "secrets are used once it is shown again."));
                        self->watch(path, cluster);
                    });
            });
    dialog->open();
}

void GuiController::startMonitor(const QString &path, const Cluster &cluster,
                                 const StatusMonitor::Options &options)
{
    auto *monitor = new BackgroundMonitor(cluster, options, this);
    connect(monitor, &BackgroundMonitor::updated, this,
            [this, path, monitor](const ClusterVerdict &v) {
                m_window->showStatus(path, monitor->status(), v);
                if (m_audit)
                    m_audit->recordSamples(monitor->cluster().name,
                                           replicationSamples(monitor->cluster(), monitor->status(),
                                                              QStringLiteral("monitor")));
            });
    connect(monitor, &BackgroundMonitor::hostKeyRefused, this,
            [this, path, monitor](const ConnectReport &report) {
                askAboutHostKey(path, monitor->cluster(), report);
            });
    m_monitors.insert(path, monitor);
    if (m_runningOn.contains(path))
        monitor->pause();
    monitor->start();
}

void GuiController::notifyVerdict(const QString &path, const QString &cluster,
                                  const ClusterVerdict &verdict)
{
    using K = ClusterVerdict::Kind;
    // A click on an older notification opens what fixes the verdict as it is now.
    m_notifiedProcedure.insert(path, verdict.procedure);
    const bool alarm = verdict.kind == K::Degraded || verdict.kind == K::PrimaryDown ||
                       verdict.kind == K::SplitBrain || verdict.kind == K::OrchestratorDown ||
                       verdict.kind == K::OrchestratorMisdirected;
    if (!alarm && !(verdict.kind == K::Healthy && m_alarmed.value(path)))
        return;
    m_alarmed.insert(path, alarm);
    const auto info = procedureByCliName(verdict.procedure);
    QString body = verdict.summary;
    if (!verdict.action.isEmpty())
        body += QLatin1Char('\n') + verdict.action;
    m_notifier->notify(path, tr("%1: %2").arg(cluster, verdictWords(verdict.kind)), body, alarm,
                       info ? tr("%1...").arg(info->title) : QString());
}

void GuiController::setProcedureRunning(const QString &path, bool running)
{
    if (running)
        m_runningOn.insert(path);
    else
        m_runningOn.remove(path);
    if (running) {
        if (BackgroundMonitor *m = monitor(path))
            m->pause();
        return;
    }
    // The window shows the outcome first; the monitor's first round (its logins, its answers'
    // repaints) follows once that is done, not in the same instant.
    QTimer::singleShot(kResumeAfterRunMs, this, [this, path] {
        if (BackgroundMonitor *m = monitor(path); m && !m_runningOn.contains(path))
            m->resume();
    });
}

void GuiController::unwatch(const QString &path)
{
    ++m_generations[path];
    retire(path);
}

void GuiController::startPractice()
{
    // The raw store, as the CLI's `practice`: the practice cluster's own password is no
    // operator's decision, and its runs are what the audit log marks as practice.
    if (!m_practice)
        m_practice = new GuiPractice(m_window, *m_secrets, this);
    m_practice->start();
}

void GuiController::checkNow(const QString &path)
{
    if (BackgroundMonitor *m = monitor(path))
        m->checkNow();
}

void GuiController::askAboutHostKey(const QString &path, const Cluster &cluster,
                                    const ConnectReport &report)
{
    // One question at a time, and once per key (a run's attempts may each meet it).
    const auto sameKey = [&report](const ConnectReport &other) {
        return other.hostKey.nodeName == report.hostKey.nodeName &&
               other.hostKey.key == report.hostKey.key;
    };
    if (m_hostKeyDialog && sameKey(m_askedNow))
        return;
    for (const HostKeyQuestion &waiting : std::as_const(m_hostKeyQueue)) {
        if (sameKey(waiting.report))
            return;
    }
    if (m_hostKeyDialog) {
        m_hostKeyQueue << HostKeyQuestion{path, cluster, report};
        return;
    }
    m_askedNow = report;
    HostKeyDialog::Question question;
    const Node *node = cluster.findNode(report.hostKey.nodeName);
    question.host = QStringLiteral("%1 (%2:%3)")
                        .arg(report.hostKey.nodeName, node ? node->address : report.hostKey.host)
                        .arg(report.hostKey.port);
    question.key = report.hostKey.key;
    question.verdict = report.hostKey.verdict;
    question.knownFingerprints = report.hostKey.knownFingerprints;
    question.source = report.hostKey.source;
    m_hostKeyDialog = new HostKeyDialog(question, m_window);
    m_hostKeyDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_hostKeyDialog, &QDialog::accepted, this,
            [this, path, cluster, report] { acceptHostKey(path, cluster, report); });
    connect(m_hostKeyDialog, &QDialog::rejected, this, [this, report, path] {
        m_window->statusBar()->showMessage(
            path.isEmpty() ? tr("Host key of %1 rejected: it is not read until its key is "
                                "accepted (Read Again asks again).")
                                 .arg(report.hostKey.nodeName)
                           : tr("Host key of %1 rejected: it is not read until its key is "
                                "accepted (Check Now asks again).")
                                 .arg(report.hostKey.nodeName));
    });
    connect(m_hostKeyDialog, &QObject::destroyed, this, [this] {
        // ~QWidget emits destroyed() before the QPointer is cleared: without this, the next
        // question would see a dialog still open and wait behind it forever.
        m_hostKeyDialog = nullptr;
        if (m_hostKeyQueue.isEmpty())
            return;
        const HostKeyQuestion next = m_hostKeyQueue.takeFirst();
        askAboutHostKey(next.path, next.cluster, next.report);
    });
    m_hostKeyDialog->open();
}

void GuiController::warnOfAnotherAuditLog(const QString &problem)
{
    if (problem.isEmpty())
        return;
    // Kept in the status bar for the whole session: a deleted or replaced audit log is not a
    // passing message. The whole story is in the tooltip and in the audit view's Verify.
    auto *warning = new QLabel(tr("\u26a0 The audit log is not the one remembered at its path"));
    warning->setObjectName(QStringLiteral("anotherAuditLogWarning"));
    warning->setToolTip(problem);
    warning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_window->statusBar()->addPermanentWidget(warning);
}

void GuiController::acceptHostKey(const QString &path, const Cluster &cluster,
                                  const ConnectReport &report)
{
    // Only an unknown key can be accepted: the dialog offers no way for a changed one.
    const HostKeyReport &hk = report.hostKey;
    QString error;
    if (!recordHostKey(m_options.knownHostsFile, hk.host, hk.port, hk.key, &error)) {
        m_window->statusBar()->showMessage(
            tr("Cannot record the host key of %1: %2").arg(hk.nodeName, error));
        return;
    }
    const AuditEntry decision = cli::hostKeyDecision(cluster.name, hk, QStringLiteral("in the GUI"),
                                                     m_options.knownHostsFile);
    if (m_audit) {
        m_audit->record(decision, [this](const QString &auditError) {
            if (!auditError.isEmpty())
                m_window->statusBar()->showMessage(
                    tr("The decision is not in the audit log: %1").arg(auditError));
        });
    }
    m_window->statusBar()->showMessage(
        tr("Host key of %1 recorded in %2.").arg(hk.nodeName, m_options.knownHostsFile));
    // The monitor's next round logs in again, and the key is on record now.
    if (!path.isEmpty())
        checkNow(path);
}

} // namespace iha
