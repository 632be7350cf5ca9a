#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace iha {

// What OpenSSH's client configuration says of one host, for the options this tool honours.
// As in OpenSSH the first value found for an option wins; the cluster file's own values win
// over all of them (applied by the caller, app/SshTargets).
struct SshHostConfig
{
    struct Value
    {
        QString value;
        QString where; // "~/.ssh/config:12": for --show-ssh-config and errors
    };
    std::optional<Value> hostName;
    std::optional<Value> user;
    std::optional<Value> port;
    QList<Value> identityFiles; // in order; OpenSSH tries each that exists
    std::optional<Value> identitiesOnly;
    std::optional<Value> userKnownHostsFile; // the first file; "none" as OpenSSH means it
    std::optional<Value> connectTimeout;
    std::optional<Value> serverAliveInterval;
    // The first of ProxyJump and ProxyCommand decides ("none" included), as in OpenSSH; at
    // most one of these is set. ProxyJump is done in process; ProxyCommand is refused.
    std::optional<Value> proxyJump;
    std::optional<Value> proxyCommand;
    // What applies to this host and this tool cannot do, naming file and line ("~/.ssh/config:12:
    // ProxyCommand is not supported ..."): the host is not connected to.
    QStringList unsupported;
};

// One hop of a ProxyJump: "[user@]host[:port]" or "ssh://[user@]host[:port]" (a literal
// IPv6 address in brackets). Empty user and port 0: what the configuration or the defaults say.
struct SshJumpSpec
{
    QString user;
    QString host;
    int port = 0;
};
// The hops of a ProxyJump value, first to last; nullopt and `error` when one cannot be read.
std::optional<QList<SshJumpSpec>> parseProxyJump(const QString &value, QString *error);

// OpenSSH client configuration files, read once: "Keyword value", "Keyword=value" and
// "Keyword = value" in any case, quoted values, comments (a line's, or a word starting with #),
// Host blocks (patterns with * and ?, negation with !, several per line), "Match all", Include
// (globs in the last path component, relative to `includeBase`, 16 levels at most). A Match
// with other criteria cannot be judged here: it is reported, naming its line, for the hosts
// whose options it could change.
class SshConfig
{
public:
    // `shownName` names the file in messages ("~/.ssh/config"); `includeBase` is where a
    // relative Include points (~/.ssh for the user's file, /etc/ssh for the system's).
    static SshConfig parse(const QByteArray &text, const QString &shownName,
                           const QString &includeBase = QString());
    static SshConfig load(const QString &path, const QString &shownName,
                          const QString &includeBase);
    // The system's configuration after the user's: it gives what the user's leaves out.
    void append(const SshConfig &other);

    // The options for `host` (the name or address the tool connects to). %h (the HostName
    // once known), %d, %u, %r, %% and a leading ~ are expanded as OpenSSH does.
    SshHostConfig lookup(const QString &host, const QString &remoteUser = QString()) const;

    static bool hostMatches(const QStringList &patterns, const QString &host);

private:
    struct Line
    {
        QString where;
        QString keyword; // lower case
        QStringList arguments;
    };
    void read(const QByteArray &text, const QString &shownName, const QString &includeBase,
              int depth);
    QList<Line> m_lines;
};

} // namespace iha
