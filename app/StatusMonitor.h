#pragma once

#include "app/SshHost.h"
#include "models/ClusterStatus.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

namespace iha {

// Watches one cluster without ever blocking its thread: PostgreSQL's state of each database
// node over SSH (its own thread per host; a standby with hot_standby = off refuses SQL, so
// systemctl, pg_controldata and standby.signal tell), and the Inmanta server's health and
// database through its API (Qt Network). Polls at an interval and on demand.
class StatusMonitor : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        SshPolicy sshPolicy;
        QHash<QString, SshTarget> targets; // by node, secrets filled in
        QString apiToken;
        int intervalMs = 5000;
        int timeoutMs = 8000;
    };

    // Every node of the cluster with its secrets (keychain key -> value), the API token
    // included; dead hosts are reported after 5 s rather than waited for.
    static Options optionsFor(const Cluster &cluster, const QHash<QString, QString> &secrets,
                              SshPolicy policy);
    // The keychain keys optionsFor() uses.
    static QStringList secretKeys(const Cluster &cluster);

    StatusMonitor(Cluster cluster, Options options, QObject *parent = nullptr);
    ~StatusMonitor() override;

    void start(); // polls now and then every interval
    void pollNow();
    const QHash<QString, NodeStatus> &status() const { return m_status; }
    ClusterVerdict verdict() const { return deriveVerdict(m_cluster, m_status); }

    // The shell text that reports a database node's state as key=value lines.
    static QString probeScript(const Node &node);
    static void parseProbe(const QByteArray &output, NodeStatus *status);

signals:
    // After each round, when every node has answered or timed out.
    void updated(const iha::ClusterVerdict &verdict);

private:
    void probeDatabase(const Node &node);
    void probeInmanta(const Node &node);
    void nodeDone();

    Cluster m_cluster;
    Options m_options;
    QHash<QString, SshHost *> m_hosts;
    QHash<QString, NodeStatus> m_status;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    int m_pending = 0;
};

} // namespace iha

Q_DECLARE_METATYPE(iha::ClusterVerdict)
