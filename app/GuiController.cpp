#include "app/GuiController.h"

#include "app/KeychainSecretStore.h"
#include "app/SshTargets.h"
#include "models/SecretBatch.h"
#include "widgets/MainWindow.h"

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
    readSecrets(*m_secrets, StatusMonitor::secretKeys(cluster),
                [this, cluster, generation](const QHash<QString, QString> &secrets,
                                            const std::optional<SecretResult> &problem) {
                    if (generation != m_generation)
                        return;
                    if (problem)
                        m_window->statusBar()->showMessage(problem->message);
                    StatusMonitor::Options options =
                        StatusMonitor::optionsFor(cluster, secrets, sshPolicyFor());
                    options.intervalMs = m_intervalMs;
                    m_monitor = std::make_unique<StatusMonitor>(cluster, options);
                    connect(m_monitor.get(), &StatusMonitor::updated, this,
                            [this](const ClusterVerdict &verdict) {
                                m_window->showStatus(m_monitor->status(), verdict);
                            });
                    m_monitor->start();
                });
}

} // namespace iha
