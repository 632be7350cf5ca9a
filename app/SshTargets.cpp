#include "app/SshTargets.h"

#include "models/KnownHosts.h"
#include "models/SecretNames.h"
#include "models/SshConfig.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUrl>

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

SshConfig userSshConfig()
{
    QFile file(QDir::homePath() + QStringLiteral("/.ssh/config"));
    return SshConfig::parse(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(),
                            QStringLiteral("~/.ssh/config"));
}

QStringList applySshConfig(SshTarget &target, const Cluster &cluster, const Node &node,
                           const SshConfig &config)
{
    QStringList said;
    const auto from = [](const SshHostConfig::Value &v) {
        return QStringLiteral("~/.ssh/config:%1").arg(v.line);
    };
    const auto fromFile = QStringLiteral("cluster file");
    // As OpenSSH: the name given (the node's address) picks the blocks; the cluster file's
    // own values win over what they say.
    const SshHostConfig c = config.lookup(node.address, node.ssh.user);
    target.configProblems = c.unsupported;
    if (c.hostName) {
        target.address = c.hostName->value;
        said << QStringLiteral("hostname %1 (%2)").arg(target.address, from(*c.hostName));
    } else {
        said << QStringLiteral("hostname %1 (%2)").arg(target.address, fromFile);
    }
    if (node.ssh.user.isEmpty() && c.user)
        target.user = c.user->value;
    said << QStringLiteral("user %1 (%2)")
                .arg(target.user, !node.ssh.user.isEmpty() ? fromFile
                                  : c.user                 ? from(*c.user)
                                                           : QStringLiteral("local user"));
    if (!node.ssh.portGiven && c.port) {
        bool ok = false;
        const int port = c.port->value.toInt(&ok);
        if (ok && port > 0 && port < 65536)
            target.port = port;
        else
            target.configProblems
                << QStringLiteral("%1: Port %2 is not a port").arg(from(*c.port), c.port->value);
    }
    said << QStringLiteral("port %1 (%2)")
                .arg(target.port)
                .arg(node.ssh.portGiven ? fromFile
                     : c.port           ? from(*c.port)
                                        : QStringLiteral("default"));
    if (node.ssh.identityFile.isEmpty() && c.identityFile)
        target.identityFile = c.identityFile->value;
    said << QStringLiteral("identityfile %1 (%2)")
                .arg(target.identityFile.isEmpty() ? QStringLiteral("none: the agent's keys")
                                                   : target.identityFile,
                     !node.ssh.identityFile.isEmpty() ? fromFile
                     : c.identityFile                 ? from(*c.identityFile)
                                                      : QStringLiteral("default"));
    if (c.identitiesOnly) {
        target.identitiesOnly =
            c.identitiesOnly->value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
        said << QStringLiteral("identitiesonly %1 (%2)")
                    .arg(c.identitiesOnly->value, from(*c.identitiesOnly));
    }
    if (c.userKnownHostsFile) {
        target.userKnownHostsFile = c.userKnownHostsFile->value;
        said << QStringLiteral("userknownhostsfile %1 (%2)")
                    .arg(target.userKnownHostsFile, from(*c.userKnownHostsFile));
    }
    // The tool's own bounds (a monitor reports a dead host within seconds, keepalives find a
    // lost one) are kept: the configuration may only shorten them.
    const auto seconds = [&](const std::optional<SshHostConfig::Value> &v, const char *name,
                             int *field) {
        if (!v)
            return;
        bool ok = false;
        const int value = v->value.toInt(&ok);
        if (!ok || value < 0)
            target.configProblems << QStringLiteral("%1: %2 %3 is not a number of seconds")
                                         .arg(from(*v), QLatin1String(name), v->value);
        else if (value > 0)
            *field = value;
        said << QStringLiteral("%1 %2 (%3; only where shorter than this tool's own)")
                    .arg(QString::fromLatin1(name).toLower(), v->value, from(*v));
    };
    seconds(c.connectTimeout, "ConnectTimeout", &target.connectTimeoutSeconds);
    seconds(c.serverAliveInterval, "ServerAliveInterval", &target.keepaliveSeconds);
    if (c.proxyJump && c.proxyJump->value.compare(QLatin1String("none"), Qt::CaseInsensitive)) {
        if (!cluster.proxy.isEmpty())
            said << QStringLiteral("proxyjump %1 (%2): not used, the cluster file's proxy is")
                        .arg(c.proxyJump->value, from(*c.proxyJump));
        else
            target.configProblems
                << QStringLiteral("%1: ProxyJump is not supported yet; reach the hosts through "
                                  "`ssh -D PORT %2` and the cluster file's \"proxy\": "
                                  "\"socks5://127.0.0.1:PORT\"")
                       .arg(from(*c.proxyJump), c.proxyJump->value);
    }
    if (!cluster.proxy.isEmpty())
        said << QStringLiteral("proxy %1 (cluster file)").arg(cluster.proxy);
    for (const QString &problem : std::as_const(target.configProblems))
        said << QStringLiteral("NOT SUPPORTED: %1").arg(problem);
    return said;
}

QStringList describeSshSettings(const Cluster &cluster, const Node &node)
{
    SshTarget target = sshTargetFor(node);
    return applySshConfig(target, cluster, node, userSshConfig());
}

SshTarget sshTargetFor(const Cluster &cluster, const Node &node,
                       const QHash<QString, QString> &secrets)
{
    SshTarget target = sshTargetFor(node);
    applySshConfig(target, cluster, node, userSshConfig());
    if (!cluster.proxy.isEmpty()) {
        const QUrl proxy(cluster.proxy);
        target.proxyHost = proxy.host();
        target.proxyPort = proxy.port();
    }
    target.password = secrets.value(SecretNames::key(cluster, SecretNames::sshPassword(node.name)));
    target.keyPassphrase =
        secrets.value(SecretNames::key(cluster, SecretNames::keyPassphrase(node.name)));
    target.sudoPassword =
        secrets.value(SecretNames::key(cluster, SecretNames::sudoPassword(node.name)));
    return target;
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
