#include "models/ClusterValidator.h"

#include "models/KnownHosts.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace iha {
namespace {

// Gives lupdate and the runtime the same translation context.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterValidator)
};

bool matches(const QString &value, const char *pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(QString::fromLatin1(pattern)));
    return re.match(value).hasMatch();
}

bool hasControlCharacters(const QString &value)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

class Collector
{
public:
    explicit Collector(Diagnostics *out)
        : m_out(out)
    {}

    void check(const QString &field, const QString &problem)
    {
        if (!problem.isEmpty())
            m_out->append({Diagnostic::Severity::Error, field, problem});
    }

private:
    Diagnostics *m_out;
};

void validateSsh(const SshSettings &ssh, const QString &path, Collector &c)
{
    if (!ssh.user.isEmpty() && !matches(ssh.user, "[A-Za-z_][A-Za-z0-9_.-]{0,31}\\$?"))
        c.check(path + QLatin1String(".user"),
                Tr::tr("\"%1\" is not a valid user name").arg(ssh.user));
    c.check(path + QLatin1String(".port"), checkPort(ssh.port));
    c.check(path + QLatin1String(".identityFile"), checkIdentityFile(ssh.identityFile));
    if (!ssh.hostKey.isEmpty() && !HostKey::isFingerprint(ssh.hostKey))
        c.check(path + QLatin1String(".hostKey"), HostKey::notAFingerprint(ssh.hostKey));
}

void validatePostgres(const PostgresSettings &pg, const QString &path, Collector &c)
{
    c.check(path + QLatin1String(".port"), checkPort(pg.port));
    c.check(path + QLatin1String(".dataDir"), checkRemotePath(pg.dataDir, false));
    c.check(path + QLatin1String(".configDir"), checkRemotePath(pg.configDir, true));
    c.check(path + QLatin1String(".binDir"), checkRemotePath(pg.binDir, true));
    c.check(path + QLatin1String(".service"), checkServiceName(pg.service));
    c.check(path + QLatin1String(".caFile"), checkCaFile(pg.caFile));
}

void validateInmanta(const InmantaSettings &inmanta, const QString &path, Collector &c)
{
    c.check(path + QLatin1String(".service"), checkServiceName(inmanta.service));
    c.check(path + QLatin1String(".configFile"), checkRemotePath(inmanta.configFile, false));
    if (!inmanta.apiUrl.isEmpty()) {
        const QUrl url(inmanta.apiUrl, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            c.check(
                path + QLatin1String(".apiUrl"),
                Tr::tr("\"%1\" is not an http:// or https:// URL with a host").arg(inmanta.apiUrl));
    }
    const char *identifier = "[A-Za-z_][A-Za-z0-9_$]{0,62}";
    if (!matches(inmanta.database, identifier))
        c.check(
            path + QLatin1String(".database"),
            Tr::tr(
                "\"%1\" is not a PostgreSQL database name (letters, digits, _ and $, at most 63)")
                .arg(inmanta.database));
    if (!matches(inmanta.databaseUser, identifier))
        c.check(
            path + QLatin1String(".databaseUser"),
            Tr::tr("\"%1\" is not a PostgreSQL role name (letters, digits, _ and $, at most 63)")
                .arg(inmanta.databaseUser));
}

void validateProxy(const Cluster &cluster, Collector &c)
{
    if (cluster.proxy.isEmpty())
        return;
    const QString field = QStringLiteral("proxy");
    const QUrl url(cluster.proxy, QUrl::StrictMode);
    // The value is never repeated: what follows the scheme may hold a password, which QUrl
    // does not always find.
    if (!url.userInfo().isEmpty() || cluster.proxy.contains(QLatin1Char('@'))) {
        c.check(field, Tr::tr("a user or password in the proxy's URL is not supported (SOCKS5 "
                              "without authentication only, and no password in this file)"));
        return;
    }
    if (!url.isValid() || url.scheme() != QLatin1String("socks5") || url.host().isEmpty() ||
        url.port() <= 0 || !(url.path().isEmpty() || url.path() == QLatin1String("/"))) {
        c.check(field, Tr::tr("expected socks5://HOST:PORT, a SOCKS5 proxy without "
                              "authentication"));
        return;
    }
    // The practice cluster's gateway is on this machine; a file edited to send its traffic
    // elsewhere is refused.
    const QString host = url.host();
    const bool loopback = host == QLatin1String("localhost") || host == QLatin1String("::1") ||
                          matches(host, "127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");
    if (cluster.practice && !loopback)
        c.check(field, Tr::tr("the practice cluster's proxy must be on this machine "
                              "(127.0.0.1), not %1")
                           .arg(host));
}

// A warning comes before the critical state: each pair in order where both are set.
void validateMonitoring(const MonitoringSettings &m, Collector &c)
{
    const auto pair = [&c](const std::optional<qint64> &warn, const std::optional<qint64> &crit,
                           const char *warnKey, const char *critKey) {
        if (warn && crit && *warn > *crit)
            c.check(QStringLiteral("monitoring.") + QLatin1String(warnKey),
                    Tr::tr("%1 is more than %2 (%3): a warning comes before the critical state")
                        .arg(*warn)
                        .arg(QLatin1String(critKey))
                        .arg(*crit));
    };
    pair(m.warnLagBytes, m.critLagBytes, "warnLagBytes", "critLagBytes");
    pair(m.warnRetainedWalBytes, m.critRetainedWalBytes, "warnRetainedWalBytes",
         "critRetainedWalBytes");
}

void validateReplication(const ReplicationSettings &r, Collector &c)
{
    if (!matches(r.user, "[A-Za-z_][A-Za-z0-9_]{0,62}"))
        c.check(QStringLiteral("replication.user"),
                Tr::tr("\"%1\" is not a PostgreSQL role name (letters, digits and _, at most 63)")
                    .arg(r.user));
    // PostgreSQL itself only accepts these characters in a replication slot name.
    if (!matches(r.slot, "[a-z0-9_]{1,63}"))
        c.check(QStringLiteral("replication.slot"),
                Tr::tr("\"%1\" is not a replication slot name (lower-case letters, digits and _, "
                       "at most 63)")
                    .arg(r.slot));
    // It appears unquoted in synchronous_standby_names, whose parser reads a leading digit as
    // a number and FIRST / ANY as its keywords, and in a libpq connection string.
    if (!matches(r.applicationName, "[A-Za-z_][A-Za-z0-9_]{0,62}") ||
        r.applicationName.compare(QLatin1String("first"), Qt::CaseInsensitive) == 0 ||
        r.applicationName.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
        c.check(QStringLiteral("replication.applicationName"),
                Tr::tr("\"%1\" is not an application name that synchronous_standby_names "
                       "accepts (letters, digits and _, not starting with a digit, not FIRST or "
                       "ANY, at most 63)")
                    .arg(r.applicationName));
    if (r.authMethod != QLatin1String("scram-sha-256") && r.authMethod != QLatin1String("md5"))
        c.check(QStringLiteral("replication.authMethod"),
                Tr::tr("\"%1\" is not supported (scram-sha-256 or md5)").arg(r.authMethod));
}

} // namespace

// Qt Network's QHostAddress would do this, but models link Qt Core only.
bool isIpAddress(const QString &address)
{
    if (address.contains(QLatin1Char(':'))) {
        QUrl url;
        url.setHost(address, QUrl::StrictMode);
        return url.isValid() && !url.host().isEmpty();
    }
    if (!matches(address, "[0-9]{1,3}(\\.[0-9]{1,3}){3}"))
        return false;
    for (const QString &octet : address.split(QLatin1Char('.'))) {
        if (octet.toInt() > 255)
            return false;
    }
    return true;
}

QString checkName(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("is required");
    // Names end up in keychain keys and file names, so they stay plain.
    if (!matches(name, "[A-Za-z0-9][A-Za-z0-9._-]{0,62}"))
        return Tr::tr("\"%1\" is not a valid name (letters, digits, '.', '_' and '-', at most 63)")
            .arg(name);
    return {};
}

QString checkAddress(const QString &address)
{
    if (address.isEmpty())
        return Tr::tr("is required");
    if (isIpAddress(address))
        return {};
    if (address.size() <= 253 &&
        matches(address, "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]"
                         "{0,61}[A-Za-z0-9])?)*") &&
        !matches(address, "[0-9.]+"))
        return {};
    return Tr::tr("\"%1\" is neither an IP address nor a host name").arg(address);
}

QString checkPort(int port)
{
    if (port < 1 || port > 65535)
        return Tr::tr("%1 is not a port (1-65535)").arg(port);
    return {};
}

QString checkRemotePath(const QString &path, bool mayBeEmpty)
{
    if (path.isEmpty())
        return mayBeEmpty ? QString() : Tr::tr("is required");
    if (hasControlCharacters(path))
        return Tr::tr("contains control characters");
    if (!path.startsWith(QLatin1Char('/')))
        return Tr::tr("\"%1\" is a relative path; the host needs an absolute one").arg(path);
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")))
        return Tr::tr("\"%1\" contains \"..\"; write the path without it").arg(path);
    return {};
}

QString checkIdentityFile(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (hasControlCharacters(path))
        return Tr::tr("contains control characters");
    if (!path.startsWith(QLatin1Char('/')) && !path.startsWith(QLatin1String("~/")))
        return Tr::tr("\"%1\" is a relative path; write it absolute or starting with ~/").arg(path);
    return {};
}

QString checkCaFile(const QString &path)
{
    if (const QString problem = checkIdentityFile(path); !problem.isEmpty())
        return problem;
    // It becomes a libpq connection option: no character that would end or quote it there.
    if (path.contains(QRegularExpression(QStringLiteral("[\\s;'\\\\]"))))
        return Tr::tr("\"%1\": spaces, quotes, backslashes and ';' are not supported in this "
                      "path")
            .arg(path);
    return {};
}

QString checkServiceName(const QString &service)
{
    if (!matches(service, "[A-Za-z0-9][A-Za-z0-9@._:-]{0,127}"))
        return Tr::tr("\"%1\" is not a service unit name").arg(service);
    return {};
}

Diagnostics validateCluster(const Cluster &cluster, const QList<int> &fileIndices)
{
    Diagnostics out;
    Collector c(&out);
    c.check(QStringLiteral("name"), checkName(cluster.name));
    // A real cluster must never pass for the practice one, nor the other way round.
    if (cluster.practice != (cluster.name == kPracticeClusterName))
        c.check(QStringLiteral("name"),
                cluster.practice
                    ? Tr::tr("a practice cluster is named \"%1\"").arg(kPracticeClusterName)
                    : Tr::tr("\"%1\" is the practice cluster's name; give this cluster another")
                          .arg(kPracticeClusterName));
    validateProxy(cluster, c);
    validateReplication(cluster.replication, c);
    validateMonitoring(cluster.monitoring, c);

    QHash<QString, QString> nodeByName;       // name -> path of the first node with it
    QHash<QString, QString> databaseEndpoint; // "address:port" -> path of the first db node
    QHash<NodeRole, QString> uniqueRoleHolder;
    for (int i = 0; i < cluster.nodes.size(); ++i) {
        const Node &node = cluster.nodes.at(i);
        const QString path =
            QStringLiteral("nodes[%1]").arg(i < fileIndices.size() ? fileIndices.at(i) : i);
        c.check(path + QLatin1String(".name"), checkName(node.name));
        // A practice file edited to name real hosts would show them as PRACTICE.
        if (cluster.practice) {
            const auto outside = [](const QString &host) {
                return !matches(host, "198\\.19\\.7\\.[0-9]{1,3}");
            };
            const QString problem = Tr::tr("\"%1\" is outside the practice cluster's network (%2)");
            if (outside(node.address))
                c.check(path + QLatin1String(".address"),
                        problem.arg(node.address, kPracticeSubnet));
            if (node.inmanta && outside(QUrl(node.effectiveApiUrl()).host()))
                c.check(path + QLatin1String(".inmanta.apiUrl"),
                        problem.arg(node.effectiveApiUrl(), kPracticeSubnet));
        }
        if (!node.name.isEmpty()) {
            if (nodeByName.contains(node.name))
                c.check(path + QLatin1String(".name"),
                        Tr::tr("\"%1\" is already the name of %2")
                            .arg(node.name, nodeByName.value(node.name)));
            else
                nodeByName.insert(node.name, path);
        }
        c.check(path + QLatin1String(".address"), checkAddress(node.address));

        if (node.role == NodeRole::Primary || node.role == NodeRole::Orchestrator) {
            if (uniqueRoleHolder.contains(node.role))
                c.check(path + QLatin1String(".role"),
                        Tr::tr("a second %1; %2 is one already, and a cluster has at most one")
                            .arg(roleName(node.role), uniqueRoleHolder.value(node.role)));
            else
                uniqueRoleHolder.insert(node.role, path);
        }

        validateSsh(node.ssh, path + QLatin1String(".ssh"), c);
        if (node.postgres) {
            validatePostgres(*node.postgres, path + QLatin1String(".postgres"), c);
            // The monitor's direct database logins go through no proxy.
            if (!cluster.proxy.isEmpty() && !node.postgres->caFile.isEmpty())
                c.check(path + QLatin1String(".postgres.caFile"),
                        Tr::tr("direct database logins cannot go through the cluster's proxy; "
                               "remove caFile (PostgreSQL is then read over SSH) or the proxy"));
            if (isDatabaseRole(node.role) && !node.address.isEmpty()) {
                const QString endpoint =
                    node.address + QLatin1Char(':') + QString::number(node.postgres->port);
                if (databaseEndpoint.contains(endpoint))
                    c.check(path + QLatin1String(".address"),
                            Tr::tr("%1 is also the database of %2; primary and standby must be "
                                   "different servers")
                                .arg(endpoint, databaseEndpoint.value(endpoint)));
                else
                    databaseEndpoint.insert(endpoint, path);
            }
        }
        if (node.inmanta)
            validateInmanta(*node.inmanta, path + QLatin1String(".inmanta"), c);
    }
    return out;
}

Diagnostics plainHttpApiWarnings(const Cluster &cluster)
{
    Diagnostics warnings;
    for (qsizetype i = 0; i < cluster.nodes.size(); ++i) {
        const Node &node = cluster.nodes.at(i);
        if (node.role != NodeRole::Orchestrator && !node.inmanta)
            continue;
        const QUrl api(node.effectiveApiUrl());
        if (api.scheme() == QLatin1String("http"))
            warnings.append({Diagnostic::Severity::Warning,
                             QStringLiteral("nodes[%1].inmanta.apiUrl").arg(i),
                             Tr::tr("%1: the API token goes to %2 unencrypted, readable on the "
                                    "way; give the node an https:// apiUrl")
                                 .arg(node.name, api.toString())});
    }
    return warnings;
}

} // namespace iha
