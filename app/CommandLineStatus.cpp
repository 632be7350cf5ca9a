#include "app/AuditLog.h"
#include "app/CommandLine.h"
#include "app/CommandLineSupport.h"
#include "app/ExitCode.h"
#include "app/SshTargets.h"
#include "app/StatusMonitor.h"
#include "models/SecretBatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace iha {
namespace {

QJsonValue optional(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

using cli::operatorName;
using cli::SubcommandParser;
using cli::Tr;

int CommandLine::status(const GlobalOptions &global, const QStringList &args)
{
    SubcommandParser sub(QStringLiteral("status"));
    sub.parser().addOption({QStringLiteral("json"), Tr::tr("Print the status as JSON.")});
    if (const QString error = sub.parse(args, 0, 0); !error.isEmpty())
        return usageError(error);
    if (const int code = loadCluster(global, false); code != ExitSuccess)
        return code;
    const bool json = sub.parser().isSet(QStringLiteral("json"));
    readSecrets(
        secretStore(), StatusMonitor::secretKeys(m_cluster),
        [this, global, json](const QHash<QString, QString> &secrets,
                             const std::optional<SecretResult> &problem) {
            if (problem)
                m_err << Tr::tr("warning: %1 The status is read without stored passwords and "
                                "passphrases.")
                             .arg(problem->message)
                      << '\n';
            m_monitor = std::make_unique<StatusMonitor>(
                m_cluster,
                StatusMonitor::optionsFor(m_cluster, secrets, sshPolicyFor(global.knownHosts)));
            connect(m_monitor.get(), &StatusMonitor::updated, this,
                    [this, json, global](const ClusterVerdict &verdict) {
                        printStatus(verdict, json);
                        recordSamples(global);
                        emit finished(verdict.kind == ClusterVerdict::Kind::Healthy
                                          ? ExitSuccess
                                          : ExitStepFailed);
                    });
            m_monitor->pollNow();
        });
    return Pending;
}

// The replication state seen goes to the audit database, where a failover finds what its
// standby may lack once the primary is gone. A log that cannot be opened costs only that.
void CommandLine::recordSamples(const GlobalOptions &global)
{
    const QList<ReplicationSample> samples =
        replicationSamples(m_cluster, m_monitor->status(), QStringLiteral("status"));
    if (samples.isEmpty())
        return;
    QString error;
    const auto log = AuditLog::open(auditPath(global), &error);
    if (!log || !log->recordSamples(m_cluster.name, samples))
        m_err << Tr::tr("warning: the replication sample is not kept: %1")
                     .arg(log ? QStringLiteral("cannot write to ") + log->path() : error)
              << '\n';
}

void CommandLine::printStatus(const ClusterVerdict &verdict, bool json)
{
    const QHash<QString, NodeStatus> &status = m_monitor->status();
    if (json) {
        QJsonArray nodes;
        for (const Node &node : std::as_const(m_cluster.nodes)) {
            if (!status.contains(node.name))
                continue;
            const NodeStatus &s = status.value(node.name);
            QJsonObject o{{QStringLiteral("name"), node.name},
                          {QStringLiteral("role"), roleName(node.role)},
                          {QStringLiteral("address"), node.address},
                          {QStringLiteral("seen"), s.seen.toString(Qt::ISODate)}};
            if (!s.error.isEmpty())
                o.insert(QStringLiteral("error"), s.error);
            if (s.lastAnswered.isValid())
                o.insert(QStringLiteral("lastAnswered"), s.lastAnswered.toString(Qt::ISODate));
            o.insert(QStringLiteral("ports"),
                     QJsonObject{{QStringLiteral("ssh"), optional(s.sshPortOpen)},
                                 {QStringLiteral("postgres"), optional(s.postgresPortOpen)},
                                 {QStringLiteral("api"), optional(s.apiPortOpen)}});
            if (node.postgres) {
                o.insert(QStringLiteral("sshReachable"), s.sshReachable);
                o.insert(QStringLiteral("sql"),
                         QJsonObject{{QStringLiteral("connected"), optional(s.sqlConnected)},
                                     {QStringLiteral("error"), s.sqlError},
                                     {QStringLiteral("replicasFromSql"), s.replicasFromSql}});
                o.insert(QStringLiteral("postgresRunning"), optional(s.postgresRunning));
                o.insert(QStringLiteral("inRecovery"), optional(s.inRecovery));
                o.insert(QStringLiteral("standbySignal"), s.standbySignal);
                o.insert(QStringLiteral("controlState"), s.controlState);
                o.insert(QStringLiteral("timeline"), s.timeline);
                QJsonArray replicas;
                for (const NodeStatus::Replica &r : s.replicas)
                    replicas.append(
                        QJsonObject{{QStringLiteral("applicationName"), r.applicationName},
                                    {QStringLiteral("clientAddress"), r.clientAddress},
                                    {QStringLiteral("state"), r.state},
                                    {QStringLiteral("syncState"), r.syncState},
                                    {QStringLiteral("replayLagBytes"), r.replayLagBytes}});
                o.insert(QStringLiteral("replicas"), replicas);
                QJsonArray slotList;
                for (const NodeStatus::Slot &sl : s.replicationSlots)
                    slotList.append(
                        QJsonObject{{QStringLiteral("name"), sl.name},
                                    {QStringLiteral("active"), sl.active},
                                    {QStringLiteral("retainedBytes"), sl.retainedBytes}});
                o.insert(QStringLiteral("slots"), slotList);
            } else {
                o.insert(QStringLiteral("apiHealthy"), optional(s.apiHealthy));
                o.insert(QStringLiteral("apiDatabaseHost"), s.apiDatabaseHost);
            }
            nodes.append(o);
        }
        const QJsonObject root{{QStringLiteral("cluster"), m_cluster.name},
                               {QStringLiteral("verdict"), verdictName(verdict.kind)},
                               {QStringLiteral("summary"), verdict.summary},
                               {QStringLiteral("action"), verdict.action},
                               {QStringLiteral("procedure"), verdict.procedure},
                               {QStringLiteral("nodes"), nodes}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        m_out << Tr::tr("Cluster %1: %2").arg(m_cluster.name, verdict.summary) << '\n';
        if (!verdict.action.isEmpty())
            m_out << "  " << verdict.action << '\n';
        for (const Node &node : std::as_const(m_cluster.nodes)) {
            if (!status.contains(node.name))
                continue;
            const NodeStatus &s = status.value(node.name);
            QString facts;
            if (!s.error.isEmpty()) {
                facts = s.error;
            } else {
                const NodeState state = nodeState(node, s);
                facts = nodeStateText(state);
                if (state == NodeState::ApiHealthy)
                    facts += Tr::tr(", database %1").arg(s.apiDatabaseHost);
                for (const NodeStatus::Replica &r : s.replicas)
                    facts += Tr::tr("; replica %1 at %2: %3, %4, %5 bytes behind")
                                 .arg(r.applicationName, r.clientAddress, r.state, r.syncState)
                                 .arg(r.replayLagBytes);
                for (const NodeStatus::Slot &sl : s.replicationSlots)
                    facts += Tr::tr("; slot %1 %2")
                                 .arg(sl.name, sl.active ? Tr::tr("active") : Tr::tr("inactive"));
            }
            m_out << QStringLiteral("  %1 %2 %3\n")
                         .arg(node.name, -8)
                         .arg(roleName(node.role), -13)
                         .arg(facts);
        }
    }
    m_out.flush();
}

} // namespace iha
