#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace iha {

// A minimal HTTP/1.1 server for Prometheus scrapes: GET /metrics answers with what `metrics`
// returns at that moment (the last round, made elsewhere), so a scrape never waits on a host.
// One request per connection; a request that does not arrive whole within 5 s, or is larger
// than 8 KiB, is answered with an error and the connection closed. A connection lasts 15 s at
// most, and 64 are served at once: a client that never reads holds nothing for long.
class MetricsServer : public QObject
{
    Q_OBJECT

public:
    // The body for /metrics; an empty one means "no round yet" (503).
    using Metrics = std::function<QByteArray()>;

    MetricsServer(Metrics metrics, QObject *parent = nullptr);
    ~MetricsServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;

    // "ADDR:PORT", "[IPv6]:PORT" or ":PORT" (every address). False if it is none of them.
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);

private:
    void serve(QTcpSocket *socket);
    static void answer(QTcpSocket *socket, const char *status, const QByteArray &contentType,
                       const QByteArray &body, bool headOnly = false);

    Metrics m_metrics;
    QTcpServer *m_server;
    int m_connections = 0; // being served
};

} // namespace iha
