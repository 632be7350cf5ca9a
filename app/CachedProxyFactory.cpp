#include "app/CachedProxyFactory.h"

#include <QMutexLocker>

namespace iha {

QList<QNetworkProxy> CachedProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString key = QStringLiteral("%1://%2:%3")
                            .arg(query.protocolTag(), query.peerHostName())
                            .arg(query.peerPort());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QMutexLocker lock(&m_mutex);
    const auto it = m_answers.constFind(key);
    if (it != m_answers.constEnd() && it->until > now)
        return it->proxies;
    const QList<QNetworkProxy> proxies = systemProxyForQuery(query);
    m_answers.insert(key, Answer{proxies, now.addSecs(kKeepSeconds)});
    return proxies;
}

} // namespace iha
