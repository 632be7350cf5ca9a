#include "app/AuditKeys.h"
#include "app/AuditLog.h"
#include "app/CommandLine.h"
#include "app/CommandLineSupport.h"
#include "app/ExitCode.h"
#include "app/SshTargets.h"
#include "app/StatusMonitor.h"
#include "models/MonitoringOutput.h"
#include "models/SecretNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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
    QCommandLineParser &p = sub.parser();
    p.addOption({QStringLiteral("format"),
                 Tr::tr("text (default), json, nagios (a plugin's line and exit code) or "
                        "prometheus (the text exposition format)."),
                 Tr::tr("FORMAT")});
    p.addOption({QStringLiteral("json"), Tr::tr("The same as --format json.")});
    p.addOption({QStringLiteral("output"),
                 Tr::tr("prometheus: write to FILE, replaced at once (node_exporter's textfile "
                        "collector never reads half a file)."),
                 Tr::tr("FILE")});
    const std::pair<const char *, const char *> thresholdOptions[] = {
        {"warn-lag", QT_TRANSLATE_NOOP("CommandLine", "Replay lag that is a warning.")},
        {"crit-lag", QT_TRANSLATE_NOOP("CommandLine", "Replay lag that is critical.")},
        {"warn-retained-wal",
         QT_TRANSLATE_NOOP("CommandLine", "WAL a replication slot retains that is a warning.")},
        {"crit-retained-wal",
         QT_TRANSLATE_NOOP("CommandLine", "WAL a replication slot retains that is critical.")},
    };
    for (const auto &[name, help] : thresholdOptions)
        p.addOption({QLatin1String(name),
                     Tr::tr(help) + QLatin1Char(' ') +
                         Tr::tr("Bytes, or with a unit: kB, MB, GB, TB (1024-based). Default: "
                                "the cluster file's, else the built-in one."),
                     Tr::tr("SIZE")});
    const QString formatError = sub.parse(args, 0, 0);
    const QString format = p.isSet(QStringLiteral("json"))
                               ? QStringLiteral("json")
                               : p.value(QStringLiteral("format")).toLower();
    const bool nagios = format == QLatin1String("nagios");
    // A Nagios plugin answers UNKNOWN (3) with one line for anything that keeps it from checking.
    const auto unknown = [this](const QString &why) {
        m_out << "UNKNOWN - " << QString(why).replace(QLatin1Char('|'), QLatin1Char('/')) << '\n';
        m_out.flush();
        return int(Monitoring::NagiosResult::Unknown);
    };
    if (!formatError.isEmpty())
        return nagios ? unknown(formatError) : usageError(formatError);
    if (!format.isEmpty() && !QStringList{QStringLiteral("text"), QStringLiteral("json"),
                                          QStringLiteral("nagios"), QStringLiteral("prometheus")}
                                  .contains(format))
        return usageError(Tr::tr("status: --format must be text, json, nagios or prometheus"));
    if (p.isSet(QStringLiteral("output")) && format != QLatin1String("prometheus")) {
        const QString error = Tr::tr("status: --output goes with --format prometheus");
        return nagios ? unknown(error) : usageError(error);
    }
    if (const int code = loadCluster(global, false); code != ExitSuccess)
        return nagios ? unknown(Tr::tr("the cluster file %1 has problems; see `inmanta-ha-cli "
                                       "--cluster %1 validate`")
                                    .arg(global.clusterFile))
                      : code;
    MonitoringSettings limits = m_cluster.monitoring;
    std::optional<qint64> *const targets[] = {&limits.warnLagBytes, &limits.critLagBytes,
                                              &limits.warnRetainedWalBytes,
                                              &limits.critRetainedWalBytes};
    for (int i = 0; i < 4; ++i) {
        const QString name = QLatin1String(thresholdOptions[i].first);
        if (!p.isSet(name))
            continue;
        *targets[i] = Monitoring::parseByteSize(p.value(name));
        if (!*targets[i]) {
            const QString error = Tr::tr("status: --%1 \"%2\" is not a size (bytes, or a number "
                                         "with kB, MB, GB or TB)")
                                      .arg(name, p.value(name));
            return nagios ? unknown(error) : usageError(error);
        }
    }
    const Monitoring::Thresholds thresholds = Monitoring::Thresholds::of(limits);
    if (thresholds.warnLagBytes > thresholds.critLagBytes ||
        thresholds.warnRetainedWalBytes > thresholds.critRetainedWalBytes) {
        const QString error = Tr::tr("status: a warning threshold is above its critical one");
        return nagios ? unknown(error) : usageError(error);
    }
    const QString output = p.value(QStringLiteral("output"));
    // A team's store needs its role's password for the samples kept at the end.
    AuditKeys::loadStorePassword(secretStore(), auditPath(global), [](const QString &) {});
    readClusterSecrets(
        StatusMonitor::secretKeys(m_cluster), format == QLatin1String("nagios"),
        [this, global, format, thresholds, output](const QHash<QString, QString> &secrets,
                                                   const std::optional<SecretResult> &problem) {
            // Icinga shows a plugin's standard error with its line: a check that runs as a
            // service user, without a keychain, says nothing there at every run.
            const bool monitoring =
                format == QLatin1String("nagios") || format == QLatin1String("prometheus");
            if (problem && format != QLatin1String("nagios"))
                m_err << Tr::tr("warning: %1 The status is read without stored passwords and "
                                "passphrases.")
                             .arg(problem->message)
                      << '\n';
            // Where a stored API token would travel unencrypted, as `check` says it.
            if (format != QLatin1String("nagios") &&
                secrets.contains(SecretNames::key(m_cluster, SecretNames::kApiToken)))
                warnOfPlainHttpApis();
            m_monitor = std::make_unique<StatusMonitor>(
                m_cluster,
                StatusMonitor::optionsFor(m_cluster, secrets, sshPolicyFor(global.knownHosts)));
            connect(
                m_monitor.get(), &StatusMonitor::updated, this,
                [this, format, thresholds, output, global,
                 monitoring](const ClusterVerdict &verdict) {
                    // An operator's status keeps a replication sample for a later failover; a
                    // check every minute would only grow the audit database.
                    if (!monitoring)
                        recordSamples(global);
                    if (format == QLatin1String("nagios")) {
                        const Monitoring::NagiosResult result =
                            Monitoring::nagios(m_cluster, m_monitor->status(), verdict, thresholds);
                        m_out << result.line() << '\n';
                        m_out.flush();
                        return emit finished(result.state);
                    }
                    if (format == QLatin1String("prometheus"))
                        return emit finished(writeExposition(verdict, thresholds, output)
                                                 ? ExitSuccess
                                                 : ExitStepFailed);
                    printStatus(verdict, format == QLatin1String("json"));
                    emit finished(verdict.kind == ClusterVerdict::Kind::Healthy ? ExitSuccess
                                                                                : ExitStepFailed);
                });
            m_monitor->pollNow();
        });
    return Pending;
}

bool CommandLine::writeExposition(const ClusterVerdict &verdict,
                                  const Monitoring::Thresholds &thresholds, const QString &path)
{
    const QByteArray text = Monitoring::prometheus(m_cluster, m_monitor->status(), verdict,
                                                   thresholds, QDateTime::currentDateTimeUtc(), -1)
                                .toUtf8();
    if (path.isEmpty()) {
        m_out << QString::fromUtf8(text);
        m_out.flush();
        return true;
    }
    QSaveFile file(path);
    // Readable by node_exporter's user: the figures are no secret.
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        m_err << Tr::tr("inmanta-ha-cli: cannot write %1: %2").arg(path, file.errorString())
              << '\n';
        return false;
    }
    return true;
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
        m_out << (m_cluster.practice
                      ? Tr::tr("PRACTICE cluster %1 (on this machine, not a real system): %2")
                      : Tr::tr("Cluster %1: %2"))
                     .arg(m_cluster.name, verdict.summary)
              << '\n';
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
