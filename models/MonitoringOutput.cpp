#include "models/MonitoringOutput.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace iha::Monitoring {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Monitoring)
};

// A label value as the exposition format quotes it.
QString labelValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Writes the exposition: each metric family once, with its HELP and TYPE before its samples.
class Exposition
{
public:
    void family(const char *name, const char *help)
    {
        m_name = QLatin1String(name);
        m_text +=
            QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n").arg(m_name, QLatin1String(help));
    }
    void sample(const QList<QPair<const char *, QString>> &labels, double value)
    {
        QStringList pairs;
        for (const auto &[label, text] : labels)
            pairs << QLatin1String(label) + QLatin1Char('=') + labelValue(text);
        m_text += m_name + QLatin1Char('{') + pairs.join(QLatin1Char(',')) + QLatin1String("} ") +
                  QString::number(value, 'g', 17) + QLatin1Char('\n');
    }
    QString text() const { return m_text; }

private:
    QString m_name;
    QString m_text;
};

bool answered(const NodeStatus &s)
{
    return s.lastAnswered.isValid() && s.lastAnswered == s.seen;
}

QString bytesPerf(const char *label, qint64 value, qint64 warn, qint64 crit)
{
    // Nagios: an empty value is "U" (unknown).
    return QStringLiteral("%1=%2;%3;%4;0")
        .arg(QLatin1String(label),
             value < 0 ? QStringLiteral("U") : QString::number(value) + QLatin1Char('B'))
        .arg(warn)
        .arg(crit);
}

} // namespace

Thresholds Thresholds::of(const MonitoringSettings &settings)
{
    Thresholds t;
    t.warnLagBytes = settings.warnLagBytes.value_or(t.warnLagBytes);
    t.critLagBytes = settings.critLagBytes.value_or(t.critLagBytes);
    t.warnRetainedWalBytes = settings.warnRetainedWalBytes.value_or(t.warnRetainedWalBytes);
    t.critRetainedWalBytes = settings.critRetainedWalBytes.value_or(t.critRetainedWalBytes);
    // One side set alone above the other's default: the default gives way.
    if (settings.warnLagBytes && !settings.critLagBytes)
        t.critLagBytes = std::max(t.critLagBytes, t.warnLagBytes);
    if (settings.critLagBytes && !settings.warnLagBytes)
        t.warnLagBytes = std::min(t.warnLagBytes, t.critLagBytes);
    if (settings.warnRetainedWalBytes && !settings.critRetainedWalBytes)
        t.critRetainedWalBytes = std::max(t.critRetainedWalBytes, t.warnRetainedWalBytes);
    if (settings.critRetainedWalBytes && !settings.warnRetainedWalBytes)
        t.warnRetainedWalBytes = std::min(t.warnRetainedWalBytes, t.critRetainedWalBytes);
    return t;
}

std::optional<qint64> parseByteSize(const QString &text)
{
    static const QRegularExpression size(
        QStringLiteral("^\\s*(\\d{1,16})\\s*(?:([kKMGT])(?:i?B)?|B)?\\s*$"));
    const QRegularExpressionMatch m = size.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int bits = 10 * int(QStringLiteral(" KMGT").indexOf(m.captured(2).toUpper()));
    const qint64 value = m.captured(1).toLongLong();
    if (value > (std::numeric_limits<qint64>::max() >> std::max(bits, 0)))
        return std::nullopt;
    return m.captured(2).isEmpty() ? value : value << bits;
}

QString byteSizeText(qint64 bytes)
{
    static const char *const units[] = {"TB", "GB", "MB", "kB"};
    for (int i = 0; i < 4; ++i) {
        const int bits = 10 * (4 - i);
        if (bytes > 0 && bytes % (qint64(1) << bits) == 0)
            return QString::number(bytes >> bits) + QLatin1String(units[i]);
    }
    return QString::number(bytes);
}

Figures figuresOf(const QHash<QString, NodeStatus> &status)
{
    Figures f;
    for (const NodeStatus &s : status) {
        for (const NodeStatus::Replica &r : s.replicas)
            f.lagBytes = std::max(f.lagBytes, r.replayLagBytes);
        for (const NodeStatus::Slot &slot : s.replicationSlots)
            f.retainedWalBytes = std::max(f.retainedWalBytes, slot.retainedBytes);
    }
    return f;
}

QString NagiosResult::line() const
{
    static const char *const names[] = {"OK", "WARNING", "CRITICAL", "UNKNOWN"};
    QString line = QLatin1String(names[state]) + QLatin1String(" - ") + text;
    if (!perfData.isEmpty())
        line += QLatin1String(" | ") + perfData;
    return line;
}

NagiosResult nagios(const Cluster &cluster, const QHash<QString, NodeStatus> &status,
                    const ClusterVerdict &verdict, const Thresholds &t)
{
    NagiosResult r;
    const Figures f = figuresOf(status);
    r.perfData = bytesPerf("lag_bytes", f.lagBytes, t.warnLagBytes, t.critLagBytes) +
                 QLatin1Char(' ') +
                 bytesPerf("retained_wal_bytes", f.retainedWalBytes, t.warnRetainedWalBytes,
                           t.critRetainedWalBytes);
    // The verdict's sentence, then what the figures add, one clause each.
    QString summary = verdict.summary;
    if (summary.endsWith(QLatin1Char('.')))
        summary.chop(1);
    QStringList words{summary};
    switch (verdict.kind) {
    case ClusterVerdict::Kind::PrimaryDown:
    case ClusterVerdict::Kind::SplitBrain:
    case ClusterVerdict::Kind::OrchestratorDown:
    case ClusterVerdict::Kind::OrchestratorMisdirected:
    case ClusterVerdict::Kind::Degraded:
        r.state = NagiosResult::Critical;
        break;
    case ClusterVerdict::Kind::NotConfigured:
        r.state = NagiosResult::Warning;
        break;
    case ClusterVerdict::Kind::Healthy:
        r.state = NagiosResult::Ok;
        break;
    case ClusterVerdict::Kind::Unknown:
        r.state = NagiosResult::Unknown;
        break;
    }
    // An unknown verdict (the primary could not be read: a refused login) still says what
    // stops writes where the facts read tell it: the Inmanta server not answering, the
    // standby gone, the primary's own view (over SQL) without a synchronous standby.
    if (r.state == NagiosResult::Unknown) {
        QStringList critical;
        for (const Node &node : cluster.nodes) {
            const NodeStatus s = status.value(node.name);
            if (!status.contains(node.name))
                continue;
            if (node.role == NodeRole::Orchestrator &&
                (s.apiReachable == false || s.apiHealthy == false))
                critical << Tr::tr("the Inmanta server on %1 does not answer or is unhealthy")
                                .arg(node.name);
            if (node.role == NodeRole::Standby && s.gone())
                critical << Tr::tr("the standby %1 is down").arg(node.name);
            if (node.role == NodeRole::Primary && s.sqlConnected == true && s.replicasFromSql &&
                std::none_of(s.replicas.begin(), s.replicas.end(), [](const auto &replica) {
                    return replica.syncState == QLatin1String("sync") &&
                           replica.state == QLatin1String("streaming");
                }))
                critical << Tr::tr("%1 has no synchronous standby: writes block").arg(node.name);
        }
        if (!critical.isEmpty()) {
            r.state = NagiosResult::Critical;
            words << critical;
        }
    }
    // The figures raise the state, and only where the verdict leaves room: an unknown verdict
    // with a lag past its threshold is that lag's state, not UNKNOWN.
    const auto raise = [&r, &words](NagiosResult::State state, const QString &why) {
        if (r.state == NagiosResult::Unknown || state > r.state)
            r.state = state;
        words << why;
    };
    if (f.lagBytes >= t.critLagBytes)
        raise(NagiosResult::Critical,
              Tr::tr("replay lag %1 bytes (critical from %2)").arg(f.lagBytes).arg(t.critLagBytes));
    else if (f.lagBytes >= t.warnLagBytes)
        raise(NagiosResult::Warning,
              Tr::tr("replay lag %1 bytes (warning from %2)").arg(f.lagBytes).arg(t.warnLagBytes));
    if (f.retainedWalBytes >= t.critRetainedWalBytes)
        raise(NagiosResult::Critical, Tr::tr("a slot retains %1 bytes of WAL (critical from %2)")
                                          .arg(f.retainedWalBytes)
                                          .arg(t.critRetainedWalBytes));
    else if (f.retainedWalBytes >= t.warnRetainedWalBytes)
        raise(NagiosResult::Warning, Tr::tr("a slot retains %1 bytes of WAL (warning from %2)")
                                         .arg(f.retainedWalBytes)
                                         .arg(t.warnRetainedWalBytes));
    r.text = QStringLiteral("%1: %2").arg(cluster.name, words.join(QLatin1String("; ")));
    // One line, and '|' starts the performance data.
    r.text.replace(QLatin1Char('|'), QLatin1Char('/')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return r;
}

QString prometheus(const Cluster &cluster, const QHash<QString, NodeStatus> &status,
                   const ClusterVerdict &verdict, const Thresholds &thresholds,
                   const QDateTime &roundTime, double roundAgeSeconds)
{
    const QString &c = cluster.name;
    Exposition e;
    e.family("inmanta_ha_up", "1 when the node answered the monitor's last round.");
    for (const Node &node : cluster.nodes) {
        if (status.contains(node.name))
            e.sample({{"cluster", c}, {"node", node.name}, {"role", roleName(node.role)}},
                     answered(status.value(node.name)));
    }
    e.family("inmanta_ha_accepts_writes", "1 when the node's PostgreSQL runs out of recovery.");
    for (const Node &node : cluster.nodes) {
        const NodeStatus s = status.value(node.name);
        if (node.postgres && status.contains(node.name) && s.postgresRunning.has_value())
            e.sample({{"cluster", c}, {"node", node.name}}, acceptsWrites(s));
    }
    e.family("inmanta_ha_sync_standby",
             "1 when the primary reports a standby streaming synchronously (else every write "
             "blocks). A standby that crashed is reported until the primary's wal_sender_timeout: "
             "inmanta_ha_verdict tells first.");
    if (const Node *primary = cluster.nodeWithRole(NodeRole::Primary);
        primary && status.contains(primary->name) && answered(status.value(primary->name))) {
        const NodeStatus &p = status.value(primary->name);
        const bool sync = std::any_of(p.replicas.begin(), p.replicas.end(), [](const auto &r) {
            return r.syncState == QLatin1String("sync") && r.state == QLatin1String("streaming");
        });
        e.sample({{"cluster", c}, {"primary", primary->name}}, sync);
    }
    e.family("inmanta_ha_replay_lag_bytes",
             "WAL a standby has received and not applied yet, as its primary reports it.");
    for (const Node &node : cluster.nodes) {
        for (const NodeStatus::Replica &r : status.value(node.name).replicas) {
            if (r.replayLagBytes >= 0)
                e.sample({{"cluster", c},
                          {"node", node.name},
                          {"application_name", r.applicationName},
                          {"client_address", r.clientAddress},
                          {"sync_state", r.syncState}},
                         double(r.replayLagBytes));
        }
    }
    e.family("inmanta_ha_retained_wal_bytes",
             "WAL a replication slot keeps on the node's disk for its standby.");
    for (const Node &node : cluster.nodes) {
        for (const NodeStatus::Slot &slot : status.value(node.name).replicationSlots) {
            if (slot.retainedBytes >= 0)
                e.sample({{"cluster", c}, {"node", node.name}, {"slot", slot.name}},
                         double(slot.retainedBytes));
        }
    }
    e.family("inmanta_ha_slot_active", "1 when a standby streams through the replication slot.");
    for (const Node &node : cluster.nodes) {
        for (const NodeStatus::Slot &slot : status.value(node.name).replicationSlots)
            e.sample({{"cluster", c}, {"node", node.name}, {"slot", slot.name}}, slot.active);
    }
    e.family("inmanta_ha_orchestrator_db_matches_primary",
             "1 when the Inmanta server uses the database on the primary of the cluster file.");
    const Node *primary = cluster.nodeWithRole(NodeRole::Primary);
    for (const Node &node : cluster.nodes) {
        const NodeStatus s = status.value(node.name);
        if (node.inmanta && primary && !s.apiDatabaseHost.isEmpty())
            e.sample({{"cluster", c}, {"node", node.name}, {"database_host", s.apiDatabaseHost}},
                     usesDatabaseOf(s, *primary));
    }
    e.family("inmanta_ha_verdict",
             "The cluster's verdict: 1 for the state it is in, 0 for the others.");
    for (const ClusterVerdict::Kind kind :
         {ClusterVerdict::Kind::Healthy, ClusterVerdict::Kind::Degraded,
          ClusterVerdict::Kind::PrimaryDown, ClusterVerdict::Kind::SplitBrain,
          ClusterVerdict::Kind::OrchestratorDown, ClusterVerdict::Kind::OrchestratorMisdirected,
          ClusterVerdict::Kind::NotConfigured, ClusterVerdict::Kind::Unknown})
        e.sample({{"cluster", c}, {"state", verdictName(kind)}}, verdict.kind == kind);
    e.family("inmanta_ha_threshold_bytes",
             "The cluster's alert thresholds (its file's, else the defaults).");
    for (const auto &[name, value] :
         {std::pair{"lag_warning", thresholds.warnLagBytes},
          std::pair{"lag_critical", thresholds.critLagBytes},
          std::pair{"retained_wal_warning", thresholds.warnRetainedWalBytes},
          std::pair{"retained_wal_critical", thresholds.critRetainedWalBytes}})
        e.sample({{"cluster", c}, {"threshold", QLatin1String(name)}}, double(value));
    e.family("inmanta_ha_round_timestamp_seconds",
             "When the round these figures come from ended (Unix time).");
    e.sample({{"cluster", c}}, roundTime.toMSecsSinceEpoch() / 1000.0);
    if (roundAgeSeconds >= 0) {
        e.family("inmanta_ha_round_age_seconds",
                 "How old the round served is: a slow or silent host never holds a scrape.");
        e.sample({{"cluster", c}}, roundAgeSeconds);
    }
    return e.text();
}

} // namespace iha::Monitoring
