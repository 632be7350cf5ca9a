#include "models/ClusterReader.h"

#include "models/ClusterValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>
#include <limits>

namespace iha {
namespace {

// Gives lupdate and the runtime the same translation context.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterReader)
};

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Tr::tr("null");
    case QJsonValue::Bool:
        return Tr::tr("a boolean");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("a string");
    case QJsonValue::Array:
        return Tr::tr("a list");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing");
}

// Reads the keys of one JSON object, recording a diagnostic per problem under its field path.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, Diagnostics *out)
        : m_object(object)
        , m_path(std::move(path))
        , m_out(out)
    {}

    QString fieldPath(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    void readString(const QString &key, QString *target, bool required = false)
    {
        m_known << key;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                error(key, Tr::tr("is required"));
            return;
        }
        if (!value.isString()) {
            error(key, Tr::tr("expected a string, got %1").arg(jsonTypeName(value)));
            return;
        }
        *target = value.toString();
    }

    void readBool(const QString &key, bool *target)
    {
        m_known << key;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isBool()) {
            error(key, Tr::tr("expected true or false, got %1").arg(jsonTypeName(value)));
            return;
        }
        *target = value.toBool();
    }

    void readInt(const QString &key, int *target)
    {
        m_known << key;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isDouble()) {
            error(key, Tr::tr("expected a number, got %1").arg(jsonTypeName(value)));
            return;
        }
        const double number = value.toDouble();
        if (std::floor(number) != number || number < std::numeric_limits<int>::min() ||
            number > std::numeric_limits<int>::max()) {
            error(key, Tr::tr("%1 is not a whole number").arg(number));
            return;
        }
        *target = static_cast<int>(number);
    }

    // A size in bytes: a whole number, 0 or more, that a double holds exactly.
    void readBytes(const QString &key, std::optional<qint64> *target)
    {
        m_known << key;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isDouble()) {
            error(key, Tr::tr("expected a number of bytes, got %1").arg(jsonTypeName(value)));
            return;
        }
        const double number = value.toDouble();
        if (std::floor(number) != number || number < 0 || number > 9007199254740992.0) {
            error(key,
                  Tr::tr("%1 is not a number of bytes (a whole number, 0 or more)").arg(number));
            return;
        }
        *target = static_cast<qint64>(number);
    }

    // Returns the sub-object, or nullopt (with a diagnostic when present but not an object).
    std::optional<QJsonObject> readObject(const QString &key)
    {
        m_known << key;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isObject()) {
            error(key, Tr::tr("expected an object, got %1").arg(jsonTypeName(value)));
            return std::nullopt;
        }
        return value.toObject();
    }

    void markKnown(const QString &key) { m_known << key; }

    // Keys nobody asked for: a warning each, since a typo must not pass unnoticed.
    QJsonObject unknownKeys() const
    {
        QJsonObject unknown;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (m_known.contains(it.key()))
                continue;
            unknown.insert(it.key(), it.value());
            m_out->append({Diagnostic::Severity::Warning, fieldPath(it.key()),
                           Tr::tr("unknown key, ignored and kept on save (a typo?)")});
        }
        return unknown;
    }

    void error(const QString &key, const QString &message) const
    {
        m_out->append({Diagnostic::Severity::Error, fieldPath(key), message});
    }

private:
    QJsonObject m_object;
    QString m_path;
    Diagnostics *m_out;
    QStringList m_known;
};

SshSettings readSsh(const QJsonObject &object, const QString &path, Diagnostics *out)
{
    SshSettings ssh;
    ObjectReader reader(object, path, out);
    reader.readString(QStringLiteral("user"), &ssh.user);
    reader.readInt(QStringLiteral("port"), &ssh.port);
    ssh.portGiven = object.contains(QStringLiteral("port"));
    reader.readString(QStringLiteral("identityFile"), &ssh.identityFile);
    reader.readString(QStringLiteral("hostKey"), &ssh.hostKey);
    ssh.unknownKeys = reader.unknownKeys();
    return ssh;
}

PostgresSettings readPostgres(const QJsonObject &object, const QString &path, Diagnostics *out)
{
    PostgresSettings pg;
    ObjectReader reader(object, path, out);
    reader.readInt(QStringLiteral("port"), &pg.port);
    reader.readString(QStringLiteral("dataDir"), &pg.dataDir);
    reader.readString(QStringLiteral("configDir"), &pg.configDir);
    reader.readString(QStringLiteral("service"), &pg.service);
    reader.readString(QStringLiteral("binDir"), &pg.binDir);
    reader.readString(QStringLiteral("caFile"), &pg.caFile);
    // "/var/lib/pgsql/data/" is the folder PostgreSQL reports as "/var/lib/pgsql/data".
    for (QString *dir : {&pg.dataDir, &pg.configDir, &pg.binDir}) {
        while (dir->size() > 1 && dir->endsWith(QLatin1Char('/')))
            dir->chop(1);
    }
    pg.unknownKeys = reader.unknownKeys();
    return pg;
}

InmantaSettings readInmanta(const QJsonObject &object, const QString &path, Diagnostics *out)
{
    InmantaSettings inmanta;
    ObjectReader reader(object, path, out);
    reader.readString(QStringLiteral("service"), &inmanta.service);
    reader.readString(QStringLiteral("configFile"), &inmanta.configFile);
    reader.readString(QStringLiteral("apiUrl"), &inmanta.apiUrl);
    reader.readString(QStringLiteral("database"), &inmanta.database);
    reader.readString(QStringLiteral("databaseUser"), &inmanta.databaseUser);
    inmanta.unknownKeys = reader.unknownKeys();
    return inmanta;
}

MonitoringSettings readMonitoring(const QJsonObject &object, Diagnostics *out)
{
    MonitoringSettings monitoring;
    ObjectReader reader(object, QStringLiteral("monitoring"), out);
    reader.readBytes(QStringLiteral("warnLagBytes"), &monitoring.warnLagBytes);
    reader.readBytes(QStringLiteral("critLagBytes"), &monitoring.critLagBytes);
    reader.readBytes(QStringLiteral("warnRetainedWalBytes"), &monitoring.warnRetainedWalBytes);
    reader.readBytes(QStringLiteral("critRetainedWalBytes"), &monitoring.critRetainedWalBytes);
    monitoring.unknownKeys = reader.unknownKeys();
    return monitoring;
}

ReplicationSettings readReplication(const QJsonObject &object, Diagnostics *out)
{
    ReplicationSettings replication;
    ObjectReader reader(object, QStringLiteral("replication"), out);
    reader.readString(QStringLiteral("user"), &replication.user);
    reader.readString(QStringLiteral("slot"), &replication.slot);
    reader.readString(QStringLiteral("applicationName"), &replication.applicationName);
    reader.readString(QStringLiteral("authMethod"), &replication.authMethod);
    replication.unknownKeys = reader.unknownKeys();
    return replication;
}

std::optional<Node> readNode(const QJsonValue &value, const QString &path, Diagnostics *out)
{
    if (!value.isObject()) {
        out->append({Diagnostic::Severity::Error, path,
                     Tr::tr("expected an object, got %1").arg(jsonTypeName(value))});
        return std::nullopt;
    }
    Node node;
    ObjectReader reader(value.toObject(), path, out);
    // Missing names and addresses are reported by the validator, which owns those rules.
    reader.readString(QStringLiteral("name"), &node.name);
    QString roleText;
    reader.readString(QStringLiteral("role"), &roleText, /*required=*/true);
    bool roleKnown = false;
    if (!roleText.isEmpty()) {
        if (const auto role = roleFromName(roleText)) {
            node.role = *role;
            roleKnown = true;
        } else {
            reader.error(QStringLiteral("role"),
                         Tr::tr("\"%1\" is not a role (%2)")
                             .arg(roleText, allRoleNames().join(QLatin1String(", "))));
        }
    } else if (value.toObject().value(QStringLiteral("role")).isString()) {
        reader.error(QStringLiteral("role"),
                     Tr::tr("is empty; one of %1").arg(allRoleNames().join(QLatin1String(", "))));
    }
    reader.readString(QStringLiteral("address"), &node.address);

    if (const auto ssh = reader.readObject(QStringLiteral("ssh")))
        node.ssh = readSsh(*ssh, reader.fieldPath(QStringLiteral("ssh")), out);
    if (const auto pg = reader.readObject(QStringLiteral("postgres")))
        node.postgres = readPostgres(*pg, reader.fieldPath(QStringLiteral("postgres")), out);
    if (const auto inmanta = reader.readObject(QStringLiteral("inmanta")))
        node.inmanta = readInmanta(*inmanta, reader.fieldPath(QStringLiteral("inmanta")), out);
    node.unknownKeys = reader.unknownKeys();

    // The runbook's defaults apply to the sections a role needs but the file leaves out.
    if (roleKnown && isDatabaseRole(node.role) && !node.postgres)
        node.postgres = PostgresSettings{};
    if (roleKnown && node.role == NodeRole::Orchestrator && !node.inmanta)
        node.inmanta = InmantaSettings{};
    return node;
}

QString describeParseError(const QByteArray &json, const QJsonParseError &error)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < error.offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return Tr::tr("not valid JSON: %1 at line %2, column %3")
        .arg(error.errorString())
        .arg(line)
        .arg(column);
}

} // namespace

ClusterReadResult readCluster(const QByteArray &json)
{
    ClusterReadResult result;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.diagnostics.append(
            {Diagnostic::Severity::Error, QString(), describeParseError(json, parseError)});
        return result;
    }
    if (!document.isObject()) {
        result.diagnostics.append(
            {Diagnostic::Severity::Error, QString(),
             Tr::tr("expected a JSON object with \"name\", \"replication\" and \"nodes\"")});
        return result;
    }

    Cluster cluster;
    QList<int> fileIndices;
    Diagnostics &out = result.diagnostics;
    ObjectReader reader(document.object(), QString(), &out);
    reader.readString(QStringLiteral("name"), &cluster.name);
    reader.readBool(QStringLiteral("practice"), &cluster.practice);
    reader.readString(QStringLiteral("proxy"), &cluster.proxy);
    if (const auto replication = reader.readObject(QStringLiteral("replication")))
        cluster.replication = readReplication(*replication, &out);
    if (const auto monitoring = reader.readObject(QStringLiteral("monitoring")))
        cluster.monitoring = readMonitoring(*monitoring, &out);

    reader.markKnown(QStringLiteral("nodes"));
    const QJsonValue nodes = document.object().value(QStringLiteral("nodes"));
    if (nodes.isUndefined()) {
        reader.error(QStringLiteral("nodes"),
                     Tr::tr("is required: the list of hosts of the cluster"));
    } else if (!nodes.isArray()) {
        reader.error(QStringLiteral("nodes"),
                     Tr::tr("expected a list, got %1").arg(jsonTypeName(nodes)));
    } else {
        const QJsonArray array = nodes.toArray();
        if (array.isEmpty())
            reader.error(QStringLiteral("nodes"),
                         Tr::tr("is empty; a cluster needs at least one node"));
        for (int i = 0; i < array.size(); ++i) {
            if (auto node = readNode(array.at(i), QStringLiteral("nodes[%1]").arg(i), &out)) {
                cluster.nodes.append(*node);
                fileIndices.append(i);
            }
        }
    }
    cluster.unknownKeys = reader.unknownKeys();

    // Semantic checks on what could be read, named by the nodes' positions in the file.
    out.append(validateCluster(cluster, fileIndices));
    result.cluster = cluster;
    return result;
}

} // namespace iha
