#pragma once

#include <QList>
#include <QMetaObject>
#include <QObject>

namespace iha {

// The connections a page makes to the shared RunService for the run it started, dropped when
// that run ends: the next page's run must not reach this one.
class ServiceListener
{
public:
    ServiceListener() = default;
    ~ServiceListener() { stop(); }
    ServiceListener(const ServiceListener &) = delete;
    ServiceListener &operator=(const ServiceListener &) = delete;

    void add(const QMetaObject::Connection &connection) { m_connections << connection; }
    void stop()
    {
        for (const QMetaObject::Connection &connection : std::as_const(m_connections))
            QObject::disconnect(connection);
        m_connections.clear();
    }
    bool listening() const { return !m_connections.isEmpty(); }

private:
    QList<QMetaObject::Connection> m_connections;
};

} // namespace iha
