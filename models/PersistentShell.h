#pragma once

#include <QByteArray>
#include <QString>

namespace iha {

// One long-lived /bin/sh per connection and privilege that runs the commands sent to it, so
// that a command costs one network round trip and no login shell (root's profile and
// .bashrc start only once). The protocol, over the shell's stdin, stdout and stderr:
//   start   the login shell runs startCommand(R); noise from its rc files comes first, then
//           "R ready" on both streams, or "R unsupported WHY" on stdout and the shell ends.
//   run     request(N, command, input): the command runs in a session and process group of its
//           own (setsid), its stdin the input then EOF, in the background of the shell, which
//           waits for the next line. stdout gets "N pid PGID" before any output of the command
//           and "N exit STATUS" after it; stderr gets "N end" after it (see ShellFrameReader).
//   kill    killRequest(PGID, "TERM"): signals the process group of a running command.
// The input, which may hold secrets, is never in any argv: it goes through the shell's memory
// into a pipe (printf is a builtin).
namespace PersistentShell {

// A fresh random nonce, in hex: markers no output makes by chance.
QByteArray newNonce();
// For the login shell; wrap it with RemoteScripts::asRoot() for a root shell through sudo.
QString startCommand(const QByteArray &readyNonce);
QByteArray request(const QByteArray &nonce, const QByteArray &command, const QByteArray &input);
QByteArray killRequest(qint64 processGroup, const QByteArray &signal);
// A shell reports a command killed by signal N as 128 + N: its name ("KILL"), or empty.
QString signalOfStatus(int status);

} // namespace PersistentShell
} // namespace iha
