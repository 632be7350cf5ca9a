#include "models/ClusterFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace iha::ClusterFile {
namespace {

// Gives lupdate and the runtime the same translation context.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterFile)
};

QJsonObject sshToJson(const SshSettings &ssh)
{
    QJsonObject o = ssh.unknownKeys;
    if (!ssh.user.isEmpty())
        o.insert(QStringLiteral("user"), ssh.user);
    // Left out when the file did not give it (and it is the default): ~/.ssh/config's Port
    // keeps applying after a save.
    if (ssh.portGiven || ssh.port != 22)
        o.insert(QStringLiteral("port"), ssh.port);
    if (!ssh.identityFile.isEmpty())
        o.insert(QStringLiteral("identityFile"), ssh.identityFile);
    if (!ssh.hostKey.isEmpty())
        o.insert(QStringLiteral("hostKey"), ssh.hostKey);
    return o;
}

QJsonObject postgresToJson(const PostgresSettings &pg)
{
    QJsonObject o = pg.unknownKeys;
    o.insert(QStringLiteral("port"), pg.port);
    o.insert(QStringLiteral("dataDir"), pg.dataDir);
    o.insert(QStringLiteral("configDir"), pg.effectiveConfigDir());
    o.insert(QStringLiteral("service"), pg.service);
    o.insert(QStringLiteral("binDir"), pg.binDir);
    if (!pg.caFile.isEmpty())
        o.insert(QStringLiteral("caFile"), pg.caFile);
    return o;
}

QJsonObject inmantaToJson(const InmantaSettings &inmanta)
{
    QJsonObject o = inmanta.unknownKeys;
    o.insert(QStringLiteral("service"), inmanta.service);
    o.insert(QStringLiteral("configFile"), inmanta.configFile);
    if (!inmanta.apiUrl.isEmpty())
        o.insert(QStringLiteral("apiUrl"), inmanta.apiUrl);
    o.insert(QStringLiteral("database"), inmanta.database);
    o.insert(QStringLiteral("databaseUser"), inmanta.databaseUser);
    return o;
}

QJsonObject nodeToJson(const Node &node)
{
    QJsonObject o = node.unknownKeys;
    o.insert(QStringLiteral("name"), node.name);
    o.insert(QStringLiteral("role"), roleName(node.role));
    o.insert(QStringLiteral("address"), node.address);
    o.insert(QStringLiteral("ssh"), sshToJson(node.ssh));
    if (node.postgres)
        o.insert(QStringLiteral("postgres"), postgresToJson(*node.postgres));
    if (node.inmanta)
        o.insert(QStringLiteral("inmanta"), inmantaToJson(*node.inmanta));
    return o;
}

} // namespace

ClusterReadResult load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ClusterReadResult result;
        result.diagnostics.append({Diagnostic::Severity::Error, QString(),
                                   Tr::tr("cannot read %1: %2").arg(path, file.errorString())});
        return result;
    }
    return readCluster(file.readAll());
}

QByteArray toJson(const Cluster &cluster)
{
    QJsonObject root = cluster.unknownKeys;
    root.insert(QStringLiteral("name"), cluster.name);
    if (cluster.practice)
        root.insert(QStringLiteral("practice"), true);
    if (!cluster.proxy.isEmpty())
        root.insert(QStringLiteral("proxy"), cluster.proxy);
    QJsonObject replication = cluster.replication.unknownKeys;
    replication.insert(QStringLiteral("user"), cluster.replication.user);
    replication.insert(QStringLiteral("slot"), cluster.replication.slot);
    replication.insert(QStringLiteral("applicationName"), cluster.replication.applicationName);
    replication.insert(QStringLiteral("authMethod"), cluster.replication.authMethod);
    root.insert(QStringLiteral("replication"), replication);
    // Only where thresholds were set: a file without them stays as it was written.
    if (!cluster.monitoring.isEmpty()) {
        QJsonObject monitoring = cluster.monitoring.unknownKeys;
        const auto put = [&monitoring](const char *key, const std::optional<qint64> &value) {
            if (value)
                monitoring.insert(QLatin1String(key), double(*value));
        };
        put("warnLagBytes", cluster.monitoring.warnLagBytes);
        put("critLagBytes", cluster.monitoring.critLagBytes);
        put("warnRetainedWalBytes", cluster.monitoring.warnRetainedWalBytes);
        put("critRetainedWalBytes", cluster.monitoring.critRetainedWalBytes);
        root.insert(QStringLiteral("monitoring"), monitoring);
    }
    QJsonArray nodes;
    for (const Node &node : cluster.nodes)
        nodes.append(nodeToJson(node));
    root.insert(QStringLiteral("nodes"), nodes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString save(const Cluster &cluster, const QString &path)
{
    // The file being replaced is kept next to it first, as every config file we change is.
    if (QFile::exists(path)) {
        const QString backup = path + QStringLiteral(".bak");
        QFile::remove(backup);
        if (!QFile::copy(path, backup))
            return Tr::tr("cannot back up %1 to %2; nothing was changed").arg(path, backup);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    const QByteArray json = toJson(cluster);
    if (file.write(json) != json.size() || !file.commit())
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace iha::ClusterFile
