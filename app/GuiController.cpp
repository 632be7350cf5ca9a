#include "app/GuiController.h"

#include "app/CommandLineSupport.h"
#include "app/KeychainSecretStore.h"
#include "app/SshTargets.h"
#include "models/SecretBatch.h"
#include "models/SecretNames.h"
#include "widgets/MainWindow.h"

#include <QDir>
#include <QStandardPaths>
#include <QStatusBar>

namespace iha {

GuiController::GuiController(MainWindow *window, int intervalMs)
    : QObject(window)
    , m_window(window)
    , m_intervalMs(intervalMs)
    , m_secrets(std::make_unique<KeychainSecretStore>())
{
    connect(window, &MainWindow::clusterShown, this, &GuiController::watch);
}

GuiController::~GuiController() = default;

void GuiController::watch(const Cluster &cluster)
{
    m_monitor.reset();
    const int generation = ++m_generation;
    const QStringList keys = QStringList{SecretNames::key(cluster, SecretNames::kApiToken)} +
                             cli::sshSecretKeys(cluster);
    readSecrets(
        *m_secrets, keys,
        [this, cluster, generation](const QHash<QString, QString> &secrets,
                                    const std::optional<SecretResult> &problem) {
            if (generation != m_generation)
                return;
            if (problem)
                m_window->statusBar()->showMessage(problem->message);
            StatusMonitor::Options options;
            options.intervalMs = m_intervalMs;
            options.sshPolicy.connectTimeoutSeconds = 5;
            options.sshPolicy.knownHostsFile =
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                QStringLiteral("/known_hosts");
            options.sshPolicy.userKnownHostsFile =
                QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
            options.apiToken = secrets.value(SecretNames::key(cluster, SecretNames::kApiToken));
            for (const Node &node : cluster.nodes) {
                SshTarget target = sshTargetFor(node);
                target.password =
                    secrets.value(SecretNames::key(cluster, SecretNames::sshPassword(node.name)));
                target.keyPassphrase =
                    secrets.value(SecretNames::key(cluster, SecretNames::keyPassphrase(node.name)));
                target.sudoPassword =
                    secrets.value(SecretNames::key(cluster, SecretNames::sudoPassword(node.name)));
                options.targets.insert(node.name, target);
            }
            m_monitor = std::make_unique<StatusMonitor>(cluster, options);
            connect(m_monitor.get(), &StatusMonitor::updated, this,
                    [this](const ClusterVerdict &verdict) {
                        m_window->showStatus(m_monitor->status(), verdict);
                    });
            m_monitor->start();
        });
}

} // namespace iha
