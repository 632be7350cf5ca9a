#include "app/SocksConnect.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SocksConnect)
};

// Why the proxy would not connect, RFC 1928 section 6.
QString replyMeaning(unsigned char code)
{
    switch (code) {
    case 2:
        return Tr::tr("not allowed by the proxy's rules");
    case 3:
        return Tr::tr("network unreachable");
    case 4:
        return Tr::tr("host unreachable");
    case 5:
        return Tr::tr("connection refused");
    case 6:
        return Tr::tr("TTL expired");
    case 7:
        return Tr::tr("command not supported by the proxy");
    case 8:
        return Tr::tr("address type not supported by the proxy");
    default:
        return Tr::tr("general failure (SOCKS reply %1)").arg(code);
    }
}

bool waitFor(int fd, short events, const QDeadlineTimer &deadline)
{
    pollfd p{fd, events, 0};
    for (;;) {
        const int left = static_cast<int>(deadline.remainingTime());
        const int n = poll(&p, 1, left < 0 ? 0 : left);
        if (n > 0)
            return true;
        if (n == 0 || errno != EINTR)
            return false;
    }
}

bool sendAll(int fd, const QByteArray &data, const QDeadlineTimer &deadline)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        if (!waitFor(fd, POLLOUT, deadline))
            return false;
        const ssize_t n = ::send(fd, data.constData() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && errno != EINTR && errno != EAGAIN)
            return false;
        sent += n > 0 ? n : 0;
    }
    return true;
}

// timedOut (if given): whether a failure was the deadline, not the peer closing or an error.
bool receive(int fd, char *buffer, qsizetype count, const QDeadlineTimer &deadline,
             bool *timedOut = nullptr)
{
    qsizetype got = 0;
    while (got < count) {
        if (!waitFor(fd, POLLIN, deadline)) {
            if (timedOut)
                *timedOut = deadline.hasExpired();
            return false;
        }
        const ssize_t n = ::recv(fd, buffer + got, count - got, 0);
        if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
            return false;
        got += n > 0 ? n : 0;
    }
    return true;
}

// A non-blocking socket connected to host:port (numeric or a name), or -1 with the reason.
int connectTo(const QString &host, int port, const QDeadlineTimer &deadline, QString *error)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const int lookup = getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(),
                                   &hints, &found);
    if (lookup != 0) {
        *error = QString::fromUtf8(gai_strerror(lookup));
        return -1;
    }
    int fd = -1;
    for (addrinfo *a = found; a && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        int result = ::connect(fd, a->ai_addr, a->ai_addrlen);
        int code = result == 0 ? 0 : errno;
        if (code == EINPROGRESS) {
            socklen_t length = sizeof code;
            code = waitFor(fd, POLLOUT, deadline) &&
                           getsockopt(fd, SOL_SOCKET, SO_ERROR, &code, &length) == 0
                       ? code
                       : ETIMEDOUT;
        }
        if (code != 0) {
            *error = QString::fromUtf8(std::strerror(code));
            ::close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(found);
    return fd;
}

} // namespace

SocksConnection socksConnect(const QString &proxyHost, int proxyPort, const QString &address,
                             int port, int timeoutMs)
{
    SocksConnection result;
    const QString proxy = QStringLiteral("%1:%2").arg(proxyHost).arg(proxyPort);
    const QDeadlineTimer deadline(timeoutMs);
    QString why;
    const int fd = connectTo(proxyHost, proxyPort, deadline, &why);
    result.proxyFailed = true;
    if (fd < 0) {
        result.error = Tr::tr("cannot reach the SOCKS proxy %1: %2").arg(proxy, why);
        return result;
    }
    const auto failWith = [&](const QString &message) {
        ::close(fd);
        result.error = message;
        return result;
    };
    const QString lost = Tr::tr("the SOCKS proxy %1 did not answer as SOCKS5 within %2 s")
                             .arg(proxy)
                             .arg(timeoutMs / 1000);
    char greeting[2];
    if (!sendAll(fd, QByteArray("\x05\x01\x00", 3), deadline) ||
        !receive(fd, greeting, 2, deadline) || greeting[0] != 5)
        return failWith(lost);
    if (greeting[1] != 0)
        return failWith(
            Tr::tr("the SOCKS proxy %1 wants authentication, which is not supported").arg(proxy));

    QByteArray request("\x05\x01\x00", 3);
    const QByteArray host = address.toUtf8();
    unsigned char binary[16];
    if (inet_pton(AF_INET, host.constData(), binary) == 1) {
        request += char(1) + QByteArray(reinterpret_cast<const char *>(binary), 4);
    } else if (inet_pton(AF_INET6, host.constData(), binary) == 1) {
        request += char(4) + QByteArray(reinterpret_cast<const char *>(binary), 16);
    } else if (host.size() <= 255) {
        request += char(3) + QByteArray(1, char(host.size())) + host; // resolved by the proxy
    } else {
        return failWith(Tr::tr("%1: a name too long for SOCKS5").arg(address));
    }
    request += char((port >> 8) & 0xff);
    request += char(port & 0xff);
    char reply[4];
    bool silent = false;
    if (!sendAll(fd, request, deadline) || !receive(fd, reply, 4, deadline, &silent) ||
        reply[0] != 5) {
        // The proxy answered, then stayed silent while it connected: the target is.
        result.proxyFailed = !silent;
        return failWith(silent ? Tr::tr("the SOCKS proxy %1 could not connect to %2:%3 within "
                                        "%4 s")
                                     .arg(proxy, address)
                                     .arg(port)
                                     .arg(timeoutMs / 1000)
                               : lost);
    }
    if (reply[1] != 0) {
        // Only these say something of the target; the others are the proxy's own trouble.
        const unsigned char code = static_cast<unsigned char>(reply[1]);
        result.proxyFailed = code < 3 || code > 6;
        return failWith(Tr::tr("the SOCKS proxy %1 could not connect to %2:%3: %4")
                            .arg(proxy, address)
                            .arg(port)
                            .arg(replyMeaning(code)));
    }
    // The address the proxy connected from, of no use here, ends the reply.
    qsizetype rest = 0;
    switch (reply[3]) {
    case 1:
        rest = 4 + 2;
        break;
    case 4:
        rest = 16 + 2;
        break;
    case 3: {
        char length = 0;
        if (!receive(fd, &length, 1, deadline))
            return failWith(lost);
        rest = static_cast<unsigned char>(length) + 2;
        break;
    }
    default:
        return failWith(lost);
    }
    QByteArray ignored(rest, '\0');
    if (!receive(fd, ignored.data(), rest, deadline))
        return failWith(lost);
    // Blocking again: from here on the socket is libssh's, as one it had opened itself.
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    result.fd = fd;
    result.proxyFailed = false;
    return result;
}

} // namespace iha
