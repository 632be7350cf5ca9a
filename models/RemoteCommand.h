#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace iha {

// One command for a remote host. Secrets travel in `input` (fed on stdin, then EOF), never in
// `command`, which is shown to operators and written to the audit log as it is.
struct RemoteCommand
{
    QString command;  // shell text for the login user's shell
    QByteArray input; // stdin; may hold secrets
    // What the audit log keeps of `input`: the SQL or file content with its secrets masked.
    // Empty: only the size of the input is recorded.
    QString auditedInput;
    bool asRoot = false;   // run as root: directly when logged in as root, else through sudo
    int timeoutMs = 60000; // 0: no limit
    // For a long command that keeps running on the host when its channel closes (see
    // RemoteScripts::inProcessGroup): what stops it there once it is cancelled, timed out or
    // its connection is lost. Empty: nothing to stop.
    QString stopCommand;
};

enum class OutputChannel
{
    Stdout,
    Stderr
};

struct CommandResult
{
    enum class Status
    {
        Exited,         // ran to its end; see exitCode
        Signalled,      // killed by a signal; see signal
        TimedOut,       // stopped by us after timeoutMs
        Cancelled,      // stopped by us on request
        ConnectionLost, // the connection died while it ran: it may or may not have completed
        NotStarted,     // no connection, host key refused, authentication or sudo failed
    };

    Status status = Status::NotStarted;
    int exitCode = -1;
    // "KILL", "TERM", ... when Signalled. A persistent shell (PersistentShell) reports a
    // command that ended with status 128 + N as killed by signal N, as shells report it.
    QString signal;
    QByteArray out; // everything the command wrote to stdout
    QByteArray err; // and to stderr
    QString error;  // why it did not exit normally: names host and command
    // The host's SSH server answered: a refused host key, login or sudo is an answer, a
    // connection that timed out, was refused or found no route is none. Fencing tells a silent
    // host from one that is up but will not let the tool in.
    bool hostAnswered = false;
    // What it cost on the network: request/reply exchanges with the host, and login shells
    // started there (each runs root's profile and .bashrc), the connection's set-up excluded.
    int roundTrips = 0;
    int shellStarts = 0;

    bool succeeded() const { return status == Status::Exited && exitCode == 0; }
};

} // namespace iha

Q_DECLARE_METATYPE(iha::OutputChannel)
Q_DECLARE_METATYPE(iha::CommandResult)
