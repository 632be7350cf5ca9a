#include "models/SshConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SshConfig)
};

// "Keyword value...", "Keyword=value" or "Keyword = value"; double quotes group words.
QStringList tokens(const QString &line)
{
    QStringList out;
    QString current;
    bool quoted = false;
    bool any = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            any = true;
        } else if (!quoted && (c.isSpace() || (c == QLatin1Char('=') && out.isEmpty()))) {
            if (any)
                out << current;
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any)
        out << current;
    return out;
}

// OpenSSH's patterns: * and ? only, case-insensitive, the whole name.
bool globMatches(const QString &pattern, const QString &host)
{
    QString re;
    for (const QChar c : pattern)
        re += c == QLatin1Char('*')   ? QStringLiteral(".*")
              : c == QLatin1Char('?') ? QStringLiteral(".")
                                      : QRegularExpression::escape(QString(c));
    return QRegularExpression(QRegularExpression::anchoredPattern(re),
                              QRegularExpression::CaseInsensitiveOption)
        .match(host)
        .hasMatch();
}

QString expand(QString value, const QString &host, const QString &remoteUser)
{
    const QString home = QDir::homePath();
    if (value.startsWith(QLatin1String("~/")))
        value = home + value.mid(1);
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != QLatin1Char('%') || i + 1 == value.size()) {
            out += value.at(i);
            continue;
        }
        const QChar token = value.at(++i);
        if (token == QLatin1Char('h'))
            out += host;
        else if (token == QLatin1Char('d'))
            out += home;
        else if (token == QLatin1Char('u'))
            out += qEnvironmentVariable("USER");
        else if (token == QLatin1Char('r'))
            out += remoteUser;
        else if (token == QLatin1Char('%'))
            out += QLatin1Char('%');
        else
            out += QLatin1Char('%') + token;
    }
    return out;
}

} // namespace

SshConfig SshConfig::parse(const QByteArray &text, const QString &fileName)
{
    SshConfig config;
    config.m_fileName = fileName;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        QStringList words = tokens(trimmed);
        if (words.isEmpty())
            continue;
        Line line;
        line.number = i + 1;
        line.keyword = words.takeFirst().toLower();
        line.arguments = words;
        config.m_lines << line;
    }
    return config;
}

bool SshConfig::hostMatches(const QStringList &patterns, const QString &host)
{
    bool matched = false;
    for (const QString &pattern : patterns) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            if (globMatches(pattern.mid(1), host))
                return false; // a negated pattern that matches rules the block out
        } else if (globMatches(pattern, host)) {
            matched = true;
        }
    }
    return matched;
}

SshHostConfig SshConfig::lookup(const QString &host, const QString &remoteUser) const
{
    SshHostConfig result;
    bool applies = true; // before the first Host or Match: every host
    const auto where = [this](const Line &line) {
        return QStringLiteral("%1:%2").arg(m_fileName).arg(line.number);
    };
    for (const Line &line : m_lines) {
        if (line.keyword == QLatin1String("host")) {
            applies = hostMatches(line.arguments, host);
            continue;
        }
        if (line.keyword == QLatin1String("match")) {
            if (line.arguments.size() == 1 && line.arguments.constFirst().compare(
                                                  QLatin1String("all"), Qt::CaseInsensitive) == 0) {
                applies = true;
            } else {
                // Whether it applies cannot be told here (exec runs a command, user and the
                // others need OpenSSH's own state): nothing under it is guessed at.
                result.unsupported << Tr::tr("%1: \"Match %2\" is not supported (only Host blocks "
                                             "and Match all are); this tool cannot tell whether "
                                             "it applies")
                                          .arg(where(line), line.arguments.join(QLatin1Char(' ')));
                applies = false;
            }
            continue;
        }
        if (!applies || line.arguments.isEmpty())
            continue;
        const SshHostConfig::Value value{line.arguments.join(QLatin1Char(' ')), line.number};
        const auto first = [&value](std::optional<SshHostConfig::Value> &field) {
            if (!field)
                field = value;
        };
        const QString &k = line.keyword;
        if (k == QLatin1String("hostname"))
            first(result.hostName);
        else if (k == QLatin1String("user"))
            first(result.user);
        else if (k == QLatin1String("port"))
            first(result.port);
        else if (k == QLatin1String("identityfile"))
            first(result.identityFile);
        else if (k == QLatin1String("identitiesonly"))
            first(result.identitiesOnly);
        else if (k == QLatin1String("proxyjump"))
            first(result.proxyJump);
        else if (k == QLatin1String("userknownhostsfile"))
            first(result.userKnownHostsFile);
        else if (k == QLatin1String("connecttimeout"))
            first(result.connectTimeout);
        else if (k == QLatin1String("serveraliveinterval"))
            first(result.serverAliveInterval);
        else if (k == QLatin1String("proxycommand") &&
                 value.value.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
            result.unsupported << Tr::tr("%1: ProxyCommand is not supported (no program is run "
                                         "to connect); reach the hosts through a SOCKS proxy "
                                         "(ssh -D) named in the cluster file's \"proxy\"")
                                      .arg(where(line));
    }
    if (result.hostName)
        result.hostName->value = expand(result.hostName->value, host, remoteUser);
    if (result.identityFile)
        result.identityFile->value = expand(result.identityFile->value, host, remoteUser);
    if (result.userKnownHostsFile)
        result.userKnownHostsFile->value = expand(
            result.userKnownHostsFile->value.section(QLatin1Char(' '), 0, 0), host, remoteUser);
    return result;
}

} // namespace iha
