#pragma once

// Messages and helpers shared by the SSH module's channels (SshConnection, SshShellChannel).

#include <QCoreApplication>
#include <QString>

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

} // namespace iha::SshChannelText
