#pragma once

#include <QString>

namespace iha {

// Where and as whom to log in, and the secrets that may be needed (held in memory only,
// handed to the host's worker thread, never written anywhere).
struct SshTarget
{
    QString nodeName;
    QString address;
    int port = 22;
    QString user;
    QString identityFile; // absolute, "~/" already expanded; empty: agent and default keys
    QString password;     // for password and keyboard-interactive authentication
    QString keyPassphrase;
    QString sudoPassword;

    // "db1 (198.18.7.11:22)": how messages name the host.
    QString label() const { return QStringLiteral("%1 (%2:%3)").arg(nodeName, address).arg(port); }
};

struct SshPolicy
{
    QString knownHostsFile;     // the product's own; new keys are recorded here
    QString userKnownHostsFile; // ~/.ssh/known_hosts: trusted, never written
    bool acceptNewHostKeys = false;
    int connectTimeoutSeconds = 10;
    // A keepalive every this many seconds while a command runs; the connection counts as
    // lost when the host stays silent for three of them.
    int keepaliveSeconds = 3;
};

} // namespace iha
