#include "app/SshTargets.h"

#include "models/KnownHosts.h"
#include "models/SecretNames.h"
#include "models/SshConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace iha {

QString expandHome(const QString &path)
{
    return path.startsWith(QLatin1String("~/")) ? QDir::homePath() + path.mid(1) : path;
}

SshTarget sshTargetFor(const Node &node)
{
    SshTarget target;
    target.nodeName = node.name;
    target.address = node.address;
    target.port = node.ssh.port;
    target.user = node.ssh.effectiveUser();
    target.identityFile = expandHome(node.ssh.identityFile);
    target.pinnedHostKey = node.ssh.hostKey;
    return target;
}

// The user's configuration, then the system's (which gives what the user's leaves out), as
// OpenSSH reads them. A user file others may write is refused as OpenSSH refuses it: its
// HostName and UserKnownHostsFile would decide where passwords go.
SshConfig userSshConfig(QStringList *problems)
{
    const QString ssh = QDir::homePath() + QStringLiteral("/.ssh");
    const QFileInfo user(ssh + QStringLiteral("/config"));
    if (user.exists() && (user.ownerId() != getuid() ||
                          (user.permissions() & (QFile::WriteGroup | QFile::WriteOther))))
        *problems << QStringLiteral("~/.ssh/config: bad owner or permissions (it must be yours "
                                    "and writable by you only), as OpenSSH refuses it too");
    SshConfig config = SshConfig::load(user.filePath(), QStringLiteral("~/.ssh/config"), ssh);
    config.append(SshConfig::load(QStringLiteral("/etc/ssh/ssh_config"),
                                  QStringLiteral("/etc/ssh/ssh_config"),
                                  QStringLiteral("/etc/ssh")));
    return config;
}

namespace {

QString localUserName()
{
    const passwd *me = getpwuid(getuid());
    return me ? QString::fromLocal8Bit(me->pw_name) : qEnvironmentVariable("USER");
}

// A node's and a bastion's settings read alike, as OpenSSH reads them for either.
bool isYes(const std::optional<SshHostConfig::Value> &flag)
{
    const QString v = flag ? flag->value.toLower() : QString();
    return v == QLatin1String("yes") || v == QLatin1String("true");
}

// "none": no user file, as in OpenSSH; a path must be absolute once expanded. Empty when
// refused (the problem, naming the line, is added).
QString knownHostsFileOf(const SshHostConfig::Value &file, QStringList *problems)
{
    if (file.value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("/dev/null");
    if (QDir::isAbsolutePath(file.value))
        return file.value;
    *problems << QStringLiteral("%1: UserKnownHostsFile %2 is not an absolute path")
                     .arg(file.where, file.value);
    return {};
}

// ProxyJump's bastions, each with what the configuration says of it (HostName, User, Port,
// IdentityFile, IdentitiesOnly, UserKnownHostsFile), as OpenSSH looks a jump host up.
QStringList applyProxyJump(SshTarget &target, const SshConfig &config,
                           const SshHostConfig::Value &proxyJump)
{
    QString error;
    const std::optional<QList<SshJumpSpec>> hops = parseProxyJump(proxyJump.value, &error);
    if (!hops) {
        target.configProblems << QStringLiteral("%1: %2").arg(proxyJump.where, error);
        return {};
    }
    QStringList said;
    for (const SshJumpSpec &hop : *hops) {
        const SshHostConfig c = config.lookup(hop.host, hop.user);
        SshJump jump;
        jump.address = c.hostName ? c.hostName->value : hop.host;
        jump.user = !hop.user.isEmpty() ? hop.user : c.user ? c.user->value : localUserName();
        jump.port = hop.port > 0 ? hop.port : c.port ? c.port->value.toInt() : 22;
        for (const SshHostConfig::Value &file : c.identityFiles) {
            if (QFileInfo::exists(file.value)) {
                jump.identityFile = file.value;
                break;
            }
        }
        jump.identitiesOnly = isYes(c.identitiesOnly);
        if (c.userKnownHostsFile)
            jump.userKnownHostsFile =
                knownHostsFileOf(*c.userKnownHostsFile, &target.configProblems);
        if (jump.port < 1 || jump.port > 65535)
            target.configProblems << QStringLiteral("%1: Port %2 of bastion %3 is not a port")
                                         .arg(c.port->where, c.port->value, hop.host);
        // OpenSSH would chain a bastion's own way in; here every hop is listed in the node's.
        if (c.proxyJump || c.proxyCommand)
            target.configProblems
                << QStringLiteral("%1: bastion %2 has a ProxyJump or ProxyCommand of its own, "
                                  "which is not followed; list every hop in one ProxyJump")
                       .arg((c.proxyJump ? c.proxyJump : c.proxyCommand)->where, hop.host);
        target.configProblems << c.unsupported;
        target.jumps << jump;
        said << QStringLiteral("proxyjump %1@%2:%3 (%4; identityfile %5)")
                    .arg(jump.user, jump.address)
                    .arg(jump.port)
                    .arg(proxyJump.where, jump.identityFile.isEmpty()
                                              ? QStringLiteral("none: the agent's keys")
                                              : jump.identityFile);
    }
    return said;
}

} // namespace

QStringList applySshConfig(SshTarget &target, const Cluster &cluster, const Node &node,
                           const SshConfig &config, const QStringList &fileProblems)
{
    QStringList said;
    const QString fromFile = QStringLiteral("cluster file");
    // As OpenSSH: the name given (the node's address) picks the blocks; the cluster file's
    // own values win over what they say.
    const SshHostConfig c = config.lookup(node.address, node.ssh.user);
    target.configProblems = fileProblems + c.unsupported;
    if (c.hostName)
        target.address = c.hostName->value;
    said << QStringLiteral("hostname %1 (%2)")
                .arg(target.address, c.hostName ? c.hostName->where : fromFile);
    if (node.ssh.user.isEmpty() && c.user)
        target.user = c.user->value;
    said << QStringLiteral("user %1 (%2)")
                .arg(target.user, !node.ssh.user.isEmpty() ? fromFile
                                  : c.user                 ? c.user->where
                                                           : QStringLiteral("local user"));
    if (!node.ssh.portGiven && c.port) {
        bool ok = false;
        const int port = c.port->value.toInt(&ok);
        if (ok && port > 0 && port < 65536)
            target.port = port;
        else
            target.configProblems
                << QStringLiteral("%1: Port %2 is not a port").arg(c.port->where, c.port->value);
    }
    said << QStringLiteral("port %1 (%2)")
                .arg(target.port)
                .arg(node.ssh.portGiven ? fromFile
                     : c.port           ? c.port->where
                                        : QStringLiteral("default"));
    // The first IdentityFile that exists, as OpenSSH tries them in order.
    if (node.ssh.identityFile.isEmpty() && !c.identityFiles.isEmpty()) {
        const SshHostConfig::Value *chosen = &c.identityFiles.constFirst();
        for (const SshHostConfig::Value &file : c.identityFiles) {
            if (QFileInfo::exists(file.value)) {
                chosen = &file;
                break;
            }
        }
        target.identityFile = chosen->value;
        said << QStringLiteral("identityfile %1 (%2)").arg(chosen->value, chosen->where);
    } else {
        said << QStringLiteral("identityfile %1 (%2)")
                    .arg(target.identityFile.isEmpty() ? QStringLiteral("none: the agent's keys")
                                                       : target.identityFile,
                         target.identityFile.isEmpty() ? QStringLiteral("default") : fromFile);
    }
    if (c.identitiesOnly) {
        target.identitiesOnly = isYes(c.identitiesOnly);
        said << QStringLiteral("identitiesonly %1 (%2; the key file is tried before the agent's "
                               "keys)")
                    .arg(c.identitiesOnly->value, c.identitiesOnly->where);
    }
    if (c.userKnownHostsFile) {
        target.userKnownHostsFile = knownHostsFileOf(*c.userKnownHostsFile, &target.configProblems);
        said << QStringLiteral("userknownhostsfile %1 (%2; read, never written)")
                    .arg(c.userKnownHostsFile->value, c.userKnownHostsFile->where);
    }
    // They may lengthen the tool's own bounds (a slow link), never shorten them: a monitor
    // that gave up on a loaded host within 1 s would call it dead.
    const auto seconds = [&](const std::optional<SshHostConfig::Value> &v, const char *name,
                             int *field) {
        if (!v)
            return;
        bool ok = false;
        const int value = v->value.toInt(&ok);
        if (!ok || value < 0)
            target.configProblems << QStringLiteral("%1: %2 %3 is not a number of seconds")
                                         .arg(v->where, QLatin1String(name), v->value);
        else
            *field = std::min(value, 60);
        said << QStringLiteral("%1 %2 (%3; only where longer than this tool's own, at most 60)")
                    .arg(QString::fromLatin1(name).toLower(), v->value, v->where);
    };
    seconds(c.connectTimeout, "ConnectTimeout", &target.connectTimeoutSeconds);
    seconds(c.serverAliveInterval, "ServerAliveInterval", &target.keepaliveSeconds);
    // The cluster file's proxy wins over the configuration's ways in.
    const std::optional<SshHostConfig::Value> &way = c.proxyJump ? c.proxyJump : c.proxyCommand;
    const QString wayName =
        c.proxyJump ? QStringLiteral("ProxyJump") : QStringLiteral("ProxyCommand");
    if (way && !cluster.proxy.isEmpty())
        said << QStringLiteral("%1 %2 (%3): not used, the cluster file's proxy is")
                    .arg(wayName.toLower(), way->value, way->where);
    else if (c.proxyJump)
        said << applyProxyJump(target, config, *c.proxyJump);
    else if (c.proxyCommand)
        target.configProblems
            << QStringLiteral("%1: ProxyCommand is not supported (no program is run to "
                              "connect); reach the hosts through a SOCKS proxy (ssh -D) named "
                              "in the cluster file's \"proxy\"")
                   .arg(c.proxyCommand->where);
    if (!cluster.proxy.isEmpty())
        said << QStringLiteral("proxy %1 (cluster file)").arg(cluster.proxy);
    for (const QString &problem : std::as_const(target.configProblems))
        said << QStringLiteral("NOT SUPPORTED: %1").arg(problem);
    return said;
}

QHash<QString, QStringList> describeSshSettings(const Cluster &cluster)
{
    QStringList problems;
    const SshConfig config = userSshConfig(&problems);
    QHash<QString, QStringList> said;
    for (const Node &node : cluster.nodes) {
        SshTarget target = sshTargetFor(node);
        said.insert(node.name, applySshConfig(target, cluster, node, config, problems));
    }
    return said;
}

QNetworkProxy clusterNetworkProxy(const Cluster &cluster)
{
    if (cluster.proxy.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl proxy(cluster.proxy);
    return QNetworkProxy(QNetworkProxy::Socks5Proxy, proxy.host(),
                         static_cast<quint16>(proxy.port()));
}

QHash<QString, SshTarget> sshTargetsFor(const Cluster &cluster,
                                        const QHash<QString, QString> &secrets)
{
    // The client configuration once for all the nodes.
    QStringList problems;
    const SshConfig config = userSshConfig(&problems);
    const QNetworkProxy proxy = clusterNetworkProxy(cluster);
    QHash<QString, SshTarget> targets;
    for (const Node &node : cluster.nodes) {
        SshTarget target = sshTargetFor(node);
        applySshConfig(target, cluster, node, config, problems);
        if (proxy.type() == QNetworkProxy::Socks5Proxy) {
            target.proxyHost = proxy.hostName();
            target.proxyPort = proxy.port();
        }
        target.password =
            secrets.value(SecretNames::key(cluster, SecretNames::sshPassword(node.name)));
        target.keyPassphrase =
            secrets.value(SecretNames::key(cluster, SecretNames::keyPassphrase(node.name)));
        target.sudoPassword =
            secrets.value(SecretNames::key(cluster, SecretNames::sudoPassword(node.name)));
        targets.insert(node.name, target);
    }
    return targets;
}

QStringList sshSecretKeys(const Cluster &cluster)
{
    QStringList keys;
    for (const Node &node : cluster.nodes) {
        for (const QString &name :
             {SecretNames::sshPassword(node.name), SecretNames::keyPassphrase(node.name),
              SecretNames::sudoPassword(node.name)})
            keys << SecretNames::key(cluster, name);
    }
    return keys;
}

SshPolicy sshPolicyFor(const QString &knownHostsFile)
{
    SshPolicy policy;
    policy.knownHostsFile =
        knownHostsFile.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  QStringLiteral("/known_hosts")
            : knownHostsFile;
    policy.userKnownHostsFile = QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
    policy.systemKnownHostsFile = QStringLiteral("/etc/ssh/ssh_known_hosts");
    policy.persistentShell = qEnvironmentVariable("IHA_SSH_PERSISTENT_SHELL") != QLatin1String("0");
    // Only the revocations of the OpenSSH configuration are read from it (they can only
    // refuse more): the system's, with the files it includes on Debian, and the user's.
    QStringList configs = {QStringLiteral("/etc/ssh/ssh_config")};
    const QDir included(QStringLiteral("/etc/ssh/ssh_config.d"));
    for (const QString &name :
         included.entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name))
        configs << included.filePath(name);
    configs << QDir::homePath() + QStringLiteral("/.ssh/config");
    for (const QString &config : std::as_const(configs)) {
        QFile file(config);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QString &listed : KnownHosts::revokedHostKeysFiles(file.readAll())) {
            const QString revoked = expandHome(listed);
            if (!policy.revokedHostKeysFiles.contains(revoked))
                policy.revokedHostKeysFiles << revoked;
        }
    }
    return policy;
}

} // namespace iha
