#pragma once

#include "app/OwnedThread.h"
#include "models/ClusterStatus.h"

#include <QObject>

namespace iha {

// Reads a PostgreSQL server's replication state with Qt Sql (QPSQL) on a thread of its own:
// a blocking libpq connect never reaches the GUI thread. One connection per probe, so a
// probe also says whether the database user can log in from here right now.
class SqlProbe : public QObject
{
    Q_OBJECT

public:
    struct Login
    {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QString password; // handed to libpq in memory (never argv, never a file)
        // The CA the server's certificate must chain to (absolute, local). The password goes
        // only over TLS to a server that proved its name with it.
        QString caFile;
        int connectTimeoutSeconds = 3;
    };

    struct Result
    {
        bool connected = false;
        QString error; // libpq's words, naming the host
        std::optional<bool> inRecovery;
        // pg_stat_replication hides everything but the pid from roles without
        // pg_read_all_stats: then the replicas are left to the SSH probe.
        bool replicasVisible = false;
        QList<NodeStatus::Replica> replicas;
        QList<NodeStatus::Slot> replicationSlots;
    };

    // What both probes read of a primary: its replicas and its slots (columns, then the view).
    // The SQL probe selects them as they are; the SSH probe tags each row for its parser.
    static constexpr char kReplicaColumns[] =
        "application_name, coalesce(host(client_addr), ''), state, sync_state, "
        "coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), -1)::bigint, "
        "coalesce(pg_wal_lsn_diff(pg_current_wal_flush_lsn(), flush_lsn), -1)::bigint "
        "FROM pg_stat_replication";
    static constexpr char kSlotColumns[] =
        "slot_name, active, coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn), "
        "-1)::bigint FROM pg_replication_slots";

    explicit SqlProbe(QObject *parent = nullptr);
    ~SqlProbe() override;

    quint64 probe(const Login &login);

    // libpq options: the connect timeout, and TCP keepalives with a user timeout. A server
    // that dies mid-conversation sends no RST; without keepalives libpq would wait on the
    // socket until the kernel gives up (about 15 minutes), holding the round and the thread.
    static QString connectOptions(int timeoutSeconds);
    // libpq options for TLS that verifies the server against `caFile` and its name
    // (verify-full), before any authentication.
    static QString verifiedTlsOptions(const QString &caFile);

    // Puts what SQL saw into the node's facts; SQL is the more direct witness.
    static void merge(const Result &result, NodeStatus *status);

signals:
    void finished(quint64 id, const iha::SqlProbe::Result &result);

private:
    OwnedThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    quint64 m_lastId = 0;
};

} // namespace iha

Q_DECLARE_METATYPE(iha::SqlProbe::Result)
