#pragma once

#include "models/Cluster.h"
#include "models/ClusterStatus.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace iha::Monitoring {

// The alert thresholds in force: the cluster file's, else these defaults. Replay lag is what a
// standby has received but not yet applied (a failover waits for it); retained WAL is what a
// slot keeps on the primary's disk for a standby that is behind or gone.
struct Thresholds
{
    qint64 warnLagBytes = 16LL << 20;        // 16 MiB
    qint64 critLagBytes = 256LL << 20;       // 256 MiB
    qint64 warnRetainedWalBytes = 1LL << 30; // 1 GiB
    qint64 critRetainedWalBytes = 8LL << 30; // 8 GiB

    static Thresholds of(const MonitoringSettings &settings);
};

// A size as given on a command line: bytes, or with PostgreSQL's units (kB, MB, GB, TB, each
// 1024 times the one before; also K, M, G, T and KiB, MiB, GiB, TiB). None if it is not one.
std::optional<qint64> parseByteSize(const QString &text);
// The other way: the largest of those units that divides it ("16MB", "1536kB", "1000").
QString byteSizeText(qint64 bytes);

// The largest figures of the round, -1 where nothing was read.
struct Figures
{
    qint64 lagBytes = -1;         // the largest replay lag a primary reports of a standby
    qint64 retainedWalBytes = -1; // the most WAL one replication slot holds back
};
Figures figuresOf(const QHash<QString, NodeStatus> &status);

// A Nagios/Icinga plugin's answer: its state is its exit code.
struct NagiosResult
{
    enum State
    {
        Ok = 0,
        Warning = 1,
        Critical = 2,
        Unknown = 3,
    };
    State state = Unknown;
    QString text;         // one line, without '|'
    QString perfData;     // 'label'=value[UOM];warn;crit;min
    QString line() const; // "CRITICAL - text | perfdata"
};

// Anything that stops writes is CRITICAL (the primary down, a split brain, the orchestrator
// down or on another database, no synchronous standby: the primary then blocks every write);
// lag and retained WAL past their thresholds are WARNING or CRITICAL; UNKNOWN only when the
// verdict itself is unknown and nothing else decides.
NagiosResult nagios(const Cluster &cluster, const QHash<QString, NodeStatus> &status,
                    const ClusterVerdict &verdict, const Thresholds &thresholds);

// The round in the Prometheus text exposition format (version 0.0.4), for node_exporter's
// textfile collector and the exporter's /metrics, with the cluster's thresholds as metrics of
// their own (the alerting rules compare with them). `roundAgeSeconds` < 0: not exported (a
// one-shot status has no older round to tell apart).
QString prometheus(const Cluster &cluster, const QHash<QString, NodeStatus> &status,
                   const ClusterVerdict &verdict, const Thresholds &thresholds,
                   const QDateTime &roundTime, double roundAgeSeconds);

} // namespace iha::Monitoring
