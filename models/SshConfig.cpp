#include "models/SshConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SshConfig)
};

constexpr int kMaxIncludeDepth = 16; // as OpenSSH

// As OpenSSH splits a line: the keyword ends at whitespace or "="; one "=" may follow, with
// whitespace around it; then words, double quotes grouping, an unquoted word starting with #
// ending the line.
QStringList tokens(const QString &line)
{
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = line.size();
    const auto skipSpace = [&] {
        while (i < n && line.at(i).isSpace())
            ++i;
    };
    skipSpace();
    QString keyword;
    while (i < n && !line.at(i).isSpace() && line.at(i) != QLatin1Char('='))
        keyword += line.at(i++);
    if (keyword.isEmpty())
        return out;
    out << keyword;
    skipSpace();
    if (i < n && line.at(i) == QLatin1Char('=')) {
        ++i;
        skipSpace();
    }
    while (i < n) {
        if (line.at(i) == QLatin1Char('#'))
            break;
        QString word;
        bool quoted = false;
        while (i < n && (quoted || !line.at(i).isSpace())) {
            if (line.at(i) == QLatin1Char('"'))
                quoted = !quoted;
            else
                word += line.at(i);
            ++i;
        }
        out << word;
        skipSpace();
    }
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

// The options this tool takes one value of (more is a mistake it will not guess through).
bool singleValued(const QString &keyword)
{
    static const QStringList keywords = {
        QStringLiteral("hostname"),       QStringLiteral("user"),
        QStringLiteral("port"),           QStringLiteral("identitiesonly"),
        QStringLiteral("connecttimeout"), QStringLiteral("serveraliveinterval"),
        QStringLiteral("proxyjump")};
    return keywords.contains(keyword);
}

} // namespace

SshConfig SshConfig::parse(const QByteArray &text, const QString &shownName,
                           const QString &includeBase)
{
    SshConfig config;
    config.read(text, shownName, includeBase, 0);
    return config;
}

SshConfig SshConfig::load(const QString &path, const QString &shownName, const QString &includeBase)
{
    QFile file(path);
    return parse(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(), shownName,
                 includeBase);
}

void SshConfig::append(const SshConfig &other)
{
    m_lines += other.m_lines;
}

void SshConfig::read(const QByteArray &text, const QString &shownName, const QString &includeBase,
                     int depth)
{
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        QStringList words = tokens(trimmed);
        if (words.isEmpty())
            continue;
        Line line;
        line.where = QStringLiteral("%1:%2").arg(shownName).arg(i + 1);
        line.keyword = words.takeFirst().toLower();
        line.arguments = words;
        if (line.keyword != QLatin1String("include")) {
            m_lines << line;
            continue;
        }
        // The included files' lines take the Include's place, as in OpenSSH.
        if (depth >= kMaxIncludeDepth) {
            line.keyword = QStringLiteral("iha-problem");
            line.arguments = {Tr::tr("%1: Include nested more than %2 levels deep")
                                  .arg(line.where)
                                  .arg(kMaxIncludeDepth)};
            m_lines << line;
            continue;
        }
        for (const QString &argument : std::as_const(line.arguments)) {
            QString path = expand(argument, QString(), QString());
            if (QDir::isRelativePath(path))
                path = includeBase + QLatin1Char('/') + path;
            const QFileInfo pattern(path);
            const QDir dir = pattern.dir();
            for (const QString &name :
                 dir.entryList({pattern.fileName()}, QDir::Files, QDir::Name)) {
                QFile included(dir.filePath(name));
                if (included.open(QIODevice::ReadOnly))
                    read(included.readAll(), dir.filePath(name), includeBase, depth + 1);
            }
        }
    }
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

std::optional<QList<SshJumpSpec>> parseProxyJump(const QString &value, QString *error)
{
    QList<SshJumpSpec> hops;
    for (QString hop : value.split(QLatin1Char(','))) {
        hop = hop.trimmed();
        if (hop.startsWith(QLatin1String("ssh://")))
            hop = hop.mid(6);
        SshJumpSpec spec;
        if (const qsizetype at = hop.lastIndexOf(QLatin1Char('@')); at >= 0) {
            spec.user = hop.left(at);
            hop = hop.mid(at + 1);
        }
        QString portText;
        if (hop.startsWith(QLatin1Char('['))) { // [IPv6]:port
            const qsizetype close = hop.indexOf(QLatin1Char(']'));
            if (close < 0) {
                *error = QStringLiteral("ProxyJump %1: unclosed [").arg(value);
                return std::nullopt;
            }
            portText = hop.mid(close + 1);
            hop = hop.mid(1, close - 1);
            if (!portText.isEmpty() && !portText.startsWith(QLatin1Char(':'))) {
                *error = QStringLiteral("ProxyJump %1: cannot read the hop [%2]%3")
                             .arg(value, hop, portText);
                return std::nullopt;
            }
            portText = portText.mid(1);
        } else if (const qsizetype colon = hop.indexOf(QLatin1Char(':')); colon >= 0) {
            portText = hop.mid(colon + 1);
            hop = hop.left(colon);
        }
        spec.host = hop;
        if (!portText.isEmpty()) {
            bool ok = false;
            spec.port = portText.toInt(&ok);
            if (!ok || spec.port < 1 || spec.port > 65535) {
                *error = QStringLiteral("ProxyJump %1: %2 is not a port").arg(value, portText);
                return std::nullopt;
            }
        }
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.:%-]+$"));
        if (spec.host.isEmpty() || !name.match(spec.host).hasMatch() ||
            (!spec.user.isEmpty() && !name.match(spec.user).hasMatch())) {
            *error = QStringLiteral("ProxyJump %1: cannot read the hop %2").arg(value, hop);
            return std::nullopt;
        }
        hops << spec;
    }
    return hops;
}

SshHostConfig SshConfig::lookup(const QString &host, const QString &remoteUser) const
{
    SshHostConfig result;
    bool applies = true;            // before the first Host or Match: every host
    const Line *unjudged = nullptr; // a Match this tool cannot evaluate, whose block this is
    bool unjudgedReported = false;
    bool proxyDecided = false;
    for (const Line &line : m_lines) {
        if (line.keyword == QLatin1String("iha-problem")) {
            result.unsupported << line.arguments.constFirst();
            continue;
        }
        if (line.keyword == QLatin1String("host")) {
            applies = hostMatches(line.arguments, host);
            unjudged = nullptr;
            continue;
        }
        if (line.keyword == QLatin1String("match")) {
            const bool all =
                line.arguments.size() == 1 &&
                line.arguments.constFirst().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
            applies = all;
            unjudged = all ? nullptr : &line;
            unjudgedReported = false;
            continue;
        }
        const QString &k = line.keyword;
        const bool honoured = singleValued(k) || k == QLatin1String("identityfile") ||
                              k == QLatin1String("userknownhostsfile") ||
                              k == QLatin1String("proxycommand");
        if (!applies) {
            // A Match it cannot judge matters only where it could set what is still unset.
            const bool unset =
                (k == QLatin1String("hostname") && !result.hostName) ||
                (k == QLatin1String("user") && !result.user) ||
                (k == QLatin1String("port") && !result.port) ||
                (k == QLatin1String("identityfile") && result.identityFiles.isEmpty()) ||
                (k == QLatin1String("identitiesonly") && !result.identitiesOnly) ||
                (k == QLatin1String("userknownhostsfile") && !result.userKnownHostsFile) ||
                ((k == QLatin1String("proxyjump") || k == QLatin1String("proxycommand")) &&
                 !proxyDecided);
            if (unjudged && honoured && unset && !unjudgedReported) {
                result.unsupported
                    << Tr::tr("%1: \"Match %2\" is not supported (only Host blocks and Match "
                              "all are); this tool cannot tell whether its %3 applies")
                           .arg(unjudged->where, unjudged->arguments.join(QLatin1Char(' ')),
                                line.keyword);
                unjudgedReported = true;
            }
            continue;
        }
        if (line.arguments.isEmpty() || !honoured)
            continue;
        if ((singleValued(k) && line.arguments.size() != 1) || line.arguments.first().isEmpty()) {
            result.unsupported << Tr::tr("%1: %2 takes one value, not \"%3\"")
                                      .arg(line.where, line.keyword,
                                           line.arguments.join(QLatin1Char(' ')));
            continue;
        }
        const SshHostConfig::Value value{line.arguments.constFirst(), line.where};
        const auto first = [&value](std::optional<SshHostConfig::Value> &field) {
            if (!field)
                field = value;
        };
        if (k == QLatin1String("hostname"))
            first(result.hostName);
        else if (k == QLatin1String("user"))
            first(result.user);
        else if (k == QLatin1String("port"))
            first(result.port);
        else if (k == QLatin1String("identityfile"))
            result.identityFiles << value;
        else if (k == QLatin1String("identitiesonly"))
            first(result.identitiesOnly);
        else if (k == QLatin1String("userknownhostsfile"))
            first(result.userKnownHostsFile);
        else if (k == QLatin1String("connecttimeout"))
            first(result.connectTimeout);
        else if (k == QLatin1String("serveraliveinterval"))
            first(result.serverAliveInterval);
        else if (!proxyDecided) { // ProxyJump or ProxyCommand: the first decides
            proxyDecided = true;
            const bool none = value.value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
            if (k == QLatin1String("proxyjump") && !none)
                result.proxyJump = value;
            else if (k == QLatin1String("proxycommand") && !none)
                result.proxyCommand = value;
        }
    }
    const QString connectedTo =
        result.hostName ? expand(result.hostName->value, host, remoteUser) : host;
    if (result.hostName)
        result.hostName->value = connectedTo;
    for (SshHostConfig::Value &file : result.identityFiles)
        file.value = expand(file.value, connectedTo, remoteUser);
    if (result.userKnownHostsFile)
        result.userKnownHostsFile->value =
            expand(result.userKnownHostsFile->value, connectedTo, remoteUser);
    return result;
}

} // namespace iha
