#include "app/BackgroundMonitor.h"

#include <QCoreApplication>

namespace iha {

BackgroundMonitor::BackgroundMonitor(Cluster cluster, StatusMonitor::Options options,
                                     QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_thread(new QThread)
    , m_monitor(new StatusMonitor(std::move(cluster), std::move(options)))
{
    m_thread->setObjectName(QStringLiteral("monitor:") + m_cluster.name);
    m_monitor->moveToThread(m_thread.get());
    // Emitted on the monitor's thread: the round's facts are copied there, then queued here.
    connect(
        m_monitor, &StatusMonitor::updated, m_monitor,
        [this, monitor = m_monitor](const ClusterVerdict &verdict) {
            QMetaObject::invokeMethod(
                this, [this, verdict, cluster = monitor->cluster(), status = monitor->status()] {
                    m_cluster = cluster;
                    m_status = status;
                    emit updated(verdict);
                });
        },
        Qt::DirectConnection);
    connect(m_monitor, &StatusMonitor::hostKeyRefused, this, &BackgroundMonitor::hostKeyRefused,
            Qt::QueuedConnection);
    m_thread->start();
}

BackgroundMonitor::~BackgroundMonitor()
{
    if (m_thread->isFinished())
        return;
    // Whatever was asked of the monitor before is done first; then it goes, then the thread.
    QMetaObject::invokeMethod(m_monitor,
                              [monitor = m_monitor, gone = m_gone] { endThread(monitor, gone); });
    m_thread->wait();
}

void BackgroundMonitor::endThread(StatusMonitor *monitor, std::shared_ptr<std::atomic_bool> gone)
{
    // Deleted as the thread ends (it may be emitting the signal that called this), its SSH
    // hosts with it, their threads joined there.
    if (!gone->exchange(true))
        monitor->deleteLater();
    QThread::currentThread()->quit();
}

void BackgroundMonitor::onMonitorThread(std::function<void(StatusMonitor *)> work)
{
    QMetaObject::invokeMethod(m_monitor, [monitor = m_monitor, gone = m_gone, work] {
        if (!*gone)
            work(monitor);
    });
}

void BackgroundMonitor::start()
{
    onMonitorThread([](StatusMonitor *monitor) { monitor->start(); });
}

void BackgroundMonitor::pollNow()
{
    onMonitorThread([](StatusMonitor *monitor) { monitor->pollNow(); });
}

void BackgroundMonitor::reconfigure(Cluster cluster, StatusMonitor::Options options)
{
    onMonitorThread(
        [cluster, options](StatusMonitor *monitor) { monitor->reconfigure(cluster, options); });
}

void BackgroundMonitor::retire()
{
    disconnect(this, nullptr, nullptr, nullptr);
    setParent(QCoreApplication::instance());
    connect(m_thread.get(), &QThread::finished, this, &QObject::deleteLater);
    onMonitorThread([gone = m_gone](StatusMonitor *monitor) {
        monitor->stop();
        if (!monitor->busy())
            return endThread(monitor, gone);
        // A connect to a dead host may still be out: the monitor goes once it has ended.
        connect(monitor, &StatusMonitor::settled, monitor,
                [monitor, gone] { endThread(monitor, gone); });
    });
}

} // namespace iha
