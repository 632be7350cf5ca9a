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

QString key(const Cluster &cluster, const QString &name)
{
    return cluster.name + QLatin1Char('/') + name;
}

} // namespace iha::SecretNames
