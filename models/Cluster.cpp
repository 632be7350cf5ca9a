#include "models/Cluster.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace iha {

QString Cluster::displayName() const
{
    return practice ? QCoreApplication::translate("Cluster", "%1 (PRACTICE)").arg(name) : name;
}

QString SshSettings::effectiveUser() const
{
    if (!user.isEmpty())
        return user;
    // OpenSSH logs in as the local user when neither the command line nor the
    // configuration names one.
    const auto env = QProcessEnvironment::systemEnvironment();
    const QString local = env.value(QStringLiteral("USER"), env.value(QStringLiteral("LOGNAME")));
    return local.isEmpty() ? QStringLiteral("root") : local;
}

QString Node::effectiveApiUrl() const
{
    const QString configured = inmantaOrDefault().apiUrl;
    if (!configured.isEmpty())
        return configured;
    return inmantaApiUrl(address);
}

QString inmantaApiUrl(const QString &address, const QString &port, bool https)
{
    const QString host = address.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + address + QLatin1Char(']')
                             : address;
    return QStringLiteral("%1://%2:%3")
        .arg(https ? QLatin1String("https") : QLatin1String("http"), host, port);
}

const Node *Cluster::findNode(const QString &nodeName) const
{
    for (const Node &node : nodes) {
        if (node.name == nodeName)
            return &node;
    }
    return nullptr;
}

const Node *Cluster::nodeWithRole(NodeRole role) const
{
    for (const Node &node : nodes) {
        if (node.role == role)
            return &node;
    }
    return nullptr;
}

QList<const Node *> Cluster::nodesWithRole(NodeRole role) const
{
    QList<const Node *> result;
    for (const Node &node : nodes) {
        if (node.role == role)
            result << &node;
    }
    return result;
}

} // namespace iha
