#include "app/SshTargets.h"

#include "models/KnownHosts.h"
#include "models/SecretNames.h"

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

SshTarget sshTargetFor(const Cluster &cluster, const Node &node,
                       const QHash<QString, QString> &secrets)
{
    SshTarget target = sshTargetFor(node);
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
