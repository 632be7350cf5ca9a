#pragma once

#include "models/NodeRole.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace iha {

// Every default below is the value the runbook (seeds/inmanta-ha-setup.txt) uses, so that a
// cluster file only has to name what differs from it.

struct SshSettings
{
    // Empty: chosen as OpenSSH would (the local user name); see effectiveUser().
    QString user;
    int port = 22;
    // Whether the cluster file gives the port: else ~/.ssh/config's Port may apply.
    bool portGiven = false;
    // Empty: ssh-agent and OpenSSH's default identities. May start with "~/".
    QString identityFile;
    // Empty: the host key is checked against known_hosts only. Else the only key accepted, as
    // `ssh-keygen -lf` prints its fingerprint ("SHA256:..."), checked before any credential.
    QString hostKey;
    QJsonObject unknownKeys;

    QString effectiveUser() const;
};

struct PostgresSettings
{
    int port = 5432;
    QString dataDir = QStringLiteral("/var/lib/pgsql/data");
    // Empty: the configuration lives in the data directory (the runbook's RHEL layout).
    QString configDir;
    QString service = QStringLiteral("postgresql");
    // Empty: find pg_ctl and friends on the host.
    QString binDir;
    // Empty: PostgreSQL is read over SSH only (psql as postgres, peer authentication), and the
    // database password goes to no database port. Else the CA certificate (on this machine)
    // that the server's TLS certificate must chain to: the monitor then also logs in directly
    // as the Inmanta database user, with sslmode=verify-full, checking the server's name.
    QString caFile;
    QJsonObject unknownKeys;

    QString effectiveConfigDir() const { return configDir.isEmpty() ? dataDir : configDir; }
};

struct InmantaSettings
{
    QString service = QStringLiteral("inmanta-server");
    QString configFile = QStringLiteral("/etc/inmanta/inmanta.d/database.cfg");
    // Empty: http://<address>:8888, the Inmanta server's default port.
    QString apiUrl;
    QString database = QStringLiteral("inmanta");
    QString databaseUser = QStringLiteral("inmanta");
    QJsonObject unknownKeys;
};

struct Node
{
    QString name;
    NodeRole role = NodeRole::Spare;
    QString address;
    SshSettings ssh;
    // Present for nodes that run PostgreSQL or may do so (database roles always have it).
    std::optional<PostgresSettings> postgres;
    // Present for nodes that run an Inmanta server or may do so (the orchestrator always has it).
    std::optional<InmantaSettings> inmanta;
    QJsonObject unknownKeys;

    PostgresSettings postgresOrDefault() const { return postgres.value_or(PostgresSettings{}); }
    InmantaSettings inmantaOrDefault() const { return inmanta.value_or(InmantaSettings{}); }
    QString effectiveApiUrl() const;
};

struct ReplicationSettings
{
    QString user = QStringLiteral("replication");
    QString slot = QStringLiteral("replication");
    QString applicationName = QStringLiteral("inmanta");
    // "scram-sha-256" (PostgreSQL 15's default) or "md5" (what the runbook writes).
    QString authMethod = QStringLiteral("scram-sha-256");
    QJsonObject unknownKeys;
};

// Alert thresholds of the monitoring outputs (the Nagios check, the Prometheus rules), each
// optional: absent, the defaults of Monitoring::Thresholds. Bytes.
struct MonitoringSettings
{
    std::optional<qint64> warnLagBytes;
    std::optional<qint64> critLagBytes;
    std::optional<qint64> warnRetainedWalBytes;
    std::optional<qint64> critRetainedWalBytes;
    QJsonObject unknownKeys;

    bool isEmpty() const
    {
        return !warnLagBytes && !critLagBytes && !warnRetainedWalBytes && !critRetainedWalBytes &&
               unknownKeys.isEmpty();
    }
};

// The Inmanta API on `address` (an IPv6 address in brackets): the server's default port is 8888.
QString inmantaApiUrl(const QString &address, const QString &port = QStringLiteral("8888"),
                      bool https = false);

// The one name the practice cluster has, and no real cluster may have.
inline const QString kPracticeClusterName = QStringLiteral("practice");
// Where the practice cluster's hosts are (lab/practice): never routed, on this machine only.
inline const QString kPracticeSubnet = QStringLiteral("198.19.7.0/24");

struct Cluster
{
    QString name;
    // The local practice cluster (`inmanta-ha-cli practice up`): shown as PRACTICE everywhere,
    // its secrets in a keychain scope of their own. Only it may be named "practice".
    bool practice = false;
    // Empty: the hosts are reached directly. Else "socks5://HOST:PORT", a SOCKS5 proxy (no
    // authentication, as `ssh -D` offers) that every connection to the hosts goes through:
    // SSH and the Inmanta API alike. A rootless practice cluster is reached through its gateway.
    QString proxy;
    ReplicationSettings replication;
    MonitoringSettings monitoring;
    QList<Node> nodes;
    QJsonObject unknownKeys;

    // The name as shown to people: the practice cluster's says PRACTICE.
    QString displayName() const;
    const Node *findNode(const QString &nodeName) const;
    // The single node with this role, if any (primary and orchestrator are unique).
    const Node *nodeWithRole(NodeRole role) const;
    QList<const Node *> nodesWithRole(NodeRole role) const;
};

} // namespace iha
