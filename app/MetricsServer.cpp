#include "app/MetricsServer.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace iha {
namespace {

constexpr qsizetype kMaxRequest = 8 * 1024;
constexpr int kRequestTimeoutMs = 5000;
// A connection ends by then whatever it does (a client that never reads its answer keeps
// neither a socket nor the answer's buffer), and only so many are served at once.
constexpr int kConnectionLifetimeMs = 15000;
constexpr int kMaxConnections = 64;

} // namespace

MetricsServer::MetricsServer(Metrics metrics, QObject *parent)
    : QObject(parent)
    , m_metrics(std::move(metrics))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            if (m_connections >= kMaxConnections) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            serve(socket);
        }
    });
}

MetricsServer::~MetricsServer() = default;

bool MetricsServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    *error = m_server->errorString();
    return false;
}

quint16 MetricsServer::port() const
{
    return m_server->serverPort();
}

bool MetricsServer::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    static const QRegularExpression form(
        QStringLiteral("^(?:\\[([0-9A-Fa-f:.]+)\\]|([^\\[\\]:]*)):(\\d{1,5})$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return false;
    const uint number = m.captured(3).toUInt();
    const QString host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    if (number == 0 || number > 65535)
        return false;
    if (host.isEmpty())
        *address = QHostAddress::Any;
    else if (host == QLatin1String("localhost"))
        *address = QHostAddress::LocalHost;
    else if (!address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

void MetricsServer::serve(QTcpSocket *socket)
{
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->setReadBufferSize(kMaxRequest + 1);
    QTimer::singleShot(kConnectionLifetimeMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    auto *timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, socket, [socket] {
        answer(socket, "408 Request Timeout", "text/plain", "The request did not arrive.\n");
    });
    timeout->start(kRequestTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, timeout] {
        if (!timeout->isActive())
            return; // answered already
        const QByteArray request = socket->peek(kMaxRequest + 1);
        const qsizetype end = request.indexOf("\r\n\r\n");
        if (end < 0) {
            if (request.size() > kMaxRequest) {
                timeout->stop();
                answer(socket, "431 Request Header Fields Too Large", "text/plain",
                       "The request is too large.\n");
            }
            return; // not whole yet
        }
        timeout->stop();
        const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
        const QByteArray method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const bool head = method == "HEAD";
        if (requestLine.size() != 3 || !requestLine.value(2).startsWith("HTTP/1."))
            return answer(socket, "400 Bad Request", "text/plain", "Not an HTTP/1 request.\n");
        if (method != "GET" && !head)
            return answer(socket, "405 Method Not Allowed", "text/plain",
                          "Only GET and HEAD are served.\n");
        const QByteArray path = target.split('?').constFirst(); // the query is not used
        if (path == "/metrics") {
            const QByteArray body = m_metrics();
            if (body.isEmpty())
                return answer(socket, "503 Service Unavailable", "text/plain",
                              "The first round of the cluster's status is not done yet.\n", head);
            return answer(socket, "200 OK", "text/plain; version=0.0.4; charset=utf-8", body, head);
        }
        if (path == "/")
            return answer(socket, "200 OK", "text/html; charset=utf-8",
                          "<html><head><title>inmanta-ha exporter</title></head><body>"
                          "<p><a href=\"/metrics\">Metrics</a></p></body></html>\n",
                          head);
        answer(socket, "404 Not Found", "text/plain", "Only /metrics is served.\n", head);
    });
}

void MetricsServer::answer(QTcpSocket *socket, const char *status, const QByteArray &contentType,
                           const QByteArray &body, bool headOnly)
{
    QByteArray response = QByteArray("HTTP/1.1 ") + status + "\r\nContent-Type: " + contentType +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nConnection: close\r\n\r\n";
    if (!headOnly)
        response += body;
    socket->write(response);
    socket->disconnectFromHost(); // once written
}

} // namespace iha
