#pragma once

// Messages and helpers shared by the SSH module's channels (SshConnection, SshShellChannel).

#include <QCoreApplication>
#include <QString>
#include <libssh/libssh.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace iha::SshChannelText {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SshConnection)
};

// When a connection was lost during a command, as one whole sentence per case for translators.
enum class LostWhen
{
    Before,
    WhenStarting,
    WhileRunning,
    AtEnd
};

// %1 is the command as messages name it, %2 libssh's error.
inline QString lostSentence(LostWhen when)
{
    switch (when) {
    case LostWhen::Before:
        return Tr::tr(
            "connection lost before `%1`: %2. The command may or may not have completed.");
    case LostWhen::WhenStarting:
        return Tr::tr(
            "connection lost when starting `%1`: %2. The command may or may not have completed.");
    case LostWhen::WhileRunning:
        return Tr::tr(
            "connection lost while running `%1`: %2. The command may or may not have completed.");
    case LostWhen::AtEnd:
        break;
    }
    return Tr::tr(
        "connection lost at the end of `%1`: %2. The command may or may not have completed.");
}

inline QString fromUtf8(const char *text)
{
    return QString::fromUtf8(text ? text : "");
}

// Why libssh lost the connection, for the lost sentences: it names no error when the host just
// closed it (it died, or a firewall dropped it).
inline QString lostReason(ssh_session session)
{
    const QString why = fromUtf8(ssh_get_error(session));
    return why.isEmpty() ? Tr::tr("no reason given") : why;
}

// sshd leaves Nagle's algorithm on for commands without a terminal: its second small packet
// waits for our ACK, which the kernel delays by up to 40 ms unless told otherwise. The flag
// does not stick, so it is set again before each read.
inline void quickAck(ssh_session session)
{
    const int fd = session ? ssh_get_fd(session) : -1;
    const int on = 1;
    if (fd >= 0)
        setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
}

} // namespace iha::SshChannelText
