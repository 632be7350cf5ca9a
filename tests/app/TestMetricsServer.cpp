// The exporter's HTTP server on loopback: what a scrape gets, and what odd or idle clients
// get (an error and a closed connection, never a held server).
#include "app/MetricsServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace iha;

class TestMetricsServer : public QObject
{
    Q_OBJECT

    QByteArray m_body = "# HELP x y\n# TYPE x gauge\nx 1\n";
    std::unique_ptr<MetricsServer> m_server;

    // Sends `request` and reads until the server closes (the event loop runs meanwhile).
    QByteArray exchange(const QByteArray &request, int timeoutMs = 10000)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket.waitForConnected(5000))
            return "not connected";
        socket.write(request);
        QByteArray response;
        QObject::connect(&socket, &QTcpSocket::readyRead, [&] { response += socket.readAll(); });
        QElapsedTimer clock;
        clock.start();
        while (socket.state() != QAbstractSocket::UnconnectedState && clock.elapsed() < timeoutMs)
            QTest::qWait(10);
        return response + socket.readAll();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<MetricsServer>([this] { return m_body; });
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void answers_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<bool>("body");
        QTest::newRow("scrape") << QByteArray("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
                                << QByteArray("HTTP/1.1 200 OK") << true;
        QTest::newRow("with a query") << QByteArray("GET /metrics?name[]=x HTTP/1.1\r\n\r\n")
                                      << QByteArray("HTTP/1.1 200 OK") << true;
        QTest::newRow("head") << QByteArray("HEAD /metrics HTTP/1.1\r\n\r\n")
                              << QByteArray("HTTP/1.1 200 OK") << false;
        QTest::newRow("post") << QByteArray("POST /metrics HTTP/1.1\r\n\r\n")
                              << QByteArray("HTTP/1.1 405 Method Not Allowed") << false;
        QTest::newRow("elsewhere") << QByteArray("GET /etc/passwd HTTP/1.1\r\n\r\n")
                                   << QByteArray("HTTP/1.1 404 Not Found") << false;
        QTest::newRow("not HTTP") << QByteArray("hello\r\n\r\n")
                                  << QByteArray("HTTP/1.1 400 Bad Request") << false;
        QTest::newRow("too large")
            << QByteArray("GET /metrics HTTP/1.1\r\nX: " + QByteArray(9000, 'a'))
            << QByteArray("HTTP/1.1 431") << false;
    }
    void answers()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        QFETCH(bool, body);
        const QByteArray response = exchange(request);
        QVERIFY2(response.startsWith(status), response.left(200).constData());
        QCOMPARE(response.endsWith(m_body), body);
        if (body)
            QVERIFY(response.contains("Content-Type: text/plain; version=0.0.4"));
    }

    void beforeTheFirstRoundItSaysSo()
    {
        const QByteArray kept = std::exchange(m_body, QByteArray());
        const QByteArray response = exchange("GET /metrics HTTP/1.1\r\n\r\n");
        m_body = kept;
        QVERIFY2(response.startsWith("HTTP/1.1 503"), response.constData());
    }

    // A request that never ends is answered after 5 s; the server answers others meanwhile.
    void aSilentClientHoldsNothing()
    {
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(silent.waitForConnected(5000));
        silent.write("GET /metr");
        QVERIFY(exchange("GET /metrics HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 200 OK"));
        QByteArray response;
        QObject::connect(&silent, &QTcpSocket::readyRead, [&] { response += silent.readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(silent.state() == QAbstractSocket::UnconnectedState, 10000);
        QVERIFY2((response + silent.readAll()).startsWith("HTTP/1.1 408"), response.constData());
    }

    // Past 64 connections at once, more are closed at once; a scrape works again after.
    void tooManyConnectionsAreRefused()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 64; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_server->port());
        }
        QTRY_VERIFY(std::all_of(idle.begin(), idle.end(), [](const auto &socket) {
            return socket->state() == QAbstractSocket::ConnectedState;
        }));
        QTest::qWait(200); // all accepted
        // Closed, no answer.
        QVERIFY(exchange("GET /metrics HTTP/1.1\r\n\r\n").isEmpty());
        idle.clear();
        QTRY_VERIFY(exchange("GET /metrics HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 200 OK"));
    }

    void listenAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address"); // empty: refused
        QTest::addColumn<int>("port");
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1:9877") << QStringLiteral("127.0.0.1")
                              << 9877;
        QTest::newRow("IPv6") << QStringLiteral("[::1]:9877") << QStringLiteral("::1") << 9877;
        QTest::newRow("every address")
            << QStringLiteral(":9877") << QStringLiteral("0.0.0.0") << 9877;
        QTest::newRow("no port") << QStringLiteral("127.0.0.1") << QString() << 0;
        QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << QString() << 0;
        QTest::newRow("port too large") << QStringLiteral("127.0.0.1:70000") << QString() << 0;
        QTest::newRow("bare IPv6") << QStringLiteral("::1:9877") << QString() << 0;
        QTest::newRow("a name") << QStringLiteral("monitoring.example:9877") << QString() << 0;
    }
    void listenAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(int, port);
        QHostAddress parsed;
        quint16 parsedPort = 0;
        QCOMPARE(MetricsServer::parseListen(text, &parsed, &parsedPort), !address.isEmpty());
        if (address.isEmpty())
            return;
        QCOMPARE(parsed.toString(), address);
        QCOMPARE(int(parsedPort), port);
    }
};

QTEST_GUILESS_MAIN(TestMetricsServer)
#include "TestMetricsServer.moc"
