#pragma once

#include <QString>

namespace iha {

struct SocksConnection
{
    int fd = -1;   // a connected, blocking socket, the caller's to close; -1 on failure
    QString error; // why not, naming the proxy or the target
    // The proxy itself failed (unreachable, not SOCKS5 as expected, refusing or failing the
    // request itself): nothing is known of the target. Otherwise the proxy said the target
    // could not be reached (refused, unreachable, silent until the deadline).
    bool proxyFailed = false;
};

// A TCP connection to address:port through the SOCKS5 proxy at proxyHost:proxyPort (RFC 1928,
// CONNECT, no authentication: as `ssh -D` and the practice cluster's gateway offer), within
// timeoutMs for the whole exchange. A name the proxy resolves; an IP address is sent as one.
// Blocking: for the SSH worker threads only.
SocksConnection socksConnect(const QString &proxyHost, int proxyPort, const QString &address,
                             int port, int timeoutMs);

} // namespace iha
