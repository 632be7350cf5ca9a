#pragma once

#include <QDateTime>
#include <QString>

namespace iha {

// The replication state of one standby as its primary last reported it
// (pg_stat_replication), kept in the audit database by whoever saw it: the GUI's monitor,
// `status`, a procedure's own verification. After the primary is lost it is all that is
// known of what the standby may lack.
struct ReplicationSample
{
    QDateTime time;
    QString source; // "monitor", "status", a run id
    QString primaryNode;
    QString standbyAddress;
    QString state;     // streaming, catchup, ...
    QString syncState; // sync, async, potential, quorum
    // WAL the primary had flushed and the standby had not (flush) or not replayed (replay).
    qint64 flushLagBytes = -1;
    qint64 replayLagBytes = -1;
};

} // namespace iha
