#include "app/SocksConnect.h"

#include <QTest>
#include <arpa/inet.h>
#include <functional>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace iha;

namespace {

// One connection's worth of a SOCKS5 proxy on 127.0.0.1, played by `script` on its own thread:
// a fake of the port (a proxy's side of RFC 1928) for the client's logic. The client against
// the real thing, the practice cluster's gateway, is test_practice_rootless.
class ScriptedProxy
{
public:
    using Script = std::function<void(int fd)>;

    explicit ScriptedProxy(Script script)
    {
        m_listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address);
        listen(m_listener, 1);
        socklen_t length = sizeof address;
        getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this, script = std::move(script)] {
            const int fd = accept(m_listener, nullptr, nullptr);
            if (fd < 0)
                return;
            script(fd);
            ::close(fd);
        });
    }
    ~ScriptedProxy()
    {
        shutdown(m_listener, SHUT_RDWR); // ends an accept() still waiting
        m_thread.join();
        ::close(m_listener);
    }
    int port() const { return m_port; }

private:
    int m_listener = -1;
    int m_port = 0;
    std::thread m_thread;
};

QByteArray readExactly(int fd, int count)
{
    QByteArray data;
    char byte = 0;
    while (data.size() < count && ::recv(fd, &byte, 1, 0) == 1)
        data += byte;
    return data;
}

void send(int fd, const QByteArray &data)
{
    ::send(fd, data.constData(), data.size(), MSG_NOSIGNAL);
}

const QByteArray kNoAuthentication("\x05\x00", 2);

// The reply to CONNECT with this code and an IPv4 bound address.
QByteArray reply(char code)
{
    return QByteArray("\x05", 1) + code + QByteArray("\x00\x01\x00\x00\x00\x00\x00\x00", 8);
}

// Reads the greeting and an IPv4 CONNECT, answers `code`; what was asked goes to `request`.
ScriptedProxy::Script answering(char code, QByteArray *request = nullptr)
{
    return [code, request](int fd) {
        readExactly(fd, 3);
        send(fd, kNoAuthentication);
        const QByteArray asked = readExactly(fd, 10);
        if (request)
            *request = asked;
        send(fd, reply(code));
    };
}

} // namespace

class TestSocksConnect : public QObject
{
    Q_OBJECT

private slots:
    // Through the proxy the socket carries the target's bytes; the request names the target
    // as RFC 1928 says.
    void connectsAndCarriesBytes()
    {
        QByteArray request;
        ScriptedProxy proxy([&request](int fd) {
            answering(0, &request)(fd);
            send(fd, readExactly(fd, 4)); // the target: an echo
        });
        const SocksConnection c = socksConnect(QStringLiteral("127.0.0.1"), proxy.port(),
                                               QStringLiteral("198.19.7.11"), 22, 2000);
        QVERIFY2(c.fd >= 0, qPrintable(c.error));
        QCOMPARE(request, QByteArray("\x05\x01\x00\x01\xc6\x13\x07\x0b\x00\x16", 10));
        send(c.fd, "ping");
        QCOMPARE(readExactly(c.fd, 4), QByteArray("ping"));
        ::close(c.fd);
    }

    // A reply that trickles in byte by byte is still read whole.
    void aReplyInPiecesIsReadWhole()
    {
        ScriptedProxy proxy([](int fd) {
            readExactly(fd, 3);
            send(fd, kNoAuthentication);
            readExactly(fd, 10);
            for (const char byte : reply(0)) {
                send(fd, QByteArray(1, byte));
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
        const SocksConnection c = socksConnect(QStringLiteral("127.0.0.1"), proxy.port(),
                                               QStringLiteral("10.1.0.11"), 22, 2000);
        QVERIFY2(c.fd >= 0, qPrintable(c.error));
        ::close(c.fd);
    }

    // A name goes to the proxy to resolve (ATYP 3), not looked up here.
    void aNameIsResolvedByTheProxy()
    {
        QByteArray request;
        ScriptedProxy proxy([&request](int fd) {
            readExactly(fd, 3);
            send(fd, kNoAuthentication);
            request = readExactly(fd, 4 + 1 + 11 + 2);
            send(fd, reply(0));
        });
        const SocksConnection c = socksConnect(QStringLiteral("127.0.0.1"), proxy.port(),
                                               QStringLiteral("db1.example"), 2222, 2000);
        QVERIFY2(c.fd >= 0, qPrintable(c.error));
        QCOMPARE(request, QByteArray("\x05\x01\x00\x03\x0b"
                                     "db1.example\x08\xae",
                                     18));
        ::close(c.fd);
    }

    // Whose failure it is decides the verdict: a proxy failing its own part says nothing of
    // the host (never a dead primary); the proxy saying the host does not answer does.
    void failuresSayWhoseTheyAre_data()
    {
        QTest::addColumn<int>("code"); // -1: no reply to CONNECT at all
        QTest::addColumn<bool>("proxyFailed");
        QTest::addColumn<QString>("error");
        QTest::newRow("general failure") << 1 << true << "general failure (SOCKS reply 1)";
        QTest::newRow("not allowed") << 2 << true << "not allowed by the proxy's rules";
        QTest::newRow("network unreachable") << 3 << false << "network unreachable";
        QTest::newRow("host unreachable") << 4 << false << "host unreachable";
        QTest::newRow("refused") << 5 << false << "connection refused";
        QTest::newRow("command not supported") << 7 << true << "command not supported";
        QTest::newRow("silent while connecting")
            << -1 << false << "could not connect to 198.19.7.11:22 within";
    }

    void failuresSayWhoseTheyAre()
    {
        QFETCH(int, code);
        QFETCH(bool, proxyFailed);
        QFETCH(QString, error);
        ScriptedProxy proxy(code >= 0 ? answering(char(code)) : [](int fd) {
            readExactly(fd, 3);
            send(fd, kNoAuthentication);
            readExactly(fd, 10); // and never a word more, until the client gives up
            readExactly(fd, 1);
        });
        const SocksConnection c = socksConnect(QStringLiteral("127.0.0.1"), proxy.port(),
                                               QStringLiteral("198.19.7.11"), 22, 600);
        QCOMPARE(c.fd, -1);
        QCOMPARE(c.proxyFailed, proxyFailed);
        QVERIFY2(c.error.contains(error), qPrintable(c.error));
        QVERIFY2(c.error.contains(QStringLiteral("127.0.0.1:%1").arg(proxy.port())),
                 qPrintable(c.error));
    }

    void theProxyItselfFailing_data()
    {
        QTest::addColumn<int>("behaviour"); // 0: closed port, 1: silent, 2: wants a password
        QTest::addColumn<QString>("error");
        QTest::newRow("nothing listens") << 0 << "cannot reach the SOCKS proxy";
        QTest::newRow("silent") << 1 << "did not answer as SOCKS5 within";
        QTest::newRow("wants a password") << 2 << "wants authentication, which is not supported";
    }

    void theProxyItselfFailing()
    {
        QFETCH(int, behaviour);
        QFETCH(QString, error);
        int port = 0;
        std::unique_ptr<ScriptedProxy> proxy;
        if (behaviour == 0) {
            ScriptedProxy gone([](int) {});
            port = gone.port(); // closed again when `gone` ends: nothing listens there
        } else {
            proxy = std::make_unique<ScriptedProxy>([behaviour](int fd) {
                readExactly(fd, 3);
                if (behaviour == 2)
                    send(fd, QByteArray("\x05\x02", 2));
                readExactly(fd, 1); // until the client gives up
            });
            port = proxy->port();
        }
        const SocksConnection c =
            socksConnect(QStringLiteral("127.0.0.1"), port, QStringLiteral("198.19.7.11"), 22, 600);
        QCOMPARE(c.fd, -1);
        QVERIFY(c.proxyFailed);
        QVERIFY2(c.error.contains(error), qPrintable(c.error));
    }
};

QTEST_GUILESS_MAIN(TestSocksConnect)
#include "TestSocksConnect.moc"
