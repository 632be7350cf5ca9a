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
    // On the monitor's thread as it ends: the monitor goes there, its SSH hosts' threads joined
    // there. Deleted directly, not deferred: at exit (a retired monitor ending with the
    // application) no event is delivered any more.
    connect(
        m_thread.get(), &QThread::finished, m_thread.get(),
        [monitor = m_monitor] { delete monitor; }, Qt::DirectConnection);
    // Emitted on the monitor's thread: the round's facts are copied there, then queued here.
    connect(
        m_monitor, &StatusMonitor::updated, m_monitor,
        [this, monitor = m_monitor](const ClusterVerdict &verdict) {
            deliverIfCurrent(
                [this, verdict, cluster = monitor->cluster(), status = monitor->status()] {
                    m_cluster = cluster;
                    m_status = status;
                    emit updated(verdict);
                });
        },
        Qt::DirectConnection);
    connect(
        m_monitor, &StatusMonitor::hostKeyRefused, m_monitor,
        [this](const ConnectReport &report) {
            deliverIfCurrent([this, report] { emit hostKeyRefused(report); });
        },
        Qt::DirectConnection);
    m_thread->start();
}

void BackgroundMonitor::deliverIfCurrent(std::function<void()> deliver)
{
    QMetaObject::invokeMethod(
        this, [this, deliver = std::move(deliver), generation = m_monitor->generation()] {
            if (generation == m_wanted)
                deliver(); // else of a cluster since replaced
        });
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

void BackgroundMonitor::checkNow()
{
    onMonitorThread([](StatusMonitor *monitor) { monitor->checkNow(); });
}

void BackgroundMonitor::pause()
{
    onMonitorThread([](StatusMonitor *monitor) { monitor->pause(); });
}

void BackgroundMonitor::resume()
{
    onMonitorThread([](StatusMonitor *monitor) { monitor->resume(); });
}

void BackgroundMonitor::reconfigure(Cluster cluster, StatusMonitor::Options options)
{
    options.generation = m_wanted;
    onMonitorThread(
        [cluster, options](StatusMonitor *monitor) { monitor->reconfigure(cluster, options); });
}

void BackgroundMonitor::retire()
{
    disconnect(this, nullptr, nullptr, nullptr);
    setParent(QCoreApplication::instance());
    connect(m_thread.get(), &QThread::finished, this, &QObject::deleteLater);
    onMonitorThread([gone = m_gone](StatusMonitor *monitor) {
        *gone = true;
        monitor->stop();
        if (!monitor->busy())
            return QThread::currentThread()->quit();
        // A connect to a dead host may still be out: the thread ends once it has.
        connect(monitor, &StatusMonitor::settled, monitor,
                [] { QThread::currentThread()->quit(); });
    });
}

} // namespace iha
