#pragma once

#include "app/StatusMonitor.h"
#include "models/Cluster.h"

#include <QObject>
#include <memory>

namespace iha {

class KeychainSecretStore;
class MainWindow;

// Wires the main window to the outside world: when it shows a cluster, the cluster's secrets
// come from the keychain and a status monitor starts watching it (every 5 s); its verdicts go
// back to the window. Nothing here blocks the GUI thread.
class GuiController : public QObject
{
    Q_OBJECT

public:
    explicit GuiController(MainWindow *window, int intervalMs = 5000);
    ~GuiController() override;

    StatusMonitor *monitor() const { return m_monitor.get(); }

private:
    void watch(const Cluster &cluster);

    MainWindow *m_window;
    int m_intervalMs;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<StatusMonitor> m_monitor;
    int m_generation = 0; // ignores keychain answers for a cluster no longer shown
};

} // namespace iha
