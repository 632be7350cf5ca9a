#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace iha {

// What OpenSSH's client configuration (~/.ssh/config) says of one host, for the options this
// tool honours. As in OpenSSH the first value found for an option wins; the cluster file's own
// values win over all of them (applied by the caller).
struct SshHostConfig
{
    struct Value
    {
        QString value;
        int line = 0; // where it was said, for --show-ssh-config and errors
    };
    std::optional<Value> hostName;
    std::optional<Value> user;
    std::optional<Value> port;
    std::optional<Value> identityFile; // the first one: this tool tries one key file
    std::optional<Value> identitiesOnly;
    std::optional<Value> proxyJump;
    std::optional<Value> userKnownHostsFile;
    std::optional<Value> connectTimeout;
    std::optional<Value> serverAliveInterval;
    // What applies to this host and this tool cannot do, each naming its file and line
    // ("~/.ssh/config:12: ProxyCommand is not supported ..."): the host is not connected to.
    QStringList unsupported;
};

// One client configuration file, read once. Understood: Host blocks (patterns with * and ?,
// negation with !, several per line), "Match all", "Keyword value" and "Keyword=value" in any
// case, quoted values, comments. Match with other criteria (exec, user, ...) cannot be judged
// here: it is reported, naming its line, for every host.
class SshConfig
{
public:
    // `fileName` names the file in messages ("~/.ssh/config").
    static SshConfig parse(const QByteArray &text, const QString &fileName);

    // The options for `host` (the name or address the tool connects to). %h, %d, %u, %r, %% and
    // a leading ~ are expanded in HostName and IdentityFile as OpenSSH does.
    SshHostConfig lookup(const QString &host, const QString &remoteUser = QString()) const;

    static bool hostMatches(const QStringList &patterns, const QString &host);

private:
    struct Line
    {
        int number = 0;
        QString keyword; // lower case
        QStringList arguments;
    };
    QString m_fileName;
    QList<Line> m_lines;
};

} // namespace iha
