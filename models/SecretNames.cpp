#include "models/SecretNames.h"

#include <QCoreApplication>

namespace iha::SecretNames {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretNames)
};

const QStringList kPerNodePrefixes = {QStringLiteral("sudo-password:"),
                                      QStringLiteral("ssh-password:"),
                                      QStringLiteral("key-passphrase:")};

} // namespace

QString sudoPassword(const QString &node)
{
    return QStringLiteral("sudo-password:") + node;
}

QString sshPassword(const QString &node)
{
    return QStringLiteral("ssh-password:") + node;
}

QString keyPassphrase(const QString &node)
{
    return QStringLiteral("key-passphrase:") + node;
}

QStringList allFor(const Cluster &cluster)
{
    QStringList names{kReplicationPassword, kDatabasePassword, kApiToken};
    for (const Node &node : cluster.nodes) {
        for (const QString &prefix : kPerNodePrefixes)
            names << prefix + node.name;
    }
    return names;
}

QString check(const Cluster &cluster, const QString &name)
{
    if (allFor(cluster).contains(name))
        return {};
    for (const QString &prefix : kPerNodePrefixes) {
        if (name.startsWith(prefix))
            return Tr::tr("\"%1\" names no node of cluster %2")
                .arg(name.mid(prefix.size()), cluster.name);
    }
    return Tr::tr("\"%1\" is not a secret name; one of replication-password, database-password, "
                  "api-token, "
                  "sudo-password:NODE, ssh-password:NODE, key-passphrase:NODE")
        .arg(name);
}

QString purpose(const QString &name)
{
    if (name == kReplicationPassword)
        return Tr::tr("Password of the PostgreSQL replication user");
    if (name == kDatabasePassword)
        return Tr::tr("Password of the Inmanta server's database user");
    if (name == kApiToken)
        return Tr::tr("Token for the Inmanta server's API");
    const QString node = name.section(QLatin1Char(':'), 1);
    if (name.startsWith(QLatin1String("sudo-password:")))
        return Tr::tr("sudo password of the SSH user on %1").arg(node);
    if (name.startsWith(QLatin1String("ssh-password:")))
        return Tr::tr("SSH password on %1").arg(node);
    if (name.startsWith(QLatin1String("key-passphrase:")))
        return Tr::tr("Passphrase of the SSH key for %1").arg(node);
    return {};
}

QString key(const Cluster &cluster, const QString &name)
{
    return cluster.name + QLatin1Char('/') + name;
}

} // namespace iha::SecretNames
