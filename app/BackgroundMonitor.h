#pragma once

#include "app/OwnedThread.h"
#include "app/StatusMonitor.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace iha {

// A status monitor on a thread of its own, for the window. Its probes (TCP connects, HTTP
// requests, hand-offs to the SSH and SQL threads) cost the window's thread nothing: on a busy
// machine each of those calls can keep the calling thread off the CPU for several ms. Each
// round's result arrives as one queued signal, and a copy is kept here for the window's thread.
class BackgroundMonitor : public QObject
{
    Q_OBJECT

public:
    BackgroundMonitor(Cluster cluster, StatusMonitor::Options options, QObject *parent = nullptr);
    // Ends the monitor's thread and waits for it (the monitor is deleted there, its SSH hosts
    // joined): at exit only. A retired monitor is deleted once its thread has finished, after
    // the monitor went there: what is left to wait for is the thread's own exit.
    ~BackgroundMonitor() override = default;

    void start();
    void pollNow();
    // The operator's Check Now: a host key rejected before is put to them again.
    void checkNow();
    // While a procedure runs on the cluster (StatusMonitor::pause()).
    void pause();
    void resume();
    // The cluster changed: rounds of the old one are no longer reported, until reconfigure().
    void invalidate() { ++m_wanted; }
    void reconfigure(Cluster cluster, StatusMonitor::Options options);
    // Ends the monitor without waiting: its thread ends once no probe is out, then this object
    // is deleted. Until then the application owns it, so that an exit still waits for it.
    void retire();

    // As of the last round.
    const Cluster &cluster() const { return m_cluster; }
    const QHash<QString, NodeStatus> &status() const { return m_status; }
    // A probe is out (asked of the monitor on its thread; not after retire()).
    bool busy() const { return !*m_gone && m_monitor->busy(); }

signals:
    // Both only for the cluster as last configured.
    void updated(const iha::ClusterVerdict &verdict);
    void hostKeyRefused(const iha::ConnectReport &report);

private:
    // Runs `work` on the monitor's thread with the monitor, unless it is ending.
    void onMonitorThread(std::function<void(StatusMonitor *)> work);
    // On the monitor's thread, as it reports: runs `deliver` on this object's thread unless the
    // cluster was replaced since (a stale round or host-key question).
    void deliverIfCurrent(std::function<void()> deliver);

    Cluster m_cluster;
    QHash<QString, NodeStatus> m_status;
    int m_wanted = 0; // the configuration whose rounds are reported
    OwnedThread m_thread;
    StatusMonitor *m_monitor; // lives in m_thread, deleted there as it ends
    // Set once retired: a request still queued finds the monitor ending.
    std::shared_ptr<std::atomic_bool> m_gone = std::make_shared<std::atomic_bool>(false);
};

} // namespace iha
