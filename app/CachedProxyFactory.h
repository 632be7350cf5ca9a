#pragma once

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QNetworkProxyFactory>

namespace iha {

// The system's proxy settings, looked up once per scheme, host and port and kept for a few
// minutes. The system lookup (libproxy on Debian) hands each query to a thread of its own and
// waits for it: once per request, on a busy machine every poll of the monitor held its thread
// for as long as that other thread took to be scheduled.
class CachedProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    static constexpr int kKeepSeconds = 300;
    struct Answer
    {
        QList<QNetworkProxy> proxies;
        QDateTime until;
    };
    QMutex m_mutex;
    QHash<QString, Answer> m_answers; // by "scheme://host:port"
};

} // namespace iha
